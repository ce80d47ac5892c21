// `bedside grade <transcript.json> (--rubric <id> | --all-rubrics) [--json]`: grades a transcript file from anywhere.
// Exit codes: 0 graded, 2 bad input (file, format or rubric), 1 anything else.

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConfig } from '../config.ts';
import { describeIssues } from '../content/content-error.ts';
import { loadRubricsOrThrow } from '../content/load-rubrics.ts';
import { buildJudge } from './build-judge.ts';
import { grade } from './grade.ts';
import type { GradingReport } from './report-types.ts';
import { fromFile, transcriptFileSchema } from './transcript.ts';

export class UsageError extends Error {}

export const GRADE_USAGE = 'Usage: bedside grade <transcript.json> (--rubric <id> | --all-rubrics) [--json]';

export async function gradeCommand(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseGradeArgs>;
  try {
    parsed = parseGradeArgs(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n${GRADE_USAGE}`);
    return 2;
  }
  const config = readConfig();
  const rubrics = loadRubricsOrThrow('rubrics');
  const chosen = parsed.allRubrics ? rubrics : rubrics.filter((r) => parsed.rubricIds.includes(r.id));
  const unknown = parsed.rubricIds.filter((id) => !rubrics.some((r) => r.id === id));
  if (unknown.length > 0) {
    console.error(`Unknown rubric "${unknown.join('", "')}". Known: ${rubrics.map((r) => r.id).join(', ')}.`);
    return 2;
  }
  let transcript: ReturnType<typeof fromFile>;
  try {
    transcript = readTranscript(parsed.file);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const { report } = await grade(transcript, chosen, { judge: buildJudge(config.llm, config.promptsDir) });
  if (parsed.json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else process.stdout.write(formatReport(report));
  return 0;
}

function parseGradeArgs(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      rubric: { type: 'string', multiple: true },
      'all-rubrics': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError('Give exactly one transcript file.');
  const rubricIds = values.rubric ?? [];
  if (!values['all-rubrics'] && rubricIds.length === 0)
    throw new UsageError('Choose --rubric <id> or --all-rubrics.');
  return { file, rubricIds, allRubrics: values['all-rubrics'], json: values.json };
}

function readTranscript(file: string) {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message}).`);
  }
  const result = transcriptFileSchema.safeParse(raw);
  if (!result.success) {
    const problems = describeIssues(result.error.issues)
      .map((p) => `  - ${p}`)
      .join('\n');
    throw new Error(
      `${file}: not a transcript. Expected {"turns": [{"speaker", "text", "start"?, "end"?}]}:\n${problems}`,
    );
  }
  return fromFile(result.data);
}

/** The report for people: per rubric the overall and each item with its evidence and suggestion. */
export function formatReport(report: GradingReport): string {
  const pct = (v: number | null) => (v === null ? 'not assessed' : `${Math.round(v * 100)}%`);
  const out: string[] = [];
  if (report.note) out.push(`Note: ${report.note}`, '');
  for (const rubric of report.rubrics) {
    out.push(`${rubric.title}: ${pct(rubric.overall)}`);
    for (const item of rubric.items) {
      out.push(`  ${item.title.padEnd(34)} ${item.score === null ? 'not assessed' : item.score.toFixed(1)}`);
      if (item.notAssessed) out.push(`      (${item.notAssessed})`);
      for (const e of item.evidence.slice(0, 2)) out.push(`      turn ${e.turn + 1}: "${e.quote}"`);
      if (item.suggestion) out.push(`      → ${item.suggestion}`);
    }
    out.push('');
  }
  const m = report.metrics;
  out.push(
    'Metrics:',
    `  learner share of words ${pct(m.learnerWordShare)}${m.learnerSecondsShare !== null ? `, of time ${pct(m.learnerSecondsShare)}` : ''}`,
    `  questions: ${m.openQuestions} open, ${m.closedQuestions} closed; reflections: ${m.simpleReflections} simple, ${m.complexReflections} complex`,
    `  emotional moments: ${m.emotionalMoments.length} (${m.emotionalMoments.filter((x) => x.response === 'continuer').length} met with a continuer)`,
    `  jargon: ${m.jargonCount}${m.jargonTerms.length > 0 ? ` (${m.jargonTerms.join(', ')})` : ''}`,
    `  news before a perception check: ${m.newsBeforePerception === null ? 'no news given' : m.newsBeforePerception ? 'yes' : 'no'}`,
  );
  if (m.interruptions !== null)
    out.push(`  interruptions ${m.interruptions}, silences over 3 s ${m.longSilences}`);
  return `${out.join('\n')}\n`;
}
