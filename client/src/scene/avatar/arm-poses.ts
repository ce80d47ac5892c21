// Where each wrist goes for each arm pose, and which way its elbow points, in avatar space (before a standing
// body's lift). Targets on the face follow the head as it moves.

import type { Vector3 } from 'three';
import type { BodyPlan } from './body-plan.ts';
import type { ArmPose } from './posture.ts';

export interface ArmTarget {
  wrist: Vector3;
  pole: Vector3;
}

export interface PoseInputs {
  plan: BodyPlan;
  /** The head's centre now, in avatar space. */
  head: Vector3;
  /** Seconds, for gestures. */
  time: number;
  /** 0..1: how big gestures are (anger makes them bigger); 0 with reduced motion keeps them still. */
  vigour: number;
  /** Stride phase while walking: the arms swing. */
  stride: number;
  walking: boolean;
}

/** Writes the target of one arm (`side` 1 left, -1 right) for `pose` into `out`. */
export function armTarget(pose: ArmPose, side: number, inputs: PoseInputs, out: ArmTarget): ArmTarget {
  const { plan, head } = inputs;
  const standing = plan.place === 'standing';
  switch (pose) {
    case 'hands-to-face':
      out.wrist.set(head.x + side * 0.045, head.y - 0.15, head.z + 0.075);
      out.pole.set(side * 0.22, plan.chest.y - 0.3, plan.chest.z + 0.1);
      return out;
    case 'arms-crossed':
      // Each hand to the other arm, the left a little above the right so they do not meet.
      out.wrist.set(
        -side * 0.105,
        plan.chest.y - 0.05 + side * 0.025,
        plan.chest.z + plan.chestDepth + 0.05 + side * 0.02,
      );
      out.pole.set(side * 0.32, plan.chest.y - 0.3, plan.chest.z + 0.02);
      return out;
    case 'hands-on-hips':
      out.wrist.set(side * (plan.waistHalf + 0.05), plan.pelvis.y + 0.13, plan.pelvis.z + 0.02);
      out.pole.set(side * 0.5, plan.chest.y - 0.05, plan.chest.z - 0.25);
      return out;
    case 'gesture': {
      // The right hand leads; the left joins in when the gestures are vigorous.
      const lead = side < 0 ? 1 : inputs.vigour > 0.5 ? 0.7 : 0;
      if (lead === 0) return restTarget(side, inputs, out);
      const t = inputs.time;
      const beat = Math.sin(t * 5.1 + side) * 0.6 + Math.sin(t * 2.3 + 1.7 * side) * 0.4;
      const v = inputs.vigour * lead;
      // The forearm raised in front, the hand at about the lower ribs, beating with the words.
      out.wrist.set(
        side * (0.19 + 0.05 * v * Math.sin(t * 1.7 + side)),
        plan.chest.y - 0.06 + (standing ? 0.02 : 0) + 0.06 * v * beat,
        plan.chest.z + 0.33 + 0.04 * v * Math.sin(t * 1.3),
      );
      out.pole.set(side * 0.32, plan.chest.y - 0.35, plan.chest.z - 0.12);
      return out;
    }
    case 'rest':
      return restTarget(side, inputs, out);
  }
}

function restTarget(side: number, { plan, stride, walking }: PoseInputs, out: ArmTarget): ArmTarget {
  if (plan.place === 'standing') {
    // Arms hang by the sides, swinging against the legs while walking.
    const swing = walking ? 0.09 * Math.sin(stride) * side : 0;
    out.wrist.set(side * (plan.shoulderHalf + 0.015), plan.hip.y - 0.01, plan.pelvis.z + 0.03 + swing);
    out.pole.set(side * 0.28, plan.elbow.y, plan.chest.z - 0.35);
    return out;
  }
  // On the lap, as the body was built (in bed, on the blanket over it): the pole is the bind elbow pushed away from
  // the shoulder-wrist line.
  out.wrist.set(side * plan.wrist.x, plan.wrist.y + (plan.place === 'in-bed' ? 0.07 : 0), plan.wrist.z);
  out.pole.set(
    side * (2 * plan.elbow.x - (plan.shoulder.x + plan.wrist.x) / 2),
    2 * plan.elbow.y - (plan.shoulder.y + plan.wrist.y) / 2,
    2 * plan.elbow.z - (plan.shoulder.z + plan.wrist.z) / 2,
  );
  return out;
}
