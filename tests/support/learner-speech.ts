// A learner's speech for the browser's fake microphone: sentences said by espeak-ng, trimmed to the speech, placed
// at chosen times in one WAV, 48 kHz mono 16-bit (as a headset's microphone delivers). Made at test time into a
// temp folder (the system's espeak-ng and sox run as separate processes); generated audio is never committed.

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** A line to say: at a time in the file, or after some silence following the line before. */
export type SpokenLine = { text: string; atS: number } | { text: string; afterS: number };

export interface PlacedLine {
  text: string;
  /** When the speech starts, in seconds from the start of the file. */
  atS: number;
  /** How long the speech lasts, from its first sound to its last. */
  durationS: number;
  endS: number;
}

export interface LearnerSpeech {
  /** Absolute path of the WAV. */
  path: string;
  lines: PlacedLine[];
  durationS: number;
}

const RATE = ['-r', '48000', '-c', '1', '-b', '16'];
/** sox's `silence` effect: cut quiet (below 0.5 %) from the start; reversed, from the end. */
const TRIM = ['silence', '1', '0.02', '0.5%', 'reverse', 'silence', '1', '0.02', '0.5%', 'reverse'];

/**
 * Writes `<dir>/<name>.wav`: silence, each line at its place (in order, not overlapping), then `tailS` of silence.
 * One line at 1.5 s with a 3 s tail is the `espeak-ng -w … && sox … pad 1.5 3.0` recipe, trimmed to the speech.
 */
export function makeLearnerSpeech(dir: string, name: string, lines: SpokenLine[], tailS = 3): LearnerSpeech {
  const placed: PlacedLine[] = [];
  const parts: string[] = [];
  let endS = 0;
  for (const [i, line] of lines.entries()) {
    const raw = join(dir, `${name}-${i}-raw.wav`);
    const part = join(dir, `${name}-${i}.wav`);
    execFileSync('espeak-ng', ['-v', 'en', '-w', raw, line.text]);
    const speech = join(dir, `${name}-${i}-speech.wav`);
    execFileSync('sox', [raw, ...RATE, speech, ...TRIM]);
    const durationS = seconds(speech);
    const atS = 'atS' in line ? line.atS : endS + line.afterS;
    if (atS < endS) throw new Error(`"${line.text}" would start at ${atS} s, before the line before it ends`);
    execFileSync('sox', [speech, part, 'pad', String(atS - endS), '0']);
    parts.push(part);
    endS = atS + durationS;
    placed.push({ text: line.text, atS, durationS, endS });
  }
  const path = join(dir, `${name}.wav`);
  execFileSync('sox', [...parts, path, 'pad', '0', String(tailS)]);
  return { path, lines: placed, durationS: seconds(path) };
}

/** A WAV's length in seconds (soxi comes with sox). */
function seconds(file: string): number {
  return Number(execFileSync('soxi', ['-D', file], { encoding: 'utf8' }).trim());
}

export interface WavFacts {
  /** 1 for integer PCM. */
  formatTag: number;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  durationMs: number;
  /** Root mean square of the samples, 0..1 of full scale (16-bit PCM only, else 0). */
  rms: number;
}

/** Reads what a WAV file holds (its `fmt ` and `data` chunks), to check an uploaded utterance. */
export function wavFacts(bytes: Uint8Array): WavFacts {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (bytes.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new Error('not a RIFF/WAVE file');
  let format: Omit<WavFacts, 'durationMs' | 'rms'> | null = null;
  for (let at = 12; at + 8 <= bytes.length; ) {
    const size = view.getUint32(at + 4, true);
    const body = at + 8;
    if (tag(at) === 'fmt ') {
      format = {
        formatTag: view.getUint16(body, true),
        channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true),
        bitsPerSample: view.getUint16(body + 14, true),
      };
    } else if (tag(at) === 'data') {
      if (!format) throw new Error('WAV data before its format');
      const length = Math.min(size, bytes.length - body);
      const frameBytes = (format.bitsPerSample / 8) * format.channels;
      let sumSq = 0;
      const pcm16 = format.formatTag === 1 && format.bitsPerSample === 16;
      for (let i = 0; pcm16 && i + 1 < length; i += 2) sumSq += (view.getInt16(body + i, true) / 32768) ** 2;
      return {
        ...format,
        durationMs: (length / frameBytes / format.sampleRate) * 1000,
        rms: pcm16 ? Math.sqrt(sumSq / (length / 2)) : 0,
      };
    }
    at = body + size + (size % 2);
  }
  throw new Error('WAV without a data chunk');
}
