// Loads the blind labelled transcripts in evals/grader/blind/<rubric>/*.json, written by people who never saw the
// detectors: learner turns come as sentences, each labelled with the rubric items it shows and any harm it does,
// so the evidence the grader cites can be checked quote by quote.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const sentenceSchema = z.strictObject({
  text: z.string().min(1),
  shows: z.array(z.string()),
  harm: z.string().nullable(),
});

const turnSchema = z.union([
  z.strictObject({ speaker: z.literal('learner'), sentences: z.array(sentenceSchema).min(1) }),
  z.strictObject({ speaker: z.string().min(1), name: z.string().optional(), text: z.string() }),
]);

const blindSchema = z.strictObject({
  rubric: z.string(),
  quality: z.number().int().min(1).max(5),
  notes: z.string().optional(),
  labels: z.record(z.string(), z.union([z.literal(0), z.literal(0.5), z.literal(1), z.null()])),
  turns: z.array(turnSchema).min(1),
});

export interface BlindSentence {
  /** Index of the turn in the transcript the grader reads. */
  turn: number;
  text: string;
  shows: string[];
  harm: string | null;
}

export interface BlindTranscript {
  file: string;
  rubric: string;
  quality: number;
  labels: Record<string, 0 | 0.5 | 1 | null>;
  /** The transcript as the grader reads it: a learner turn is its sentences joined by spaces. */
  turns: { speaker: string; text: string }[];
  sentences: BlindSentence[];
}

/** One blind set: written by people who never saw the detectors, then measured, and read or not. */
export interface BlindSet<Key extends string = string> {
  /** Its key among the grader eval's results (`npm run eval:grader -- --json`). */
  key: Key;
  /** Its folder from the project root, as reports name it. */
  name: string;
  dir: URL;
  /** Who wrote it and when its misses were read, as the runner prints it. */
  title: string;
  /** Its misses were read while improving the detectors, so the runner may print them. */
  read: boolean;
}

function blindSet<Key extends string>(key: Key, folder: string, title: string, read: boolean): BlindSet<Key> {
  return { key, name: `evals/grader/${folder}`, dir: new URL(`${folder}/`, import.meta.url), title, read };
}

/**
 * Every blind set, oldest first; the newest, never read nor trained on, is the measure. Adding a set is one line
 * here (and a floor in grader-eval.test.ts).
 */
export const BLIND_SETS = [
  blindSet('blind', 'blind', 'blind set, read while improving the detectors', true),
  blindSet('blindFinal', 'blind-final', 'final blind set, never read', false),
  blindSet(
    'blindFinal2',
    'blind-final-2',
    'second final blind set, by another writer; read on 2026-12-04',
    true,
  ),
  blindSet(
    'blindFinal3',
    'blind-final-3',
    'third final blind set, by a fourth writer; read on 2026-12-05',
    true,
  ),
  blindSet(
    'blindFinal4',
    'blind-final-4',
    'fourth final blind set, by five more writers; read on 2026-12-06',
    true,
  ),
  blindSet(
    'blindFinal5',
    'blind-final-5',
    'fifth final blind set, by five more writers; read on 2026-12-06',
    true,
  ),
  blindSet(
    'blindFinal6',
    'blind-final-6',
    'sixth final blind set, by five more writers; read on 2026-12-06',
    true,
  ),
  blindSet(
    'blindFinal7',
    'blind-final-7',
    'seventh final blind set, by five more writers; read on 2026-12-06',
    true,
  ),
  blindSet(
    'blindFinal8',
    'blind-final-8',
    'eighth final blind set, by five more writers; read on 2026-12-06',
    true,
  ),
  blindSet(
    'blindFinal9',
    'blind-final-9',
    'ninth final blind set, by five more writers; read on 2026-12-07',
    true,
  ),
  blindSet(
    'blindFinal10',
    'blind-final-10',
    'tenth final blind set, by five more writers; read on 2026-12-07',
    true,
  ),
  blindSet(
    'blindFinal11',
    'blind-final-11',
    'eleventh final blind set, by five more writers; read on 2026-12-07',
    true,
  ),
  blindSet(
    'blindFinal12',
    'blind-final-12',
    'twelfth final blind set, by five more writers; read on 2026-12-07 (eighth session)',
    true,
  ),
  blindSet(
    'blindFinal13',
    'blind-final-13',
    'thirteenth final blind set, by five more writers; read on 2026-12-07 (ninth session)',
    true,
  ),
  blindSet(
    'blindFinal14',
    'blind-final-14',
    'fourteenth final blind set, by five more writers; read on 2026-12-07 (tenth session)',
    true,
  ),
  blindSet(
    'blindFinal15',
    'blind-final-15',
    'fifteenth final blind set, by five more writers; read on 2026-12-07 (eleventh session)',
    true,
  ),
  blindSet(
    'blindFinal16',
    'blind-final-16',
    'sixteenth final blind set, by five more writers; read on 2026-12-07 (twelfth session)',
    true,
  ),
  blindSet(
    'blindFinal17',
    'blind-final-17',
    'seventeenth final blind set, by five more writers; read on 2026-12-07 (thirteenth session)',
    true,
  ),
  blindSet(
    'blindFinal18',
    'blind-final-18',
    'eighteenth final blind set, by five more writers; never read',
    false,
  ),
] as const;

export type BlindSetKey = (typeof BLIND_SETS)[number]['key'];

/** The newest blind set, never read nor trained on: the measure. */
export const MEASURE_BLIND_SET = BLIND_SETS[BLIND_SETS.length - 1] as BlindSet;
/** The sets before it: what the learned grading models train on, each left out in turn. */
export const TRAINING_BLIND_SETS: readonly BlindSet[] = BLIND_SETS.slice(0, -1);

export const BLIND_DIR = BLIND_SETS[0].dir;
/** The set two people labelled (labeller-agreement.ts). */
export const BLIND_FINAL_3_DIR = BLIND_SETS[3].dir;

export function loadBlind(dir: URL = BLIND_DIR): BlindTranscript[] {
  const out: BlindTranscript[] = [];
  for (const rubric of readdirSync(dir).sort()) {
    const rubricDir = new URL(`${rubric}/`, dir);
    for (const name of readdirSync(rubricDir)
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      const file = join('evals/grader', dir.pathname.split('/').filter(Boolean).at(-1) ?? '', rubric, name);
      const parsed = blindSchema.safeParse(JSON.parse(readFileSync(new URL(name, rubricDir), 'utf8')));
      if (!parsed.success) {
        throw new Error(
          `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        );
      }
      const turns: BlindTranscript['turns'] = [];
      const sentences: BlindSentence[] = [];
      parsed.data.turns.forEach((turn, index) => {
        if ('sentences' in turn) {
          turns.push({ speaker: 'learner', text: turn.sentences.map((s) => s.text).join(' ') });
          for (const s of turn.sentences) sentences.push({ turn: index, ...s });
        } else {
          turns.push({ speaker: turn.speaker === 'learner' ? 'character' : turn.speaker, text: turn.text });
        }
      });
      const { quality, labels } = parsed.data;
      out.push({ file, rubric: parsed.data.rubric, quality, labels, turns, sentences });
    }
  }
  return out;
}
