// Moves the body from its posture: the trunk leans in, slumps or lies back against the bed's backrest and breathes;
// a standing character paces; each arm reaches for its pose's target (eased, so poses flow into each other); the
// legs swing while walking. Allocation-free per frame.

import { Matrix4, Quaternion, Vector3 } from 'three';
import { type ArmTarget, armTarget, type PoseInputs } from './arm-poses.ts';
import { type ArmChain, reach } from './arm-reach.ts';
import type { AvatarDrive, FaceState } from './avatar-drive.ts';
import type { AvatarRig } from './avatar-rig.ts';
import { IN_BED_RECLINE } from './body-plan.ts';
import { approach } from './face-easing.ts';
import { Pacer } from './pacing.ts';
import { choosePosture, type Posture } from './posture.ts';

interface Arm {
  side: number;
  chain: ArmChain;
  shown: ArmTarget;
  goal: ArmTarget;
  upper: Quaternion;
  fore: Quaternion;
}

/** Hands held over a distraught face for a while, then lowered for a while (the tears show), and up again (s). */
const COVER_FACE_S = 7;
const LOWER_HANDS_S = 4.5;

/** How long hands keep gesturing after the voice stops (a pause between sentences), ms. */
const GESTURE_HOLD_MS = 1200;

/** Forward lean at full anger, and the trunk's sink at full distress (radians), by place. */
const LEAN = { seated: 0.24, standing: 0.12, 'in-bed': 0.16 } as const;
const SLUMP = { seated: 0.14, standing: 0.08, 'in-bed': 0.08 } as const;

export class BodyAnimator {
  /** The posture chosen from affect (kept for hysteresis), and the one shown (the same, but for lowered hands). */
  private chosen: Posture | null = null;
  private posture: Posture | null = null;
  private slump = 0;
  private breathPhase: number;
  private readonly pacer: Pacer;
  private readonly arms: [Arm, Arm];
  private started = false;
  private spokeAtMs = Number.NEGATIVE_INFINITY;
  /** Seconds since the hands went to the face (this time), for the cover-and-lower cycle. */
  private distraughtFor = 0;
  private readonly toChest = new Matrix4();
  private readonly toAvatar = new Matrix4();
  private readonly inputs: PoseInputs;
  private readonly wrist = new Vector3();
  private readonly pole = new Vector3();
  private readonly headWorld = new Vector3();

  constructor(
    private readonly rig: AvatarRig,
    random: () => number,
    private readonly paceHalfWidth: number,
  ) {
    this.pacer = new Pacer(random);
    this.breathPhase = random() * Math.PI * 2;
    const { plan } = rig;
    const arm = (side: number): Arm => {
      const mirror = (v: Vector3) => new Vector3(side * v.x, v.y, v.z).sub(plan.chest);
      return {
        side,
        chain: { shoulder: mirror(plan.shoulder), elbow: mirror(plan.elbow), wrist: mirror(plan.wrist) },
        shown: { wrist: new Vector3(), pole: new Vector3() },
        goal: { wrist: new Vector3(), pole: new Vector3() },
        upper: new Quaternion(),
        fore: new Quaternion(),
      };
    };
    this.arms = [arm(1), arm(-1)];
    this.inputs = { plan, head: new Vector3(), time: 0, vigour: 0, stride: 0, walking: false };
  }

  /** Posture, pacing, the trunk and breathing: before the head turns. */
  updateTrunk(drive: AvatarDrive, face: FaceState, nowMs: number, dt: number, calm: number): Posture {
    const { plan, bones, root } = this.rig;
    // Gestures run on through the pauses between a speaker's sentences.
    if (drive.speaking) this.spokeAtMs = nowMs;
    const posture = choosePosture(drive.affect, {
      place: plan.place,
      speaking: nowMs - this.spokeAtMs < GESTURE_HOLD_MS,
      reducedMotion: drive.reducedMotion,
      previous: this.chosen,
    });
    this.chosen = posture;
    this.posture = posture;
    // A distraught character covers the face, lowers the hands a while, and covers it again; with reduced motion
    // the hands stay where they are.
    this.distraughtFor = posture.arms === 'hands-to-face' ? this.distraughtFor + dt : 0;
    const cycle = this.distraughtFor % (COVER_FACE_S + LOWER_HANDS_S);
    if (posture.arms === 'hands-to-face' && !drive.reducedMotion && cycle > COVER_FACE_S)
      this.posture = { ...posture, arms: 'rest' };
    this.slump = approach(this.slump, posture.slump, dt, drive.reducedMotion ? 0.8 : 0.45);

    const pace = this.pacer.update(dt, posture.paces, this.paceHalfWidth);
    root.position.set(pace.x, plan.lift + (pace.moving ? 0.012 * Math.abs(Math.sin(pace.stride)) : 0), 0);
    root.rotation.y = pace.yaw;

    // Faster, deeper breathing when upset.
    const arousal = Math.max(drive.affect.distress, drive.affect.anger);
    this.breathPhase += dt * ((2 * Math.PI) / (4.4 - 1.4 * arousal));
    const breath = (0.5 + 0.5 * Math.sin(this.breathPhase)) * (0.7 + 0.5 * arousal) * (0.6 + 0.4 * calm);
    const { spine, chest, neck } = bones;
    chest.scale.set(1 + 0.006 * breath, 1 + 0.006 * breath, 1 + 0.02 * breath);
    neck.scale.set(1 / chest.scale.x, 1 / chest.scale.y, 1 / chest.scale.z);
    bones.armLeft.scale.copy(neck.scale);
    bones.armRight.scale.copy(neck.scale);

    const sway = 0.01 * Math.sin(nowMs / 5300) * calm;
    const recline = plan.place === 'in-bed' ? IN_BED_RECLINE : 0;
    spine.rotation.x = LEAN[plan.place] * face.leanForward + SLUMP[plan.place] * this.slump + sway - recline;
    chest.rotation.x = 0.12 * this.slump + 0.04 * face.gazeDown;
    return this.posture;
  }

  /** Arms and legs, once the head has turned (hands to the face follow it); then publishes the body's state. */
  updateLimbs(drive: AvatarDrive, nowMs: number, dt: number): void {
    const posture = this.posture;
    if (!posture) return;
    const { root, bones, head } = this.rig;
    const pace = this.pacer.state;
    root.updateMatrixWorld(true);
    this.toAvatar.copy(root.matrixWorld).invert();
    this.toChest.copy(bones.chest.matrixWorld).invert().multiply(root.matrixWorld);

    const inputs = this.inputs;
    inputs.head.setFromMatrixPosition(head.matrixWorld).applyMatrix4(this.toAvatar);
    inputs.time = nowMs / 1000;
    inputs.vigour = drive.reducedMotion ? 0 : 0.4 + 0.6 * drive.affect.anger;
    inputs.stride = pace.stride;
    inputs.walking = pace.moving;
    const tau = drive.reducedMotion ? 0.5 : 0.22;
    for (const arm of this.arms) {
      armTarget(posture.arms, arm.side, inputs, arm.goal);
      if (!this.started) {
        arm.shown.wrist.copy(arm.goal.wrist);
        arm.shown.pole.copy(arm.goal.pole);
      }
      const k = 1 - Math.exp(-dt / tau);
      arm.shown.wrist.lerp(arm.goal.wrist, k);
      arm.shown.pole.lerp(arm.goal.pole, k);
      this.wrist.copy(arm.shown.wrist).applyMatrix4(this.toChest);
      this.pole.copy(arm.shown.pole).applyMatrix4(this.toChest);
      reach(arm.chain, this.wrist, this.pole, arm.upper, arm.fore);
      const [upperBone, foreBone] =
        arm.side > 0 ? [bones.armLeft, bones.foreLeft] : [bones.armRight, bones.foreRight];
      upperBone.quaternion.copy(arm.upper);
      foreBone.quaternion.copy(arm.fore);
    }
    this.started = true;

    const swing = pace.moving ? 0.32 * Math.sin(pace.stride) : 0;
    bones.legLeft.rotation.x = approach(bones.legLeft.rotation.x, -swing, dt, 0.05);
    bones.legRight.rotation.x = approach(bones.legRight.rotation.x, swing, dt, 0.05);

    const body = drive.body;
    body.arms = posture.arms;
    body.paces = posture.paces;
    body.walking = pace.moving;
    body.listening = drive.listening && !drive.speaking;
    this.headWorld.setFromMatrixPosition(head.matrixWorld);
    body.head[0] = this.headWorld.x;
    body.head[1] = this.headWorld.y;
    body.head[2] = this.headWorld.z;
  }
}
