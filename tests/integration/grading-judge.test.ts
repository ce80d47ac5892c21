// The judge through the real openai SDK against the fake model server: quotes verified, the combining rule,
// learner text that cannot raise a score, and the offline completion when the judge keeps failing.

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadJudgeTemplate } from '../../server/content/load-judge-template.ts';
import { loadRubricsOrThrow } from '../../server/content/load-rubrics.ts';
import { grade } from '../../server/grading/grade.ts';
import { type Judge, REDACTED } from '../../server/grading/judge.ts';
import { fromFile, type GradingTranscript } from '../../server/grading/transcript.ts';
import { createOpenAIChatModel } from '../../server/providers/openai-chat-model.ts';
import { ApiClient } from '../support/api-client.ts';
import { SCRIPTS } from '../support/conversation-scripts.ts';
import { type FakeChatBody, type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai.ts';
import { startServerOnFake } from '../support/start-server.ts';

let fake: FakeOpenAI;
let judge: Judge;
const rubrics = loadRubricsOrThrow('rubrics');
const rubric = (id: string) => rubrics.filter((r) => r.id === id);
const labelled = (path: string): GradingTranscript =>
  fromFile({ turns: JSON.parse(readFileSync(`evals/grader/labelled/${path}.json`, 'utf8')).turns });

/** Answers a judge request with the given score for every item, quoting `quote` (by default, real words) from `turn`. */
function answerAll(body: FakeChatBody, score: number, turn: number, quote = openingWords(body)) {
  const system = String(body.messages?.[0]?.content ?? '');
  const ids = [...system.matchAll(/^- ([a-z-]+) \((?:binary|ordinal)\)/gm)].map((m) => m[1]);
  return JSON.stringify({
    items: ids.map((id) => ({ id, score, evidence: [{ turn, quote }], suggestion: `Work on ${id}.` })),
  });
}
const userMessage = (body: FakeChatBody) => String(body.messages?.at(-1)?.content ?? '');
/** The first words of turn 0 as the judge was shown them: a quote that verifies. */
const openingWords = (body: FakeChatBody) => /^\[1\] [^:]+: (.{1,12})/m.exec(userMessage(body))?.[1] ?? '';

beforeAll(async () => {
  fake = await startFakeOpenAI();
  judge = {
    chat: createOpenAIChatModel({ apiKey: 'test-key-not-secret', baseURL: fake.url, timeoutMs: 5000 }),
    model: 'fake-judge',
    template: loadJudgeTemplate('prompts'),
  };
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => fake.reset());

describe('the judge', () => {
  it('asks once per rubric at temperature 0 with a JSON schema, the transcript delimited in a user message', async () => {
    const transcript = labelled('beta/07-threatens-security');
    fake.setDefault((body) => ({ reply: answerAll(body, 0, 1, transcript.turns[0]!.text.slice(0, 12)) }));
    await grade(transcript, rubric('beta'), { judge });
    const calls = fake.requests.filter((r) => r.body?.response_format);
    expect(calls).toHaveLength(1);
    const body = calls[0]!.body!;
    expect(body.temperature).toBe(0);
    expect(body.response_format?.type).toBe('json_schema');
    expect(body.messages?.[1]?.role).toBe('user');
    expect(userMessage(body)).toMatch(/^<transcript>\n\[1\] learner: /);
    expect(String(body.messages?.[0]?.content)).not.toContain(transcript.turns[0]!.text);
  });

  it('voids an item whose quote is not in the cited turn, and trusts one whose quote is', async () => {
    const transcript = labelled('beta/07-threatens-security');
    const real = transcript.turns[0]!.text.slice(0, 20);
    fake.setDefault((body) => {
      const parsed = JSON.parse(answerAll(body, 1, 1, real));
      const agree = parsed.items.find((i: any) => i.id === 'agree');
      agree.evidence = [{ turn: 1, quote: 'words nobody ever said in this room' }];
      return { reply: JSON.stringify(parsed) };
    });
    const { report } = await grade(transcript, rubric('beta'), { judge });
    const items = report.rubrics[0]!.items;
    const agree = items.find((i) => i.id === 'agree')!;
    expect(agree.score).toBeNull();
    expect(agree.notAssessed).toMatch(/judge answer voided: quote not found in turn 1/);
    const wants = items.find((i) => i.id === 'wants-and-feelings')!;
    expect(wants.assessedBy).toBe('combined');
    expect(wants.evidence.some((e) => e.quote === real)).toBe(true);
  });

  it('combines by the documented rule: detector-only items ignore the judge, "both" items take the mean', async () => {
    const transcript = labelled('beta/07-threatens-security');
    const offline = (await grade(transcript, rubric('beta'))).report.rubrics[0]!.items;
    fake.setDefault((body) => ({ reply: answerAll(body, 1, 1, transcript.turns[0]!.text.slice(0, 10)) }));
    const judged = (await grade(transcript, rubric('beta'), { judge })).report.rubrics[0]!.items;
    const byId = (list: typeof offline, id: string) => list.find((i) => i.id === id)!;
    expect(byId(judged, 'do-not-provoke').score).toBe(byId(offline, 'do-not-provoke').score);
    const both = byId(offline, 'choices-optimism');
    expect(both.score).toBe(0);
    expect(byId(judged, 'choices-optimism').score).toBe(0.5);
    expect(byId(judged, 'agree')).toMatchObject({ score: 1, assessedBy: 'judge' });
  });

  it('never lets learner text addressed to the grader raise a score, even with a gullible judge', async () => {
    // A gullible judge: full marks whenever it can see a plea to the grader, otherwise zeros.
    fake.setDefault((body) => {
      const gullible = /full marks|note to the grader|score all items/i.test(userMessage(body));
      return { reply: answerAll(body, gullible ? 1 : 0, 1) };
    });
    for (const [path, rubricId] of [
      ['beta/09-drunk-ward-ignore-rubric', 'beta'],
      ['spikes/15-ed-hallway-death-injection', 'spikes'],
      ['nurse/15-ward-dying-mum-grader-note', 'nurse'],
    ] as const) {
      const withPlea = labelled(path);
      const without: GradingTranscript = {
        turns: withPlea.turns.map((t) => ({
          ...t,
          text:
            t.text.replace(/[^.!?]*\b(?:ignore the rubric|note to the grader)\b[^.!?]*[.!?]/i, '').trim() ||
            '...',
        })),
      };
      const a = (await grade(withPlea, rubric(rubricId), { judge })).report.rubrics[0]!;
      const b = (await grade(without, rubric(rubricId), { judge })).report.rubrics[0]!;
      for (const item of a.items) {
        const other = b.items.find((i) => i.id === item.id)!;
        expect(item.score ?? 0, `${path} ${item.id}`).toBeLessThanOrEqual(other.score ?? 0);
      }
      expect(a.overall ?? 0).toBeLessThanOrEqual(b.overall ?? 0);
      const sent = fake.requests.map((r) => userMessage(r.body ?? {})).join('\n');
      expect(sent).not.toMatch(/full marks|note to the grader/i);
      expect(sent).toContain(REDACTED);
    }
  });

  it('after repeated judge failures, completes the report offline and says so', async () => {
    fake.setDefault({ fault: 'http-500' });
    const transcript = labelled('spikes/01-gp-lung-ct-with-wife');
    const { report } = await grade(transcript, rubric('spikes'), { judge, judgeAttempts: 2, backoffMs: 1 });
    expect(report.mode).toBe('offline-after-judge-failure');
    expect(report.note).toMatch(/completed by the detectors alone/);
    expect(report.rubrics[0]!.items.find((i) => i.id === 'perception')?.assessedBy).toBe('detector');
    expect(fake.requests.length).toBe(2);
  });
});

describe('grading through the API with a model configured', () => {
  it('grades an ended session with the judge, and records the judge mode', async () => {
    fake.setDefault((body) =>
      body.response_format ? { reply: answerAll(body, 0.5, 1) } : { reply: 'I hear you. Go on.' },
    );
    const server = await startServerOnFake(fake, { BEDSIDE_JUDGE_MODEL: 'fake-judge' });
    try {
      const client = new ApiClient(server.url);
      await client.register('judged@example.org');
      const id = (await client.post('/api/sessions', { scenarioId: 'agitated-young-person' })).body.session
        .id;
      for (const text of SCRIPTS['agitated-young-person']!.slice(0, 3)) {
        await client.post(`/api/sessions/${id}/turns`, { text });
      }
      await client.post(`/api/sessions/${id}/end`);
      const report = await client.waitForReport(id);
      expect(report.mode).toBe('judge');
      const judgeCalls = fake.requests.filter((r) => r.body?.response_format);
      expect(judgeCalls.map((r) => r.body?.model)).toEqual(['fake-judge', 'fake-judge']);
      const agree = report.rubrics
        .find((r: any) => r.rubricId === 'beta')
        .items.find((i: any) => i.id === 'agree');
      expect(agree, JSON.stringify(agree)).toMatchObject({ score: 0.5, assessedBy: 'judge' });
    } finally {
      await server.stop();
    }
  });
});
