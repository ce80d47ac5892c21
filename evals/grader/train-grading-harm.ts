// train:grading-harm: the harm model the grader uses (server/learned/grading-harm-model.json), from the learner
// sentences of the read blind grader sets, each labelled by its writer with the harm it does or none, and the
// labelled sentences of evals/harm. Jargon is left out: the jargon lexicon finds it. The newest blind set
// (evals/grader/blind-final-18) is never trained on and stays the measure. The threshold is chosen with each blind set
// left out in turn: the lowest at which the harm the model finds beyond the phrase lists is right at least as often
// as the lists' own finds on the same sentences, since a kind line called harm costs feedback its trust.
// Writes server/learned/grading-harm-model.json, which ships with the code.
// Usage: npm run train:grading-harm [-- --json]

import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { HARM_KINDS, type HarmKind } from '../../server/content/harm-kinds.ts';
import { type HarmModel, harmFeatures } from '../../server/learned/harm-model.ts';
import { probability } from '../../server/learned/logistic-model.ts';
import { harmKindsIn } from '../../server/sim/harm-lexicon.ts';
import { type FitOptions, fitModel } from '../learned/logistic-training.ts';
import * as blind from './blind-set.ts';

const TRAINING_SETS = blind.TRAINING_BLIND_SETS;
const MEASURE = blind.MEASURE_BLIND_SET;
const HARM_FILES = [
  'evals/harm/train-a.jsonl',
  'evals/harm/train-b.jsonl',
  'evals/harm/train-c.jsonl',
  'evals/harm/dev.jsonl',
];
const STEPS = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];
const FIT: FitOptions = { epochs: 300, minCount: 2 };

interface Sentence {
  set: string;
  text: string;
  /** The labelled kind; 'lecturing' and 'unnamed' count as harm without a kind the model names. */
  harm: string | null;
  features: string[];
  /** The phrase lists find harm in it. */
  listed: boolean;
}

function sentence(set: string, text: string, harm: string | null): Sentence {
  return { set, text, harm, features: harmFeatures(text), listed: harmKindsIn(text).length > 0 };
}

function blindSentences(set: string, dir: URL): Sentence[] {
  return blind
    .loadBlind(dir)
    .flatMap((t) => t.sentences.filter((s) => s.harm !== 'jargon').map((s) => sentence(set, s.text, s.harm)));
}

function harmFileSentences(): Sentence[] {
  return HARM_FILES.flatMap((path) =>
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { text: string; harm: HarmKind | null })
      .map((row) => sentence(path, row.text, row.harm)),
  );
}

function fitHarm(sentences: readonly Sentence[], threshold: number): HarmModel {
  const example = (s: Sentence, positive: boolean) => ({ text: s.text, features: s.features, positive });
  const harmful = sentences.filter((s) => s.harm !== null);
  const kinds: HarmModel['kinds'] = {};
  for (const kind of HARM_KINDS)
    kinds[kind] = fitModel(
      harmful.map((s) => example(s, s.harm === kind)),
      FIT,
    );
  return {
    harm: {
      ...fitModel(
        sentences.map((s) => example(s, s.harm !== null)),
        FIT,
      ),
      threshold,
    },
    kinds,
  };
}

interface Finds {
  harmful: number;
  /** What the phrase lists find: right and wrong. */
  listed: { right: number; wrong: number };
  /** What the model finds beyond the lists, at the threshold: right and wrong. */
  added: { right: number; wrong: number };
}

function finds(scored: readonly (Sentence & { p: number })[], threshold: number): Finds {
  const count = (list: readonly Sentence[]) => ({
    right: list.filter((s) => s.harm !== null).length,
    wrong: list.filter((s) => s.harm === null).length,
  });
  return {
    harmful: scored.filter((s) => s.harm !== null).length,
    listed: count(scored.filter((s) => s.listed)),
    added: count(scored.filter((s) => !s.listed && s.p >= threshold)),
  };
}

const share = (x: { right: number; wrong: number }) => x.right / Math.max(1, x.right + x.wrong);

function main(): void {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
  const sentences = TRAINING_SETS.flatMap(({ name: set, dir }) => blindSentences(set, dir));
  const extra = harmFileSentences();
  const leftOut = TRAINING_SETS.flatMap(({ name: set }) => {
    const model = fitHarm([...sentences.filter((s) => s.set !== set), ...extra], 0.5);
    return sentences
      .filter((s) => s.set === set)
      .map((s) => ({ ...s, p: probability(model.harm, s.features) }));
  });
  const threshold =
    STEPS.find((t) => share(finds(leftOut, t).added) >= share(finds(leftOut, t).listed)) ??
    STEPS.at(-1) ??
    0.9;
  const model = fitHarm([...sentences, ...extra], threshold);
  writeFileSync('server/learned/grading-harm-model.json', `${JSON.stringify(model)}\n`);

  const measured = blindSentences(MEASURE.name, MEASURE.dir).map((s) => ({
    ...s,
    p: probability(model.harm, s.features),
  }));
  const report = {
    trainedOn: sentences.length + extra.length,
    threshold,
    leftOut: finds(leftOut, threshold),
    [MEASURE.name]: finds(measured, threshold),
  };
  if (values.json) {
    console.log(JSON.stringify(report));
    return;
  }
  console.log(`trained on ${report.trainedOn} sentences; harmful at p >= ${threshold}`);
  const line = (name: string, f: Finds) =>
    console.log(
      `  ${name}: ${f.harmful} harmful; the lists find ${f.listed.right} (and ${f.listed.wrong} wrongly), the model ${f.added.right} more (and ${f.added.wrong} wrongly)`,
    );
  line('blind sets, each left out of training', report.leftOut);
  line(`${MEASURE.name} (never trained on)`, finds(measured, threshold));
}

main();
