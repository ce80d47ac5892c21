// Shared builders for the client's unit tests: one session, turns and a look, in the server's wire shapes.

import type { Appearance, SessionDto, TurnDto } from '../../../server/protocol.ts';

export const calm = { distress: 0.4, anger: 0.1, trust: 0.5 };

/** A complete appearance, with any fields replaced. */
export function appearance(overrides: Partial<Appearance> = {}): Appearance {
  return {
    sex: 'male',
    skinTone: '#70452d',
    build: 'average',
    hair: { style: 'short', colour: '#1c1a18' },
    clothing: { kind: 'gown', colour: '#8fb3c9' },
    glasses: false,
    ...overrides,
  };
}

export const session: SessionDto = {
  id: 's1',
  scenarioId: 'breaking-news-cancer',
  difficulty: 2,
  status: 'active',
  createdAt: '2026-01-01T00:00:00.000Z',
  endedAt: null,
  left: null,
  room: 'consultation',
  characters: [
    {
      id: 'patient',
      name: 'Mr Ade',
      role: 'patient',
      relation: null,
      age: 58,
      appearance: appearance(),
      place: 'seated',
      voice: 'onyx',
      present: true,
    },
  ],
  affect: { patient: calm },
  initialAffect: { patient: calm },
};

export function turn(index: number, speaker: string, text: string): TurnDto {
  return {
    index,
    speaker,
    text,
    acts: [],
    affect: { patient: calm },
    source: speaker === 'learner' ? 'typed' : 'offline',
    interrupted: false,
    llm: null,
    fallbackReason: null,
    cutOff: null,
    voiceTimings: null,
    createdAt: session.createdAt,
    completedAt: session.createdAt,
  };
}
