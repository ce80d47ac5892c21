// bench:grade: offline grading speed on a 200-turn transcript (median of repeated runs) and on all 57 PriMock57
// consultations (../shared/data/primock57), every rubric each time.
// Usage: npm run bench:grade [-- --runs 30 --json]

import { parseArgs } from 'node:util';
import { primockAvailable, primockUtterances } from '../../evals/corpora/primock57.ts';
import { loadRubricsOrThrow } from '../../server/content/load-rubrics.ts';
import { gradeOffline } from '../../server/grading/grade-offline.ts';
import type { GradingTranscript, GradingTurn } from '../../server/grading/transcript.ts';
import { SCRIPTS } from '../support/conversation-scripts.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '30' }, json: { type: 'boolean', default: false } },
});
const runs = Number(values.runs);
const rubrics = loadRubricsOrThrow('rubrics');

/** 200 turns alternating learner lines from the scripts with patient lines that carry emotion now and then. */
function longTranscript(): GradingTranscript {
  const learner = Object.values(SCRIPTS).flat();
  const patient = [
    "I'm scared.",
    'Okay.',
    'What does that mean?',
    "I can't believe it...",
    'Go on.',
    'Why did nobody tell me?',
  ];
  const turns: GradingTurn[] = [];
  for (let i = 0; i < 200; i++) {
    const text =
      i % 2 === 0 ? (learner[(i / 2) % learner.length] as string) : (patient[i % patient.length] as string);
    turns.push({
      index: i,
      speaker: i % 2 === 0 ? 'learner' : 'patient',
      text,
      start: i * 5,
      end: i * 5 + 4,
    });
  }
  return { turns };
}

/** PriMock57 as one transcript per consultation; the doctor is the learner. */
function primock(): GradingTranscript[] {
  const byConsultation = new Map<string, GradingTurn[]>();
  for (const u of primockUtterances()) {
    const turns = byConsultation.get(u.consultation) ?? [];
    turns.push({
      index: turns.length,
      speaker: u.speaker === 'doctor' ? 'learner' : 'patient',
      text: u.text,
      start: u.start,
      end: u.end,
    });
    byConsultation.set(u.consultation, turns);
  }
  return [...byConsultation.values()].map((turns) => ({
    turns: turns.sort((a, b) => (a.start ?? 0) - (b.start ?? 0)).map((t, index) => ({ ...t, index })),
  }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const long = longTranscript();
gradeOffline(long, rubrics); // warm-up: compile the regexes and JIT the hot paths
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  gradeOffline(long, rubrics);
  times.push(performance.now() - t);
}
const round = (n: number) => Math.round(n * 100) / 100;
const result: Record<string, number | null> = {
  turns200MedianMs: round(median(times)),
  primockConsultations: null,
  primockTotalMs: null,
};
if (primockAvailable()) {
  const consultations = primock();
  const t = performance.now();
  for (const c of consultations) gradeOffline(c, rubrics);
  result.primockConsultations = consultations.length;
  result.primockTotalMs = round(performance.now() - t);
  result.primockUtterances = consultations.reduce((a, c) => a + c.turns.length, 0);
}
if (values.json) console.log(JSON.stringify(result));
else {
  console.log(
    `200-turn transcript, ${rubrics.length} rubrics, offline: median ${result.turns200MedianMs} ms over ${runs} runs`,
  );
  if (result.primockTotalMs !== null) {
    console.log(
      `PriMock57: ${result.primockConsultations} consultations (${result.primockUtterances} utterances), ${rubrics.length} rubrics each: ${result.primockTotalMs} ms in total`,
    );
  } else console.log('PriMock57 not found beside the project; skipped');
}
