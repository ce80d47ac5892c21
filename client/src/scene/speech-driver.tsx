// Every frame: each character's mouth opening and speaking flag. While voices are heard (the server's audio, or the
// browser's own voices) they move the mouths; otherwise the speech player's text timeline does.

import { useFrame } from '@react-three/fiber';
import { useMemo } from 'react';
import type { MouthSource } from '../voice/voice-room.ts';
import type { Drives } from './scene-voices.ts';
import type { SpeechPlayer } from './speech/speech-player.ts';

interface Props {
  drives: Drives;
  player: SpeechPlayer;
  /** The room's voices; null (or inactive) leaves mouths to the text timeline. */
  voice: MouthSource | null;
}

export function SpeechDriver({ drives, player, voice }: Props) {
  // Plain arrays, so the loop below allocates nothing (iterating a Map with destructuring would).
  const ids = useMemo(() => [...drives.keys()], [drives]);
  const list = useMemo(() => [...drives.values()], [drives]);
  useFrame(() => {
    const now = performance.now();
    const voiced = voice?.active ?? false;
    for (let i = 0; i < list.length; i += 1) {
      const drive = list[i];
      const id = ids[i];
      if (!drive || id === undefined) continue;
      if (voice && voiced) {
        drive.mouthOpen = voice.mouthOpen(id, now);
        drive.speaking = voice.isSpeaking(id);
      } else {
        drive.mouthOpen = player.mouthOpen(id, now);
        drive.speaking = player.isSpeaking(id, now);
      }
      if (drive.mouthOpen > drive.mouthPeak) drive.mouthPeak = drive.mouthOpen;
    }
  });
  return null;
}
