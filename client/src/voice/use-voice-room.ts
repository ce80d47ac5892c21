// The scene page's binding to the voice: one VoiceRoom per session while the page shows, connected to the store,
// and the headset's triggers as push-to-talk while in VR.

import { useEffect, useState } from 'react';
import type { SessionCharacterDto } from '../../../server/protocol.ts';
import { useBedside } from '../components/bedside-context.ts';
import { VoiceRoom } from './voice-room.ts';
import { watchXrTrigger, type XrSessionSource } from './xr-push-to-talk.ts';

export function useVoiceRoom(
  sessionId: string,
  characters: readonly SessionCharacterDto[],
  xr: { store: XrSessionSource; pointingAtButton(): boolean },
): VoiceRoom | null {
  const setVoice = useBedside((s) => s.setVoice);
  const connectLive = useBedside((s) => s.connectLive);
  const receiveLive = useBedside((s) => s.receiveLive);
  const [room, setRoom] = useState<VoiceRoom | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: one room per session; the characters come with it
  useEffect(() => {
    const created = new VoiceRoom({ sessionId, characters, store: { setVoice, connectLive, receiveLive } });
    setRoom(created);
    return () => {
      created.destroy();
      setRoom(null);
    };
  }, [sessionId, setVoice, connectLive, receiveLive]);

  useEffect(() => {
    if (!room) return;
    return watchXrTrigger(xr.store, {
      pointingAtButton: xr.pointingAtButton,
      onPress: () => room.pushStart(),
      onRelease: () => room.pushEnd(),
    });
  }, [room, xr.store, xr.pointingAtButton]);

  return room;
}
