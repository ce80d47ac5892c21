// train:harm: the learned harm model (server/learned/harm-model.ts) from material labelled by people who never saw
// the phrase lists: the sentences of evals/harm/train-a.jsonl, train-b.jsonl and dev.jsonl, and the learner turns of
// every realism set read so far (a turn marked harmful, or not). (Trained on the first three alone, the model heard
// less: on the fourteenth held-out set, left out of both, it found harm in 0.38 of the harmful turns at precision
// 0.88; trained on the fourth to thirteenth too, 0.46 at 0.98, and in the blind grader transcripts its precision rose
// from 0.54 to 0.66.) Ordinary clinical talk comes from the doctors' sentences of PriMock57
// (CC BY 4.0), without which the model, having met harm in nearly half its sentences, calls one line in seven of a
// real consultation harmful. evals/harm/fresh.jsonl, the blind grader
// transcripts and evals/realism/heldout-19 stay the measure (npm run eval:harm, eval:realism). The threshold is the
// one whose lists-plus-model finder agrees best (Cohen's kappa) on the conversations (the realism sets' turns and
// PriMock57), each source left out of training in turn and pooled: material the model has not seen, at about the
// share of harm a transcript holds.
// Writes server/learned/harm-model.json, which ships with the code. The shipped model was trained to held-out 15:
// retrained with held-out 16 too, it made the unread held-out 17 move the wrong way 6 times rather than 4, so it was
// not kept.
// Usage: npm run train:harm [-- --json]

import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { HARM_KINDS, type HarmKind } from '../../server/content/harm-kinds.ts';
import { type HarmModel, harmFeatures, learnedHarmKind } from '../../server/learned/harm-model.ts';
import { type LogisticModel, probability } from '../../server/learned/logistic-model.ts';
import { harmKindsIn } from '../../server/sim/harm-lexicon.ts';
import { splitSentences } from '../../server/sim/utterance-shape.ts';
import { primockUtterances } from '../corpora/primock57.ts';
import { type FitOptions, fitModel, kappa } from '../learned/logistic-training.ts';
import { loadConversations } from '../realism/conversations.ts';
import { READ_REALISM_SETS } from '../realism/read-sets.ts';

interface Sentence {
  text: string;
  /** The kind of harm, 'unnamed' for harm labelled without a kind, or null. */
  harm: HarmKind | 'unnamed' | null;
  source: string;
  features: string[];
  /** Whether the phrase lists and shapes find harm in it, worked out once. */
  listed: boolean;
}

const SENTENCE_FILES = [
  'evals/harm/train-a.jsonl',
  'evals/harm/train-b.jsonl',
  'evals/harm/train-c.jsonl',
  'evals/harm/dev.jsonl',
];
/** PriMock57 is left out a fifth at a time (by consultation): left out whole, no ordinary talk would be trained on. */
const PRIMOCK_PARTS = [0, 1, 2, 3, 4].map((part) => `PriMock57 doctors, part ${part + 1} of 5`);
/** More passes and rarer features than the default: on sentences left out, both agreed better. */
const FIT: FitOptions = { epochs: 400, minCount: 2 };

function sentence(text: string, harm: Sentence['harm'], source: string): Sentence {
  return { text, harm, source, features: harmFeatures(text), listed: harmKindsIn(text).length > 0 };
}

function loadSentences(path: string): Sentence[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { text: string; harm: HarmKind | null })
    .map((row) => sentence(row.text, row.harm, path));
}

/** A harmful turn as a whole (its kind unlabelled); each sentence of an ordinary turn on its own. */
function realismTurns(dir: string): Sentence[] {
  return loadConversations(dir).flatMap((c) =>
    c.turns.flatMap((t) =>
      t.harmful
        ? [sentence(t.say, 'unnamed', dir)]
        : splitSentences(t.say).map((s) => sentence(`${s.text.trim()}${s.terminal}`, null, dir)),
    ),
  );
}

/** The doctors' sentences of 57 mock consultations, tags dropped, each once, two words or more. */
function primockSentences(): Sentence[] {
  const seen = new Set<string>();
  const consultations: string[] = [];
  return primockUtterances()
    .filter((u) => u.speaker === 'doctor')
    .flatMap((u) => {
      if (!consultations.includes(u.consultation)) consultations.push(u.consultation);
      const part = PRIMOCK_PARTS[consultations.indexOf(u.consultation) % PRIMOCK_PARTS.length] as string;
      return splitSentences(u.text.replace(/<\/?[A-Z]+>/g, ' ').replace(/\s+/g, ' ')).map((s) => ({
        text: `${s.text.trim()}${s.terminal}`,
        part,
      }));
    })
    .filter(({ text }) => text.split(' ').length >= 2 && !seen.has(text) && seen.add(text))
    .map(({ text, part }) => sentence(text, null, part));
}

/** The "harmful at all" model alone: all that choosing the threshold needs. */
function fitHarmful(sentences: readonly Sentence[]): Omit<LogisticModel, 'threshold'> {
  return fitModel(
    sentences.map((s) => ({ text: s.text, features: s.features, positive: s.harm !== null })),
    FIT,
  );
}

function fitHarm(sentences: readonly Sentence[], threshold = 0.5): HarmModel {
  const kinds: HarmModel['kinds'] = {};
  const named = sentences.filter((s) => s.harm !== null && s.harm !== 'unnamed');
  for (const kind of HARM_KINDS)
    kinds[kind] = fitModel(
      named.map((s) => ({ text: s.text, features: s.features, positive: s.harm === kind })),
      FIT,
    );
  return { harm: { ...fitHarmful(sentences), threshold }, kinds };
}

interface Agreement {
  sentences: number;
  harmful: number;
  /** Precision and recall of the lists alone, the model alone and both together. */
  lists: [number, number];
  model: [number, number];
  together: [number, number];
  /** Of the harmful sentences with a labelled kind that the model alone finds, the share it names rightly. */
  kindNamed: number | null;
  /** Ordinary sentences called harmful. */
  falseAlarms: { lists: number; together: number };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function precisionRecall(rows: readonly Sentence[], found: (s: Sentence) => boolean): [number, number] {
  const tp = rows.filter((s) => s.harm !== null && found(s)).length;
  const called = rows.filter(found).length;
  const harmful = rows.filter((s) => s.harm !== null).length;
  return [round(tp / Math.max(1, called)), round(tp / Math.max(1, harmful))];
}

function agreement(rows: readonly Sentence[], model: HarmModel): Agreement {
  const byModel = new Map(rows.map((s) => [s, learnedHarmKind(s.text, model)]));
  const named = rows.filter(
    (s) => s.harm !== null && s.harm !== 'unnamed' && !s.listed && byModel.get(s) !== null,
  );
  return {
    sentences: rows.length,
    harmful: rows.filter((s) => s.harm !== null).length,
    lists: precisionRecall(rows, (s) => s.listed),
    model: precisionRecall(rows, (s) => byModel.get(s) !== null),
    together: precisionRecall(rows, (s) => s.listed || byModel.get(s) !== null),
    kindNamed:
      named.length === 0 ? null : round(named.filter((s) => byModel.get(s) === s.harm).length / named.length),
    falseAlarms: {
      lists: rows.filter((s) => s.harm === null && s.listed).length,
      together: rows.filter((s) => s.harm === null && (s.listed || byModel.get(s) !== null)).length,
    },
  };
}

/**
 * The threshold with the best kappa of lists plus model on conversations (the realism sets' turns and PriMock57's
 * sentences), each source left out of training in turn and pooled: single labelled sentences, half of them harmful,
 * would choose one that calls ordinary talk harmful far too often.
 */
function chooseThreshold(sentences: readonly Sentence[], conversationSources: readonly string[]): number {
  const scored = conversationSources.flatMap((source) => {
    const model = fitHarmful(sentences.filter((s) => s.source !== source));
    return sentences
      .filter((s) => s.source === source)
      .map((s) => ({ s, p: probability(model, s.features) }));
  });
  let best = { threshold: 0.5, kappa: -1 };
  for (let t = 0.3; t <= 0.951; t += 0.05) {
    const threshold = round(t);
    const k = kappa(scored.map(({ s, p }) => [s.harm !== null, s.listed || p >= threshold] as const));
    if (k > best.kappa) best = { threshold, kappa: k };
  }
  return best.threshold;
}

function main(): void {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
  const sources = [...SENTENCE_FILES, ...READ_REALISM_SETS, ...PRIMOCK_PARTS];
  const training = [
    ...SENTENCE_FILES.flatMap(loadSentences),
    ...READ_REALISM_SETS.flatMap(realismTurns),
    ...primockSentences(),
  ];
  const threshold = chooseThreshold(training, [...READ_REALISM_SETS, ...PRIMOCK_PARTS]);
  const model = fitHarm(training, threshold);
  writeFileSync('server/learned/harm-model.json', `${JSON.stringify(model)}\n`);
  const leftOut = Object.fromEntries(
    sources.map((source) => [
      source,
      agreement(
        training.filter((s) => s.source === source),
        fitHarm(
          training.filter((s) => s.source !== source),
          threshold,
        ),
      ),
    ]),
  );
  const measures = {
    'evals/harm/fresh.jsonl': agreement(loadSentences('evals/harm/fresh.jsonl'), model),
    'evals/realism/heldout-19': agreement(realismTurns('evals/realism/heldout-19'), model),
  };
  const report = { trainedOn: training.length, threshold, leftOut, ...measures };
  if (values.json) {
    console.log(JSON.stringify(report));
    return;
  }
  console.log(`trained on ${training.length} sentences; harmful at p >= ${threshold}`);
  console.log('precision / recall: lists alone | model alone | together; kind named by the model alone');
  const line = (name: string, a: Agreement) =>
    console.log(
      a.harmful === 0
        ? `  ${name} (${a.sentences}, none harmful): called harmful by the lists ${a.falseAlarms.lists}, by both ${a.falseAlarms.together}`
        : `  ${name} (${a.sentences}, ${a.harmful} harmful): ${a.lists.join(' / ')} | ${a.model.join(' / ')} | ${a.together.join(' / ')}${a.kindNamed === null ? '' : `; kind ${a.kindNamed}`}`,
    );
  for (const [source, a] of Object.entries(leftOut)) line(`${source} left out`, a);
  for (const [name, a] of Object.entries(measures)) line(`${name} (never trained on)`, a);
}

main();
