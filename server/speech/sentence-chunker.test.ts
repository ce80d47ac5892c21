import { describe, expect, it } from 'vitest';
import { createSentenceChunker } from './sentence-chunker.ts';

/** Feeds `text` in pieces of `size` characters, as a model's deltas would arrive. */
function chunk(text: string, size: number, minClauseChars?: number): string[] {
  const chunker = createSentenceChunker(minClauseChars === undefined ? {} : { minClauseChars });
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += size) pieces.push(...chunker.push(text.slice(i, i + size)));
  return [...pieces, ...chunker.end()];
}

describe('sentence chunker', () => {
  it('cuts at sentence ends whatever the delta size', () => {
    const text = 'Oh. I see. What does that mean for my kids, doctor?';
    for (const size of [1, 3, 7, 100]) {
      expect(chunk(text, size)).toEqual(['Oh.', 'I see.', 'What does that mean for my kids, doctor?']);
    }
  });

  it('does not cut after a title or inside a number', () => {
    expect(chunk('Dr. Patel said 3.5 cm. Is that big?', 2)).toEqual([
      'Dr. Patel said 3.5 cm.',
      'Is that big?',
    ]);
  });

  it('cuts a long sentence at a clause once it is long enough', () => {
    const text =
      'I have been waiting here since six this morning, nobody has told me anything at all, and I want answers.';
    expect(chunk(text, 5)).toEqual([
      'I have been waiting here since six this morning, nobody has told me anything at all,',
      'and I want answers.',
    ]);
  });

  it('keeps closing quotes with their sentence and returns the rest at the end', () => {
    expect(chunk('She said "no." Then nothing', 4)).toEqual(['She said "no."', 'Then nothing']);
    expect(chunk('   ', 1)).toEqual([]);
  });
});
