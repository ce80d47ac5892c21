// The room and its light: one merged mesh for everything that never moves, plus the window's daylight.

import { useEffect, useMemo } from 'react';
import { buildRoomGeometry, WINDOW_GLASS } from './room-geometry.ts';
import type { Seat } from './seating.ts';

export function ClinicRoom({ seats }: { seats: readonly Seat[] }) {
  const geometry = useMemo(() => buildRoomGeometry(seats), [seats]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  return (
    <group>
      {/* The ground colour lights what faces down: the ceiling, as if lit by the room's lamps. */}
      <hemisphereLight args={['#fffaf0', '#c9c0b2', 1.6]} />
      <directionalLight position={[-3, 3.2, 1.5]} intensity={1.4} color="#fff4e0" />
      {/* A soft fill from behind the learner, so faces (darker skin above all) read clearly. */}
      <directionalLight position={[0.6, 2.2, 4]} intensity={0.9} color="#fffaf2" />
      <mesh geometry={geometry}>
        <meshLambertMaterial vertexColors />
      </mesh>
      <mesh position={WINDOW_GLASS.position} rotation={[0, Math.PI / 2, 0]}>
        <planeGeometry args={WINDOW_GLASS.size} />
        <meshBasicMaterial color="#cfe3f2" />
      </mesh>
    </group>
  );
}
