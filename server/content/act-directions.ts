// Which way an act may move a character, whatever else was said with it and whatever the scenario's numbers:
// a threat, coercion, a label, a brush-off or a false reassurance never earns trust or calms anger. A rule of the vocabulary, so the
// scenario schema refuses a file that breaks it; the simulation holds it at run time (`sim/affect-direction.ts`).

import type { LearnerAct } from './acts.ts';

export interface ActDirection {
  /** Trust may fall or stay, never rise. */
  trust: 'never-up';
  /** Anger may rise or stay, never fall. */
  anger: 'never-down';
}

export const ACT_DIRECTIONS: Partial<Record<LearnerAct, ActDirection>> = {
  'threat-or-command': { trust: 'never-up', anger: 'never-down' },
  dismissive: { trust: 'never-up', anger: 'never-down' },
  // "There's nothing to be scared of" brushes the fear aside however kindly meant: the support said with it may
  // steady someone, but it earns no trust.
  'premature-reassurance': { trust: 'never-up', anger: 'never-down' },
};
