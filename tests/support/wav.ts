// Builds WAV files and PCM signals in code, for tests and for the fake OpenAI-compatible server's speech.

export interface WavSpec {
  /** 16-bit samples; for other formats pass `data` instead. */
  samples?: Int16Array;
  /** Raw sample bytes, written as they are. */
  data?: Uint8Array;
  /** @default 16000 */
  sampleRate?: number;
  /** @default 1 */
  channels?: number;
  /** @default 16 */
  bitsPerSample?: number;
  /** 1 PCM, 3 float. @default 1 */
  formatTag?: number;
  /** Write the format as WAVE_FORMAT_EXTENSIBLE with `formatTag` as its sub-format. @default false */
  extensible?: boolean;
  /** Chunks written between `fmt ` and `data` (as vad-web never does, but other encoders do). */
  extraChunks?: Array<{ id: string; bytes: Uint8Array }>;
  /** The data chunk's declared size, e.g. 0xffffffff as a streaming writer leaves it. @default the real size */
  declaredDataBytes?: number;
}

/** A complete WAV file. */
export function buildWav(spec: WavSpec): Uint8Array {
  const data = spec.data ?? pcmBytes(spec.samples ?? new Int16Array(0));
  const header = wavHeader({ ...spec, dataBytes: spec.declaredDataBytes ?? data.length });
  const out = new Uint8Array(header.length + data.length);
  out.set(header, 0);
  out.set(data, header.length);
  return out;
}

/** The header alone (RIFF, fmt, extra chunks, the data chunk's id and size), for a WAV sent as a stream. */
export function wavHeader(spec: Omit<WavSpec, 'samples' | 'data'> & { dataBytes: number }): Uint8Array {
  const sampleRate = spec.sampleRate ?? 16_000;
  const channels = spec.channels ?? 1;
  const bits = spec.bitsPerSample ?? 16;
  const formatTag = spec.formatTag ?? 1;
  const fmtSize = spec.extensible ? 40 : 16;
  const extras = spec.extraChunks ?? [];
  const extraBytes = extras.reduce((sum, c) => sum + 8 + c.bytes.length + (c.bytes.length % 2), 0);
  const headerBytes = 12 + 8 + fmtSize + extraBytes + 8;
  const out = new Uint8Array(headerBytes);
  const view = new DataView(out.buffer);
  let at = 0;
  const text = (s: string) => {
    for (const ch of s) out[at++] = ch.charCodeAt(0);
  };
  const u16 = (n: number) => {
    view.setUint16(at, n, true);
    at += 2;
  };
  const u32 = (n: number) => {
    view.setUint32(at, n >>> 0, true);
    at += 4;
  };
  text('RIFF');
  u32(Math.min(0xffffffff, headerBytes - 8 + spec.dataBytes));
  text('WAVE');
  text('fmt ');
  u32(fmtSize);
  u16(spec.extensible ? 0xfffe : formatTag);
  u16(channels);
  u32(sampleRate);
  u32((sampleRate * channels * bits) / 8);
  u16((channels * bits) / 8);
  u16(bits);
  if (spec.extensible) {
    u16(22); // cbSize
    u16(bits); // valid bits per sample
    u32(channels === 1 ? 0x4 : 0x3); // channel mask
    u16(formatTag); // sub-format GUID: the format tag, then the fixed KSDATAFORMAT suffix
    for (const b of [0, 0, 0, 0, 0x10, 0, 0x80, 0, 0, 0xaa, 0, 0x38, 0x9b, 0x71]) out[at++] = b;
  }
  for (const chunk of extras) {
    text(chunk.id);
    u32(chunk.bytes.length);
    out.set(chunk.bytes, at);
    at += chunk.bytes.length + (chunk.bytes.length % 2);
  }
  text('data');
  u32(spec.dataBytes);
  return out;
}

/** Little-endian bytes of 16-bit samples. */
export function pcmBytes(samples: Int16Array): Uint8Array {
  const out = new Uint8Array(samples.length * 2);
  const view = new DataView(out.buffer);
  for (const [i, s] of samples.entries()) view.setInt16(i * 2, s, true);
  return out;
}

/** A sine tone; `amplitude` is a fraction of full scale. */
export function tone(ms: number, sampleRate = 16_000, frequency = 220, amplitude = 0.3): Int16Array {
  const n = Math.round((ms / 1000) * sampleRate);
  const out = new Int16Array(n);
  for (let i = 0; i < n; i += 1) {
    out[i] = Math.round(amplitude * 32767 * Math.sin((2 * Math.PI * frequency * i) / sampleRate));
  }
  return out;
}

/** Digital silence. */
export function silence(ms: number, sampleRate = 16_000): Int16Array {
  return new Int16Array(Math.round((ms / 1000) * sampleRate));
}

/** Signals one after the other. */
export function concat(...parts: Int16Array[]): Int16Array {
  const out = new Int16Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
