// How a character looks, for the procedural avatars: optional in a scenario file, filled in from age and id if not.

import { z } from 'zod';

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb');

export const HAIR_STYLES = ['bald', 'receding', 'short', 'curly', 'long', 'bun'] as const;
export const CLOTHING_KINDS = ['gown', 'shirt', 'jumper', 'hoodie', 'cardigan', 'blouse'] as const;
export const BUILDS = ['slight', 'average', 'broad'] as const;

export const appearanceSchema = z.strictObject({
  /** Drives the face and body proportions only. */
  sex: z.enum(['female', 'male']),
  skinTone: colour,
  build: z.enum(BUILDS).default('average'),
  hair: z.strictObject({ style: z.enum(HAIR_STYLES), colour }),
  clothing: z.strictObject({ kind: z.enum(CLOTHING_KINDS), colour }),
  glasses: z.boolean().default(false),
});

export type Appearance = z.infer<typeof appearanceSchema>;
