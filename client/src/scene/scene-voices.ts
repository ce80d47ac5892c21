// From the conversation to what the room shows: each character's drive (affect, nod, thinking) and the speech
// player's queue of lines. Plain functions over plain data, so they are tested without React or WebGL.

import type { SessionCharacterDto } from '../../../server/protocol.ts';
import type { Conversation, TranscriptEntry } from '../state/conversation.ts';
import type { AvatarDrive } from './avatar/avatar-drive.ts';
import { createAvatarDrive } from './avatar/avatar-drive.ts';
import type { SpeechPlayer } from './speech/speech-player.ts';

export type Drives = ReadonlyMap<string, AvatarDrive>;

export function createDrives(characters: readonly SessionCharacterDto[], conversation: Conversation): Drives {
  const neutral = { distress: 0, anger: 0, trust: 0.5 };
  return new Map(characters.map((c) => [c.id, createAvatarDrive(conversation.affect[c.id] ?? neutral)]));
}

/** The characters' lines since the learner last spoke: what they are saying now, in order. */
export function currentRound(entries: readonly TranscriptEntry[]): TranscriptEntry[] {
  let lastLearner = -1;
  entries.forEach((e, i) => {
    if (e.speaker === 'learner') lastLearner = i;
  });
  return entries.slice(lastLearner + 1).filter((e) => e.speaker !== 'learner');
}

export interface VoicesUpdate {
  /** True on the first update: lines already there are treated as said. */
  initial: boolean;
  now: number;
}

/**
 * Folds a new conversation state into the drives and the speech player: affect targets, a nod when the learner
 * has just spoken, a thinking look while a reply is awaited, and new or growing lines queued to be said.
 */
export function updateVoices(
  conversation: Conversation,
  previous: Conversation | null,
  drives: Drives,
  player: SpeechPlayer,
  { initial, now }: VoicesUpdate,
): void {
  for (const [id, drive] of drives) {
    const affect = conversation.affect[id];
    if (affect) Object.assign(drive.affect, affect);
  }
  const learnerJustSpoke =
    previous !== null && countLearner(conversation.entries) > countLearner(previous.entries);
  const round = currentRound(conversation.entries);
  const awaitingReply = conversation.streaming && round.length === 0;
  for (const drive of drives.values()) {
    if (learnerJustSpoke) drive.nodAt = now;
    drive.thinking = awaitingReply;
  }
  if (learnerJustSpoke) player.silence(now);
  const spoken = conversation.entries
    .filter((e) => e.speaker !== 'learner')
    .map(({ key, speaker, text }) => ({ key, speaker, text }));
  player.sync(spoken, now, { initial });
}

function countLearner(entries: readonly TranscriptEntry[]): number {
  return entries.filter((e) => e.speaker === 'learner').length;
}
