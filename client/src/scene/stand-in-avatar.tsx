// TEMPORARY: a stand-in until avatar/avatar.tsx lands.
import { useFrame } from '@react-three/fiber';
import type { Appearance } from '../../../server/protocol.ts';
import type { AvatarDrive } from './avatar/avatar-drive.ts';

export function Avatar({
  appearance,
  drive,
  position,
  facing,
}: {
  appearance: Appearance;
  drive: AvatarDrive;
  position: [number, number, number];
  facing: number;
}) {
  useFrame(() => {
    drive.face.browInnerUp += (drive.affect.distress - drive.face.browInnerUp) * 0.05;
  });
  return (
    <group position={position} rotation={[0, facing, 0]}>
      <mesh position={[0, 0.75, 0]}>
        <boxGeometry args={[0.4, 0.6, 0.25]} />
        <meshStandardMaterial color={appearance.clothing.colour} />
      </mesh>
      <mesh position={[0, 1.2, 0]}>
        <sphereGeometry args={[0.11, 16, 12]} />
        <meshStandardMaterial color={appearance.skinTone} />
      </mesh>
    </group>
  );
}
