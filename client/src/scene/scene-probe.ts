// A read-only window onto the 3D scene for the browser tests and `npm run bench:client`: frames, render cost,
// draw calls and each avatar's face. Installed as `window.__bedsideScene` while the scene page is open.

import type { FaceState } from './avatar/avatar-drive.ts';

export interface RenderStats {
  /** Draw calls and triangles of the last rendered frame (both eyes in VR). */
  drawCalls: number;
  triangles: number;
  /** Median CPU time of the frame callback plus `renderer.render`, over the frames since the last reset. */
  frameCpuMsMedian: number;
  samples: number;
}

export interface SceneProbe {
  /** Frames rendered since the scene mounted. */
  frames: number;
  /** Frames rendered while an immersive XR session was presenting. */
  xrFrames: number;
  presenting: boolean;
  renderStats(): RenderStats;
  resetFrameTimes(): void;
  /** A copy of the character's face as shown now, or null if no such avatar. */
  expression(characterId: string): FaceState | null;
}

declare global {
  interface Window {
    __bedsideScene?: SceneProbe;
  }
}
