import { describe, expect, it } from 'vitest';
import { CLOTHING_KINDS, HAIR_STYLES } from '../../../../server/protocol.ts';
import { appearance } from '../../state/test-builders.ts';
import { buildAvatarRig, rigCost } from './avatar-rig.ts';
import { Morph } from './face-morphs.ts';

const base = appearance({
  skinTone: '#e0ac89',
  hair: { style: 'short', colour: '#4a3123' },
  clothing: { kind: 'jumper', colour: '#3f5a7a' },
});

describe('buildAvatarRig', () => {
  it('stays within the headset budget for every hair style and clothing kind', () => {
    for (const style of HAIR_STYLES)
      for (const kind of CLOTHING_KINDS)
        for (const sex of ['female', 'male'] as const) {
          const rig = buildAvatarRig({
            ...base,
            sex,
            build: 'broad',
            hair: { style, colour: '#222222' },
            clothing: { kind, colour: '#556677' },
            glasses: true,
          });
          const cost = rigCost(rig.root);
          expect(cost.drawCalls, `${style} ${kind}`).toBeLessThanOrEqual(14);
          expect(cost.triangles, `${style} ${kind}`).toBeLessThanOrEqual(12_000);
          rig.dispose();
        }
  });

  it('has a morph target for each expression channel and a bound skeleton', () => {
    const rig = buildAvatarRig(base);
    expect(rig.face.morphTargetInfluences?.length).toBe(Object.keys(Morph).length);
    expect(rig.body.skeleton.bones.length).toBe(11);
    expect(rig.body.geometry.getAttribute('skinIndex').count).toBe(
      rig.body.geometry.getAttribute('position').count,
    );
    rig.dispose();
  });

  it('sits the eyes at about 1.2 m and the head about 0.23 m tall', () => {
    const rig = buildAvatarRig(base);
    rig.root.updateMatrixWorld(true);
    const eye = rig.eyes[0].getWorldPosition(rig.eyes[0].position.clone());
    expect(eye.y).toBeGreaterThan(1.15);
    expect(eye.y).toBeLessThan(1.26);
    rig.face.geometry.computeBoundingBox();
    const box = rig.face.geometry.boundingBox;
    expect(box && box.max.y - box.min.y).toBeGreaterThan(0.22);
    rig.dispose();
  });
});
