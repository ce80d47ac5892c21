import { describe, expect, it } from 'vitest';
import { base64ToBytes, Pcm16Decoder, pcmRate } from './pcm.ts';

/** Little-endian 16-bit samples as bytes. */
function le16(...values: number[]): Uint8Array {
  const bytes = new Uint8Array(values.length * 2);
  const view = new DataView(bytes.buffer);
  values.forEach((v, i) => {
    view.setInt16(i * 2, v, true);
  });
  return bytes;
}

describe('pcm', () => {
  it('reads the rate from the mime type, and refuses other types and odd rates', () => {
    expect(pcmRate('audio/pcm;rate=24000')).toBe(24000);
    expect(pcmRate('audio/PCM; rate=16000')).toBe(16000);
    expect(pcmRate('audio/pcm')).toBeNull();
    expect(pcmRate('audio/wav;rate=24000')).toBeNull();
    expect(pcmRate('audio/pcm;rate=abc')).toBeNull();
    expect(pcmRate('audio/pcm;rate=1000')).toBeNull();
  });

  it('decodes base64', () => {
    expect([...base64ToBytes(btoa('\x01\x02\xff'))]).toEqual([1, 2, 255]);
  });

  it('turns signed little-endian samples into -1..1', () => {
    const samples = new Pcm16Decoder().push(le16(0, 16384, -16384, 32767, -32768));
    expect([...samples]).toEqual([0, 0.5, -0.5, 32767 / 32768, -1]);
  });

  it('carries a byte split between chunks over to the next chunk', () => {
    const whole = le16(1000, -2000, 3000);
    const decoder = new Pcm16Decoder();
    const first = decoder.push(whole.subarray(0, 3));
    const empty = decoder.push(new Uint8Array(0));
    const second = decoder.push(whole.subarray(3));
    expect(first.length).toBe(1);
    expect(empty.length).toBe(0);
    expect([...first, ...second].map((x) => Math.round(x * 32768))).toEqual([1000, -2000, 3000]);
  });
});
