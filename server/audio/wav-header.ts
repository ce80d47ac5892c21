// Reads the header of a RIFF/WAVE file up to its sample data: the `fmt ` chunk, any chunks after it (LIST, fact,
// …), then where `data` starts. Works on a prefix, so a WAV arriving over the network can be read as it streams.

export const WAVE_FORMAT_PCM = 1;
export const WAVE_FORMAT_IEEE_FLOAT = 3;
const WAVE_FORMAT_EXTENSIBLE = 0xfffe;

/** A streaming writer does not know the length yet and leaves one of these in the size fields. */
const OPEN_SIZES: ReadonlySet<number> = new Set([0, 0xffffffff]);

/** Anything before `data` longer than this is not a WAV header we want to wait for. */
export const MAX_WAV_HEADER_BYTES = 64 * 1024;

export interface WavLayout {
  /** 1 for integer PCM, 3 for IEEE float; WAVE_FORMAT_EXTENSIBLE is resolved to its sub-format. */
  formatTag: number;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  /** Where the first sample byte is. */
  dataOffset: number;
  /** Sample bytes the header declares, or null when the writer left the size open (a streamed file). */
  dataBytes: number | null;
}

/** The bytes are not a RIFF/WAVE file, or its header is broken. */
export class WavFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WavFormatError';
  }
}

/**
 * The layout of the WAV whose first bytes are `bytes`, or null when more bytes are needed to reach `data`.
 * Throws WavFormatError when what is there cannot be a WAV header.
 */
export function readWavHeader(bytes: Uint8Array): WavLayout | null {
  if (bytes.length < 12) {
    if (!startsWith(bytes, 'RIFF'.slice(0, Math.min(4, bytes.length)))) throw notRiff();
    return null;
  }
  if (!startsWith(bytes, 'RIFF') || fourCC(bytes, 8) !== 'WAVE') throw notRiff();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let format: Omit<WavLayout, 'dataOffset' | 'dataBytes'> | null = null;
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const id = fourCC(bytes, offset);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'data') {
      if (!format) throw new WavFormatError('the data chunk comes before the fmt chunk');
      return { ...format, dataOffset: body, dataBytes: OPEN_SIZES.has(size) ? null : size };
    }
    if (body + size > MAX_WAV_HEADER_BYTES)
      throw new WavFormatError(`a "${id}" chunk too large for a header`);
    if (body + size > bytes.length) return null;
    if (id === 'fmt ') format = readFormat(view, body, size);
    // Chunks are padded to an even length.
    offset = body + size + (size % 2);
  }
  if (offset > MAX_WAV_HEADER_BYTES) throw new WavFormatError('no data chunk in the first 64 KiB');
  return null;
}

function readFormat(view: DataView, at: number, size: number): Omit<WavLayout, 'dataOffset' | 'dataBytes'> {
  if (size < 16) throw new WavFormatError('the fmt chunk is shorter than 16 bytes');
  let formatTag = view.getUint16(at, true);
  const channels = view.getUint16(at + 2, true);
  const sampleRate = view.getUint32(at + 4, true);
  const bitsPerSample = view.getUint16(at + 14, true);
  // WAVE_FORMAT_EXTENSIBLE carries the real format in the first two bytes of its sub-format GUID.
  if (formatTag === WAVE_FORMAT_EXTENSIBLE) {
    if (size < 40) throw new WavFormatError('the extensible fmt chunk is shorter than 40 bytes');
    formatTag = view.getUint16(at + 24, true);
  }
  return { formatTag, channels, sampleRate, bitsPerSample };
}

function notRiff(): WavFormatError {
  return new WavFormatError('the bytes do not start with a RIFF/WAVE header');
}

function fourCC(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(bytes[at] ?? 0, bytes[at + 1] ?? 0, bytes[at + 2] ?? 0, bytes[at + 3] ?? 0);
}

function startsWith(bytes: Uint8Array, text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (bytes[i] !== text.charCodeAt(i)) return false;
  return true;
}
