// Affect is explicit data: a few named dimensions in [0,1] per character, stored with every turn. The dimensions are
// part of the wire contract, so they live in `server/protocol.ts`; the bands and dynamics are the server's own.
// Here in content, below the simulation, because scenario files are written in these terms.

import type { Affect } from '../protocol.ts';
import type { LearnerAct } from './acts.ts';
import type { Topic } from './topics.ts';

export { AFFECT_DIMENSIONS, type Affect, type AffectDimension, type SceneAffect } from '../protocol.ts';

/**
 * The coarse emotional band a character is in, used to pick authored lines and to describe the state
 * in words. Checked in this order: overwhelmed (unless anger is the stronger), angry, guarded, settled, open.
 */
export const AFFECT_BANDS = ['overwhelmed', 'angry', 'guarded', 'open', 'settled'] as const;
export type AffectBand = (typeof AFFECT_BANDS)[number];

export type AffectShift = Partial<Affect>;

/** How one character's affect responds; built from the scenario file and the difficulty level. */
export interface AffectDynamics {
  baseline: Affect;
  volatility: number;
  recovery: number;
  reactions: Partial<Record<LearnerAct, AffectShift>>;
  /** Changes when asked about a topic, on top of the acts'. */
  topicReactions: Partial<Record<Topic, AffectShift>>;
}
