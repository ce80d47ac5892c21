// Where the eyes rest relative to the learner: long looks at them, short glances away and back (saccades).
// Eye contact sets the share of time on the learner; a downward bias sends the glances to the floor (distress).

import { between, type Random } from './random.ts';

/** The gaze as an offset from looking straight at the learner, in radians (pitch up is positive). */
export interface GazeOffset {
  yaw: number;
  pitch: number;
  onLearner: boolean;
}

/** Small fixational shifts while holding someone's gaze, so the eyes never look frozen. */
const MICRO = 0.012;

export class GazeScheduler {
  private onLearner = true;
  private switchAt: number;
  private microAt = 0;
  private yaw = 0;
  private pitch = 0;

  constructor(
    private readonly random: Random,
    nowMs: number,
  ) {
    this.switchAt = nowMs + between(random, 1500, 4000);
  }

  /**
   * Writes the gaze offset at `nowMs` into `out`.
   * @param eyeContact 0..1: how long looks at the learner last against glances away.
   * @param downBias 0..1: how far glances away drop towards the floor.
   */
  update(nowMs: number, eyeContact: number, downBias: number, out: GazeOffset): GazeOffset {
    if (nowMs >= this.switchAt) {
      this.onLearner = !this.onLearner;
      if (this.onLearner) {
        // Looks at the learner last 0.8 s (avoidant) to about 5 s (engaged).
        this.switchAt = nowMs + 1000 * (0.8 + 4.2 * eyeContact) * between(this.random, 0.6, 1.4);
        this.microAt = nowMs;
      } else {
        this.switchAt = nowMs + 1000 * (0.5 + 1.8 * (1 - eyeContact)) * between(this.random, 0.6, 1.4);
        this.glanceAway(downBias);
      }
    }
    if (this.onLearner && nowMs >= this.microAt) {
      this.yaw = between(this.random, -MICRO, MICRO);
      this.pitch = between(this.random, -MICRO, MICRO);
      this.microAt = nowMs + between(this.random, 300, 900);
    }
    out.yaw = this.yaw;
    out.pitch = this.pitch;
    out.onLearner = this.onLearner;
    return out;
  }

  private glanceAway(downBias: number): void {
    const side = this.random() < 0.5 ? -1 : 1;
    this.yaw = side * between(this.random, 0.12, 0.38) * (1 - 0.5 * downBias);
    // Mostly level or a little down; with distress, well down.
    this.pitch = between(this.random, -0.22, 0.06) - 0.25 * downBias;
  }
}
