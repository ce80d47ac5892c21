import { describe, expect, it } from 'vitest';
import { buildWav, tone, wavHeader } from '../../tests/support/wav.ts';
import { MAX_WAV_HEADER_BYTES, readWavHeader, WavFormatError } from './wav-header.ts';

describe('readWavHeader', () => {
  it('reads the layout of a whole file', () => {
    const wav = buildWav({ samples: tone(100, 24_000), sampleRate: 24_000 });
    expect(readWavHeader(wav)).toEqual({
      formatTag: 1,
      channels: 1,
      sampleRate: 24_000,
      bitsPerSample: 16,
      dataOffset: 44,
      dataBytes: 4800,
    });
  });

  it('asks for more bytes on every prefix that stops short of the data chunk, then reads it', () => {
    const header = wavHeader({
      sampleRate: 22_050,
      dataBytes: 0xffffffff,
      extraChunks: [{ id: 'LIST', bytes: new Uint8Array(25) }],
    });
    for (let n = 0; n < header.length; n += 1) expect(readWavHeader(header.subarray(0, n))).toBeNull();
    expect(readWavHeader(header)).toMatchObject({
      sampleRate: 22_050,
      dataOffset: header.length,
      dataBytes: null,
    });
  });

  it('resolves WAVE_FORMAT_EXTENSIBLE to its sub-format', () => {
    const wav = buildWav({ data: new Uint8Array(8), formatTag: 3, bitsPerSample: 32, extensible: true });
    expect(readWavHeader(wav)).toMatchObject({ formatTag: 3, bitsPerSample: 32, dataOffset: 68 });
  });

  it('throws on what cannot be a WAV, however short', () => {
    expect(() => readWavHeader(new TextEncoder().encode('ID3'))).toThrow(WavFormatError);
    expect(() => readWavHeader(new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000AVI '))).toThrow(
      WavFormatError,
    );
  });

  it('gives up on a header chunk too large to wait for', () => {
    const big = wavHeader({ dataBytes: 0, extraChunks: [{ id: 'junk', bytes: new Uint8Array(8) }] });
    new DataView(big.buffer).setUint32(40, MAX_WAV_HEADER_BYTES, true);
    expect(() => readWavHeader(big.subarray(0, 48))).toThrow(/too large/);
  });
});
