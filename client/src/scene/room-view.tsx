// The room the scenario names, with its light: two merged meshes (what is lit, and what glows) and three lights.

import { useEffect, useMemo } from 'react';
import type { RoomLayout } from './room-layout.ts';
import { buildRoom, roomLight } from './rooms/build-room.ts';

export function RoomView({ layout }: { layout: RoomLayout }) {
  const geometry = useMemo(() => buildRoom(layout), [layout]);
  useEffect(
    () => () => {
      geometry.solid.dispose();
      geometry.glow.dispose();
    },
    [geometry],
  );
  const light = roomLight(layout.room);
  return (
    <group>
      {/* The ground colour lights what faces down: the ceiling, as if lit by the room's lamps. */}
      <hemisphereLight args={[light.sky, light.ground, light.ambient]} />
      <directionalLight
        position={light.key.position}
        intensity={light.key.intensity}
        color={light.key.colour}
      />
      <directionalLight position={[0.6, 2.2, 4]} intensity={light.fill.intensity} color={light.fill.colour} />
      <mesh geometry={geometry.solid}>
        <meshLambertMaterial vertexColors />
      </mesh>
      <mesh geometry={geometry.glow}>
        <meshBasicMaterial vertexColors />
      </mesh>
    </group>
  );
}
