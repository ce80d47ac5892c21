// Whether a change on a feedback table is better or worse, not merely up or down: a character's anger or distress
// going down is better, their trust going up is better, and so is a skill rating going up. No React here.

import type { AffectDimension } from '../../../server/protocol.ts';

/** Which way a measure moves when things go well. */
export type GoodDirection = 'higher' | 'lower';

export type ChangeVerdict = 'better' | 'worse' | 'unchanged';

/** For each affect dimension, which way is good for the conversation. */
export const AFFECT_GOOD_DIRECTION: Readonly<Record<AffectDimension, GoodDirection>> = {
  distress: 'lower',
  anger: 'lower',
  trust: 'higher',
};

/** Skill ratings are better higher. */
export const SKILL_GOOD_DIRECTION: GoodDirection = 'higher';

/** Changes smaller than this read as unchanged: the tables show two decimals. */
const SHOWN_STEP = 0.005;

/** Whether a change of `delta` is better, worse or no change, for a measure that is good in `good` direction. */
export function judgeChange(delta: number, good: GoodDirection): ChangeVerdict {
  if (Math.abs(delta) < SHOWN_STEP) return 'unchanged';
  return delta > 0 === (good === 'higher') ? 'better' : 'worse';
}
