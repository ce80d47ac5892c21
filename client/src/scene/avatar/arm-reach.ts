// Two-bone reaching for an arm: turns the upper arm and the forearm so the wrist reaches a target point, with the
// elbow bent towards a pole point. Works in the frame of the arm bone's parent (the chest), allocation-free.

import { Matrix4, Quaternion, Vector3 } from 'three';

export interface ArmChain {
  /** Shoulder, elbow and wrist in the parent's frame at rest (bind pose, no rotation). */
  shoulder: Vector3;
  elbow: Vector3;
  wrist: Vector3;
}

const u0 = new Vector3();
const f0 = new Vector3();
const n0 = new Vector3();
const toTarget = new Vector3();
const bendDir = new Vector3();
const elbowAt = new Vector3();
const u1 = new Vector3();
const f1 = new Vector3();
const n1 = new Vector3();
const restFrame = new Matrix4();
const targetFrame = new Matrix4();
const x = new Vector3();
const y = new Vector3();
const z = new Vector3();
const inverse = new Quaternion();
const local = new Vector3();
const axis = new Vector3();

function frame(along: Vector3, normal: Vector3, out: Matrix4): Matrix4 {
  x.copy(along).normalize();
  y.copy(normal).normalize();
  z.crossVectors(x, y).normalize();
  y.crossVectors(z, x);
  return out.makeBasis(x, y, z);
}

/**
 * Writes into `upper` the rotation of the upper arm (relative to the parent) and into `fore` the forearm's (relative
 * to the upper arm) that bring the wrist to `target`, the elbow towards `pole`. Points are in the parent's frame.
 */
export function reach(
  chain: ArmChain,
  target: Vector3,
  pole: Vector3,
  upper: Quaternion,
  fore: Quaternion,
): void {
  const a = u0.subVectors(chain.elbow, chain.shoulder).length();
  const b = f0.subVectors(chain.wrist, chain.elbow).length();
  u0.normalize();
  f0.normalize();
  n0.crossVectors(u0, f0).normalize();

  toTarget.subVectors(target, chain.shoulder);
  const d = Math.min(Math.max(toTarget.length(), Math.abs(a - b) + 1e-3), a + b - 1e-3);
  toTarget.normalize();
  // The elbow lies on a circle around the shoulder-to-target line; the pole picks the point on it.
  const cos = (a * a + d * d - b * b) / (2 * a * d);
  const sin = Math.sqrt(Math.max(0, 1 - cos * cos));
  bendDir.subVectors(pole, chain.shoulder);
  bendDir.addScaledVector(toTarget, -bendDir.dot(toTarget));
  if (bendDir.lengthSq() < 1e-8) bendDir.copy(n0).cross(toTarget);
  bendDir.normalize();
  elbowAt
    .copy(chain.shoulder)
    .addScaledVector(toTarget, a * cos)
    .addScaledVector(bendDir, a * sin);
  u1.subVectors(elbowAt, chain.shoulder).normalize();
  f1.copy(chain.shoulder).addScaledVector(toTarget, d).sub(elbowAt).normalize();
  n1.crossVectors(u1, f1);
  if (n1.lengthSq() < 1e-8) n1.copy(n0);

  // The upper arm: the rest frame (upper arm, bend normal) onto the target frame.
  frame(u0, n0, restFrame);
  frame(u1, n1, targetFrame);
  upper.setFromRotationMatrix(targetFrame.multiply(restFrame.transpose()));
  // The forearm: the rest forearm onto the target forearm, as seen from the turned upper arm: a turn about n0.
  inverse.copy(upper).invert();
  local.copy(f1).applyQuaternion(inverse);
  axis.crossVectors(f0, local);
  const angle = Math.atan2(axis.dot(n0), f0.dot(local));
  fore.setFromAxisAngle(n0, angle);
}
