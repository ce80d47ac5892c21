// Reply audio as the live channel sends it: base64 chunks of 16-bit little-endian mono PCM, the rate in the mime
// type (`audio/pcm;rate=24000`). Decoded to the -1..1 floats an AudioBuffer takes.

import { PCM_MIME_PREFIX } from '../../../server/protocol.ts';

/** The sample rate of a PCM mime type, or null when the type is not PCM or the rate is missing or out of range. */
export function pcmRate(mime: string): number | null {
  const [type, ...params] = mime.split(';').map((part) => part.trim().toLowerCase());
  if (type !== PCM_MIME_PREFIX) return null;
  for (const param of params) {
    const [key, value] = param.split('=').map((s) => s.trim());
    if (key !== 'rate' || !value || !/^\d+$/.test(value)) continue;
    const rate = Number(value);
    // The range AudioBuffer accepts everywhere.
    return rate >= 8000 && rate <= 96000 ? rate : null;
  }
  return null;
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Turns one reply's byte chunks into samples. A chunk may end halfway through a sample: that byte waits for the
 * next chunk, so no sample is split or shifted.
 */
export class Pcm16Decoder {
  private carry: number | null = null;

  push(bytes: Uint8Array): Float32Array {
    const total = bytes.length + (this.carry === null ? 0 : 1);
    const samples = new Float32Array(total >> 1);
    let byteAt = 0;
    let low = this.carry;
    let n = 0;
    while (n < samples.length) {
      const lo = low ?? (bytes[byteAt++] as number);
      low = null;
      const hi = bytes[byteAt++] as number;
      // Sign-extend the 16-bit value, then scale to -1..1.
      samples[n] = (((hi << 24) | (lo << 16)) >> 16) / 32768;
      n += 1;
    }
    if (total % 2 === 0) this.carry = null;
    else if (bytes.length > 0) this.carry = bytes[bytes.length - 1] as number;
    return samples;
  }
}
