// How open a mouth looks for the loudness of the audio playing now. The avatar eases the jaw towards this value,
// so the mapping only has to be monotonic and quiet-safe, not smooth.

/** Root mean square of a block of samples (-1..1). Allocation-free. */
export function rms(samples: Float32Array): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (let i = 0; i < samples.length; i += 1) {
    const x = samples[i] as number;
    sum += x * x;
  }
  return Math.sqrt(sum / samples.length);
}

/** Below this RMS the mouth stays closed: breath and the synthesiser's noise floor. */
export const SILENT_RMS = 0.012;
/** At and above this RMS the mouth is fully open (normal synthesised speech peaks around 0.1-0.2). */
export const FULL_RMS = 0.16;

/** Mouth openness 0..1 for a loudness; the square root opens quieter syllables visibly. */
export function mouthFromRms(level: number): number {
  if (!(level > SILENT_RMS)) return 0;
  return Math.min(1, Math.sqrt((level - SILENT_RMS) / (FULL_RMS - SILENT_RMS)));
}
