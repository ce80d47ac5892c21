import { PerspectiveCamera, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import type { Place, Room } from '../../../server/protocol.ts';
import { BASE_FOV, fitCamera, framingPoints } from './camera-fit.ts';
import { layoutRoom, type Vec3 } from './room-layout.ts';
import { LEARNER_EYE, SCENE_FOCUS } from './seating.ts';

const PITCH = Math.atan2(SCENE_FOCUS[1] - LEARNER_EYE[1], LEARNER_EYE[2] - SCENE_FOCUS[2]);

// Every room with the places its scenarios use, one character and two.
const CASTS: [Room, Place[]][] = [
  ['consultation', ['seated']],
  ['consultation', ['seated', 'seated']],
  ['ed-relatives-room', ['seated', 'seated']],
  ['assessment-room', ['standing']],
  ['assessment-room', ['standing', 'seated']],
  ['ward-bay', ['in-bed', 'standing']],
  ['ward-bay', ['seated', 'standing']],
  ['ward-bay', ['seated']],
];

/** Where a point lands on a canvas of `aspect` through a real camera set as the fit says: -1..1 is inside. */
function project(point: Vec3, aspect: number, fit: { fov: number; yaw: number }): Vector3 {
  const camera = new PerspectiveCamera(fit.fov, aspect, 0.05, 30);
  camera.position.set(...LEARNER_EYE);
  camera.rotation.set(PITCH, fit.yaw, 0, 'YXZ');
  camera.updateMatrixWorld();
  return new Vector3(...point).project(camera);
}

describe('fitting the desktop camera to the canvas', () => {
  it.each([
    ['a phone held upright', 358 / 439],
    ['a tall narrow window', 0.5],
    ['a laptop', 750 / 560],
    ['a wide screen', 2],
  ])('keeps every head and torso in view on %s', (_, aspect) => {
    for (const [room, places] of CASTS) {
      const points = framingPoints(layoutRoom(room, places));
      const fit = fitCamera(points, LEARNER_EYE, PITCH, aspect);
      for (const point of points) {
        const at = project(point, aspect, fit);
        expect(Math.abs(at.x), `${room} ${places.join('+')} x`).toBeLessThan(1);
        expect(Math.abs(at.y), `${room} ${places.join('+')} y`).toBeLessThan(1);
        expect(at.z, `${room} ${places.join('+')} in front`).toBeLessThan(1);
      }
    }
  });

  it("leaves a wide canvas with the room's own framing when everyone is in it", () => {
    const points = framingPoints(layoutRoom('consultation', ['seated', 'seated']));
    expect(fitCamera(points, LEARNER_EYE, PITCH, 750 / 560)).toEqual({ fov: BASE_FOV, yaw: 0 });
  });

  it('widens the view on a narrow canvas, and only as far as it must', () => {
    const points = framingPoints(layoutRoom('consultation', ['seated', 'seated']));
    const phone = fitCamera(points, LEARNER_EYE, PITCH, 358 / 439);
    const narrower = fitCamera(points, LEARNER_EYE, PITCH, 0.5);
    expect(phone.fov).toBeGreaterThan(BASE_FOV);
    expect(narrower.fov).toBeGreaterThan(phone.fov);
    // Only as far as it must: the outermost point sits near the edge, not well inside it.
    const edge = Math.max(...points.map((p) => Math.abs(project(p, 358 / 439, phone).x)));
    expect(edge).toBeGreaterThan(0.85);
  });
});
