import { PerspectiveCamera } from 'three';
import { describe, expect, it } from 'vitest';
import { appearance } from '../../state/test-builders.ts';
import { AvatarAnimator } from './avatar-animator.ts';
import { createAvatarDrive } from './avatar-drive.ts';
import { buildAvatarRig } from './avatar-rig.ts';

const look = appearance({
  sex: 'female',
  skinTone: '#c68863',
  hair: { style: 'bun', colour: '#2b1d14' },
  clothing: { kind: 'cardigan', colour: '#6a4c6e' },
});

const FRAME_MS = 1000 / 60;

/** Runs one avatar for `seconds` at 60 fps, facing a learner at the seat; returns the head's pitch per frame. */
function run(options: { reducedMotion: boolean; nodAtMs?: number; seconds: number; listening?: boolean }) {
  const rig = buildAvatarRig(look);
  const camera = new PerspectiveCamera();
  camera.position.set(0, 1.2, 1.6);
  camera.updateMatrixWorld();
  const drive = createAvatarDrive({ distress: 0.2, anger: 0.1, trust: 0.6 });
  drive.reducedMotion = options.reducedMotion;
  drive.listening = options.listening ?? false;
  if (options.nodAtMs !== undefined) drive.nodAt = options.nodAtMs;
  const animator = new AvatarAnimator(rig, 7, 0);
  const pitches: number[] = [];
  for (let t = 0; t < options.seconds * 1000; t += FRAME_MS) {
    animator.update(drive, camera, t, FRAME_MS / 1000);
    rig.root.updateMatrixWorld(true);
    pitches.push(rig.bones.head.rotation.x + rig.bones.neck.rotation.x);
  }
  rig.dispose();
  return { pitches, drive };
}

const range = (values: number[]) => Math.max(...values) - Math.min(...values);

describe('the avatar animator', () => {
  it('moves the head less with reduced motion', () => {
    const full = run({ reducedMotion: false, seconds: 12 });
    const reduced = run({ reducedMotion: true, seconds: 12 });
    expect(range(reduced.pitches.slice(120))).toBeLessThan(range(full.pitches.slice(120)) * 0.7);
  });

  it('nods once after the learner speaks, but not with reduced motion', () => {
    const settle = 3000;
    const quiet = run({ reducedMotion: false, seconds: 5 });
    const nodding = run({ reducedMotion: false, nodAtMs: settle, seconds: 5 });
    const still = run({ reducedMotion: true, nodAtMs: settle, seconds: 5 });
    const from = Math.round(settle / FRAME_MS);
    const to = from + 60;
    const deviation = (a: number[], b: number[]) =>
      Math.max(...a.slice(from, to).map((v, i) => Math.abs(v - (b[from + i] ?? 0))));
    expect(deviation(nodding.pitches, quiet.pitches)).toBeGreaterThan(0.05);
    const reducedQuiet = run({ reducedMotion: true, seconds: 5 });
    expect(deviation(still.pitches, reducedQuiet.pitches)).toBeLessThan(0.001);
  });

  it('shows a new affect within about a second and a half, not at once', () => {
    const rig = buildAvatarRig(look);
    const camera = new PerspectiveCamera();
    camera.position.set(0, 1.2, 1.6);
    camera.updateMatrixWorld();
    const drive = createAvatarDrive({ distress: 0.1, anger: 0.05, trust: 0.6 });
    const animator = new AvatarAnimator(rig, 3, 0);
    let t = 0;
    const advance = (ms: number) => {
      for (const end = t + ms; t < end; t += FRAME_MS) animator.update(drive, camera, t, FRAME_MS / 1000);
    };
    advance(2000);
    const calm = { ...drive.face };
    drive.affect.distress = 0.9;
    drive.affect.trust = 0.3;
    advance(100);
    const early = drive.face.browInnerUp - calm.browInnerUp;
    advance(1400);
    const settled = drive.face.browInnerUp - calm.browInnerUp;
    expect(settled).toBeGreaterThan(0.3);
    expect(early).toBeLessThan(settled * 0.5);
    expect(drive.face.gazeDown).toBeGreaterThan(calm.gazeDown);
    expect(drive.face.mouthCorners).toBeLessThan(calm.mouthCorners);
    rig.dispose();
  });

  it('nods now and then while the learner speaks, but not with reduced motion', () => {
    const seconds = 10;
    const nodsIn = (pitches: number[], quiet: number[]) =>
      // Frames where the head is clearly lower than it would be without listening.
      pitches.filter((p, i) => p - (quiet[i] ?? 0) > 0.03).length;
    const quiet = run({ reducedMotion: false, seconds });
    const listening = run({ reducedMotion: false, seconds, listening: true });
    expect(nodsIn(listening.pitches, quiet.pitches)).toBeGreaterThan(60);
    const reducedQuiet = run({ reducedMotion: true, seconds });
    const reducedListening = run({ reducedMotion: true, seconds, listening: true });
    expect(nodsIn(reducedListening.pitches, reducedQuiet.pitches)).toBe(0);
  });
});

describe('a distraught character', () => {
  it('covers the face, lowers the hands a while, and covers it again; with reduced motion the hands stay up', () => {
    const poses = (reducedMotion: boolean) => {
      const rig = buildAvatarRig(look);
      const camera = new PerspectiveCamera();
      camera.position.set(0, 1.2, 1.6);
      camera.updateMatrixWorld();
      const drive = createAvatarDrive({ distress: 0.9, anger: 0.1, trust: 0.3 });
      drive.reducedMotion = reducedMotion;
      const animator = new AvatarAnimator(rig, 5, 0);
      const seen: string[] = [];
      for (let t = 0; t < 16_000; t += FRAME_MS) {
        animator.update(drive, camera, t, FRAME_MS / 1000);
        if (seen.at(-1) !== drive.body.arms) seen.push(drive.body.arms);
      }
      rig.dispose();
      return seen;
    };
    expect(poses(false)).toEqual(['hands-to-face', 'rest', 'hands-to-face']);
    expect(poses(true)).toEqual(['hands-to-face']);
  });
});
