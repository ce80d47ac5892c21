// Head gestures as pure curves of time: the listening nod and the idle drift.

import type { SmoothNoise } from './smooth-noise.ts';

export const NOD_DURATION_MS = 1100;
const NOD_DEPTH = 0.13;

/** Head pitch (radians, positive is down) of one listening nod `elapsedMs` after it began; 0 outside it. */
export function nodPitch(elapsedMs: number): number {
  if (!(elapsedMs >= 0 && elapsedMs < NOD_DURATION_MS)) return 0;
  const u = elapsedMs / NOD_DURATION_MS;
  // Down and back up, then a small second dip that reads as acknowledgement rather than a mechanical bob.
  if (u < 0.6) return NOD_DEPTH * Math.sin((Math.PI * u) / 0.6);
  return 0.35 * NOD_DEPTH * Math.sin((Math.PI * (u - 0.6)) / 0.4);
}

export interface HeadAngles {
  yaw: number;
  pitch: number;
  roll: number;
}

/** Slow idle drift of the head (radians) at `seconds`; `amount` 1 is a calm seated person. */
export function idleDrift(noise: SmoothNoise, seconds: number, amount: number, out: HeadAngles): HeadAngles {
  out.yaw = 0.035 * amount * noise.at(seconds * 0.23);
  out.pitch = 0.025 * amount * noise.at(seconds * 0.19 + 17.3);
  out.roll = 0.02 * amount * noise.at(seconds * 0.15 + 41.7);
  return out;
}
