// How a character looks, for the procedural avatars: optional in a scenario file, filled in from age and id if not.

import { z } from 'zod';
import { BUILDS, CLOTHING_KINDS, HAIR_STYLES } from './appearance-kinds.ts';

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb');

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
