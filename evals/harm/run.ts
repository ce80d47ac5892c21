// eval:harm: the harm finders against
// sentences labelled by people who never saw it: evals/harm/fresh.jsonl (single sentences, written blind and never
// read: the measure), evals/harm/dev.jsonl and the learner sentences of the blind grader transcripts
// (evals/grader/blind), whose misses were read while the lists and shapes were written, so those figures flatter.
// Two finders: the grader's (server/sim/harm-lexicon.ts, with the act cues' threats and brush-offs) and the
// conversation engine's, which adds the learned harm model (server/sim/heard-acts.ts). dev.jsonl trained that model.
// Usage: npm run eval:harm [-- --json]

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { LearnerAct } from '../../server/content/acts.ts';
import { predictedActs } from '../../server/sim/act-classifier.ts';
import { harmKindsIn } from '../../server/sim/harm-lexicon.ts';
import { learnedHarmActs } from '../../server/sim/heard-acts.ts';
import { loadBlind } from '../grader/blind-set.ts';

interface Labelled {
  text: string;
  harm: string | null;
}

export interface HarmScores {
  sentences: number;
  harmful: number;
  precision: number | null;
  recall: number | null;
  /** Per kind: found / labelled. */
  byKind: Record<string, string>;
}

const HARM_ACTS: readonly LearnerAct[] = ['threat-or-command', 'dismissive'];

/** The grader's finder: the lists and shapes, and the act cues' threats and brush-offs. */
function gradersFinder(text: string): boolean {
  const acts = predictedActs(text);
  return harmKindsIn(text).length > 0 || acts.some((a) => HARM_ACTS.includes(a));
}

/** The conversation engine's: the same, and the learned harm model. */
export function enginesFinder(text: string): boolean {
  return gradersFinder(text) || learnedHarmActs(text).length > 0;
}

export function scoreHarm(
  rows: readonly Labelled[],
  found: (text: string) => boolean = gradersFinder,
): HarmScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const kinds = new Map<string, [number, number]>();
  for (const row of rows) {
    const predicted = found(row.text);
    if (row.harm === null) {
      if (predicted) fp++;
      continue;
    }
    const tally = kinds.get(row.harm) ?? [0, 0];
    tally[1]++;
    if (predicted) {
      tp++;
      tally[0]++;
    } else fn++;
    kinds.set(row.harm, tally);
  }
  const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 1000) / 1000 : null);
  return {
    sentences: rows.length,
    harmful: tp + fn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    byKind: Object.fromEntries([...kinds].sort().map(([k, [hit, all]]) => [k, `${hit}/${all}`])),
  };
}

export function freshSet(): Labelled[] {
  return sentenceFile('fresh.jsonl');
}

export function devSet(): Labelled[] {
  return sentenceFile('dev.jsonl');
}

function sentenceFile(name: string): Labelled[] {
  return readFileSync(new URL(name, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Labelled);
}

/** Learner sentences of the blind grader set; jargon and lecturing are not harms this finder looks for. */
export function graderBlindSentences(): Labelled[] {
  return loadBlind().flatMap((t) =>
    t.sentences.map((s) => ({
      text: s.text,
      harm: s.harm === 'jargon' || s.harm === 'lecturing' ? null : s.harm,
    })),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sets = { fresh: freshSet(), dev: devSet(), graderBlind: graderBlindSentences() };
  const result = {
    grader: Object.fromEntries(Object.entries(sets).map(([name, rows]) => [name, scoreHarm(rows)])),
    engine: Object.fromEntries(
      Object.entries(sets).map(([name, rows]) => [name, scoreHarm(rows, enginesFinder)]),
    ),
  };
  if (process.argv.includes('--json')) console.log(JSON.stringify(result));
  else {
    for (const [finder, scores] of Object.entries(result)) {
      console.log(`the ${finder}'s finder:`);
      for (const [name, s] of Object.entries(scores)) {
        console.log(
          `  ${name.padEnd(12)} ${s.sentences} sentences, ${s.harmful} harmful: precision ${s.precision}, recall ${s.recall}`,
        );
        console.log(
          `    found by kind: ${Object.entries(s.byKind)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')}`,
        );
      }
    }
  }
}
