import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { simulate, simulateAll } from './simulate.ts';

// Floors a little below what the full run measures (500 learners, 20 sessions, seed "adaptive"):
// policy 86 % in band, ρ 0.88 / 0.90; fixed 56 %, random 42 %.
describe('eval:adaptive', () => {
  const result = simulateAll({ learners: 500, sessions: 20, seed: 'adaptive' });

  it('keeps most sessions in the 0.55-0.85 band, clearly above both baselines', () => {
    expect(result.policy.inBandShare).toBeGreaterThan(0.8);
    expect(result.policy.inBandShare - result.fixed.inBandShare).toBeGreaterThan(0.2);
    expect(result.policy.inBandShare - result.random.inBandShare).toBeGreaterThan(0.3);
  });

  it('ranks learners by skill about as well as the baselines', () => {
    expect(result.policy.rankCorrelation5).toBeGreaterThan(0.85);
    expect(result.policy.rankCorrelation10).toBeGreaterThan(0.88);
    expect(result.policy.rankCorrelation10).toBeGreaterThan(result.policy.rankCorrelation5);
    expect(result.fixed.rankCorrelation10).toBeGreaterThan(0.9);
  });

  it('reaches mastery no slower than the baselines', () => {
    expect(result.policy.sessionsToMastery).toBeLessThanOrEqual(result.fixed.sessionsToMastery + 0.2);
    expect(result.policy.sessionsToMastery).toBeLessThan(result.random.sessionsToMastery);
  });

  it('is deterministic for a seed', () => {
    const a = simulate('policy', { learners: 40, sessions: 6, seed: 'x' });
    expect(simulate('policy', { learners: 40, sessions: 6, seed: 'x' })).toEqual(a);
  });

  it('prints exactly one JSON object with --json', () => {
    const out = execFileSync('npx', ['tsx', 'evals/adaptive/run.ts', '--json', '--learners', '60'], {
      encoding: 'utf8',
    });
    const parsed = JSON.parse(out);
    expect(Object.keys(parsed)).toEqual(['policy', 'fixed', 'random']);
    for (const arm of Object.values(parsed))
      expect(Object.keys(arm as object)).toEqual([
        'inBandShare',
        'rankCorrelation5',
        'rankCorrelation10',
        'sessionsToMastery',
      ]);
  });
});
