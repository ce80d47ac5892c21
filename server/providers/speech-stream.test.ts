import { describe, expect, it } from 'vitest';
import { buildWav, pcmBytes, tone, wavHeader } from '../../tests/support/wav.ts';
import { AudioProviderError } from './audio-provider-error.ts';
import { createSpeechDecoder, type SpeechFormat } from './speech-stream.ts';
import type { PcmChunk } from './synthesiser.ts';

/** Feeds `bytes` to a decoder in pieces of `size` bytes; returns the chunks it made. */
function decode(format: SpeechFormat, bytes: Uint8Array, size: number): PcmChunk[] {
  const decoder = createSpeechDecoder(format);
  const chunks: PcmChunk[] = [];
  for (let at = 0; at < bytes.length; at += size) {
    const chunk = decoder.push(bytes.slice(at, at + size));
    if (chunk) chunks.push(chunk);
  }
  decoder.end();
  return chunks;
}

const joined = (chunks: PcmChunk[]) => Buffer.concat(chunks.map((c) => c.pcm));

describe('createSpeechDecoder', () => {
  const pcm = pcmBytes(tone(50, 24_000));

  it('passes raw pcm through at 24 kHz, one chunk per read', () => {
    const chunks = decode('pcm', pcm, 600);
    expect(chunks).toHaveLength(pcm.length / 600);
    expect(chunks.every((c) => c.sampleRate === 24_000)).toBe(true);
    expect(joined(chunks).equals(Buffer.from(pcm))).toBe(true);
  });

  it('keeps every chunk to whole samples when reads split them', () => {
    for (const size of [1, 3, 333, 4801]) {
      const chunks = decode('pcm', pcm, size);
      expect(chunks.every((c) => c.pcm.length % 2 === 0 && c.pcm.length > 0)).toBe(true);
      expect(joined(chunks).equals(Buffer.from(pcm))).toBe(true);
    }
  });

  it('reads a WAV header split across reads and uses its rate', () => {
    const samples = tone(50, 22_050);
    const wav = buildWav({
      samples,
      sampleRate: 22_050,
      declaredDataBytes: 0xffffffff,
      extraChunks: [{ id: 'LIST', bytes: new Uint8Array(9) }],
    });
    for (const size of [1, 5, 44, 4096]) {
      const chunks = decode('wav', wav, size);
      expect(chunks.every((c) => c.sampleRate === 22_050 && c.pcm.length % 2 === 0)).toBe(true);
      expect(joined(chunks).equals(Buffer.from(pcmBytes(samples)))).toBe(true);
    }
  });

  it('stops at the declared data size (a chunk may follow the samples)', () => {
    const samples = pcmBytes(tone(10, 16_000));
    const trailer = new TextEncoder().encode('LIST\u0004\u0000\u0000\u0000abcd');
    const wav = Buffer.concat([wavHeader({ dataBytes: samples.length }), samples, trailer]);
    expect(joined(decode('wav', wav, 100)).equals(Buffer.from(samples))).toBe(true);
  });

  const refusal = (bytes: Uint8Array) => {
    try {
      decode('wav', bytes, 64);
      return null;
    } catch (error) {
      return error;
    }
  };

  it('refuses, as a bad response, a WAV that is not mono 16-bit PCM, malformed or cut before its samples', () => {
    const stereo = buildWav({ samples: tone(10), channels: 2 });
    const float = buildWav({ data: new Uint8Array(64), formatTag: 3, bitsPerSample: 32 });
    const mp3 = new Uint8Array([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const headerOnly = wavHeader({ dataBytes: 0 }).subarray(0, 30);
    for (const bytes of [stereo, float, mp3, headerOnly]) {
      const error = refusal(bytes);
      expect(error).toBeInstanceOf(AudioProviderError);
      expect(error).toMatchObject({ service: 'speech', kind: 'bad-response' });
    }
    expect(String(refusal(stereo))).toMatch(/2-channel 16-bit audio/);
  });
});
