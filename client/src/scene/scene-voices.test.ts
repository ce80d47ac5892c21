import { describe, expect, it } from 'vitest';
import type { TurnEvent } from '../../../server/protocol.ts';
import { applyStreamEvent, conversationFrom, withLearnerDraft } from '../state/conversation.ts';
import { session, turn } from '../state/test-builders.ts';
import { createDrives, currentRound, updateVoices } from './scene-voices.ts';
import { SpeechPlayer } from './speech/speech-player.ts';

describe('scene voices', () => {
  it('nods when the learner speaks, thinks while the reply is awaited, then says it', () => {
    const start = conversationFrom(session, [
      turn(0, 'learner', 'Hello.'),
      turn(1, 'patient', 'Hello, Doctor.'),
    ]);
    const drives = createDrives(session.characters, start);
    const player = new SpeechPlayer();
    updateVoices(start, null, drives, player, { initial: true, now: 0 });
    const drive = drives.get('patient');
    expect(drive?.thinking).toBe(false);
    expect(player.isSpeaking('patient', 10)).toBe(false);

    const sent = withLearnerDraft(start, 'I have your results.');
    updateVoices(sent, start, drives, player, { initial: false, now: 1000 });
    expect(drive?.nodAt).toBe(1000);
    expect(drive?.thinking).toBe(true);

    const distressed = { distress: 0.8, anger: 0.1, trust: 0.4 };
    const replied = [
      { type: 'turn', turn: turn(2, 'learner', 'I have your results.') },
      { type: 'turn', turn: turn(3, 'patient', 'Is it bad?') },
      { type: 'affect', afterTurn: 3, affect: { patient: distressed } },
    ] as const satisfies TurnEvent[];
    const after = replied.reduce(applyStreamEvent, sent);
    updateVoices(after, sent, drives, player, { initial: false, now: 2000 });
    expect(drive?.thinking).toBe(false);
    expect(drive?.affect.distress).toBe(0.8);
    expect(player.isSpeaking('patient', 2100)).toBe(true);
    expect(currentRound(after.entries).map((e) => e.text)).toEqual(['Is it bad?']);
  });
});
