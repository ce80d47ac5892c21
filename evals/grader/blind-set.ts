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

export const BLIND_DIR = new URL('blind/', import.meta.url);
export const BLIND_FINAL_DIR = new URL('blind-final/', import.meta.url);
/** A second set, written later by another writer who never saw the grader either; read on 2026-12-04. */
export const BLIND_FINAL_2_DIR = new URL('blind-final-2/', import.meta.url);
/** A third set (2026-12-04), by a fourth writer; its misses were read on 2026-12-05. */
export const BLIND_FINAL_3_DIR = new URL('blind-final-3/', import.meta.url);
/** A fourth set (2026-12-05), by five more writers, one per rubric; its misses were read on 2026-12-06. */
export const BLIND_FINAL_4_DIR = new URL('blind-final-4/', import.meta.url);
/** A fifth set (2026-12-06), by five more writers, one per rubric; its misses were read on 2026-12-06. */
export const BLIND_FINAL_5_DIR = new URL('blind-final-5/', import.meta.url);
/** A sixth set (2026-12-06), by five more writers, one per rubric; its misses were read on 2026-12-06 (later). */
export const BLIND_FINAL_6_DIR = new URL('blind-final-6/', import.meta.url);
/** A seventh set (2026-12-06), by five more writers, one per rubric; its misses were read on 2026-12-06 (last). */
export const BLIND_FINAL_7_DIR = new URL('blind-final-7/', import.meta.url);
/** An eighth set (2026-12-06), by five more writers, one per rubric; its misses were read on 2026-12-06 (fifth session). */
export const BLIND_FINAL_8_DIR = new URL('blind-final-8/', import.meta.url);
/** A ninth set (2026-12-06), by five more writers, one per rubric; its misses were read on 2026-12-07. */
export const BLIND_FINAL_9_DIR = new URL('blind-final-9/', import.meta.url);
/** A tenth set (2026-12-07), by five more writers, one per rubric; its misses were read on 2026-12-07 (seventh session). */
export const BLIND_FINAL_10_DIR = new URL('blind-final-10/', import.meta.url);
/** An eleventh set (2026-12-07), by five more writers, one per rubric; its misses were read on 2026-12-07 (seventh session). */
export const BLIND_FINAL_11_DIR = new URL('blind-final-11/', import.meta.url);
/** A twelfth never-read set (2026-12-07), by five more writers, one per rubric: the measure once the eleventh was read. */
export const BLIND_FINAL_12_DIR = new URL('blind-final-12/', import.meta.url);

/** The blind sets whose misses were read: what the learned grading models train on, each left out in turn. */
export const READ_BLIND_SETS: readonly (readonly [string, URL])[] = [
  ['evals/grader/blind', BLIND_DIR],
  ['evals/grader/blind-final', BLIND_FINAL_DIR],
  ['evals/grader/blind-final-2', BLIND_FINAL_2_DIR],
  ['evals/grader/blind-final-3', BLIND_FINAL_3_DIR],
  ['evals/grader/blind-final-4', BLIND_FINAL_4_DIR],
  ['evals/grader/blind-final-5', BLIND_FINAL_5_DIR],
  ['evals/grader/blind-final-6', BLIND_FINAL_6_DIR],
  ['evals/grader/blind-final-7', BLIND_FINAL_7_DIR],
  ['evals/grader/blind-final-8', BLIND_FINAL_8_DIR],
  ['evals/grader/blind-final-9', BLIND_FINAL_9_DIR],
  ['evals/grader/blind-final-10', BLIND_FINAL_10_DIR],
  ['evals/grader/blind-final-11', BLIND_FINAL_11_DIR],
];
/** The newest blind set, never read nor trained on: the measure. */
export const MEASURE_BLIND_SET: readonly [string, URL] = ['evals/grader/blind-final-12', BLIND_FINAL_12_DIR];

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
