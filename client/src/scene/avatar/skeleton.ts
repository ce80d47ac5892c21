// The avatar's few bones: enough to lean, breathe, turn the head and keep the hands on the lap.

import { Bone, Skeleton } from 'three';
import type { BodyPlan } from './body-plan.ts';

export const BoneIndex = { hips: 0, spine: 1, chest: 2, neck: 3, head: 4, armLeft: 5, armRight: 6 } as const;

export interface AvatarBones {
  skeleton: Skeleton;
  hips: Bone;
  spine: Bone;
  chest: Bone;
  neck: Bone;
  head: Bone;
  armLeft: Bone;
  armRight: Bone;
}

export function buildBones(plan: BodyPlan): AvatarBones {
  const hips = new Bone();
  const spine = new Bone();
  const chest = new Bone();
  const neck = new Bone();
  const head = new Bone();
  const armLeft = new Bone();
  const armRight = new Bone();
  hips.position.copy(plan.pelvis);
  spine.position.set(0, 0, 0);
  chest.position.subVectors(plan.chest, plan.pelvis);
  neck.position.subVectors(plan.neckBase, plan.chest);
  head.position.subVectors(plan.atlas, plan.neckBase);
  armLeft.position.subVectors(plan.shoulder, plan.chest);
  armRight.position.set(-plan.shoulder.x, plan.shoulder.y - plan.chest.y, plan.shoulder.z - plan.chest.z);
  hips.add(spine);
  spine.add(chest);
  chest.add(neck, armLeft, armRight);
  neck.add(head);
  hips.updateMatrixWorld(true);
  const skeleton = new Skeleton([hips, spine, chest, neck, head, armLeft, armRight]);
  return { skeleton, hips, spine, chest, neck, head, armLeft, armRight };
}
