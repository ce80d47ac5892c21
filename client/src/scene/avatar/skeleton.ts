// The avatar's few bones: enough to lean, breathe and turn the head, to bend each arm at the elbow (crossed arms,
// hands to the face, gestures) and to swing each leg from the hip (walking).

import { Bone, Skeleton } from 'three';
import type { BodyPlan } from './body-plan.ts';

export const BoneIndex = {
  hips: 0,
  spine: 1,
  chest: 2,
  neck: 3,
  head: 4,
  armLeft: 5,
  armRight: 6,
  foreLeft: 7,
  foreRight: 8,
  legLeft: 9,
  legRight: 10,
} as const;

export interface AvatarBones {
  skeleton: Skeleton;
  hips: Bone;
  spine: Bone;
  chest: Bone;
  neck: Bone;
  head: Bone;
  armLeft: Bone;
  armRight: Bone;
  /** The forearms (and hands), hinged at the elbows. */
  foreLeft: Bone;
  foreRight: Bone;
  /** The legs, from the hips. */
  legLeft: Bone;
  legRight: Bone;
}

export function buildBones(plan: BodyPlan): AvatarBones {
  const hips = new Bone();
  const spine = new Bone();
  const chest = new Bone();
  const neck = new Bone();
  const head = new Bone();
  const armLeft = new Bone();
  const armRight = new Bone();
  const foreLeft = new Bone();
  const foreRight = new Bone();
  const legLeft = new Bone();
  const legRight = new Bone();
  hips.position.copy(plan.pelvis);
  spine.position.set(0, 0, 0);
  chest.position.subVectors(plan.chest, plan.pelvis);
  neck.position.subVectors(plan.neckBase, plan.chest);
  head.position.subVectors(plan.atlas, plan.neckBase);
  armLeft.position.subVectors(plan.shoulder, plan.chest);
  armRight.position.set(-plan.shoulder.x, plan.shoulder.y - plan.chest.y, plan.shoulder.z - plan.chest.z);
  foreLeft.position.subVectors(plan.elbow, plan.shoulder);
  foreRight.position.set(-foreLeft.position.x, foreLeft.position.y, foreLeft.position.z);
  legLeft.position.subVectors(plan.hip, plan.pelvis);
  legRight.position.set(-legLeft.position.x, legLeft.position.y, legLeft.position.z);
  hips.add(spine, legLeft, legRight);
  spine.add(chest);
  chest.add(neck, armLeft, armRight);
  armLeft.add(foreLeft);
  armRight.add(foreRight);
  neck.add(head);
  hips.updateMatrixWorld(true);
  const bones = [hips, spine, chest, neck, head, armLeft, armRight, foreLeft, foreRight, legLeft, legRight];
  const skeleton = new Skeleton(bones);
  return {
    skeleton,
    hips,
    spine,
    chest,
    neck,
    head,
    armLeft,
    armRight,
    foreLeft,
    foreRight,
    legLeft,
    legRight,
  };
}
