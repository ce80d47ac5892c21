import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../shared/seeded-random.ts';
import { testScenario } from '../../tests/fixtures/test-scenario.ts';
import { composeReply, type ReplyPlan } from './offline-engine.ts';

const scenario = testScenario();
const pat = scenario.characters[0];
if (!pat) throw new Error('fixture has no patient');
const plan = (over: Partial<ReplyPlan> = {}): ReplyPlan => ({
  character: pat,
  intent: 'answer-open',
  band: 'open',
  reveal: null,
  interrupt: false,
  wasCutOff: false,
  ...over,
});

describe('composeReply', () => {
  it('uses the intent lines for the band, then the intent lines for any band, then fallback', () => {
    expect(
      composeReply(plan({ intent: 'react-to-news', band: 'overwhelmed' }), [], seededRandom('a')).text,
    ).toMatch(/^pat shock line/);
    expect(composeReply(plan({ intent: 'react-to-news', band: 'open' }), [], seededRandom('a')).text).toMatch(
      /^pat news line/,
    );
    expect(composeReply(plan({ intent: 'brace' }), [], seededRandom('a')).text).toMatch(/^pat fallback line/);
  });

  it('does not repeat a line while an alternative remains, then reuses the least recently used', () => {
    const used: string[] = [];
    const texts: string[] = [];
    const random = seededRandom('no-repeats');
    // 4 answer-open lines + 6 fallback lines: 10 distinct replies before anything repeats.
    for (let i = 0; i < 11; i++) {
      const reply = composeReply(plan(), used, random);
      used.push(...reply.lines);
      texts.push(reply.text);
    }
    expect(new Set(texts.slice(0, 10)).size).toBe(10);
    expect(texts[10]).toBe(texts[0]);
  });

  it('tells a hidden fact after the intent line, and alone when the intent has nothing better to say', () => {
    const fact = pat.hidden[0] ?? null;
    const withNews = composeReply(plan({ intent: 'react-to-news', reveal: fact }), [], seededRandom('r'));
    expect(withNews.text).toMatch(/^pat news line \d\. pat secret told\.$/);
    expect(withNews.lines).toEqual([expect.stringMatching(/^react-to-news\.any\./), 'reveal.pat-secret.0']);
    expect(composeReply(plan({ reveal: fact }), [], seededRandom('r')).text).toBe('pat secret told.');
  });

  it('keeps an overwhelmed reply to one short line even with a fact ready', () => {
    const reply = composeReply(
      plan({ intent: 'react-to-news', band: 'overwhelmed', reveal: pat.hidden[0] ?? null }),
      [],
      seededRandom('x'),
    );
    expect(reply.lines).toHaveLength(1);
  });

  it('puts a cut-in before the reply when the character interrupts', () => {
    const reply = composeReply(
      plan({ intent: 'escalate', band: 'angry', interrupt: true }),
      [],
      seededRandom('i'),
    );
    expect(reply.text).toMatch(/^pat cuts in line \d\. pat furious line \d\.$/);
  });

  it('picks up after being cut off, by band, keeping the authored line whole', () => {
    const fresh = composeReply(plan({ band: 'angry', intent: 'escalate' }), [], seededRandom('cut'));
    const cut = composeReply(
      plan({ band: 'angry', intent: 'escalate', wasCutOff: true }),
      [],
      seededRandom('cut'),
    );
    expect(cut.text).toBe(`I hadn't finished. ${fresh.text}`);
    expect(cut.lines).toEqual(fresh.lines);
    const overwhelmed = composeReply(plan({ band: 'overwhelmed', wasCutOff: true }), [], seededRandom('cut'));
    expect(overwhelmed.text).toBe(composeReply(plan({ band: 'overwhelmed' }), [], seededRandom('cut')).text);
  });
});
