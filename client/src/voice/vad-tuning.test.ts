import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VAD_TUNING,
  thresholdsFor,
  trimTrailingSilence,
  tuningFromStorage,
  withTuning,
} from './vad-tuning.ts';

describe('VAD tuning', () => {
  it('is tuned for conversation, not dictation', () => {
    expect(DEFAULT_VAD_TUNING.redemptionMs).toBeGreaterThanOrEqual(500);
    expect(DEFAULT_VAD_TUNING.redemptionMs).toBeLessThanOrEqual(700);
    expect(DEFAULT_VAD_TUNING.preSpeechPadMs).toBe(300);
    expect(DEFAULT_VAD_TUNING.minSpeechMs).toBe(250);
  });

  it('raises both thresholds while a character speaks', () => {
    const quiet = thresholdsFor(DEFAULT_VAD_TUNING, false);
    const speaking = thresholdsFor(DEFAULT_VAD_TUNING, true);
    expect(quiet).toEqual({ positiveSpeechThreshold: 0.5, negativeSpeechThreshold: 0.35 });
    expect(speaking.positiveSpeechThreshold).toBe(0.8);
    expect(speaking.negativeSpeechThreshold).toBeCloseTo(0.65);
  });

  it('checks changed values', () => {
    expect(withTuning({ redemptionMs: 700 }).redemptionMs).toBe(700);
    expect(() => withTuning({ positiveSpeechThreshold: 1.2 })).toThrow(RangeError);
    expect(() => withTuning({ negativeSpeechThreshold: 0.6 })).toThrow(/negative/);
    expect(() => withTuning({ minSpeechMs: -1 })).toThrow(RangeError);
  });

  it('trims the trailing silence vad-web waits for, keeping a little, never below a minimum utterance', () => {
    const second = new Float32Array(16_000);
    // 600 ms of redemption, 150 ms kept: 450 ms (7200 samples) go.
    expect(trimTrailingSilence(second, DEFAULT_VAD_TUNING).length).toBe(16_000 - 7_200);
    // 300 ms pad + 250 ms speech is the shortest segment vad-web hands over: kept whole.
    const short = new Float32Array(9_000);
    expect(trimTrailingSilence(short, DEFAULT_VAD_TUNING).length).toBe(8_800);
    expect(trimTrailingSilence(new Float32Array(100), DEFAULT_VAD_TUNING).length).toBe(100);
  });
});

describe('tuning kept on the device', () => {
  const storage = (value: string | null) => ({ getItem: () => value });

  it('takes the numeric fields it knows, over the defaults', () => {
    const tuning = tuningFromStorage(
      storage('{"positiveSpeechThreshold":0.6,"redemptionMs":700,"colour":"red"}'),
    );
    expect(tuning).toEqual({ ...DEFAULT_VAD_TUNING, positiveSpeechThreshold: 0.6, redemptionMs: 700 });
  });

  it('falls back to the defaults for nothing stored, bad JSON or invalid values', () => {
    expect(tuningFromStorage(null)).toBe(DEFAULT_VAD_TUNING);
    expect(tuningFromStorage(storage(null))).toBe(DEFAULT_VAD_TUNING);
    expect(tuningFromStorage(storage('{oops'))).toBe(DEFAULT_VAD_TUNING);
    expect(tuningFromStorage(storage('{"positiveSpeechThreshold":3}'))).toBe(DEFAULT_VAD_TUNING);
  });
});
