// Every frame: each character's mouth opening and speaking flag, from the speech player's timeline.

import { useFrame } from '@react-three/fiber';
import { useMemo } from 'react';
import type { Drives } from './scene-voices.ts';
import type { SpeechPlayer } from './speech/speech-player.ts';

export function SpeechDriver({ drives, player }: { drives: Drives; player: SpeechPlayer }) {
  // Plain arrays, so the loop below allocates nothing (iterating a Map with destructuring would).
  const ids = useMemo(() => [...drives.keys()], [drives]);
  const list = useMemo(() => [...drives.values()], [drives]);
  useFrame(() => {
    const now = performance.now();
    for (let i = 0; i < list.length; i += 1) {
      const drive = list[i];
      const id = ids[i];
      if (!drive || id === undefined) continue;
      drive.mouthOpen = player.mouthOpen(id, now);
      drive.speaking = player.isSpeaking(id, now);
    }
  });
  return null;
}
