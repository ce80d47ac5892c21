// Which way an act may move a character, whatever else was said with it and whatever the scenario's numbers:
// a threat, coercion, a label or a brush-off never earns trust or calms anger.

import type { LearnerAct } from './acts.ts';
import type { Affect } from './affect-types.ts';

export interface ActDirection {
  /** Trust may fall or stay, never rise. */
  trust: 'never-up';
  /** Anger may rise or stay, never fall. */
  anger: 'never-down';
}

export const ACT_DIRECTIONS: Partial<Record<LearnerAct, ActDirection>> = {
  'threat-or-command': { trust: 'never-up', anger: 'never-down' },
  dismissive: { trust: 'never-up', anger: 'never-down' },
};

export function isHarmfulAct(act: LearnerAct): boolean {
  return ACT_DIRECTIONS[act] !== undefined;
}

/** Holds the affect after a harmful turn to the table: recovery and kinder words said alongside cannot undo it. */
export function holdDirection(before: Affect, after: Affect): Affect {
  return { ...after, trust: Math.min(after.trust, before.trust), anger: Math.max(after.anger, before.anger) };
}
