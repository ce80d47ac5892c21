// The 3D scene: the clinic room, the characters in their seats with captions, the seated XR session, desktop
// looking-around, and the probe. Everything that moves reads mutable drives in the frame loop, not React state.

import { Canvas } from '@react-three/fiber';
import { IfInSessionMode, XR } from '@react-three/xr';
import { Suspense } from 'react';
import type { SessionCharacterDto } from '../../../server/protocol.ts';
import type { CaptionSize } from '../state/comfort.ts';
import type { MouthSource } from '../voice/voice-room.ts';
import { Avatar } from './avatar/avatar.tsx';
// Before any 3D text exists: lay it out without workers (see the file).
import './text-on-main-thread.ts';
import { Caption3D, CaptionGlyphs, type CaptionLine } from './captions-3d.tsx';
import { ClinicRoom } from './clinic-room.tsx';
import { DesktopLook } from './desktop-look.tsx';
import { RenderProbe } from './render-probe.tsx';
import type { Drives } from './scene-voices.ts';
import { SeatedSpace } from './seated-space.tsx';
import { LEARNER_EYE, type Seat } from './seating.ts';
import type { SpeechPlayer } from './speech/speech-player.ts';
import { SpeechDriver } from './speech-driver.tsx';
import { type ButtonPointing, VrControls, type VrOptOut, type VrVoiceProps } from './vr-controls.tsx';
import type { BedsideXRStore } from './xr-store.ts';

interface Props {
  xrStore: BedsideXRStore;
  characters: readonly SessionCharacterDto[];
  seats: readonly Seat[];
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
  onLeave(): void;
  /** Opting out from the headset: asked once, then confirmed or cancelled. */
  optOut: VrOptOut;
}

export function SceneCanvas(props: Props) {
  const { xrStore, characters, seats, drives, player, captions, captionSize } = props;
  return (
    <Canvas
      camera={{ position: [LEARNER_EYE[0], LEARNER_EYE[1], LEARNER_EYE[2]], fov: 50, near: 0.05, far: 30 }}
      dpr={[1, 1.5]}
      gl={{ antialias: true }}
    >
      <color attach="background" args={['#d9d4ca']} />
      <XR store={xrStore}>
        <SeatedSpace />
        <ClinicRoom seats={seats} />
        {characters.map((character, i) => {
          const seat = seats[i];
          const drive = drives.get(character.id);
          if (!seat || !drive) return null;
          return (
            <group key={character.id}>
              <Avatar
                appearance={character.appearance}
                drive={drive}
                position={seat.position}
                facing={seat.facing}
              />
              {/* Text suspends while its font and glyphs load; the room and the people carry on meanwhile. */}
              <Suspense fallback={null}>
                <Caption3D
                  line={captions[character.id] ?? null}
                  seat={seat}
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
            onLeave={props.onLeave}
            optOut={props.optOut}
            voice={props.vrVoice}
            pointing={props.pointing}
          />
        </IfInSessionMode>
        <DesktopLook />
        <SpeechDriver drives={drives} player={player} voice={props.voice} />
        <RenderProbe drives={drives} voice={props.voice} />
      </XR>
    </Canvas>
  );
}
