// Renders each frame itself (a positive useFrame priority) so it can time the whole frame on the CPU, counts
// frames in and out of VR, and publishes `window.__bedsideScene` for tests and `npm run bench:client`.

import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import type { MouthSource } from '../voice/voice-room.ts';
import { FrameTimer } from './frame-timer.ts';
import type { SceneProbe } from './scene-probe.ts';
import type { Drives } from './scene-voices.ts';

/** Before @react-three/xr's own frame work (-1000), so the timing covers it. */
const FIRST = -2000;

export function RenderProbe({ drives, voice }: { drives: Drives; voice: MouthSource | null }) {
  const gl = useThree((s) => s.gl);
  const timer = useRef(new FrameTimer()).current;
  const last = useRef({ drawCalls: 0, triangles: 0 }).current;
  const probe = useRef<SceneProbe | null>(null);

  useEffect(() => {
    const state: SceneProbe = {
      frames: 0,
      xrFrames: 0,
      presenting: false,
      renderStats: () => ({ ...last, frameCpuMsMedian: timer.median(), samples: timer.size }),
      resetFrameTimes: () => timer.reset(),
      expression: (id) => {
        const drive = drives.get(id);
        return drive ? { ...drive.face } : null;
      },
      mouthOpen: (id) => drives.get(id)?.mouthOpen ?? null,
      voicePlaying: () => voice?.playing ?? false,
      voiceDrivesMouths: () => voice?.active ?? false,
    };
    probe.current = state;
    window.__bedsideScene = state;
    return () => {
      if (window.__bedsideScene === state) delete window.__bedsideScene;
      probe.current = null;
    };
  }, [drives, voice, timer, last]);

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
