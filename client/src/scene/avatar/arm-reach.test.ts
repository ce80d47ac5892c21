import { Quaternion, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { reach } from './arm-reach.ts';

const chain = {
  shoulder: new Vector3(0.17, 0.15, 0),
  elbow: new Vector3(0.2, -0.09, 0.04),
  wrist: new Vector3(0.11, -0.2, 0.27),
};

/** Where the wrist ends up with the two turns applied (upper about the shoulder, fore about the elbow). */
function wristAfter(upper: Quaternion, fore: Quaternion): { elbow: Vector3; wrist: Vector3 } {
  const elbow = chain.elbow.clone().sub(chain.shoulder).applyQuaternion(upper).add(chain.shoulder);
  const foreLocal = chain.wrist.clone().sub(chain.elbow).applyQuaternion(fore);
  const wrist = foreLocal.applyQuaternion(upper).add(elbow);
  return { elbow, wrist };
}

describe('two-bone reaching', () => {
  it('puts the wrist on any target within reach, the elbow towards the pole', () => {
    const upper = new Quaternion();
    const fore = new Quaternion();
    const targets = [
      [new Vector3(-0.1, 0.0, 0.2), new Vector3(0.4, -0.2, 0)],
      [new Vector3(0.05, 0.35, 0.15), new Vector3(0.3, -0.2, 0.1)],
      [new Vector3(0.2, -0.3, 0.0), new Vector3(0.3, 0.0, -0.4)],
    ] as const;
    for (const [target, pole] of targets) {
      reach(chain, target, pole, upper, fore);
      const { elbow, wrist } = wristAfter(upper, fore);
      expect(wrist.distanceTo(target)).toBeLessThan(1e-3);
      // The elbow is on the pole's side of the shoulder-to-wrist line.
      const line = target.clone().sub(chain.shoulder).normalize();
      const off = (p: Vector3) => {
        const v = p.clone().sub(chain.shoulder);
        return v.sub(line.clone().multiplyScalar(v.dot(line)));
      };
      expect(off(elbow).dot(off(pole))).toBeGreaterThan(0);
    }
  });

  it('keeps the rest pose when asked for the resting wrist with the resting elbow as the pole', () => {
    const upper = new Quaternion();
    const fore = new Quaternion();
    const pole = chain.elbow
      .clone()
      .multiplyScalar(2)
      .sub(chain.shoulder.clone().add(chain.wrist).multiplyScalar(0.5));
    reach(chain, chain.wrist.clone(), pole, upper, fore);
    expect(upper.angleTo(new Quaternion())).toBeLessThan(1e-3);
    expect(fore.angleTo(new Quaternion())).toBeLessThan(1e-3);
  });

  it('stretches straight towards a target out of reach', () => {
    const upper = new Quaternion();
    const fore = new Quaternion();
    const far = new Vector3(0.17, 0.15, 2);
    reach(chain, far, new Vector3(0.5, 0, 0), upper, fore);
    const { wrist } = wristAfter(upper, fore);
    const length = chain.elbow.distanceTo(chain.shoulder) + chain.wrist.distanceTo(chain.elbow);
    expect(wrist.distanceTo(chain.shoulder)).toBeCloseTo(length, 2);
    expect(wrist.clone().sub(chain.shoulder).normalize().z).toBeGreaterThan(0.99);
  });
});
