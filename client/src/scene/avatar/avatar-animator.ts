// Drives one rig every frame from its AvatarDrive: eases the face towards the affect, blinks, looks at the learner
// with natural glances away, nods (once when the learner finishes, now and then while they speak), thinks, and moves
// the jaw with speech; the body's posture and movement are BodyAnimator's. Allocation-free per frame: all scratch
// objects are created here once.

import { type Camera, Matrix4, Vector3 } from 'three';
import { type AvatarDrive, type FaceState, restingFace } from './avatar-drive.ts';
import type { AvatarRig } from './avatar-rig.ts';
import { BlinkScheduler } from './blink-scheduler.ts';
import { BodyAnimator } from './body-animator.ts';
import { expressionTarget } from './expression.ts';
import { approach, FaceEaser } from './face-easing.ts';
import { Morph } from './face-morphs.ts';
import { type GazeOffset, GazeScheduler } from './gaze-scheduler.ts';
import { type HeadAngles, idleDrift, nodPitch } from './head-motion.ts';
import { seededRandom } from './random.ts';
import { SmoothNoise } from './smooth-noise.ts';

/** Upper lid rotation (radians, + closes) open at rest, fully drooped, and shut. */
const LID_OPEN = -0.5;
const LID_DROOPED = -0.12;
const LID_SHUT = 0.42;
/** A listener's small nods while the learner speaks: how deep (share of a full nod) and how often (ms). */
const LISTEN_NOD_DEPTH = 0.45;
const LISTEN_NOD_EVERY_MS = [1800, 3400] as const;
/** Propped up on pillows, the head tips forward from the reclined trunk (radians). */
const IN_BED_NECK_FLEX = 0.32;

export class AvatarAnimator {
  private readonly target: FaceState = restingFace();
  private readonly shown: FaceState = restingFace();
  private readonly easer = new FaceEaser();
  private readonly blinks: BlinkScheduler;
  private readonly gaze: GazeScheduler;
  private readonly noise: SmoothNoise;
  private readonly offset: GazeOffset = { yaw: 0, pitch: 0, onLearner: true };
  private readonly drift: HeadAngles = { yaw: 0, pitch: 0, roll: 0 };
  /** Eased eye and head angles (radians) in head space. */
  private eyeYaw = 0;
  private eyePitch = 0;
  private headYaw = 0;
  private headPitch = 0;
  private headRoll = 0;
  private thinkingSide: number;
  private readonly body: BodyAnimator;
  private readonly random: () => number;
  private listenNodAt = Number.NEGATIVE_INFINITY;
  private nextListenNodAt = 0;
  private readonly learner = new Vector3();
  private readonly local = new Vector3();
  private readonly inverse = new Matrix4();

  /** `paceHalfWidth`: how far a standing character may walk either way from its spot when pacing (m). */
  constructor(
    private readonly rig: AvatarRig,
    seed: number,
    nowMs: number,
    paceHalfWidth = 0,
  ) {
    const random = seededRandom(seed);
    this.random = random;
    this.blinks = new BlinkScheduler(random, nowMs);
    this.gaze = new GazeScheduler(random, nowMs);
    this.noise = new SmoothNoise(random);
    this.thinkingSide = random() < 0.5 ? -1 : 1;
    this.body = new BodyAnimator(rig, random, paceHalfWidth);
  }

  /** Advances by `dt` seconds to `nowMs` (performance.now()) and writes what the face shows into `drive.face`. */
  update(drive: AvatarDrive, camera: Camera, nowMs: number, dt: number): void {
    const step = Math.min(Math.max(dt, 0), 0.1);
    const calm = drive.reducedMotion ? 0.4 : 1;
    const face = this.shown;

    expressionTarget(drive.affect, drive.thinking, this.target);
    this.easer.step(face, this.target, step);
    face.jawOpen = approach(face.jawOpen, drive.speaking ? clampUnit(drive.mouthOpen) : 0, step, 0.05);
    face.blink = this.blinks.closure(nowMs);

    this.body.updateTrunk(drive, face, nowMs, step, calm);
    this.updateGaze(drive, camera, nowMs, step, calm);
    this.applyFace();
    this.body.updateLimbs(drive, nowMs, step);
    copyFace(face, drive.face);
  }

  private updateGaze(drive: AvatarDrive, camera: Camera, nowMs: number, dt: number, calm: number): void {
    const face = this.shown;
    // A listener keeps their eyes on the speaker more.
    const contact = drive.listening ? Math.min(1, face.eyeContact + 0.25) : face.eyeContact;
    this.gaze.update(nowMs, contact, face.gazeDown, this.offset);
    // The learner's eyes (the headset in VR) relative to the resting head, in the chest's frame, which leans
    // with the body but not with the head (last frame's matrices: a frame late is imperceptible).
    const { chest, neck, head } = this.rig.bones;
    this.learner.setFromMatrixPosition(camera.matrixWorld);
    this.inverse.copy(chest.matrixWorld).invert();
    this.local
      .copy(this.learner)
      .applyMatrix4(this.inverse)
      .sub(neck.position)
      .sub(head.position)
      .sub(this.rig.head.position);
    const towardsYaw = Math.atan2(this.local.x, this.local.z);
    const towardsPitch = Math.atan2(this.local.y, Math.hypot(this.local.x, this.local.z));

    let yaw = towardsYaw + this.offset.yaw;
    let pitch = towardsPitch + this.offset.pitch - 0.35 * face.gazeDown;
    if (drive.thinking) {
      yaw = towardsYaw + 0.35 * this.thinkingSide;
      pitch = towardsPitch + 0.3;
    }
    // Saccades are fast; the head follows part of the way, slowly.
    this.eyeYaw = approach(this.eyeYaw, yaw, dt, 0.035);
    this.eyePitch = approach(this.eyePitch, pitch, dt, 0.035);
    // With reduced motion the eyes still glance away, but the head hardly follows them.
    const headTargetYaw = 0.45 * towardsYaw + 0.3 * calm * (yaw - towardsYaw);
    // Distress hangs the head; anger lowers the chin to glare from under the brows.
    const headTargetPitch =
      0.35 * towardsPitch + 0.2 * calm * (pitch - towardsPitch) - 0.14 * face.gazeDown - 0.12 * face.browDown;
    this.headYaw = approach(this.headYaw, headTargetYaw, dt, 0.45);
    this.headPitch = approach(this.headPitch, headTargetPitch + (drive.thinking ? 0.06 : 0), dt, 0.45);
    this.headRoll = approach(this.headRoll, drive.thinking ? 0.07 * this.thinkingSide : 0, dt, 0.6);

    idleDrift(this.noise, nowMs / 1000, calm * (drive.speaking ? 1.6 : 1), this.drift);
    const nod = drive.reducedMotion
      ? 0
      : Math.max(nodPitch(nowMs - drive.nodAt), this.listeningNod(drive, nowMs));
    const headYaw = this.headYaw + this.drift.yaw;
    const headPitch = this.headPitch + this.drift.pitch - nod;
    const headRoll = this.headRoll + this.drift.roll;
    // The neck takes a third of the turn so the head does not swivel on a stiff neck.
    const flex = this.rig.plan.place === 'in-bed' ? IN_BED_NECK_FLEX : 0;
    neck.rotation.set(flex - headPitch * 0.35, headYaw * 0.35, headRoll * 0.35);
    head.rotation.set(-headPitch * 0.65, headYaw * 0.65, headRoll * 0.65);
    // The eyes make up the rest of the way to their target.
    const eyeYaw = clamp(this.eyeYaw - headYaw, 0.5);
    const eyePitch = clamp(this.eyePitch - headPitch, 0.45);
    this.rig.eyes[0].rotation.set(-eyePitch, eyeYaw, 0);
    this.rig.eyes[1].rotation.set(-eyePitch, eyeYaw, 0);
  }

  /** While the learner speaks: a small nod now and then, as a listener gives. */
  private listeningNod(drive: AvatarDrive, nowMs: number): number {
    if (!drive.listening || drive.speaking) {
      this.nextListenNodAt = nowMs + LISTEN_NOD_EVERY_MS[0] * this.random();
      return 0;
    }
    if (nowMs >= this.nextListenNodAt) {
      this.listenNodAt = nowMs;
      const [low, high] = LISTEN_NOD_EVERY_MS;
      this.nextListenNodAt = nowMs + low + (high - low) * this.random();
    }
    return LISTEN_NOD_DEPTH * nodPitch(nowMs - this.listenNodAt);
  }

  private applyFace(): void {
    const face = this.shown;
    const influences = this.rig.face.morphTargetInfluences;
    if (influences) {
      influences[Morph.browInnerUp] = face.browInnerUp;
      influences[Morph.browDown] = face.browDown;
      influences[Morph.smile] = Math.max(0, face.mouthCorners);
      influences[Morph.frown] = Math.max(0, -face.mouthCorners);
      influences[Morph.lipPress] = face.lipPress * (1 - face.jawOpen);
      influences[Morph.jawOpen] = face.jawOpen;
      influences[Morph.flush] = face.flush;
      influences[Morph.tearful] = face.tearful;
    }
    // Lids follow the eyes down, droop with sadness, and close over both when blinking.
    const eyeDown = this.rig.eyes[0].rotation.x;
    // Anger glares: the lids open wider under lowered brows.
    const glare = 0.12 * face.browDown * (1 - face.lidDroop);
    const open =
      LID_OPEN - glare + (LID_DROOPED - LID_OPEN) * face.lidDroop + eyeDown * (eyeDown > 0 ? 0.6 : 0.3);
    const lid = Math.min(LID_SHUT, open + (LID_SHUT - open) * face.blink);
    const turn = this.rig.eyes[0].rotation.y * 0.3;
    this.rig.lids[0].rotation.set(lid, turn, 0);
    this.rig.lids[1].rotation.set(lid, turn, 0);
  }
}

function copyFace(from: FaceState, to: FaceState): void {
  to.browInnerUp = from.browInnerUp;
  to.browDown = from.browDown;
  to.lidDroop = from.lidDroop;
  to.mouthCorners = from.mouthCorners;
  to.lipPress = from.lipPress;
  to.jawOpen = from.jawOpen;
  to.leanForward = from.leanForward;
  to.gazeDown = from.gazeDown;
  to.eyeContact = from.eyeContact;
  to.blink = from.blink;
  to.flush = from.flush;
  to.tearful = from.tearful;
}

function clamp(x: number, limit: number): number {
  return Math.max(-limit, Math.min(limit, x));
}

function clampUnit(x: number): number {
  return Math.max(0, Math.min(1, x));
}
