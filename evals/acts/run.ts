// Scores the deterministic act classifier against the labelled splits: dev (tuned on), heldout (same author as
// the rules) and blind (written by someone who never saw the rules).
// Usage: tsx evals/acts/run.ts [--json] [--errors]
//   --json    print one JSON object and nothing else
//   --errors  also list the utterances where prediction and label differ

import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LEARNER_ACTS, type LearnerAct } from '../../server/content/acts.ts';
import { ACT_THRESHOLD, classifyActs } from '../../server/sim/act-classifier.ts';
import { DatasetError, type LabelledUtterance, loadSplit } from './dataset.ts';
import { computeMetrics, type LabelledPrediction, type SplitMetrics } from './metrics.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const SPLITS = ['dev', 'heldout', 'blind'] as const;
type SplitName = (typeof SPLITS)[number];

// Timing runs the whole corpus repeatedly until at least this long has passed, after a warm-up pass.
const MIN_TIMING_MS = 250;

function predict(text: string): LearnerAct[] {
  return classifyActs(text)
    .filter((a) => a.confidence >= ACT_THRESHOLD)
    .map((a) => a.act);
}

function loadAll(): Record<SplitName, LabelledUtterance[]> {
  const loaded = {} as Record<SplitName, LabelledUtterance[]>;
  for (const split of SPLITS) {
    const path = join(HERE, `${split}.jsonl`);
    loaded[split] = loadSplit(path, relative(process.cwd(), path));
  }
  return loaded;
}

function microsecondsPerUtterance(texts: readonly string[]): number {
  for (const text of texts) classifyActs(text);
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < MIN_TIMING_MS) {
    for (const text of texts) classifyActs(text);
    runs += 1;
    elapsed = performance.now() - start;
  }
  return (elapsed * 1000) / (runs * texts.length);
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

function toJson(metrics: SplitMetrics) {
  const perAct: Record<
    string,
    { support: number; precision: number; recall: number; f1: number; accuracy: number }
  > = {};
  for (const act of LEARNER_ACTS) {
    const m = metrics.perAct[act];
    perAct[act] = {
      support: m.support,
      precision: round(m.precision),
      recall: round(m.recall),
      f1: round(m.f1),
      accuracy: round(m.accuracy),
    };
  }
  return {
    utterances: metrics.utterances,
    perAct,
    microF1: round(metrics.microF1),
    exactMatch: round(metrics.exactMatch),
  };
}

function printTable(split: SplitName, metrics: SplitMetrics): void {
  const pct = (value: number) => `${(value * 100).toFixed(1)}`.padStart(6);
  console.log(`\n${split} (${metrics.utterances} utterances)`);
  console.log(
    `${'act'.padEnd(23)}${'support'.padStart(8)}${'prec'.padStart(7)}${'recall'.padStart(7)}${'F1'.padStart(7)}${'acc'.padStart(7)}`,
  );
  for (const act of LEARNER_ACTS) {
    const m = metrics.perAct[act];
    console.log(
      `${act.padEnd(23)}${String(m.support).padStart(8)} ${pct(m.precision)} ${pct(m.recall)} ${pct(m.f1)} ${pct(m.accuracy)}`,
    );
  }
  console.log(
    `micro-F1 ${pct(metrics.microF1).trim()}%  (P ${pct(metrics.microPrecision).trim()}%, R ${pct(metrics.microRecall).trim()}%)  exact match ${pct(metrics.exactMatch).trim()}%`,
  );
}

function printErrors(
  split: SplitName,
  rows: readonly LabelledUtterance[],
  predictions: LabelledPrediction[],
): void {
  console.log(`\n${split} disagreements`);
  rows.forEach((row, index) => {
    const predicted = predictions[index]?.predicted ?? [];
    const missing = row.acts.filter((act) => !predicted.includes(act));
    const extra = predicted.filter((act) => !row.acts.includes(act));
    if (missing.length === 0 && extra.length === 0) return;
    console.log(`  ${split}.jsonl:${row.line} ${row.text}`);
    console.log(`    missing: ${missing.join(', ') || '-'}   extra: ${extra.join(', ') || '-'}`);
  });
}

function main(argv: readonly string[]): void {
  const asJson = argv.includes('--json');
  const showErrors = argv.includes('--errors');
  const splits = loadAll();
  const results = {} as Record<SplitName, SplitMetrics>;
  for (const split of SPLITS) {
    const rows = splits[split];
    const predictions = rows.map((row) => ({ expected: row.acts, predicted: predict(row.text) }));
    results[split] = computeMetrics(predictions);
    if (!asJson) {
      printTable(split, results[split]);
      if (showErrors) printErrors(split, rows, predictions);
    }
  }
  const usPerUtterance = microsecondsPerUtterance(
    SPLITS.flatMap((split) => splits[split].map((row) => row.text)),
  );
  if (asJson) {
    console.log(
      JSON.stringify({
        dev: toJson(results.dev),
        heldout: toJson(results.heldout),
        blind: toJson(results.blind),
        usPerUtterance: round(usPerUtterance),
      }),
    );
  } else {
    console.log(`\nthreshold ${ACT_THRESHOLD}; mean ${usPerUtterance.toFixed(1)} µs per utterance`);
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof DatasetError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
