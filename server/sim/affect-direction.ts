// Holds the direction rules of `content/act-directions.ts` while the conversation runs: after a harmful act, trust
// may not rise and anger may not fall, whatever else was said.

import { ACT_DIRECTIONS } from '../content/act-directions.ts';
import type { LearnerAct } from '../content/acts.ts';
import type { Affect } from '../content/affect-types.ts';

export function isHarmfulAct(act: LearnerAct): boolean {
  return ACT_DIRECTIONS[act] !== undefined;
}

/** Holds the affect after a harmful turn to the table: recovery and kinder words said alongside cannot undo it. */
export function holdDirection(before: Affect, after: Affect): Affect {
  return { ...after, trust: Math.min(after.trust, before.trust), anger: Math.max(after.anger, before.anger) };
}
