// In VR the page's buttons are out of sight, so Pause and Leave float by the learner's knees, where a controller
// ray or a hand reaches them. Always there while in the headset.

import fontUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url';
import { Text } from '@react-three/drei';
import { useState } from 'react';
import { LEARNER_EYE } from './seating.ts';

interface Props {
  paused: boolean;
  onPause(): void;
  onLeave(): void;
}

export function VrControls({ paused, onPause, onLeave }: Props) {
  return (
    <group position={[LEARNER_EYE[0], 0.82, LEARNER_EYE[2] - 0.42]} rotation={[-0.75, 0, 0]}>
      <VrButton label={paused ? 'Resume' : 'Pause'} x={-0.11} onClick={onPause} />
      <VrButton label="Leave" x={0.11} onClick={onLeave} danger />
      {paused && (
        <Text font={fontUrl} fontSize={0.035} position={[0, 0.09, 0]} color="#ffffff" anchorX="center">
          Paused. Take the time you need.
        </Text>
      )}
    </group>
  );
}

function VrButton({
  label,
  x,
  onClick,
  danger = false,
}: {
  label: string;
  x: number;
  onClick(): void;
  danger?: boolean;
}) {
  const [hovered, setHovered] = useState(false);
  const base = danger ? '#7a2e2e' : '#2e4f7a';
  return (
    <group position={[x, 0, 0]}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a 3D mesh pointed at in VR, not a DOM element */}
      <mesh
        onClick={onClick}
        onPointerEnter={() => setHovered(true)}
        onPointerLeave={() => setHovered(false)}
      >
        <planeGeometry args={[0.18, 0.07]} />
        <meshBasicMaterial color={hovered ? '#4f86c6' : base} />
      </mesh>
      <Text
        font={fontUrl}
        fontSize={0.03}
        position={[0, 0, 0.002]}
        color="#ffffff"
        anchorX="center"
        anchorY="middle"
      >
        {label}
      </Text>
    </group>
  );
}
