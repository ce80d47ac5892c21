// The scenario file format (prompts/scenarios/*.yaml), validated at load. Field docs live here and in the README.

import { z } from 'zod';
import { LEARNER_ACTS } from '../sim/acts.ts';
import { AFFECT_BANDS } from '../sim/affect-types.ts';
import { REPLY_INTENTS } from '../sim/reply-intents.ts';
import { appearanceSchema } from './appearance-schema.ts';
import { assignVoices } from './default-voice.ts';

const unit = z.number().min(0).max(1);
const id = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lowercase id of letters, digits and dashes');
const text = z.string().trim().min(1);

export const affectSchema = z.strictObject({ distress: unit, anger: unit, trust: unit });
const affectShiftSchema = z.strictObject({
  distress: z.number().min(-1).max(1).optional(),
  anger: z.number().min(-1).max(1).optional(),
  trust: z.number().min(-1).max(1).optional(),
});

/** Lines for one intent, keyed by affect band; `any` is used when the current band has none. */
const linesByBandSchema = z
  .strictObject(
    Object.fromEntries([...AFFECT_BANDS, 'any'].map((band) => [band, z.array(text).min(1).optional()])),
  )
  .refine(
    (lines) => Object.values(lines).some((list) => list && list.length > 0),
    'at least one band with lines',
  );

const linesSchema = z
  .partialRecord(z.enum(REPLY_INTENTS), linesByBandSchema)
  .refine((lines) => lines.fallback?.any && lines.fallback.any.length > 0, {
    message: 'a `fallback.any` list of lines, used when nothing more specific fits',
  });

const hiddenFactSchema = z.strictObject({
  id,
  /** What the fact is, in the author's words (for prompts and graders), never spoken as is. */
  summary: text,
  /** Trust the character needs before saying it, before the difficulty's shift. */
  trustNeeded: unit,
  /** What the character says when the fact comes out. */
  lines: z.array(text).min(1),
});

const emotionSchema = z.strictObject({
  baseline: affectSchema,
  /** How strongly the learner's acts move this character: 1 is typical. @default 1 */
  volatility: z.number().min(0).max(3).default(1),
  /** Share of the gap to baseline closed each turn when nothing pushes. @default 0.1 */
  recovery: unit.default(0.1),
  /** Per-act changes that replace the engine's defaults for this character. */
  reactions: z.partialRecord(z.enum(LEARNER_ACTS), affectShiftSchema).default({}),
});

export const characterSchema = z.strictObject({
  id,
  name: text,
  role: z.enum(['patient', 'relative']),
  /** For relatives: how they relate to the patient ("daughter"). */
  relation: text.optional(),
  age: z.number().int().min(0).max(120),
  /** How the avatar looks; without it, a look is derived from the id and age. */
  appearance: appearanceSchema.optional(),
  /** The synthesiser voice (e.g. OpenAI's `coral`); without it, one is chosen by sex and age. */
  voice: z
    .string()
    .regex(
      /^[A-Za-z0-9_.-]{1,64}$/,
      'a voice name of 1 to 64 letters, digits, dots, dashes or underscores, such as "coral"',
    )
    .optional(),
  /** Words the learner may use to address this character (names, roles): matched as whole words. */
  addressedAs: z.array(text).min(1),
  persona: text,
  speechStyle: text,
  knows: z.array(text).min(1),
  fears: z.array(text).default([]),
  wants: z.array(text).default([]),
  hidden: z.array(hiddenFactSchema).default([]),
  emotion: emotionSchema,
  lines: linesSchema,
});

export const difficultyLevelSchema = z.strictObject({
  label: text,
  /** Added to every character's baseline. */
  baselineShift: affectShiftSchema.default({}),
  /** Multiplies every character's volatility. @default 1 */
  volatility: z.number().min(0).max(3).default(1),
  /** Multiplies every character's recovery. @default 1 */
  recovery: z.number().min(0).max(3).default(1),
  /** Added to every hidden fact's trust threshold. @default 0 */
  revealTrustShift: z.number().min(-1).max(1).default(0),
  /** Whether relatives are in the room at this level. @default true */
  relativePresent: z.boolean().default(true),
  /** How readily a relative cuts in and challenges, in [0,1]. @default 0.3 */
  relativeConfrontation: unit.default(0.3),
});

export const DIFFICULTY_LEVELS = [1, 2, 3] as const;
export type DifficultyLevel = (typeof DIFFICULTY_LEVELS)[number];

export const scenarioSchema = z
  .strictObject({
    id,
    title: text,
    kind: z.enum(['breaking-bad-news', 'de-escalation', 'responding-to-anger']),
    skills: z
      .array(
        z.enum([
          'delivering-bad-news',
          'responding-to-emotion',
          'de-escalation',
          'listening',
          'sharing-information',
        ]),
      )
      .min(1),
    summary: text,
    setting: text,
    learnerRole: text,
    objectives: z.array(text).min(1),
    prebrief: z.strictObject({ text, contentWarnings: z.array(text).min(1) }),
    rubrics: z.array(id).min(1),
    characters: z.array(characterSchema).min(1),
    /** Who answers when the learner addresses nobody in particular. @default the patient */
    leadSpeaker: id.optional(),
    difficulty: z.strictObject({
      default: z.union([z.literal(1), z.literal(2), z.literal(3)]),
      levels: z.strictObject({
        '1': difficultyLevelSchema,
        '2': difficultyLevelSchema,
        '3': difficultyLevelSchema,
      }),
    }),
  })
  .superRefine((scenario, ctx) => {
    const patients = scenario.characters.filter((c) => c.role === 'patient');
    if (patients.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['characters'],
        message: 'exactly one character with role "patient"',
      });
    }
    if (scenario.leadSpeaker && !scenario.characters.some((c) => c.id === scenario.leadSpeaker)) {
      ctx.addIssue({ code: 'custom', path: ['leadSpeaker'], message: 'the id of one of the characters' });
    }
    const ids = new Set<string>();
    scenario.characters.forEach((character, index) => {
      if (ids.has(character.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['characters', index, 'id'],
          message: 'an id unique in the scenario',
        });
      }
      ids.add(character.id);
    });
  })
  // Every character leaves the file with a voice, distinct within the scene where possible.
  .transform((scenario) => {
    const voices = assignVoices(scenario.characters);
    return {
      ...scenario,
      characters: scenario.characters.map((character, i) => ({ ...character, voice: voices[i] ?? 'alloy' })),
    };
  });

export type Scenario = z.output<typeof scenarioSchema>;
export type Character = Scenario['characters'][number];
export type DifficultyKnobs = z.output<typeof difficultyLevelSchema>;
export type HiddenFact = Character['hidden'][number];
export type LinesByBand = z.output<typeof linesByBandSchema>;
