// Affect is explicit data: a few named dimensions in [0,1] per character, stored with every turn.

export const AFFECT_DIMENSIONS = ['distress', 'anger', 'trust'] as const;
export type AffectDimension = (typeof AFFECT_DIMENSIONS)[number];
export type Affect = Record<AffectDimension, number>;

/** Affect of every character in the room, keyed by character id. */
export type SceneAffect = Record<string, Affect>;

/**
 * The coarse emotional band a character is in, used to pick authored lines and to describe the state
 * in words. Checked in this order: overwhelmed (unless anger is the stronger), angry, guarded, settled, open.
 */
export const AFFECT_BANDS = ['overwhelmed', 'angry', 'guarded', 'open', 'settled'] as const;
export type AffectBand = (typeof AFFECT_BANDS)[number];
