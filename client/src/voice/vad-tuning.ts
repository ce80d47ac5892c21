// How the microphone's voice activity detector (vad-web, Silero v5) is tuned for conversation, and why. vad-web's
// defaults suit dictation: they wait 1.4 s of silence before calling speech over and pad each segment with 0.8 s,
// which makes a character answer late. A clinical conversation has short turns and quick hand-overs.

export interface VadTuning {
  /**
   * Speech probability (0..1) at or above which a 32 ms frame counts as speech.
   * @default 0.5
   */
  positiveSpeechThreshold: number;
  /**
   * Probability below which a frame counts as silence while speaking; between the two a frame changes nothing.
   * Silero's authors keep it about 0.15 under the positive threshold.
   * @default 0.35
   */
  negativeSpeechThreshold: number;
  /**
   * Silence that ends an utterance. Below ~500 ms a pause for breath or thought splits a sentence; above ~700 ms the
   * learner waits noticeably for the reply.
   * @default 600
   */
  redemptionMs: number;
  /** Audio kept from before speech was detected, so the first syllable is not clipped. @default 300 */
  preSpeechPadMs: number;
  /**
   * Speech shorter than this is a misfire (a cough, a chair, "mm"). It is also how long the learner must speak over a
   * character before the character stops (barge-in).
   * @default 250
   */
  minSpeechMs: number;
  /**
   * While a character's voice plays, the positive threshold rises to this (and the negative one with it): speakers
   * leak into the microphone, and echo cancellation does not catch all of it, so only clear speech cuts in.
   * @default 0.8
   */
  echoSpeechThreshold: number;
}

export const DEFAULT_VAD_TUNING: VadTuning = {
  positiveSpeechThreshold: 0.5,
  negativeSpeechThreshold: 0.35,
  redemptionMs: 600,
  preSpeechPadMs: 300,
  minSpeechMs: 250,
  echoSpeechThreshold: 0.8,
};

/** The gap vad-web keeps between the two thresholds. */
const THRESHOLD_GAP = 0.15;

/** The detector's thresholds now: raised while a character speaks. */
export function thresholdsFor(
  tuning: VadTuning,
  characterSpeaking: boolean,
): { positiveSpeechThreshold: number; negativeSpeechThreshold: number } {
  if (!characterSpeaking) {
    return {
      positiveSpeechThreshold: tuning.positiveSpeechThreshold,
      negativeSpeechThreshold: tuning.negativeSpeechThreshold,
    };
  }
  const positive = Math.max(tuning.positiveSpeechThreshold, tuning.echoSpeechThreshold);
  return {
    positiveSpeechThreshold: positive,
    negativeSpeechThreshold: Math.max(tuning.negativeSpeechThreshold, positive - THRESHOLD_GAP),
  };
}

/** Tuning with some values replaced, checked: thresholds in 0..1 and ordered, durations not negative. */
export function withTuning(change: Partial<VadTuning>, base: VadTuning = DEFAULT_VAD_TUNING): VadTuning {
  const tuning = { ...base, ...change };
  const unit = (x: number) => Number.isFinite(x) && x >= 0 && x <= 1;
  const ms = (x: number) => Number.isFinite(x) && x >= 0 && x <= 10_000;
  if (
    !unit(tuning.positiveSpeechThreshold) ||
    !unit(tuning.negativeSpeechThreshold) ||
    !unit(tuning.echoSpeechThreshold) ||
    tuning.negativeSpeechThreshold > tuning.positiveSpeechThreshold
  ) {
    throw new RangeError('VAD thresholds must be within 0..1, the negative one at or below the positive one');
  }
  if (!ms(tuning.redemptionMs) || !ms(tuning.preSpeechPadMs) || !ms(tuning.minSpeechMs)) {
    throw new RangeError('VAD durations must be between 0 and 10000 ms');
  }
  return tuning;
}

/**
 * The utterance without most of its trailing silence: vad-web ends a segment `redemptionMs` after the speech, and
 * that silence is only upload and transcription time. `keepMs` of it stays, so the last word is not clipped.
 */
export function trimTrailingSilence(
  audio: Float32Array,
  tuning: VadTuning,
  sampleRate = 16_000,
  keepMs = 150,
): Float32Array {
  const trim = Math.floor(((tuning.redemptionMs - keepMs) * sampleRate) / 1000);
  const floor = Math.ceil(((tuning.preSpeechPadMs + tuning.minSpeechMs) * sampleRate) / 1000);
  if (trim <= 0) return audio;
  return audio.subarray(0, Math.max(Math.min(floor, audio.length), audio.length - trim));
}

/** Where a device keeps its own tuning (a noisy skills lab may want a higher threshold), as JSON of some fields. */
export const VAD_TUNING_STORAGE_KEY = 'bedside.vadTuning';

/**
 * The tuning for this device: the defaults with any fields stored under VAD_TUNING_STORAGE_KEY, e.g.
 * `{"positiveSpeechThreshold":0.6,"redemptionMs":700}`. Unknown fields are ignored; anything invalid gives the
 * defaults.
 */
export function tuningFromStorage(storage: Pick<Storage, 'getItem'> | null): VadTuning {
  let stored: unknown;
  try {
    stored = JSON.parse(storage?.getItem(VAD_TUNING_STORAGE_KEY) ?? 'null');
  } catch {
    return DEFAULT_VAD_TUNING;
  }
  if (typeof stored !== 'object' || stored === null) return DEFAULT_VAD_TUNING;
  const change: Partial<VadTuning> = {};
  for (const key of Object.keys(DEFAULT_VAD_TUNING) as (keyof VadTuning)[]) {
    const value = (stored as Record<string, unknown>)[key];
    if (typeof value === 'number') change[key] = value;
  }
  try {
    return withTuning(change);
  } catch {
    return DEFAULT_VAD_TUNING;
  }
}
