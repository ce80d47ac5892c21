import { describe, expect, it } from 'vitest';
import type { LiveServerEvent } from '../protocol.ts';
import type { PcmChunk, Synthesiser } from '../providers/synthesiser.ts';
import { createReplyAudio } from './reply-audio.ts';

const RATE = 24_000;

/** A scripted synthesiser: 10 ms of silence per character, in two chunks; texts in `failOn` throw after one. */
function fakeSynthesiser(failOn: readonly string[] = []): Synthesiser & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async *synthesise({ text, signal }): AsyncGenerator<PcmChunk> {
      asked.push(text);
      const samples = Math.round((text.length * 10 * RATE) / 1000);
      const half = Math.floor(samples / 2);
      await new Promise((resolve) => setTimeout(resolve, 1));
      if (signal?.aborted) return;
      yield { pcm: new Uint8Array(half * 2), sampleRate: RATE };
      if (failOn.includes(text)) throw new Error('synthesis broke');
      yield { pcm: new Uint8Array((samples - half) * 2), sampleRate: RATE };
    },
  };
}

function collect() {
  const events: LiveServerEvent[] = [];
  return { events, send: (e: LiveServerEvent) => events.push(e) };
}

describe('reply audio', () => {
  it('voices each sentence as it completes, in order, then ends', async () => {
    const synthesiser = fakeSynthesiser();
    const { events, send } = collect();
    let firstAudio = 0;
    const audio = createReplyAudio({
      synthesiser,
      voice: 'sage',
      speaker: 'patient',
      index: 3,
      send,
      onFirstAudio: () => firstAudio++,
    });
    for (const delta of ['I kn', 'ow. I just ', 'need a min', 'ute.']) audio.push(delta);
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The first sentence was complete before the text ended, so its synthesis has started already.
    expect(synthesiser.asked).toEqual(['I know.']);
    await audio.end();
    expect(synthesiser.asked).toEqual(['I know.', 'I just need a minute.']);
    const chunks = events.filter((e) => e.type === 'audio');
    expect(chunks.map((c) => c.seq)).toEqual([0, 1, 2, 3]);
    expect(chunks.every((c) => c.mime === 'audio/pcm;rate=24000' && c.index === 3)).toBe(true);
    expect(events.at(-1)).toEqual({ type: 'audio-end', speaker: 'patient', index: 3, unspoken: null });
    expect(firstAudio).toBe(1);
    expect(audio.pieces.map((p) => [p.text, Math.round(p.durationMs)])).toEqual([
      ['I know.', 70],
      ['I just need a minute.', 210],
    ]);
  });

  it('hands what the synthesiser could not voice to the browser', async () => {
    const { events, send } = collect();
    const audio = createReplyAudio({
      synthesiser: fakeSynthesiser(['Second one.']),
      voice: 'sage',
      speaker: 'patient',
      index: 1,
      send,
    });
    audio.push('First one. Second one. Third one.');
    await audio.end();
    expect(events.at(-1)).toEqual({
      type: 'audio-end',
      speaker: 'patient',
      index: 1,
      unspoken: 'Second one. Third one.',
    });
  });

  it('drops retracted text and sends nothing more once cancelled', async () => {
    const synthesiser = fakeSynthesiser();
    const { events, send } = collect();
    const audio = createReplyAudio({ synthesiser, voice: 'sage', speaker: 'patient', index: 1, send });
    audio.push('Broken reply. More of it.');
    audio.retract();
    audio.push('Fallback line.');
    await audio.end();
    expect(audio.pieces.map((p) => p.text)).toEqual(['Fallback line.']);

    const cut = createReplyAudio({ synthesiser, voice: 'sage', speaker: 'patient', index: 2, send });
    const before = events.length;
    cut.push('Never heard. ');
    cut.cancel();
    await cut.end();
    expect(events.length).toBe(before);
  });
});
