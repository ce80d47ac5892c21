// Checks one spoken utterance before it goes to the transcriber: a WAV file holding mono 16-bit PCM at 8–48 kHz
// (what vad-web's `utils.encodeWAV(audio, 1, rate, 1, 16)` writes), between 200 ms and 60 s long, not silent.
// Anything else is refused with a stable code and a message the learner can act on.

import { readWavHeader, WAVE_FORMAT_IEEE_FLOAT, WAVE_FORMAT_PCM, WavFormatError } from './wav-header.ts';

export interface Utterance {
  /** The WAV file as received. */
  wav: Uint8Array;
  sampleRate: number;
  durationMs: number;
}

export type AudioRejectionCode =
  | 'not_wav'
  | 'unsupported_format'
  | 'unsupported_rate'
  | 'too_short'
  | 'too_long'
  | 'silent';

/** An utterance Bedside will not transcribe; `message` is written for the learner. */
export class AudioRejected extends Error {
  constructor(
    readonly code: AudioRejectionCode,
    message: string,
  ) {
    super(message);
    this.name = 'AudioRejected';
  }
}

export const MIN_SAMPLE_RATE = 8_000;
export const MAX_SAMPLE_RATE = 48_000;
export const MIN_UTTERANCE_MS = 200;
export const MAX_UTTERANCE_MS = 60_000;

/**
 * The loudest 20 ms frame must reach this RMS (after removing its DC offset) for the utterance to count as sound:
 * -50 dBFS, about 104 on the 16-bit scale. A muted microphone or digital silence sits far below (under -70 dBFS),
 * a quiet room's noise floor around -60 dBFS, while speech, even soft and with the browser's gain control,
 * peaks above -35 dBFS (espeak-ng's voice reaches about -15 dBFS). Erring low means rare noise gets through to the
 * transcriber, which then hears nothing, rather than quiet speech being refused.
 */
export const SILENCE_RMS = 32768 * 10 ** (-50 / 20);
const FRAME_MS = 20;

const SAY_AGAIN = 'say it again, or type it.';

/** Validates `bytes` as an utterance; throws AudioRejected saying why not. */
export function checkUtterance(bytes: Uint8Array): Utterance {
  const layout = readLayout(bytes);
  if (layout.formatTag !== WAVE_FORMAT_PCM || layout.channels !== 1 || layout.bitsPerSample !== 16) {
    throw new AudioRejected(
      'unsupported_format',
      `That recording was ${describeFormat(layout)}, and Bedside needs mono 16-bit PCM: ${SAY_AGAIN}`,
    );
  }
  if (layout.sampleRate < MIN_SAMPLE_RATE || layout.sampleRate > MAX_SAMPLE_RATE) {
    throw new AudioRejected(
      'unsupported_rate',
      `That recording's sample rate (${layout.sampleRate} Hz) is outside the 8–48 kHz Bedside can use: ${SAY_AGAIN}`,
    );
  }
  // A streamed file may leave its size open or overstate it: count only the whole samples that arrived.
  const available = bytes.length - layout.dataOffset;
  const dataBytes = Math.min(layout.dataBytes ?? available, available) & ~1;
  const samples = dataBytes / 2;
  const durationMs = (samples / layout.sampleRate) * 1000;
  if (durationMs < MIN_UTTERANCE_MS) {
    throw new AudioRejected('too_short', `That recording was too short to hear anything: ${SAY_AGAIN}`);
  }
  if (durationMs > MAX_UTTERANCE_MS) {
    throw new AudioRejected(
      'too_long',
      'That recording was longer than a minute, too long for one turn: say it in shorter parts, or type it.',
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset + layout.dataOffset, dataBytes);
  if (loudestFrameRms(view, Math.round((layout.sampleRate * FRAME_MS) / 1000)) < SILENCE_RMS) {
    throw new AudioRejected(
      'silent',
      `That recording was silent: check that your microphone is on and not muted, then ${SAY_AGAIN}`,
    );
  }
  return { wav: bytes, sampleRate: layout.sampleRate, durationMs: Math.round(durationMs) };
}

function readLayout(bytes: Uint8Array) {
  let layout: ReturnType<typeof readWavHeader>;
  try {
    layout = readWavHeader(bytes);
  } catch (error) {
    if (!(error instanceof WavFormatError)) throw error;
    layout = null;
  }
  if (!layout) {
    throw new AudioRejected('not_wav', `That recording could not be read as a WAV file: ${SAY_AGAIN}`);
  }
  return layout;
}

function describeFormat(layout: { formatTag: number; channels: number; bitsPerSample: number }): string {
  const channels =
    layout.channels === 1 ? 'mono' : layout.channels === 2 ? 'stereo' : `${layout.channels}-channel`;
  const kind =
    layout.formatTag === WAVE_FORMAT_PCM
      ? 'PCM'
      : layout.formatTag === WAVE_FORMAT_IEEE_FLOAT
        ? 'float'
        : 'encoded';
  return `${channels} ${layout.bitsPerSample}-bit ${kind}`;
}

/** The RMS of the loudest frame, each frame's mean removed so a DC offset does not count as sound. */
function loudestFrameRms(view: DataView, frameSamples: number): number {
  const samples = view.byteLength / 2;
  let loudest = 0;
  for (let start = 0; start < samples; start += frameSamples) {
    const end = Math.min(samples, start + frameSamples);
    let sum = 0;
    let sumSquares = 0;
    for (let i = start; i < end; i += 1) {
      const s = view.getInt16(i * 2, true);
      sum += s;
      sumSquares += s * s;
    }
    const n = end - start;
    const mean = sum / n;
    const rms = Math.sqrt(Math.max(0, sumSquares / n - mean * mean));
    if (rms > loudest) {
      loudest = rms;
      if (loudest >= SILENCE_RMS) return loudest;
    }
  }
  return loudest;
}
