// Walking to and fro along a line across the character's spot, as an agitated person paces: walk to one end, stop
// and turn to face the learner for a moment, walk to the other. Stopping pacing walks back to the middle.

/** Metres per second, and metres per full stride cycle (two steps). */
const SPEED = 0.55;
const STRIDE = 1.1;
/** Radians per second the body turns at most. */
const TURN_RATE = 4;

export interface PaceState {
  /** Offset along the spot's own left-right axis (m). */
  x: number;
  /** The body's turn from facing the learner (radians; +π/2 faces the avatar's left). */
  yaw: number;
  /** Walking now (legs swing). */
  moving: boolean;
  /** Stride phase in radians: legs and arms swing with its sine. */
  stride: number;
}

export class Pacer {
  readonly state: PaceState = { x: 0, yaw: 0, moving: false, stride: 0 };
  private goal = 1;
  private pauseLeft = 0;

  constructor(private readonly random: () => number) {}

  /** Advances by `dt` seconds; `paces` says whether to pace, `halfWidth` how far either way. */
  update(dt: number, paces: boolean, halfWidth: number): PaceState {
    const s = this.state;
    const target = paces ? this.goal * halfWidth : 0;
    const gap = target - s.x;
    let wantYaw = 0;
    if (Math.abs(gap) > 0.02 && this.pauseLeft <= 0) {
      const dir = Math.sign(gap);
      wantYaw = (dir * Math.PI) / 2;
      // Start walking once turned most of the way.
      const turned = Math.abs(s.yaw - wantYaw) < 0.5;
      s.moving = turned;
      if (turned) {
        const step = Math.min(Math.abs(gap), SPEED * dt);
        s.x += dir * step;
        s.stride += (2 * Math.PI * step) / STRIDE;
      }
    } else {
      if (s.moving && paces) this.pauseLeft = 0.9 + 1.2 * this.random();
      s.moving = false;
      this.pauseLeft -= dt;
      if (paces && this.pauseLeft <= 0 && Math.abs(gap) <= 0.02) this.goal = -this.goal;
    }
    // Legs come together when not walking.
    if (!s.moving) s.stride = approachAngle(s.stride, Math.round(s.stride / Math.PI) * Math.PI, dt * 6);
    s.yaw += clamp(wantYaw - s.yaw, TURN_RATE * dt);
    return s;
  }
}

function clamp(x: number, limit: number): number {
  return Math.max(-limit, Math.min(limit, x));
}

function approachAngle(from: number, to: number, step: number): number {
  return from + clamp(to - from, step);
}
