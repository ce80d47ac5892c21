// Loads a labelled act split (JSONL: one {"text", "acts"} object per line), validating every line.

import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { LEARNER_ACTS, type LearnerAct } from '../../server/content/acts.ts';

export interface LabelledUtterance {
  text: string;
  acts: LearnerAct[];
  /** 1-based line in the source file, for error messages and reports. */
  line: number;
}

const lineSchema = z.strictObject({
  text: z.string().trim().min(1, 'expected a non-empty utterance'),
  acts: z
    .array(z.enum(LEARNER_ACTS))
    .refine((acts) => new Set(acts).size === acts.length, 'expected no repeated acts'),
});

/** Thrown when a split file has a malformed line; the message names the file and line. */
export class DatasetError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'DatasetError';
  }
}

/** Parses JSONL source; `file` is only used in error messages. Blank lines are skipped. */
export function parseSplit(source: string, file: string): LabelledUtterance[] {
  const rows: LabelledUtterance[] = [];
  const lines = source.split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    if (raw.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw new DatasetError(file, line, `not valid JSON: ${(error as Error).message}`);
    }
    const result = lineSchema.safeParse(value);
    if (!result.success) {
      const problems = result.error.issues.map((issue) => {
        const field = issue.path.length > 0 ? issue.path.join('.') : '(line)';
        return `${field}: ${issue.message}`;
      });
      throw new DatasetError(file, line, problems.join('; '));
    }
    rows.push({ ...result.data, line });
  }
  return rows;
}

/** Reads and validates one split file. */
export function loadSplit(path: string, displayPath = path): LabelledUtterance[] {
  return parseSplit(readFileSync(path, 'utf8'), displayPath);
}
