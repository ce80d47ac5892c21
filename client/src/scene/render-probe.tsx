// Renders each frame itself (a positive useFrame priority) so it can time the whole frame on the CPU, counts
// frames in and out of VR, and publishes `window.__bedsideScene` for tests and `npm run bench:client`.

import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { Vector3 } from 'three';
import type { Place, Room } from '../../../server/protocol.ts';
import type { MouthSource } from '../voice/voice-room.ts';
import { FrameTimer } from './frame-timer.ts';
import type { SceneProbe } from './scene-probe.ts';
import type { Drives } from './scene-voices.ts';

/** Before @react-three/xr's own frame work (-1000), so the timing covers it. */
const FIRST = -2000;

interface Props {
  drives: Drives;
  voice: MouthSource | null;
  room: Room;
  places: Record<string, Place>;
}

export function RenderProbe({ drives, voice, room, places }: Props) {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const timer = useRef(new FrameTimer()).current;
  const last = useRef({ drawCalls: 0, triangles: 0 }).current;
  const probe = useRef<SceneProbe | null>(null);

  useEffect(() => {
    const state: SceneProbe = {
      frames: 0,
      xrFrames: 0,
      presenting: false,
      room,
      places,
      renderStats: () => ({ ...last, frameCpuMsMedian: timer.median(), samples: timer.size }),
      resetFrameTimes: () => timer.reset(),
      expression: (id) => {
        const drive = drives.get(id);
        return drive ? { ...drive.face } : null;
      },
      body: (id) => {
        const body = drives.get(id)?.body;
        return body ? { ...body, head: [...body.head] } : null;
      },
      headOnScreen: (id) => {
        const body = drives.get(id)?.body;
        if (!body) return null;
        const head = new Vector3(...body.head);
        const distance = head.distanceTo(camera.getWorldPosition(new Vector3()));
        const ndc = head.project(camera);
        if (ndc.z > 1) return null;
        const { width, height } = gl.domElement.getBoundingClientRect();
        const fov = 'fov' in camera ? (camera.fov as number) : 50;
        const pixelsPerMetre = height / (2 * distance * Math.tan((fov * Math.PI) / 360));
        return { x: ((ndc.x + 1) / 2) * width, y: ((1 - ndc.y) / 2) * height, pixelsPerMetre };
      },
      mouthOpen: (id) => drives.get(id)?.mouthOpen ?? null,
      mouthPeak: (id) => drives.get(id)?.mouthPeak ?? null,
      voicePlaying: () => voice?.playing ?? false,
      voicesStarted: () => voice?.voicesStarted ?? 0,
      voiceDrivesMouths: () => voice?.active ?? false,
    };
    probe.current = state;
    window.__bedsideScene = state;
    return () => {
      if (window.__bedsideScene === state) delete window.__bedsideScene;
      probe.current = null;
    };
  }, [drives, voice, timer, last, room, places, camera, gl]);

  useFrame(() => timer.begin(performance.now()), FIRST);
  useFrame(({ scene, camera }) => {
    gl.render(scene, camera);
    timer.end(performance.now());
    last.drawCalls = gl.info.render.calls;
    last.triangles = gl.info.render.triangles;
    const current = probe.current;
    if (!current) return;
    current.frames += 1;
    current.presenting = gl.xr.isPresenting;
    if (current.presenting) current.xrFrames += 1;
  }, 1);
  return null;
}
