// A seated character for the clinic scene: builds its rig once per appearance and animates it from `drive`.

import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import type { Appearance } from '../../../../server/protocol.ts';
import { AvatarAnimator } from './avatar-animator.ts';
import type { AvatarDrive } from './avatar-drive.ts';
import { buildAvatarRig } from './avatar-rig.ts';
import { seedFromText } from './random.ts';

export interface AvatarProps {
  appearance: Appearance;
  drive: AvatarDrive;
  /** On the floor under the seat's centre; the seat is 0.46 m high. */
  position: [number, number, number];
  /** Yaw in radians; 0 faces +z. */
  facing: number;
}

export function Avatar({ appearance, drive, position, facing }: AvatarProps) {
  // Keyed by content, so a fresh but equal appearance object does not rebuild the geometry.
  const key = JSON.stringify(appearance);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `appearance`.
  const rig = useMemo(() => buildAvatarRig(appearance), [key]);
  const animator = useMemo(() => new AvatarAnimator(rig, seedFromText(key), performance.now()), [rig, key]);
  useEffect(() => () => rig.dispose(), [rig]);
  useFrame((state, delta) => animator.update(drive, state.camera, performance.now(), delta));
  return (
    <group position={position} rotation-y={facing}>
      <primitive object={rig.root} />
    </group>
  );
}
