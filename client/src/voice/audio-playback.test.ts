import { describe, expect, it } from 'vitest';
import type { LiveServerEvent } from '../../../server/protocol.ts';
import { AudioPlayback } from './audio-playback.ts';
import { LEAD_SECONDS, REPLY_GAP_SECONDS, type ReplyRef } from './chunk-schedule.ts';

class FakeBufferSource {
  buffer: { duration: number } | null = null;
  startAt: number | null = null;
  stopped = false;
  onended: (() => void) | null = null;
  connect() {}
  disconnect() {}
  start(when: number) {
    this.startAt = when;
  }
  stop() {
    this.stopped = true;
  }
}

/** Just enough AudioContext: a clock the test moves, buffers with a duration, sources that record their start. */
class FakeContext {
  currentTime = 0;
  state = 'running';
  destination = {};
  level = 0;
  sources: FakeBufferSource[] = [];
  createAnalyser() {
    return {
      fftSize: 0,
      connect() {},
      disconnect() {},
      getFloatTimeDomainData: (block: Float32Array) => block.fill(this.level),
    };
  }
  createBuffer(_channels: number, length: number, rate: number) {
    return { duration: length / rate, copyToChannel() {} };
  }
  createBufferSource() {
    const source = new FakeBufferSource();
    this.sources.push(source);
    return source;
  }
  async resume() {}
}

/** A base64 chunk of `seconds` of silence at 24 kHz. */
function chunk(speaker: string, index: number, seq: number, seconds: number): LiveServerEvent {
  const bytes = new Uint8Array(Math.round(seconds * 24_000) * 2);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return { type: 'audio', speaker, index, seq, mime: 'audio/pcm;rate=24000', data: btoa(binary) };
}

function setup() {
  const context = new FakeContext();
  const started: ReplyRef[] = [];
  const unspoken: string[] = [];
  const playing: boolean[] = [];
  const playback = new AudioPlayback(context as unknown as AudioContext, {
    onReplyStart: (reply) => started.push(reply),
    onUnspoken: (_reply, text) => unspoken.push(text),
    onPlayingChange: (p) => playing.push(p),
  });
  const push = (event: LiveServerEvent) => {
    if (event.type === 'audio' || event.type === 'audio-end') playback.push(event);
  };
  return { context, playback, started, unspoken, playing, push };
}

describe('audio playback', () => {
  it('plays chunks back to back from the first, and a second reply after the first has ended', () => {
    const t = setup();
    t.push(chunk('alan', 5, 0, 0.5));
    t.push(chunk('jo', 6, 0, 0.4));
    t.push(chunk('alan', 5, 1, 0.5));
    expect(t.context.sources.map((s) => s.startAt)).toEqual([LEAD_SECONDS, LEAD_SECONDS + 0.5]);
    expect(t.started).toEqual([{ speaker: 'alan', index: 5 }]);
    expect(t.playing).toEqual([true]);
    t.push({ type: 'audio-end', speaker: 'alan', index: 5, unspoken: null });
    expect(t.context.sources[2]?.startAt).toBeCloseTo(LEAD_SECONDS + 1 + REPLY_GAP_SECONDS);
    expect(t.started.map((r) => r.index)).toEqual([5, 6]);
  });

  it("moves only the speaker's mouth, with the loudness of what plays", () => {
    const t = setup();
    t.push(chunk('alan', 5, 0, 1));
    t.context.currentTime = 0.5;
    t.context.level = 0.1;
    expect(t.playback.isSpeaking('alan')).toBe(true);
    expect(t.playback.mouthOpen('alan', 1)).toBeGreaterThan(0.5);
    expect(t.playback.mouthOpen('jo', 1)).toBe(0);
    t.context.level = 0;
    // Read once per frame: the same frame time gives the same answer.
    expect(t.playback.mouthOpen('alan', 1)).toBeGreaterThan(0.5);
    expect(t.playback.mouthOpen('alan', 2)).toBe(0);
  });

  it('stops at once when cut off, says how much was heard, and ignores the rest of the round', () => {
    const t = setup();
    t.push(chunk('alan', 5, 0, 1));
    t.push(chunk('alan', 5, 1, 1));
    t.context.currentTime = LEAD_SECONDS + 1.3;
    expect(t.playback.stop()).toEqual({ index: 5, ms: 1300 });
    expect(t.context.sources.every((s) => s.stopped)).toBe(true);
    expect(t.playing).toEqual([true, false]);
    t.push(chunk('alan', 5, 2, 1));
    t.push(chunk('jo', 6, 0, 1));
    expect(t.context.sources).toHaveLength(2);
    t.playback.resume();
    t.push(chunk('jo', 8, 0, 1));
    expect(t.context.sources).toHaveLength(3);
  });

  it('hands on the text the synthesiser could not voice, and skips audio it cannot play', () => {
    const t = setup();
    t.push({ type: 'audio', speaker: 'alan', index: 5, seq: 0, mime: 'audio/ogg', data: 'AAAA' });
    expect(t.context.sources).toHaveLength(0);
    t.push({ type: 'audio-end', speaker: 'alan', index: 5, unspoken: 'and the rest.' });
    expect(t.unspoken).toEqual(['and the rest.']);
  });
});
