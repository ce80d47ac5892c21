// The 3D scene: the scenario's room, the characters in their places with captions, the seated XR session, desktop
// looking-around, and the probe. Everything that moves reads mutable drives in the frame loop, not React state.

import { Canvas } from '@react-three/fiber';
import { IfInSessionMode, XR } from '@react-three/xr';
import { Suspense, useEffect, useMemo } from 'react';
import type { Room, SessionCharacterDto } from '../../../server/protocol.ts';
import { useBedside } from '../components/bedside-context.ts';
import type { CaptionSize } from '../state/comfort.ts';
import type { MouthSource } from '../voice/voice-room.ts';
import { Avatar } from './avatar/avatar.tsx';
// Before any 3D text exists: lay it out without workers (see the file).
import './text-on-main-thread.ts';
import { Caption3D, CaptionGlyphs, type CaptionLine } from './captions-3d.tsx';
import { DesktopLook } from './desktop-look.tsx';
import type { LeaveQuestion } from './leave-question.ts';
import { RenderProbe } from './render-probe.tsx';
import { captionHeight, layoutRoom } from './room-layout.ts';
import { RoomView } from './room-view.tsx';
import { roomLight } from './rooms/build-room.ts';
import type { Drives } from './scene-voices.ts';
import { SeatedSpace } from './seated-space.tsx';
import { LEARNER_EYE } from './seating.ts';
import type { SpeechPlayer } from './speech/speech-player.ts';
import { SpeechDriver } from './speech-driver.tsx';
import { type ButtonPointing, VrControls, type VrVoiceProps } from './vr-controls.tsx';
import type { BedsideXRStore } from './xr-store.ts';

interface Props {
  xrStore: BedsideXRStore;
  characters: readonly SessionCharacterDto[];
  /** The scenario's room. @default the conversation's session's room */
  room?: Room;
  drives: Drives;
  player: SpeechPlayer;
  /** The room's voices: they move the mouths while heard. */
  voice: MouthSource | null;
  /** The microphone in VR. */
  vrVoice: VrVoiceProps | null;
  pointing: ButtonPointing;
  captions: Readonly<Record<string, CaptionLine>>;
  captionSize: CaptionSize;
  paused: boolean;
  onPause(): void;
  /** Leaving or opting out from the headset: asked once, then confirmed or cancelled. */
  question: LeaveQuestion;
}

export function SceneCanvas(props: Props) {
  const { xrStore, characters, drives, player, captions, captionSize } = props;
  const sessionRoom = useBedside((s) => s.conversation?.session.room);
  const room = props.room ?? sessionRoom ?? 'consultation';
  const placesKey = characters.map((c) => c.place).join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `placesKey` stands for the characters' places.
  const layout = useMemo(
    () =>
      layoutRoom(
        room,
        characters.map((c) => c.place),
      ),
    [room, placesKey],
  );
  const places = useMemo(
    () => Object.fromEntries(characters.map((c, i) => [c.id, layout.spots[i]?.place ?? c.place])),
    [characters, layout],
  );
  // The characters listen while the learner talks: speaking into the microphone, or typing to them.
  const hearing = useBedside(
    (s) => s.voice.listening === 'hearing' || (s.conversation?.draft.trim().length ?? 0) > 0,
  );
  useEffect(() => {
    for (const drive of drives.values()) drive.listening = hearing;
  }, [drives, hearing]);
  return (
    <Canvas
      camera={{ position: [LEARNER_EYE[0], LEARNER_EYE[1], LEARNER_EYE[2]], fov: 50, near: 0.05, far: 30 }}
      dpr={[1, 1.5]}
      gl={{ antialias: true }}
    >
      <color attach="background" args={[roomLight(room).background]} />
      <XR store={xrStore}>
        <SeatedSpace />
        <RoomView layout={layout} />
        {characters.map((character, i) => {
          const seat = layout.spots[i];
          const drive = drives.get(character.id);
          if (!seat || !drive) return null;
          return (
            <group key={character.id}>
              <Avatar
                appearance={character.appearance}
                place={seat.place}
                age={character.age}
                drive={drive}
                position={seat.position}
                facing={seat.facing}
                paceHalfWidth={seat.paceHalfWidth}
              />
              {/* Text suspends while its font and glyphs load; the room and the people carry on meanwhile. */}
              <Suspense fallback={null}>
                <Caption3D
                  line={captions[character.id] ?? null}
                  seat={seat}
                  height={captionHeight(seat)}
                  drive={drive}
                  size={captionSize}
                />
              </Suspense>
            </group>
          );
        })}
        <Suspense fallback={null}>
          <CaptionGlyphs />
        </Suspense>
        <IfInSessionMode allow="immersive-vr">
          <VrControls
            paused={props.paused}
            onPause={props.onPause}
            question={props.question}
            voice={props.vrVoice}
            pointing={props.pointing}
          />
        </IfInSessionMode>
        <DesktopLook layout={layout} />
        <SpeechDriver drives={drives} player={player} voice={props.voice} />
        <RenderProbe drives={drives} voice={props.voice} room={room} places={places} />
      </XR>
    </Canvas>
  );
}
