import { describe, expect, it } from 'vitest';
import { FULL_RMS, mouthFromRms, rms, SILENT_RMS } from './loudness.ts';

describe('loudness to mouth', () => {
  it('measures the root mean square', () => {
    expect(rms(new Float32Array([0.5, -0.5, 0.5, -0.5]))).toBeCloseTo(0.5);
    expect(rms(new Float32Array(0))).toBe(0);
  });

  it('keeps the mouth shut in near silence and opens it with loudness, up to fully open', () => {
    expect(mouthFromRms(0)).toBe(0);
    expect(mouthFromRms(SILENT_RMS)).toBe(0);
    expect(mouthFromRms(Number.NaN)).toBe(0);
    const soft = mouthFromRms(0.04);
    const loud = mouthFromRms(0.1);
    expect(soft).toBeGreaterThan(0);
    expect(loud).toBeGreaterThan(soft);
    expect(mouthFromRms(FULL_RMS)).toBe(1);
    expect(mouthFromRms(0.9)).toBe(1);
  });
});
