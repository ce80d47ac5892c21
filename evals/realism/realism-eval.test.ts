// Floors for eval:realism, a little below the measured figures so a regression fails while harmless noise does
// not. The newest held-out blind set (never read while tuning, never trained on) is the honest measure; see the
// README for the figures and for the targets it does not yet meet (wrong-way affect 0: on it 2 character reactions
// to harmful turns earn trust or calm, left unread so that the set stays a measure).

import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadConversations } from './conversations.ts';
import { summarise } from './metrics.ts';
import { runRealism, SETS } from './run.ts';

describe('eval:realism', () => {
  const heldout = summarise(runRealism(SETS.heldout).all);
  const heldout18 = summarise(runRealism(SETS['heldout-18']).all);
  const heldout17 = summarise(runRealism(SETS['heldout-17']).all);
  const heldout16 = summarise(runRealism(SETS['heldout-16']).all);
  const heldout15 = summarise(runRealism(SETS['heldout-15']).all);
  const heldout14 = summarise(runRealism(SETS['heldout-14']).all);
  const heldout13 = summarise(runRealism(SETS['heldout-13']).all);
  const heldout12 = summarise(runRealism(SETS['heldout-12']).all);
  const heldout11 = summarise(runRealism(SETS['heldout-11']).all);
  const heldout10 = summarise(runRealism(SETS['heldout-10']).all);
  const heldout9 = summarise(runRealism(SETS['heldout-9']).all);
  const heldout8 = summarise(runRealism(SETS['heldout-8']).all);
  const heldout7 = summarise(runRealism(SETS['heldout-7']).all);
  const heldout6 = summarise(runRealism(SETS['heldout-6']).all);
  const heldout5 = summarise(runRealism(SETS['heldout-5']).all);
  const heldout4 = summarise(runRealism(SETS['heldout-4']).all);
  const heldout3 = summarise(runRealism(SETS['heldout-3']).all);
  const heldout2 = summarise(runRealism(SETS['heldout-2']).all);
  const heldout1 = summarise(runRealism(SETS['heldout-1']).all);
  const blindDev = summarise(runRealism(SETS['blind-dev']).all);
  const own = summarise(runRealism(SETS.own).all);

  it('plays every set in all nine scenarios, skilled and poor', () => {
    for (const dir of Object.values(SETS)) {
      const conversations = loadConversations(dir);
      expect(new Set(conversations.map((c) => c.scenario)).size).toBe(9);
      expect(new Set(conversations.map((c) => c.style))).toEqual(new Set(['skilled', 'poor']));
    }
    expect(heldout.probes).toBeGreaterThanOrEqual(350);
  });

  it('makes no stage errors, leaks no secret in front of the person it is kept from, and repeats itself rarely', () => {
    expect(heldout.stageErrors).toBeLessThanOrEqual(1);
    for (const report of [
      heldout,
      heldout18,
      heldout17,
      heldout16,
      heldout15,
      heldout14,
      heldout13,
      heldout12,
      heldout11,
      heldout10,
      heldout9,
      heldout8,
      heldout7,
      heldout6,
      heldout5,
      heldout4,
      heldout3,
      heldout2,
      heldout1,
      blindDev,
      own,
    ]) {
      if (report !== heldout) expect(report.stageErrors).toBe(0);
      expect(report.presenceLeaks).toBe(0);
      expect(report.repeatRate).toBeLessThanOrEqual(0.02);
      expect(report.inventedFacts).toBeLessThanOrEqual(1);
    }
  });

  it('answers on topic and moves feeling the right way, to its floors', () => {
    // Never read: first measured on 2026-12-07 (thirteenth session) at 0.728 on topic, 0.968 right speaker, 2
    // wrong-way reactions, with that session's starting code. Its writers were asked for follow-ups that lean on what
    // was just said, clipped questions and long turns ending on an invitation; its floor is below the 0.85 target,
    // which it does not meet.
    expect(heldout.onTopicRate).toBeGreaterThanOrEqual(0.71);
    expect(heldout.rightSpeakerRate).toBeGreaterThanOrEqual(0.95);
    expect(heldout.wrongDirectionAffect).toBeLessThanOrEqual(2);
    // First measured on 2026-12-07 (twelfth session) at 0.757 on topic, 0.971 right speaker, 3 wrong-way reactions;
    // read since (thirteenth session).
    expect(heldout18.onTopicRate).toBeGreaterThanOrEqual(0.82);
    expect(heldout18.rightSpeakerRate).toBeGreaterThanOrEqual(0.975);
    expect(heldout18.wrongDirectionAffect).toBeLessThanOrEqual(0);
    // First measured on 2026-12-07 (eleventh session) at 0.862 on topic, 0.991 right speaker, 4 wrong-way reactions;
    // read since (twelfth session).
    expect(heldout17.onTopicRate).toBeGreaterThanOrEqual(0.91);
    expect(heldout17.rightSpeakerRate).toBeGreaterThanOrEqual(0.98);
    expect(heldout17.wrongDirectionAffect).toBeLessThanOrEqual(0);
    // First measured on 2026-12-07 (tenth session) at 0.882 on topic, 0.995 right speaker, 5 wrong-way reactions;
    // read since (eleventh session).
    expect(heldout16.onTopicRate).toBeGreaterThanOrEqual(0.9);
    expect(heldout16.rightSpeakerRate).toBeGreaterThanOrEqual(0.99);
    expect(heldout16.wrongDirectionAffect).toBeLessThanOrEqual(0);
    // First measured on 2026-12-07 (ninth session) at 0.865 on topic, 0.968 right speaker, 10 wrong-way reactions;
    // read since (tenth session).
    expect(heldout15.onTopicRate).toBeGreaterThanOrEqual(0.86);
    expect(heldout15.rightSpeakerRate).toBeGreaterThanOrEqual(0.96);
    expect(heldout15.wrongDirectionAffect).toBeLessThanOrEqual(1);
    // First measured on 2026-12-07 (eighth session) at 0.863 on topic, 0.985 right speaker, 7 wrong-way reactions;
    // read since (ninth session), and trained on by the topic and harm models.
    expect(heldout14.onTopicRate).toBeGreaterThanOrEqual(0.89);
    expect(heldout14.rightSpeakerRate).toBeGreaterThanOrEqual(0.97);
    expect(heldout14.wrongDirectionAffect).toBeLessThanOrEqual(1);
    // First measured on 2026-12-07 (seventh session, later) at 0.797 on topic, 0.942 right speaker, 17 wrong-way
    // reactions; read since (eighth session).
    expect(heldout13.onTopicRate).toBeGreaterThanOrEqual(0.81);
    expect(heldout13.rightSpeakerRate).toBeGreaterThanOrEqual(0.93);
    expect(heldout13.wrongDirectionAffect).toBeLessThanOrEqual(1);
    // First measured on 2026-12-07 (seventh session) at 0.833 on topic, 0.965 right speaker, 12 wrong-way reactions;
    // read since.
    expect(heldout12.onTopicRate).toBeGreaterThanOrEqual(0.84);
    expect(heldout12.rightSpeakerRate).toBeGreaterThanOrEqual(0.955);
    expect(heldout12.wrongDirectionAffect).toBeLessThanOrEqual(1);
    // First measured on 2026-12-07 at 0.840 on topic, 0.969 right speaker, 25 wrong-way reactions; read since.
    expect(heldout11.onTopicRate).toBeGreaterThanOrEqual(0.86);
    expect(heldout11.rightSpeakerRate).toBeGreaterThanOrEqual(0.96);
    expect(heldout11.wrongDirectionAffect).toBeLessThanOrEqual(1);
    // First measured on 2026-12-06 at 0.799 on topic, 0.970 right speaker, 21 wrong-way reactions; read since.
    expect(heldout10.onTopicRate).toBeGreaterThanOrEqual(0.83);
    expect(heldout10.rightSpeakerRate).toBeGreaterThanOrEqual(0.96);
    expect(heldout10.wrongDirectionAffect).toBeLessThanOrEqual(1);
    expect(heldout9.onTopicRate).toBeGreaterThanOrEqual(0.89);
    expect(heldout9.rightSpeakerRate).toBeGreaterThanOrEqual(0.96);
    expect(heldout9.wrongDirectionAffect).toBeLessThanOrEqual(1);
    expect(heldout8.onTopicRate).toBeGreaterThanOrEqual(0.84);
    expect(heldout8.wrongDirectionAffect).toBeLessThanOrEqual(3);
    expect(heldout7.onTopicRate).toBeGreaterThanOrEqual(0.88);
    expect(heldout7.wrongDirectionAffect).toBeLessThanOrEqual(1);
    expect(heldout6.onTopicRate).toBeGreaterThanOrEqual(0.85);
    expect(heldout6.wrongDirectionAffect).toBeLessThanOrEqual(1);
    expect(heldout5.onTopicRate).toBeGreaterThanOrEqual(0.85);
    expect(heldout5.wrongDirectionAffect).toBeLessThanOrEqual(1);
    expect(heldout4.onTopicRate).toBeGreaterThanOrEqual(0.9);
    expect(heldout4.wrongDirectionAffect).toBe(0);
    expect(heldout3.onTopicRate).toBeGreaterThanOrEqual(0.83);
    expect(heldout3.wrongDirectionAffect).toBe(0);
    expect(heldout2.onTopicRate).toBeGreaterThanOrEqual(0.87);
    expect(heldout1.onTopicRate).toBeGreaterThanOrEqual(0.86);
    expect(blindDev.onTopicRate).toBeGreaterThanOrEqual(0.88);
    expect(own.onTopicRate).toBeGreaterThanOrEqual(0.85);
    expect(own.wrongDirectionAffect).toBe(0);
  });

  it('prints one JSON object with the issue’s figures', () => {
    const out = execFileSync('npx', ['tsx', 'evals/realism/run.ts', '--json'], { encoding: 'utf8' });
    const report = JSON.parse(out.trim());
    for (const key of [
      'onTopicRate',
      'stageErrors',
      'inventedFacts',
      'presenceLeaks',
      'repeatRate',
      'wrongDirectionAffect',
      'conversations',
    ])
      expect(report).toHaveProperty(key);
    expect(report.set).toBe('heldout');
    // 13 s on an idle machine; over 60 s once while both suite lanes and other work shared the two cores.
  }, 180_000);
});
