import { describe, expect, it } from 'vitest';
import type { ClassifiedAct } from '../content/acts.ts';
import type { AffectDynamics } from '../content/affect-types.ts';
import { type AffectContext, affectBand, updateAffect } from './affect-model.ts';

const dynamics: AffectDynamics = {
  baseline: { distress: 0.3, anger: 0.1, trust: 0.5 },
  volatility: 1,
  recovery: 0,
  reactions: {},
  topicReactions: {},
};
const context: AffectContext = {
  addressed: true,
  perceptionChecked: true,
  warned: false,
  newsAlreadyDelivered: false,
  wordCount: 10,
};
const act = (name: ClassifiedAct['act'], confidence = 1): ClassifiedAct => ({ act: name, confidence });

describe('updateAffect', () => {
  it('raises distress on news and lowers it with empathy', () => {
    const afterNews = updateAffect(dynamics.baseline, dynamics, [act('news-delivery')], context);
    expect(afterNews.distress).toBeGreaterThan(0.45);
    const afterEmpathy = updateAffect(afterNews, dynamics, [act('nurse-naming')], {
      ...context,
      newsAlreadyDelivered: true,
    });
    expect(afterEmpathy.distress).toBeLessThan(afterNews.distress);
    expect(afterEmpathy.trust).toBeGreaterThan(afterNews.trust);
  });

  it('makes news without a perception check hit harder, and a warning shot soften it', () => {
    const prepared = updateAffect(dynamics.baseline, dynamics, [act('news-delivery')], context);
    const blunt = updateAffect(dynamics.baseline, dynamics, [act('news-delivery')], {
      ...context,
      perceptionChecked: false,
    });
    const warned = updateAffect(dynamics.baseline, dynamics, [act('news-delivery')], {
      ...context,
      warned: true,
    });
    expect(blunt.distress).toBeGreaterThan(prepared.distress);
    expect(warned.distress).toBeLessThan(prepared.distress);
  });

  it('gives no trust for news broken before anyone asked what they know, however it is wrapped', () => {
    const wary = { distress: 0.3, anger: 0.1, trust: 0.3 };
    const wrapped = [act('news-delivery'), act('warning-shot'), act('summary')];
    const prepared = updateAffect(wary, { ...dynamics, recovery: 0.2 }, wrapped, context);
    expect(prepared.trust).toBeGreaterThan(wary.trust);
    const blunt = updateAffect(wary, { ...dynamics, recovery: 0.2 }, wrapped, {
      ...context,
      perceptionChecked: false,
    });
    expect(blunt.trust).toBeLessThanOrEqual(wary.trust);
  });

  it('scales by volatility and confidence, and less for a character not addressed', () => {
    const full = updateAffect(dynamics.baseline, dynamics, [act('threat-or-command')], context);
    const unsure = updateAffect(dynamics.baseline, dynamics, [act('threat-or-command', 0.5)], context);
    const calm = updateAffect(
      dynamics.baseline,
      { ...dynamics, volatility: 0.5 },
      [act('threat-or-command')],
      context,
    );
    const overheard = updateAffect(dynamics.baseline, dynamics, [act('threat-or-command')], {
      ...context,
      addressed: false,
    });
    expect(full.anger).toBeGreaterThan(unsure.anger);
    expect(full.anger).toBeGreaterThan(calm.anger);
    expect(full.anger).toBeGreaterThan(overheard.anger);
  });

  it('uses the scenario reactions instead of the defaults', () => {
    const touchy = { ...dynamics, reactions: { greeting: { anger: 0.5 } } };
    expect(updateAffect(dynamics.baseline, touchy, [act('greeting')], context).anger).toBeGreaterThan(0.5);
  });

  it('moves the one asked about a topic by its topic reaction, and nobody who only overhears it', () => {
    const asking = { ...dynamics, topicReactions: { safety: { trust: 0.1 } } };
    const asked = updateAffect(dynamics.baseline, asking, [act('closed-question')], {
      ...context,
      askedTopic: 'safety',
    });
    expect(asked.trust).toBeGreaterThan(dynamics.baseline.trust);
    const overheard = updateAffect(dynamics.baseline, asking, [act('closed-question')], {
      ...context,
      addressed: false,
      askedTopic: 'safety',
    });
    expect(overheard.trust).toBe(dynamics.baseline.trust);
  });

  it('drifts back toward the baseline by the recovery rate when nothing pushes', () => {
    const upset = { distress: 0.9, anger: 0.8, trust: 0.1 };
    // A greeting that (for this character) carries no change of its own: only the drift moves the state.
    const still = { ...dynamics, recovery: 0.5, reactions: { greeting: {} } };
    const next = updateAffect(upset, still, [act('greeting')], context);
    expect(next.distress).toBeCloseTo(0.6, 5);
    expect(next.anger).toBeCloseTo(0.45, 5);
    expect(next.trust).toBeCloseTo(0.3, 5);
  });

  it('mends trust and anger soon after harm only by the apology itself, not by drifting back too', () => {
    const hurt = { distress: 0.5, anger: 1, trust: 0.01 };
    const drifting = { ...dynamics, recovery: 0.3 };
    const calm = updateAffect(hurt, drifting, [act('apology')], context);
    const wary = updateAffect(hurt, drifting, [act('apology')], { ...context, wary: true });
    expect(calm.anger).toBeLessThan(0.8);
    expect(wary.anger).toBeLessThan(hurt.anger);
    expect(wary.anger).toBeGreaterThan(0.85);
    expect(wary.trust).toBeLessThan(0.1);
  });

  it('keeps trust earned above the baseline through ordinary talk, but not through harm', () => {
    const won = { distress: 0.4, anger: 0.05, trust: 0.7 };
    const drifting = { ...dynamics, recovery: 0.3 };
    expect(updateAffect(won, drifting, [act('information')], context).trust).toBe(won.trust);
    expect(updateAffect(won, drifting, [act('dismissive')], context).trust).toBeLessThan(won.trust);
  });

  it('regains no trust and cools no anger on words that carry no act of care (none at all, or only facts)', () => {
    const upset = { distress: 0.9, anger: 0.8, trust: 0.1 };
    for (const acts of [[], [act('closed-question')], [act('information')]]) {
      const next = updateAffect(
        upset,
        { ...dynamics, recovery: 0.5, reactions: { information: {} } },
        acts,
        context,
      );
      expect(next.distress).toBeCloseTo(0.6, 5);
      expect(next.anger).toBe(0.8);
      expect(next.trust).toBe(0.1);
    }
  });

  it('gives no trust and cools no anger for words the harm model doubts, whatever care comes with them', () => {
    const angry = { distress: 0.4, anger: 0.6, trust: 0.3 };
    const cared = updateAffect(angry, dynamics, [act('greeting'), act('open-question')], context);
    expect(cared.trust).toBeGreaterThan(angry.trust);
    const doubted = updateAffect(angry, dynamics, [act('greeting'), act('open-question')], {
      ...context,
      doubted: true,
    });
    expect(doubted.trust).toBeLessThanOrEqual(angry.trust);
    expect(doubted.anger).toBeGreaterThanOrEqual(angry.anger);
  });

  it('keeps every dimension within [0,1] however hard it is pushed', () => {
    let affect = dynamics.baseline;
    for (let i = 0; i < 50; i++) {
      affect = updateAffect(
        affect,
        { ...dynamics, volatility: 3 },
        [act('threat-or-command'), act('dismissive')],
        context,
      );
    }
    for (const value of Object.values(affect)) expect(value >= 0 && value <= 1).toBe(true);
    expect(affect.anger).toBeGreaterThan(0.95);
  });
});

describe('affectBand', () => {
  it('names the band: overwhelmed unless anger is stronger, then angry, guarded, settled, open', () => {
    expect(affectBand({ distress: 0.8, anger: 0.7, trust: 0.1 })).toBe('overwhelmed');
    expect(affectBand({ distress: 0.8, anger: 0.9, trust: 0.1 })).toBe('angry');
    expect(affectBand({ distress: 0.5, anger: 0.7, trust: 0.1 })).toBe('angry');
    expect(affectBand({ distress: 0.5, anger: 0.2, trust: 0.2 })).toBe('guarded');
    expect(affectBand({ distress: 0.2, anger: 0.1, trust: 0.8 })).toBe('settled');
    expect(affectBand({ distress: 0.5, anger: 0.2, trust: 0.5 })).toBe('open');
  });
});
