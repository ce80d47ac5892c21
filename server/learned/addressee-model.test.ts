import { describe, expect, it } from 'vitest';
import {
  type AddresseeContext,
  type AddresseeModel,
  candidateFeatures,
  settleAddressee,
} from './addressee-model.ts';

const context = (ruled: string, text = 'Are you driving home tonight?'): AddresseeContext => ({
  text,
  candidates: [
    { id: 'pat', role: 'patient', mentioned: false },
    { id: 'robin', role: 'relative', mentioned: false },
  ],
  leadId: 'pat',
  lastCharacterSpeaker: 'pat',
  recent: [],
  focus: { asks: true, topic: 'safety', about: 'addressee', relationWord: null },
  ruled: { characterId: ruled, reason: 'lead' },
});

/** A model that has learned one thing: driving home is a relative's matter. */
const model = (margin: number): AddresseeModel => ({
  bias: 0,
  margin,
  weights: { 'relative|w:driving': 2, 'patient|w:driving': -2 },
});

describe('the learned addressee', () => {
  it('hears each fact beside the role of the one it is about', () => {
    const features = candidateFeatures(context('pat'), { id: 'robin', role: 'relative', mentioned: false });
    expect(features).toContain('relative|w:driving');
    expect(features).toContain('relative|other:lead');
    expect(features).not.toContain('relative|ruled');
  });

  it('overrules the rules only when surer of another by its margin', () => {
    expect(settleAddressee(context('pat'), model(0.1))).toBe('robin');
    expect(settleAddressee(context('pat'), model(0.99))).toBe('pat');
    expect(settleAddressee(context('pat', 'How have you been sleeping?'), model(0.1))).toBe('pat');
  });

  it('leaves the rules alone with one person in the room, or no model', () => {
    const alone = {
      ...context('pat'),
      candidates: [{ id: 'pat', role: 'patient' as const, mentioned: false }],
    };
    expect(settleAddressee(alone, model(0))).toBe('pat');
    expect(settleAddressee(context('pat'), null)).toBe('pat');
  });
});
