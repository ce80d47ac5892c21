// A character in the room: builds its rig once per appearance and place, and animates it from `drive`.

import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import type { Appearance, Place } from '../../../../server/protocol.ts';
import { AvatarAnimator } from './avatar-animator.ts';
import type { AvatarDrive } from './avatar-drive.ts';
import { buildAvatarRig } from './avatar-rig.ts';
import { seedFromText } from './random.ts';

export interface AvatarProps {
  appearance: Appearance;
  /** @default 'seated' */
  place?: Place;
  /** @default 40 */
  age?: number;
  drive: AvatarDrive;
  /** On the floor under the seat's centre (chairs are 0.46 m high; y lifts the seat higher, as a bed's edge). */
  position: [number, number, number];
  /** Yaw in radians; 0 faces +z. */
  facing: number;
  /** How far a standing character may pace either way (m). @default 0 */
  paceHalfWidth?: number;
}

export function Avatar(props: AvatarProps) {
  const { appearance, place = 'seated', age = 40, drive, position, facing, paceHalfWidth = 0 } = props;
  // Keyed by content, so a fresh but equal appearance object does not rebuild the geometry.
  const key = `${JSON.stringify(appearance)}|${place}|${age}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `appearance`, `place` and `age`.
  const rig = useMemo(() => buildAvatarRig(appearance, { place, age }), [key]);
  const animator = useMemo(
    () => new AvatarAnimator(rig, seedFromText(key), performance.now(), paceHalfWidth),
    [rig, key, paceHalfWidth],
  );
  useEffect(() => () => rig.dispose(), [rig]);
  useFrame((state, delta) => animator.update(drive, state.camera, performance.now(), delta));
  return (
    <group position={position} rotation-y={facing}>
      <primitive object={rig.root} />
    </group>
  );
}
