// eval:grader: agreement between the grader and the labelled transcripts, per rubric item (accuracy and Cohen's
// kappa for binary items, quadratic-weighted kappa for ordinal ones), Spearman between each rubric's overall score
// and the labelled quality, and the question and reflection detectors against MIBot's silver labels. Runs the
// offline grader always and the judge too when a model is configured.
// Usage: npm run eval:grader [-- --json]

import { pathToFileURL } from 'node:url';
import { readConfig } from '../../server/config.ts';
import { loadRubricsOrThrow } from '../../server/content/load-rubrics.ts';
import type { Rubric } from '../../server/content/rubric-schema.ts';
import { buildJudge } from '../../server/grading/build-judge.ts';
import { grade } from '../../server/grading/grade.ts';
import type { Judge } from '../../server/grading/judge.ts';
import type { GradingReport } from '../../server/grading/report-types.ts';
import { fromFile } from '../../server/grading/transcript.ts';
import { accuracy, cohenKappa, spearman, weightedKappa } from './agreement.ts';
import { BLIND_SETS, type BlindSetKey, loadBlind } from './blind-set.ts';
import { emptyCounts, scoreEvidence } from './evidence.ts';
import { type Labelled, loadLabelled } from './labelled-set.ts';
import { evaluateMibot, type MibotResult, mibotAvailable } from './mibot.ts';

export interface ItemAgreement {
  item: string;
  scale: 'binary' | 'ordinal';
  pairs: number;
  accuracy: number | null;
  kappa: number | null;
  /** Transcripts where the grader gave no score though a label exists. */
  notAssessed: number;
}

export interface RubricAgreement {
  rubric: string;
  transcripts: number;
  spearmanOverallVsQuality: number | null;
  items: ItemAgreement[];
}

export interface EvidenceResult {
  /** Share of quotes cited as showing an item that lie on a sentence labelled as showing it. */
  precision: number | null;
  /** Share of transcript × item pairs labelled as shown where a precise quote was cited. */
  recall: number | null;
  positiveQuotes: number;
  harmfulCited: number;
}

export interface BlindResult {
  rubrics: RubricAgreement[];
  evidence: EvidenceResult;
  /** Examples of imprecise or harmful citations. */
  misses: string[];
}

/**
 * The offline grader on its own labelled set, and on each blind set (blind-set.ts: written by people who never saw
 * the detectors; the newest never read, the measure), by the set's key; the judge too when a model is configured.
 */
export type GraderEvalResult = {
  offline: RubricAgreement[];
  judge: RubricAgreement[] | null;
  mibot: MibotResult[] | null;
} & Record<BlindSetKey, BlindResult>;

export async function runGraderEval(judge?: Judge): Promise<GraderEvalResult> {
  const rubrics = loadRubricsOrThrow('rubrics');
  const labelled = loadLabelled();
  const offline = await agreementFor(rubrics, labelled, undefined);
  const blind = {} as Record<BlindSetKey, BlindResult>;
  // One set after another: grading is CPU-bound, so running them together would gain nothing.
  for (const set of BLIND_SETS) blind[set.key] = await blindAgreement(rubrics, set.dir);
  return {
    offline,
    ...blind,
    judge: judge ? await agreementFor(rubrics, labelled, judge) : null,
    mibot: mibotAvailable() ? evaluateMibot() : null,
  };
}

export async function blindAgreement(rubrics: Rubric[], dir: URL): Promise<BlindResult> {
  const set = loadBlind(dir);
  const evidence = emptyCounts();
  const byFile = new Map(set.map((b) => [b.file, b]));
  const agreement = await agreementFor(rubrics, set, undefined, (file, report) => {
    const transcript = byFile.get(file);
    if (transcript) scoreEvidence(evidence, transcript, report);
  });
  return {
    rubrics: agreement,
    evidence: {
      precision: evidence.positiveQuotes > 0 ? round(evidence.precise / evidence.positiveQuotes) : null,
      recall: evidence.shownPairs > 0 ? round(evidence.recalled / evidence.shownPairs) : null,
      positiveQuotes: evidence.positiveQuotes,
      harmfulCited: evidence.harmfulCited,
    },
    misses: evidence.misses,
  };
}

type Graded = Pick<Labelled, 'rubric' | 'quality' | 'labels' | 'turns' | 'file'>;

async function agreementFor(
  rubrics: Rubric[],
  labelled: readonly Graded[],
  judge: Judge | undefined,
  onReport?: (file: string, report: GradingReport) => void,
): Promise<RubricAgreement[]> {
  const out: RubricAgreement[] = [];
  for (const rubric of rubrics) {
    const set = labelled.filter((l) => l.rubric === rubric.id);
    if (set.length === 0) continue;
    const reports: GradingReport[] = [];
    for (const l of set) {
      const { report } = await grade(fromFile({ turns: l.turns }), [rubric], { judge });
      reports.push(report);
      onReport?.(l.file, report);
    }
    const overall = reports.map((r) => r.rubrics[0]?.overall ?? null);
    const ranked = set
      .map((l, i) => [l.quality, overall[i]] as const)
      .filter((p): p is readonly [number, number] => p[1] !== null);
    out.push({
      rubric: rubric.id,
      transcripts: set.length,
      spearmanOverallVsQuality:
        ranked.length >= 3
          ? round(
              spearman(
                ranked.map((p) => p[0]),
                ranked.map((p) => p[1]),
              ),
            )
          : null,
      items: rubric.items.map((item) => {
        const pairs: [number, number][] = [];
        let notAssessed = 0;
        set.forEach((l, i) => {
          const label = l.labels[item.id];
          const score = reports[i]?.rubrics[0]?.items.find((x) => x.id === item.id)?.score ?? null;
          if (label === null || label === undefined) return;
          if (score === null) notAssessed++;
          else pairs.push([label, score]);
        });
        const a = pairs.map((p) => p[0]);
        const b = pairs.map((p) => p[1]);
        return {
          item: item.id,
          scale: item.scale,
          pairs: pairs.length,
          accuracy: pairs.length > 0 ? round(accuracy(a, b)) : null,
          kappa:
            pairs.length > 0
              ? round(
                  item.scale === 'binary' ? cohenKappa(a, b) : weightedKappa(a, b, 'quadratic', [0, 0.5, 1]),
                )
              : null,
          notAssessed,
        };
      }),
    });
  }
  return out;
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}

function printAgreement(title: string, rubrics: RubricAgreement[]): void {
  console.log(`\n${title}`);
  for (const r of rubrics) {
    console.log(
      `\n${r.rubric} (${r.transcripts} transcripts): Spearman overall vs labelled quality ${r.spearmanOverallVsQuality ?? 'n/a'}`,
    );
    console.log(
      `  ${'item'.padEnd(24)} ${'scale'.padEnd(8)} pairs  accuracy  kappa${' '.repeat(3)}not assessed`,
    );
    for (const i of r.items) {
      const kappaName = i.scale === 'binary' ? 'κ' : 'κw';
      console.log(
        `  ${i.item.padEnd(24)} ${i.scale.padEnd(8)} ${String(i.pairs).padStart(5)}  ${fmt(i.accuracy).padStart(8)}  ${`${kappaName} ${fmt(i.kappa)}`.padStart(8)}   ${i.notAssessed}`,
      );
    }
  }
}

function fmt(v: number | null): string {
  return v === null ? 'n/a' : v.toFixed(2);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const config = readConfig();
  const result = await runGraderEval(buildJudge(config.llm, config.promptsDir));
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(result));
  } else {
    printAgreement('Offline grader (detectors only), own labelled set', result.offline);
    for (const set of BLIND_SETS) {
      const blind = result[set.key];
      printAgreement(`Offline grader on the ${set.title} (${set.name})`, blind.rubrics);
      const e = blind.evidence;
      console.log(
        `\nEvidence: precision ${fmt(e.precision)} of ${e.positiveQuotes} quotes cited as showing an item; recall ${fmt(e.recall)}; harmful or jargon sentences cited as good practice: ${e.harmfulCited}`,
      );
      if (set.read && process.argv.includes('--misses')) for (const m of blind.misses) console.log(`  ${m}`);
    }
    if (result.judge)
      printAgreement(`Judge (${config.llm?.judgeModel}) combined with the detectors`, result.judge);
    if (result.mibot) {
      console.log('\nMIBot counsellor utterances, silver MISC labels (Q = question, R = reflection)');
      for (const m of result.mibot) {
        console.log(
          `  ${m.split.padEnd(8)} questions: ${m.question.utterances} utt, accuracy ${m.question.accuracy}, κ ${m.question.kappa};  reflections: accuracy ${m.reflection.accuracy}, κ ${m.reflection.kappa}`,
        );
      }
    } else {
      console.log('\n(MIBot data not found beside the project; skipped)');
    }
  }
}
