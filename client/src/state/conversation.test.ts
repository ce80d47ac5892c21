import { describe, expect, it } from 'vitest';
import {
  applyStreamEvent,
  type Conversation,
  conversationFrom,
  endStream,
  withLearnerDraft,
} from './conversation.ts';
import { session, turn } from './test-builders.ts';

function texts(conversation: Conversation): string[] {
  return conversation.entries.map((e) => `${e.speaker}:${e.text}:${e.status}`);
}

describe('conversation', () => {
  it('echoes the learner, replaces the echo with the stored turn, and grows a reply from deltas', () => {
    let c = withLearnerDraft(conversationFrom(session), 'Hello');
    expect(c.streaming).toBe(true);
    expect(texts(c)).toEqual(['learner:Hello:sending']);

    c = applyStreamEvent(c, { type: 'turn', turn: turn(0, 'learner', 'Hello') });
    c = applyStreamEvent(c, { type: 'delta', speaker: 'patient', index: 1, text: 'Hel' });
    c = applyStreamEvent(c, { type: 'delta', speaker: 'patient', index: 1, text: 'lo, doctor' });
    expect(texts(c)).toEqual(['learner:Hello:stored', 'patient:Hello, doctor:streaming']);

    c = applyStreamEvent(c, { type: 'turn', turn: turn(1, 'patient', 'Hello, doctor.') });
    c = applyStreamEvent(c, { type: 'delta', speaker: 'patient', index: 1, text: 'late' });
    expect(texts(c)).toEqual(['learner:Hello:stored', 'patient:Hello, doctor.:stored']);

    const worried = { distress: 0.6, anger: 0.1, trust: 0.45 };
    c = applyStreamEvent(c, { type: 'affect', afterTurn: 1, affect: { patient: worried } });
    expect(c.affect.patient).toEqual(worried);

    c = applyStreamEvent(c, { type: 'done', replies: 1 });
    expect(c.streaming).toBe(false);
    expect(c.draft).toBe('');
  });

  it('drops a retracted partial reply and keeps the fallback that follows', () => {
    let c = withLearnerDraft(conversationFrom(session), 'Hello');
    c = applyStreamEvent(c, { type: 'turn', turn: turn(0, 'learner', 'Hello') });
    c = applyStreamEvent(c, { type: 'delta', speaker: 'patient', index: 1, text: 'I think I' });
    c = applyStreamEvent(c, { type: 'retract', speaker: 'patient', index: 1 });
    expect(texts(c)).toEqual(['learner:Hello:stored']);
    c = applyStreamEvent(c, { type: 'turn', turn: turn(1, 'patient', 'Hello.') });
    expect(texts(c)).toEqual(['learner:Hello:stored', 'patient:Hello.:stored']);
  });

  it('puts a message the server never stored back into the draft, with the error', () => {
    const c = endStream(withLearnerDraft(conversationFrom(session), 'Are you OK?'), 'Network down');
    expect(c.entries).toEqual([]);
    expect(c.draft).toBe('Are you OK?');
    expect(c.error).toBe('Network down');
  });

  it('starts from stored turns when resuming', () => {
    const c = conversationFrom(session, [turn(0, 'learner', 'Hi'), turn(1, 'patient', 'Hello.')]);
    expect(texts(c)).toEqual(['learner:Hi:stored', 'patient:Hello.:stored']);
  });
});
