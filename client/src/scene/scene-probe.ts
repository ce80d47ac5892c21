// A read-only window onto the 3D scene for the browser tests and `npm run bench:client`: frames, render cost,
// draw calls, each avatar's face and mouth, and whether a voice is playing. Installed as `window.__bedsideScene`
// while the scene page is open.

import type { Place, Room } from '../../../server/protocol.ts';
import type { BodyState, FaceState } from './avatar/avatar-drive.ts';

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
  /** The room the scene is built as, and each character's place in it (by id). */
  room: Room;
  places: Record<string, Place>;
  /** A copy of the character's face as shown now, or null if no such avatar. */
  expression(characterId: string): FaceState | null;
  /** A copy of what the character's body does now (pose, pacing, where the head is), or null if no such avatar. */
  body(characterId: string): BodyState | null;
  /**
   * Where the character's head is on the canvas now, in CSS pixels from its top left, and how many pixels a
   * metre spans there (to crop the face); null if no such avatar or the head is behind the camera.
   */
  headOnScreen(characterId: string): { x: number; y: number; pixelsPerMetre: number } | null;
  /** How open the character's mouth is driven to be now (0..1, before the face eases), or null if no such avatar. */
  mouthOpen(characterId: string): number | null;
  /** The widest the character's mouth has been driven since the scene opened, or null if no such avatar. */
  mouthPeak(characterId: string): number | null;
  /** Whether a character's voice (reply audio, or a browser voice) is playing now. */
  voicePlaying(): boolean;
  /** How many times a character's voice has started since the scene opened. */
  voicesStarted(): number;
  /** Whether voices, rather than the text timeline, move the mouths now. */
  voiceDrivesMouths(): boolean;
}

declare global {
  interface Window {
    __bedsideScene?: SceneProbe;
  }
}
