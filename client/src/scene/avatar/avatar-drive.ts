// What moves an avatar, as one mutable object per character: the scene writes it, the avatar reads it every frame.
// Mutable on purpose: the render loop must not allocate, and React must not re-render 72 times a second.

import type { Affect } from '../../../../server/protocol.ts';
import type { ArmPose } from './posture.ts';

/** The face and posture as the avatar shows them now (eased), for tests and the debug probe. */
export interface FaceState {
  /** Inner brows raised and drawn together (distress), 0..1. */
  browInnerUp: number;
  /** Brows lowered and knitted (anger), 0..1. */
  browDown: number;
  /** Upper lids lowered beyond rest (sadness, fatigue), 0..1; blinking is separate. */
  lidDroop: number;
  /** Mouth corners: -1 down (sad), +1 up (relaxed smile). */
  mouthCorners: number;
  /** Lips pressed thin (anger), 0..1. */
  lipPress: number;
  /** Jaw opening from speech, 0..1. */
  jawOpen: number;
  /** Forward lean of the upper body (anger), 0..1. */
  leanForward: number;
  /** Gaze and head lowered (distress), 0..1. */
  gazeDown: number;
  /** Share of time looking at the learner rather than away (trust), 0..1. */
  eyeContact: number;
  /** Lids closed by a blink now, 0..1. */
  blink: number;
  /** Reddened skin (anger), 0..1. */
  flush: number;
  /** Reddened, wet lower-lid rims (distress), 0..1. */
  tearful: number;
}

/** The body as the avatar shows it now, for tests and the probe. */
export interface BodyState {
  arms: ArmPose;
  paces: boolean;
  /** Walking at this moment. */
  walking: boolean;
  /** Listening to the learner (small nods, eyes on them). */
  listening: boolean;
  /** The head's centre in the room (m); y is its height above the floor. */
  head: [number, number, number];
}

export interface AvatarDrive {
  /** The affect the face eases towards (the server's latest for this character). */
  affect: Affect;
  /** Mouth opening now, 0..1, written every frame by the speech player while the character speaks. */
  mouthOpen: number;
  /** The widest the mouth has been driven since the scene opened: a speech too short to catch still shows here. */
  mouthPeak: number;
  speaking: boolean;
  /** `performance.now()` when the learner last finished a turn: the listener nods once from then. */
  nodAt: number;
  /** Waiting for this character's reply: a thinking look (eyes up and aside, brows slightly raised). */
  thinking: boolean;
  /** The learner is speaking or typing to the room: the characters listen (small nods, eyes on the learner). */
  listening: boolean;
  /** Comfort setting: smaller idle motion, no nods, no pacing or gesturing, gentler changes. */
  reducedMotion: boolean;
  /** Written by the avatar every frame: what the face shows now. */
  readonly face: FaceState;
  /** Written by the avatar every frame: what the body does now. */
  readonly body: BodyState;
}

export function restingFace(): FaceState {
  return {
    browInnerUp: 0,
    browDown: 0,
    lidDroop: 0,
    mouthCorners: 0,
    lipPress: 0,
    jawOpen: 0,
    leanForward: 0,
    gazeDown: 0,
    eyeContact: 0.7,
    blink: 0,
    flush: 0,
    tearful: 0,
  };
}

export function createAvatarDrive(affect: Affect): AvatarDrive {
  return {
    affect: { ...affect },
    mouthOpen: 0,
    mouthPeak: 0,
    speaking: false,
    nodAt: Number.NEGATIVE_INFINITY,
    thinking: false,
    listening: false,
    reducedMotion: false,
    face: restingFace(),
    body: { arms: 'rest', paces: false, walking: false, listening: false, head: [0, 0, 0] },
  };
}
