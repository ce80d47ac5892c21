import { describe, expect, it } from 'vitest';
import { heardText } from './heard-text.ts';

const reply = 'I know. I just need a minute. Can my daughter come in?';

describe('heardText', () => {
  it('cuts inside the piece playing, keeping the word being said whole', () => {
    const pieces = [
      { text: 'I know.', durationMs: 700 },
      { text: 'I just need a minute.', durationMs: 1500 },
      { text: 'Can my daughter come in?', durationMs: 1600 },
    ];
    expect(heardText(reply, { ms: 300 }, pieces)).toBe('I know.');
    expect(heardText(reply, { ms: 700 + 750 }, pieces)).toBe('I know. I just need');
    expect(heardText(reply, { ms: 10_000 }, pieces)).toBe(reply);
  });

  it('uses the browser voice’s character count (the start of the word being said) when given', () => {
    expect(heardText(reply, { ms: 99_999, chars: 10 })).toBe('I know. I just');
  });

  it('falls back to a speaking rate, and hears nothing at 0 ms', () => {
    expect(heardText(reply, { ms: 1000 })).toBe('I know. I just');
    expect(heardText(reply, { ms: 0 })).toBe('');
  });

  it('counts only the audio sent: past it, all voiced text was heard', () => {
    expect(heardText(reply, { ms: 5000 }, [{ text: 'I know.', durationMs: 700 }])).toBe('I know.');
  });
});
