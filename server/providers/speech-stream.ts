// Turns a speech response body, read as it arrives, into PCM chunks: raw `pcm` passes through at the provider's
// rate, a `wav` has its header read off first (its rate is used); either way every chunk holds whole samples.

import { MAX_SAMPLE_RATE, MIN_SAMPLE_RATE } from '../audio/wav.ts';
import { readWavHeader, WAVE_FORMAT_PCM, WavFormatError } from '../audio/wav-header.ts';
import { AudioProviderError } from './audio-provider-error.ts';
import type { PcmChunk } from './synthesiser.ts';

export type SpeechFormat = 'pcm' | 'wav';

/** OpenAI's `pcm` response: 24 kHz, 16-bit little-endian, mono. */
export const OPENAI_PCM_RATE = 24_000;

export interface SpeechDecoder {
  /** The audio in `bytes` (null when they complete no sample yet). */
  push(bytes: Uint8Array): PcmChunk | null;
  /** The body ended: throws if a WAV never reached its samples. */
  end(): void;
}

export function createSpeechDecoder(format: SpeechFormat, pcmSampleRate = OPENAI_PCM_RATE): SpeechDecoder {
  let sampleRate: number | null = format === 'pcm' ? pcmSampleRate : null;
  /** Header bytes gathered until the data chunk starts (wav only). */
  let header: Uint8Array = new Uint8Array(0);
  /** Sample bytes the WAV header declared and not yet passed on; null when open-ended. */
  let remaining: number | null = null;
  /** The odd byte of a sample split between two reads. */
  let carry: number | null = null;

  function startWav(bytes: Uint8Array): Uint8Array | null {
    header = join(header, bytes);
    let layout: ReturnType<typeof readWavHeader>;
    try {
      layout = readWavHeader(header);
    } catch (err) {
      if (!(err instanceof WavFormatError)) throw err;
      throw new AudioProviderError('speech', 'bad-response', `the server's WAV is malformed: ${err.message}`);
    }
    if (!layout) return null;
    const { formatTag, channels, bitsPerSample, sampleRate: rate } = layout;
    if (formatTag !== WAVE_FORMAT_PCM || channels !== 1 || bitsPerSample !== 16) {
      throw new AudioProviderError(
        'speech',
        'bad-response',
        `the server sent ${channels}-channel ${bitsPerSample}-bit audio (format ${formatTag}); Bedside plays mono 16-bit PCM`,
      );
    }
    if (rate < MIN_SAMPLE_RATE || rate > MAX_SAMPLE_RATE) {
      throw new AudioProviderError(
        'speech',
        'bad-response',
        `the server's WAV has a sample rate of ${rate} Hz`,
      );
    }
    sampleRate = rate;
    remaining = layout.dataBytes;
    const rest = header.subarray(layout.dataOffset);
    header = new Uint8Array(0);
    return rest;
  }

  return {
    push(bytes) {
      let audio: Uint8Array | null = bytes;
      if (sampleRate === null) audio = startWav(bytes);
      if (audio === null || sampleRate === null) return null;
      if (remaining !== null) {
        audio = audio.subarray(0, remaining);
        remaining -= audio.length;
      }
      if (carry !== null) {
        audio = join(Uint8Array.of(carry), audio);
        carry = null;
      }
      if (audio.length % 2 === 1) {
        carry = audio[audio.length - 1] ?? 0;
        audio = audio.subarray(0, audio.length - 1);
      }
      return audio.length > 0 ? { pcm: audio, sampleRate } : null;
    },
    end() {
      if (sampleRate === null) {
        throw new AudioProviderError('speech', 'bad-response', "the server's WAV ended before its audio");
      }
    },
  };
}

function join(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
