// The scenario file format (prompts/scenarios/*.yaml), validated at load. Field docs live here and in the README.

import { z } from 'zod';
import { ACT_DIRECTIONS } from './act-directions.ts';
import { LEARNER_ACTS, type LearnerAct } from './acts.ts';
import { AFFECT_BANDS } from './affect-types.ts';
import { appearanceSchema } from './appearance-schema.ts';
import { assignVoices } from './default-voice.ts';
import { REPLY_INTENTS } from './reply-intents.ts';
import { defaultPlace, PLACES, ROOMS } from './room-kinds.ts';
import { TOPICS } from './topics.ts';

const unit = z.number().min(0).max(1);
const id = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lowercase id of letters, digits and dashes');
const text = z.string().trim().min(1);

export const affectSchema = z.strictObject({ distress: unit, anger: unit, trust: unit });
const affectShiftSchema = z.strictObject({
  distress: z.number().min(-1).max(1).optional(),
  anger: z.number().min(-1).max(1).optional(),
  trust: z.number().min(-1).max(1).optional(),
});

export const LINE_STAGES = ['before-news', 'after-news'] as const;

/** One authored line: a string, or an object that limits when it is said. */
const lineSchema = z
  .union([
    text,
    z.strictObject({
      text,
      /** Only until the learner has given the news, or only after. */
      when: z.enum(LINE_STAGES).optional(),
      /**
       * Never picked at random from its topic's lines: said only to a question that uses one of its words (true),
       * or only to a question asking who they want in the room ('who-stays').
       */
      ifAsked: z.union([z.literal(true), z.literal('who-stays')]).optional(),
    }),
  ])
  .transform((line): AuthoredLine => (typeof line === 'string' ? { text: line } : line));

export interface AuthoredLine {
  text: string;
  when?: (typeof LINE_STAGES)[number] | undefined;
  /**
   * Kept for being asked: driving among the safety lines (said when driving is asked about, never to "Are you
   * safe?"), or who may stay among the wishes.
   */
  ifAsked?: true | 'who-stays' | undefined;
}

const BAND_KEYS = [...AFFECT_BANDS, 'any'] as const;
const bandShape = Object.fromEntries(
  BAND_KEYS.map((band) => [band, z.array(lineSchema).min(1).optional()]),
) as Record<(typeof AFFECT_BANDS)[number] | 'any', z.ZodOptional<z.ZodArray<typeof lineSchema>>>;
const hasSomeBand = (lines: Partial<Record<(typeof BAND_KEYS)[number], unknown[]>>) =>
  BAND_KEYS.some((band) => (lines[band]?.length ?? 0) > 0);

/** Lines for one intent, keyed by affect band; `any` is used when the current band has none. */
const linesByBandSchema = z.strictObject(bandShape).refine(hasSomeBand, 'at least one band with lines');

/** What a character says when asked about a topic, by band; optionally gated by trust. */
const topicLinesSchema = z
  .strictObject({
    ...bandShape,
    /** Below this trust (before the difficulty's shift) the character deflects instead. */
    trustNeeded: unit.optional(),
    /** Lines by band while the topic is gated; without them the character says it does not know. */
    deflect: linesByBandSchema.optional(),
    /**
     * For a relative: lines about themselves, when asked about their own sleep, eating, mood and so on (the
     * band lines above speak of the patient).
     */
    self: linesByBandSchema.optional(),
  })
  .refine(hasSomeBand, 'at least one band with lines');

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
  lines: z.array(lineSchema).min(1),
  /** Questions on these topics open the door to it (with enough trust). */
  topics: z.array(z.enum(TOPICS)).default([]),
  /** Characters who must not hear it. */
  hiddenFrom: z.array(id).default([]),
  /** Whether it may come out in front of someone it is hidden from (who then reacts). @default false */
  tellInFront: z.boolean().default(false),
  /** What each character it was hidden from says on hearing it. */
  reactions: z.record(id, z.array(lineSchema).min(1)).default({}),
});

const emotionSchema = z.strictObject({
  baseline: affectSchema,
  /** How strongly the learner's acts move this character: 1 is typical. @default 1 */
  volatility: z.number().min(0).max(3).default(1),
  /** Share of the gap to baseline closed each turn when nothing pushes. @default 0.1 */
  recovery: unit.default(0.1),
  /** Per-act changes that replace the engine's defaults for this character. */
  reactions: z.partialRecord(z.enum(LEARNER_ACTS), affectShiftSchema).default({}),
  /** Changes when the learner asks this character about a topic (asking plainly about suicide earns trust). */
  topicReactions: z.partialRecord(z.enum(TOPICS), affectShiftSchema).default({}),
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
  /** Seated, standing or in bed; without it, the room's default for the role (see room-kinds.ts). */
  place: z.enum(PLACES).optional(),
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
  /** Answers by topic: every fact in them is true in the scenario. */
  topics: z.partialRecord(z.enum(TOPICS), topicLinesSchema).default({}),
  /** An honest "I don't know", by band, for a topic with no authored answer. */
  dontKnow: linesByBandSchema.optional(),
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
    /** The room the scene is built as: the `setting` prose, in one id. @default consultation */
    room: z.enum(ROOMS).default('consultation'),
    learnerRole: text,
    objectives: z.array(text).min(1),
    prebrief: z.strictObject({ text, contentWarnings: z.array(text).min(1) }),
    rubrics: z.array(id).min(1),
    /** Words only the clinician may bring into the conversation: no character says them first. */
    learnerIntroduces: z.array(text).default([]),
    characters: z.array(characterSchema).min(1),
    /** Who answers when the learner addresses nobody in particular. @default the patient */
    leadSpeaker: id.optional(),
    /**
     * A relative who leads instead whenever the level brings them into the room: the one the learner talks with
     * when the patient is too confused to ("Who's at home with you?" is for the wife, not for a delirious man).
     */
    leadWhenPresent: id.optional(),
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
    // A scenario may have no patient in the room (a death notification), never two.
    const patients = scenario.characters.filter((c) => c.role === 'patient');
    if (patients.length > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['characters'],
        message: 'at most one character with role "patient"',
      });
    }
    if (scenario.leadSpeaker && !scenario.characters.some((c) => c.id === scenario.leadSpeaker)) {
      ctx.addIssue({ code: 'custom', path: ['leadSpeaker'], message: 'the id of one of the characters' });
    }
    if (scenario.leadWhenPresent && !scenario.characters.some((c) => c.id === scenario.leadWhenPresent)) {
      ctx.addIssue({ code: 'custom', path: ['leadWhenPresent'], message: 'the id of one of the characters' });
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
    scenario.characters.forEach((character, index) => {
      // The ward bay has one bed, and it is the patient's.
      if (character.place === 'in-bed' && (scenario.room !== 'ward-bay' || character.role !== 'patient')) {
        ctx.addIssue({
          code: 'custom',
          path: ['characters', index, 'place'],
          message: `"seated" or "standing": only the patient in a ward-bay room is in bed (room is "${scenario.room}")`,
        });
      }
      for (const [act, shift] of Object.entries(character.emotion.reactions)) {
        if (!ACT_DIRECTIONS[act as LearnerAct]) continue;
        if ((shift.trust ?? 0) > 0 || (shift.anger ?? 0) < 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['characters', index, 'emotion', 'reactions', act],
            message: `${act} never raises trust or lowers anger: trust ≤ 0 and anger ≥ 0`,
          });
        }
      }
      character.hidden.forEach((fact, f) => {
        const at = ['characters', index, 'hidden', f];
        for (const other of fact.hiddenFrom) {
          if (!scenario.characters.some((c) => c.id === other && c.id !== character.id)) {
            ctx.addIssue({
              code: 'custom',
              path: [...at, 'hiddenFrom'],
              message: `another character's id, not "${other}"`,
            });
          }
          if (fact.tellInFront && !fact.reactions[other]) {
            ctx.addIssue({
              code: 'custom',
              path: [...at, 'reactions'],
              message: `lines for ${other}, who hears it when it comes out in front of them`,
            });
          }
        }
      });
    });
  })
  // Every character leaves the file with a voice, distinct within the scene where possible, and a place.
  .transform((scenario) => {
    const voices = assignVoices(scenario.characters);
    return {
      ...scenario,
      characters: scenario.characters.map((character, i) => ({
        ...character,
        voice: voices[i] ?? 'alloy',
        place: character.place ?? defaultPlace(scenario.room, character.role),
      })),
    };
  });

export type Scenario = z.output<typeof scenarioSchema>;
export type Character = Scenario['characters'][number];
export type DifficultyKnobs = z.output<typeof difficultyLevelSchema>;
export type HiddenFact = Character['hidden'][number];
export type LinesByBand = z.output<typeof linesByBandSchema>;
export type TopicLines = z.output<typeof topicLinesSchema>;
