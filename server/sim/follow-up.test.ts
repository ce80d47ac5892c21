import { describe, expect, it } from 'vitest';
import { shippedScenario } from '../../tests/support/simulate.ts';
import { asksAfterWhatWasSaid, followUpKeys } from './follow-up.ts';
import { composeReply, type ReplyPlan } from './offline-engine.ts';

const reece = shippedScenario('agitated-young-person').characters.find((c) => c.id === 'reece');
if (!reece) throw new Error('reece is not in agitated-young-person');

/** Reece's answer on events, in an open state, with the given follow-up words and told facts. */
function answer(keys: ReadonlySet<string>, revealed: ReadonlySet<string>): string {
  const plan: ReplyPlan = {
    character: reece as NonNullable<typeof reece>,
    intent: 'answer-topic',
    band: 'open',
    topic: { topic: 'events', answer: 'topic' },
    reveal: null,
    reactTo: null,
    interrupt: false,
    wasCutOff: false,
  };
  const context = {
    newsGiven: false,
    unsaidTerms: [],
    recent: [],
    firstReply: false,
    followUpKeys: keys,
    revealed,
  };
  return composeReply(plan, [], context, () => 0).text;
}

describe('follow-ups on the character’s own words', () => {
  it('hears which questions ask after what was just said', () => {
    expect(asksAfterWhatWasSaid('What happened to your uncle?')).toBe(true);
    expect(asksAfterWhatWasSaid('Which two are they?')).toBe(true);
    expect(asksAfterWhatWasSaid('When you say you failed, what happened?')).toBe(true);
    expect(asksAfterWhatWasSaid('Failed what?')).toBe(true);
    expect(asksAfterWhatWasSaid('Which would suit you better?')).toBe(false);
    expect(asksAfterWhatWasSaid("Who's the person you trust most?")).toBe(false);
  });

  it('takes only the words the character itself said last', () => {
    const said = 'For my family it’s not nothing. I watched what happened to my uncle.';
    expect(followUpKeys('What happened to your uncle?', said)).toContain('uncl');
    expect(followUpKeys('What happened to your sister?', said)).not.toContain('sist');
    expect(followUpKeys('Tell me about your uncle.', said).size).toBe(0);
  });

  it('answers with a told fact that speaks of it again, never with one not yet told', () => {
    const asked = followUpKeys('What happened to your uncle?', 'I watched what happened to my uncle.');
    expect(answer(asked, new Set(['fear-of-section']))).toMatch(/uncle/i);
    expect(answer(asked, new Set())).not.toMatch(/uncle/i);
  });
});
