// `bedside grade` as a tutor would run it on a transcript file.

import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = resolve('server/bin.mjs');
const dir = mkdtempSync(join(tmpdir(), 'bedside-grade-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const env = { ...process.env, OPENAI_API_KEY: '' };
delete (env as Record<string, string | undefined>).OPENAI_API_KEY;

const transcript = file(
  'osce.json',
  JSON.stringify({
    turns: [
      {
        speaker: 'learner',
        text: "Hello, I'm Dr Ahmed. Is now a good time to talk about the results?",
        start: 0,
        end: 4,
      },
      { speaker: 'patient', text: 'Yes. I have been so worried.', start: 4.5, end: 6.5 },
      { speaker: 'learner', text: 'What have you been told about the scan so far?', start: 7, end: 9.5 },
      { speaker: 'patient', text: 'Only that they saw something.', start: 10, end: 12 },
      {
        speaker: 'learner',
        text: "I'm afraid it is not good news. The scan shows a cancer in the bowel.",
        start: 13,
        end: 17,
      },
      { speaker: 'patient', text: "Oh no... I can't believe it.", start: 21, end: 23 },
      {
        speaker: 'learner',
        text: 'This is a terrible shock. What is going through your mind?',
        start: 24,
        end: 27,
      },
    ],
  }),
);

describe('bedside grade', () => {
  it('prints exactly one JSON report with --json', async () => {
    const { stdout } = await run('node', [BIN, 'grade', transcript, '--rubric', 'spikes', '--json'], { env });
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const report = JSON.parse(lines[0] as string);
    expect(report).toMatchObject({ version: 1, mode: 'offline' });
    expect(report.rubrics.map((r: any) => r.rubricId)).toEqual(['spikes']);
    const perception = report.rubrics[0].items.find((i: any) => i.id === 'perception');
    expect(perception).toMatchObject({
      score: 1,
      evidence: [{ turn: 2, quote: 'What have you been told about the scan so far?', shows: true }],
    });
    expect(report.metrics.longSilences).toBe(1);
    expect(report.metrics.learnerSecondsShare).toBeGreaterThan(0.4);
  });

  it('grades every rubric readably with --all-rubrics', async () => {
    const { stdout } = await run('node', [BIN, 'grade', transcript, '--all-rubrics'], { env });
    for (const title of [
      'Breaking bad news (SPIKES)',
      'Responding to emotion (NURSE)',
      'Verbal de-escalation',
      'Core listening',
    ]) {
      expect(stdout).toContain(title);
    }
    expect(stdout).toMatch(/turn 3: "What have you been told about the scan so far\?"/);
    expect(stdout).toMatch(/not assessed/);
  });

  it('answers malformed input with a clear message and exit code 2', async () => {
    const cases: [string[], RegExp][] = [
      [[file('broken.json', '{"turns": ['), '--rubric', 'spikes'], /not valid JSON/],
      [[file('shape.json', '{"turns": [{"speaker": "learner"}]}'), '--rubric', 'spikes'], /turns\.0\.text/],
      [[file('empty.json', '{"turns": []}'), '--rubric', 'spikes'], /at least one turn/],
      [[join(dir, 'missing.json'), '--rubric', 'spikes'], /cannot read the file/],
      [[transcript, '--rubric', 'nope'], /Unknown rubric "nope"/],
      [[transcript], /Choose --rubric/],
    ];
    for (const [args, message] of cases) {
      const failure = await run('node', [BIN, 'grade', ...args], { env }).catch((error) => error);
      expect(failure.code, args.join(' ')).toBe(2);
      expect(failure.stderr).toMatch(message);
      expect(failure.stdout).toBe('');
    }
    // Six processes, each starting Node and loading the grader: 30 s was not enough on two cores shared with the
    // browser tests.
  }, 120_000);
});
