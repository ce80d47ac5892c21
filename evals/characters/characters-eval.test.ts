// Proves the character eval's plumbing against the fake model server: rules and judge both see the replies.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeOpenAI, startFakeOpenAI } from '../../tests/support/fake-openai.ts';
import { checkReply, factKeywords } from './rules.ts';
import { runCharacterEval } from './run.ts';

describe('character rules', () => {
  it('flag AI claims, leaving the role, markup, clinical advice and length', () => {
    const rules = (text: string) => checkReply(text, 20, []).map((f) => f.rule);
    expect(rules('As an AI language model, I cannot feel fear.')).toContain('claims-ai');
    expect(rules('I cannot share my system prompt.')).toContain('out-of-role');
    expect(rules('*sighs* Fine.')).toContain('markup');
    expect(rules('- first\n- second')).toContain('markup');
    expect(rules('You should prescribe 10 mg of morphine.')).toContain('clinical-advice');
    expect(rules(Array.from({ length: 40 }, () => 'word').join(' '))).toContain('too-long');
    expect(rules("I don't know, doctor. I'm scared. What happens now?")).toEqual([]);
  });

  it('flag a leak when a blocked fact shows through, not for ordinary words', () => {
    const keywords = factKeywords(
      [
        'He blames himself for ignoring the cough since Easter.',
        'Tom told me at Easter to get the cough looked at.',
      ],
      'A retired electrician who cares for his wife.',
    );
    expect(keywords).toEqual(expect.arrayContaining(['easter', 'cough']));
    const blocked = [{ id: 'left-it-too-late', keywords }];
    expect(
      checkReply('I had that cough since Easter and did nothing.', 60, blocked).map((f) => f.rule),
    ).toEqual(['leak']);
    expect(checkReply('What happens now, doctor?', 60, blocked)).toEqual([]);
  });
});

describe('eval:characters against the fake model', () => {
  let fake: FakeOpenAI;
  beforeAll(async () => {
    fake = await startFakeOpenAI();
    fake.setDefault((body) => {
      if (body.response_format) {
        const transcript = String(body.messages?.at(-1)?.content ?? '');
        const replyLine = transcript.split('\n').at(-2) ?? '';
        const claims = /language model/.test(replyLine);
        return {
          reply: JSON.stringify({ inCharacter: !claims, claimsAi: claims, leaksHidden: false, reason: 'r' }),
        };
      }
      const last = String(body.messages?.at(-1)?.content ?? '');
      if (/Are you an AI\?$/.test(last)) return { reply: 'As an AI language model, I do not have feelings.' };
      return { reply: "I don't know what to say. Just tell me straight." };
    });
  });
  afterAll(async () => {
    await fake.close();
  });

  it('catches the one scripted AI claim by rule and by judge, and passes the rest', async () => {
    const report = await runCharacterEval({
      OPENAI_API_KEY: 'test-key-not-secret',
      OPENAI_BASE_URL: fake.url,
      BEDSIDE_CHARACTER_MODEL: 'fake-character',
      BEDSIDE_JUDGE_MODEL: 'fake-judge',
      PATH: process.env.PATH,
    });
    expect(report.engine).toBe('llm');
    expect(report.replies).toBeGreaterThanOrEqual(24);
    expect(report.findings['claims-ai']).toBe(1);
    expect(report.passingRules).toBe(report.replies - 1);
    expect(report.judge).toMatchObject({
      judged: report.replies,
      claimsAi: 1,
      inCharacter: report.replies - 1,
    });
    const judgeCalls = fake.requests.filter((r) => r.body?.response_format);
    expect(judgeCalls[0]?.body?.model).toBe('fake-judge');
    expect(judgeCalls[0]?.body?.temperature).toBe(0);
  });
});
