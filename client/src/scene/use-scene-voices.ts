// Keeps the avatars' drives and the speech player in step with the store's conversation, and works out which
// caption each character shows: the line they are saying, or said last, since the learner last spoke.

import { useEffect, useMemo, useRef, useState } from 'react';
import type { SessionCharacterDto } from '../../../server/protocol.ts';
import type { Conversation } from '../state/conversation.ts';
import type { CaptionLine } from './captions-3d.tsx';
import { createDrives, currentRound, type Drives, updateVoices } from './scene-voices.ts';
import { SpeechPlayer } from './speech/speech-player.ts';

export interface SceneVoices {
  drives: Drives;
  player: SpeechPlayer;
  /** Each present character's caption, by id (absent: nothing to show). */
  captions: Readonly<Record<string, CaptionLine>>;
}

export function useSceneVoices(
  characters: readonly SessionCharacterDto[],
  conversation: Conversation,
  reducedMotion: boolean,
): SceneVoices {
  const sessionId = conversation.session.id;
  // One set of drives and one player per session; later conversation states update them in place.
  // biome-ignore lint/correctness/useExhaustiveDependencies: built once per session on purpose
  const drives = useMemo(() => createDrives(characters, conversation), [sessionId]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: one player per session
  const player = useMemo(() => new SpeechPlayer(), [sessionId]);
  const previous = useRef<Conversation | null>(null);
  const [clock, setClock] = useState(() => performance.now());

  useEffect(() => {
    for (const drive of drives.values()) drive.reducedMotion = reducedMotion;
  }, [drives, reducedMotion]);

  useEffect(() => {
    const now = performance.now();
    updateVoices(conversation, previous.current, drives, player, { initial: previous.current === null, now });
    previous.current = conversation;
    setClock(now);
  }, [conversation, drives, player]);

  // Re-render when the next queued line starts, so its caption appears as it is said.
  useEffect(() => {
    const next = player.nextStart(clock);
    if (next === null) return;
    const timer = setTimeout(() => setClock(performance.now()), Math.max(0, next - performance.now()) + 5);
    return () => clearTimeout(timer);
  }, [clock, player]);

  const captions = useMemo(() => {
    const round = currentRound(conversation.entries);
    const lines: Record<string, CaptionLine> = {};
    for (const character of characters) {
      const key = player.currentLine(character.id, clock);
      const entry = round.find((e) => e.key === key);
      if (entry) lines[character.id] = { speaker: character.id, name: character.name, text: entry.text };
    }
    return lines;
  }, [conversation, characters, player, clock]);

  return { drives, player, captions };
}
