// eval:adaptive: the adaptive policy against fixed level 2 (rotating scenarios) and random choice, on synthetic
// learners (see simulate.ts for the response model and the measures).
// Usage: npx tsx evals/adaptive/run.ts [--json] [--learners N] [--sessions N] [--seed S]

import { pathToFileURL } from 'node:url';
import { ARMS, type ArmResult, BAND, MASTERY_SKILL, simulateAll } from './simulate.ts';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const learners = Number(option('learners') ?? 500);
  const sessions = Number(option('sessions') ?? 20);
  const seed = option('seed') ?? 'adaptive';
  const result = simulateAll({ learners, sessions, seed });
  if (process.argv.includes('--json')) {
    const pick = ({ inBandShare, rankCorrelation5, rankCorrelation10, sessionsToMastery }: ArmResult) => ({
      inBandShare,
      rankCorrelation5,
      rankCorrelation10,
      sessionsToMastery,
    });
    console.log(
      JSON.stringify({ policy: pick(result.policy), fixed: pick(result.fixed), random: pick(result.random) }),
    );
  } else {
    console.log(`Adaptive difficulty: ${learners} synthetic learners, ${sessions} sessions, seed "${seed}"`);
    console.log(
      `in band = true success ${BAND.low}-${BAND.high}; ρ = Spearman(estimated, true skill) per skill, averaged; mastery = every skill ≥ ${MASTERY_SKILL.toFixed(2)} logits (70 % at a typical level 2), not reached counts as ${sessions + 1}\n`,
    );
    console.log('arm      in band   ρ after 5   ρ after 10   sessions to mastery   mastered');
    for (const arm of ARMS) {
      const r = result[arm];
      console.log(
        `${arm.padEnd(8)} ${pct(r.inBandShare).padStart(7)}   ${r.rankCorrelation5.toFixed(3).padStart(9)}   ${r.rankCorrelation10.toFixed(3).padStart(10)}   ${r.sessionsToMastery.toFixed(1).padStart(19)}   ${pct(r.masteredShare).padStart(8)}`,
      );
    }
  }
}

function pct(v: number): string {
  return `${(v * 100).toFixed(1)} %`;
}
