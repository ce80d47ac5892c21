// Affect is explicit data: a few named dimensions in [0,1] per character, stored with every turn. The dimensions are
// part of the wire contract, so they live in `server/protocol.ts`; the bands are the server's own.

export { AFFECT_DIMENSIONS, type Affect, type AffectDimension, type SceneAffect } from '../protocol.ts';

/**
 * The coarse emotional band a character is in, used to pick authored lines and to describe the state
 * in words. Checked in this order: overwhelmed (unless anger is the stronger), angry, guarded, settled, open.
 */
export const AFFECT_BANDS = ['overwhelmed', 'angry', 'guarded', 'open', 'settled'] as const;
export type AffectBand = (typeof AFFECT_BANDS)[number];
