// The colours of one character, derived from its appearance (linear RGB, as vertex colours want them).

import { Color } from 'three';
import type { Appearance } from '../../../../server/protocol.ts';
import { seedFromText } from './random.ts';

export interface Palette {
  skin: Color;
  /** Skin in creases and under the nose, a little darker and redder. */
  skinShade: Color;
  lips: Color;
  /** Added to the skin at full anger. */
  flush: Color;
  hair: Color;
  brows: Color;
  iris: Color;
  sclera: Color;
  mouth: Color;
  teeth: Color;
  clothing: Color;
  /** Cuffs, collars, ribbing: the clothing colour, darker. */
  trim: Color;
  /** Worn under an open cardigan or showing at a collar. */
  undershirt: Color;
  trousers: Color;
  shoes: Color;
  socks: Color;
  frames: Color;
  /** Grey hair: the character reads as older (a little more shade in the face). */
  older: boolean;
  /** How deep the lines of age are in the face, 0 (under about 45) .. 1 (about 80 and over). */
  lines: number;
}

const IRIS_DARK = ['#3b2516', '#4a2f1c', '#2e1d12'] as const;
const IRIS_LIGHT = ['#4d6f8a', '#5b7a5a', '#6b5a3e', '#3f5f7f'] as const;
const TROUSERS = ['#2b3040', '#3a3a3c', '#32404f', '#4a4036', '#2d2d30'] as const;

/** The palette of `appearance` at `age` (years). */
export function paletteFor(appearance: Appearance, age = 40): Palette {
  const seed = seedFromText(JSON.stringify(appearance));
  const skin = new Color(appearance.skinTone);
  const skinHsl = { h: 0, s: 0, l: 0 };
  skin.getHSL(skinHsl);
  const hair = new Color(appearance.hair.colour);
  const hairHsl = { h: 0, s: 0, l: 0 };
  hair.getHSL(hairHsl);
  const older = hairHsl.s < 0.2 && hairHsl.l > 0.35;
  const lightEyes = skinHsl.l > 0.55 && hairHsl.l > 0.08 && seed % 3 !== 0;
  const irisList = lightEyes ? IRIS_LIGHT : IRIS_DARK;
  const clothing = new Color(appearance.clothing.colour);
  return {
    skin,
    skinShade: skin.clone().multiplyScalar(0.78).lerp(new Color('#8a3b2a'), 0.08),
    // Women's lips a little rosier (natural colour, or a touch of lipstick).
    lips: skin
      .clone()
      .lerp(
        new Color(appearance.sex === 'female' ? '#b04a58' : '#9c4a4a'),
        appearance.sex === 'female' ? 0.5 : 0.38,
      )
      .multiplyScalar(0.82),
    // Added to the skin's colour, in proportion to it: a fixed red painted a dark face as a red mask, where a flush
    // on darker skin shows as a deeper, warmer tone.
    flush: new Color(skin.r * 0.4, -skin.g * 0.1, -skin.b * 0.1),
    hair,
    brows: hair.clone().multiplyScalar(older ? 0.62 : 0.85),
    iris: new Color(irisList[seed % irisList.length] ?? '#3b2516'),
    sclera: new Color('#e6ded5'),
    mouth: new Color('#3a1512'),
    teeth: new Color('#d9d2c4'),
    clothing,
    trim: clothing.clone().multiplyScalar(0.72),
    undershirt: new Color(seed % 2 === 0 ? '#ece6da' : '#d8dde3'),
    trousers: new Color(TROUSERS[seed % TROUSERS.length] ?? '#2b3040'),
    shoes: new Color('#2a221d'),
    socks: new Color('#c9d3da'),
    frames: new Color('#2a2624'),
    older,
    lines: Math.min(1, Math.max(0, (age - 45) / 35)),
  };
}
