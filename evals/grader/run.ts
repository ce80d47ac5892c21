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
import {
  BLIND_DIR,
  BLIND_FINAL_2_DIR,
  BLIND_FINAL_3_DIR,
  BLIND_FINAL_4_DIR,
  BLIND_FINAL_5_DIR,
  BLIND_FINAL_6_DIR,
  BLIND_FINAL_7_DIR,
  BLIND_FINAL_8_DIR,
  BLIND_FINAL_9_DIR,
  BLIND_FINAL_10_DIR,
  BLIND_FINAL_11_DIR,
  BLIND_FINAL_12_DIR,
  BLIND_FINAL_DIR,
  loadBlind,
} from './blind-set.ts';
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

export interface GraderEvalResult {
  offline: RubricAgreement[];
  /**
   * The offline grader on transcripts written by people who never saw the detectors: `blind` (its misses were read
   * while improving the detectors, so it has become a development set), `blindFinal` (never read, only measured),
   * `blindFinal2` (written later by another writer; its misses were read on 2026-12-04), `blindFinal3` (by a
   * fourth writer; read on 2026-12-05), `blindFinal4` (by five more writers; read on 2026-12-06), `blindFinal5`
   * (by five more; read on 2026-12-06), `blindFinal6` (by five more; read on 2026-12-06), `blindFinal7` (by five
   * more; read on 2026-12-06), `blindFinal8` (by five more; read on 2026-12-06), `blindFinal9` (by five more; read on
   * 2026-12-07), `blindFinal10` and `blindFinal11` (by five more each; read on 2026-12-07) and `blindFinal12` (by
   * five more, never read: the measure).
   */
  blind: BlindResult;
  blindFinal: BlindResult;
  blindFinal2: BlindResult;
  blindFinal3: BlindResult;
  blindFinal4: BlindResult;
  blindFinal5: BlindResult;
  blindFinal6: BlindResult;
  blindFinal7: BlindResult;
  blindFinal8: BlindResult;
  blindFinal9: BlindResult;
  blindFinal10: BlindResult;
  blindFinal11: BlindResult;
  blindFinal12: BlindResult;
  judge: RubricAgreement[] | null;
  mibot: MibotResult[] | null;
}

export async function runGraderEval(judge?: Judge): Promise<GraderEvalResult> {
  const rubrics = loadRubricsOrThrow('rubrics');
  const labelled = loadLabelled();
  return {
    offline: await agreementFor(rubrics, labelled, undefined),
    blind: await blindAgreement(rubrics, BLIND_DIR),
    blindFinal: await blindAgreement(rubrics, BLIND_FINAL_DIR),
    blindFinal2: await blindAgreement(rubrics, BLIND_FINAL_2_DIR),
    blindFinal3: await blindAgreement(rubrics, BLIND_FINAL_3_DIR),
    blindFinal4: await blindAgreement(rubrics, BLIND_FINAL_4_DIR),
    blindFinal5: await blindAgreement(rubrics, BLIND_FINAL_5_DIR),
    blindFinal6: await blindAgreement(rubrics, BLIND_FINAL_6_DIR),
    blindFinal7: await blindAgreement(rubrics, BLIND_FINAL_7_DIR),
    blindFinal8: await blindAgreement(rubrics, BLIND_FINAL_8_DIR),
    blindFinal9: await blindAgreement(rubrics, BLIND_FINAL_9_DIR),
    blindFinal10: await blindAgreement(rubrics, BLIND_FINAL_10_DIR),
    blindFinal11: await blindAgreement(rubrics, BLIND_FINAL_11_DIR),
    blindFinal12: await blindAgreement(rubrics, BLIND_FINAL_12_DIR),
    judge: judge ? await agreementFor(rubrics, labelled, judge) : null,
    mibot: mibotAvailable() ? evaluateMibot() : null,
  };
}

async function blindAgreement(rubrics: Rubric[], dir: URL): Promise<BlindResult> {
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
    const blindSets: [string, BlindResult, boolean][] = [
      ['blind set, read while improving the detectors (evals/grader/blind)', result.blind, true],
      ['final blind set, never read (evals/grader/blind-final)', result.blindFinal, false],
      ['second final blind set, read on 2026-12-04 (evals/grader/blind-final-2)', result.blindFinal2, true],
      ['third final blind set, read on 2026-12-05 (evals/grader/blind-final-3)', result.blindFinal3, true],
      ['fourth final blind set, read on 2026-12-06 (evals/grader/blind-final-4)', result.blindFinal4, true],
      ['fifth final blind set, read on 2026-12-06 (evals/grader/blind-final-5)', result.blindFinal5, true],
      ['sixth final blind set, read on 2026-12-06 (evals/grader/blind-final-6)', result.blindFinal6, true],
      ['seventh final blind set, read on 2026-12-06 (evals/grader/blind-final-7)', result.blindFinal7, true],
      ['eighth final blind set, read on 2026-12-06 (evals/grader/blind-final-8)', result.blindFinal8, true],
      ['ninth final blind set, read on 2026-12-07 (evals/grader/blind-final-9)', result.blindFinal9, true],
      ['tenth final blind set, read on 2026-12-07 (evals/grader/blind-final-10)', result.blindFinal10, true],
      [
        'eleventh final blind set, read on 2026-12-07 (evals/grader/blind-final-11)',
        result.blindFinal11,
        true,
      ],
      ['twelfth final blind set, never read (evals/grader/blind-final-12)', result.blindFinal12, false],
    ];
    for (const [title, blind, showMisses] of blindSets) {
      printAgreement(`Offline grader on the ${title}`, blind.rubrics);
      const e = blind.evidence;
      console.log(
        `\nEvidence: precision ${fmt(e.precision)} of ${e.positiveQuotes} quotes cited as showing an item; recall ${fmt(e.recall)}; harmful or jargon sentences cited as good practice: ${e.harmfulCited}`,
      );
      if (showMisses && process.argv.includes('--misses'))
        for (const m of blind.misses) console.log(`  ${m}`);
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
