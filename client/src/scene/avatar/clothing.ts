// How each kind of clothing covers the body: sleeve length, neckline and the details that tell them apart.

import type { Appearance } from '../../../../server/protocol.ts';

export type ClothingKind = Appearance['clothing']['kind'];

export interface ClothingStyle {
  /** Share of the arm covered from the shoulder: 0.45 a short sleeve, 1 to the wrist. */
  sleeve: number;
  /** Extra sleeve radius (a loose gown sleeve). */
  looseness: number;
  /** Neckline opening: 'u' low and round, 'v' pointed, 'crew' at the neck. */
  neckline: 'u' | 'v' | 'crew';
  /** Depth and half-width of the opening below the neck (m). */
  neckDepth: number;
  neckWidth: number;
  /** Ribbed cuffs and waistband in the darker trim colour. */
  ribbing: boolean;
  /** Gown: covers the thighs to the knee over bare shins, with socks. */
  gown: boolean;
}

export function clothingStyle(kind: ClothingKind): ClothingStyle {
  switch (kind) {
    case 'gown':
      return {
        sleeve: 0.42,
        looseness: 0.014,
        neckline: 'u',
        neckDepth: 0.04,
        neckWidth: 0.075,
        ribbing: false,
        gown: true,
      };
    case 'shirt':
      return {
        sleeve: 1,
        looseness: 0.006,
        neckline: 'v',
        neckDepth: 0.045,
        neckWidth: 0.032,
        ribbing: false,
        gown: false,
      };
    case 'jumper':
      return {
        sleeve: 1,
        looseness: 0.008,
        neckline: 'crew',
        neckDepth: 0,
        neckWidth: 0,
        ribbing: true,
        gown: false,
      };
    case 'hoodie':
      return {
        sleeve: 1,
        looseness: 0.01,
        neckline: 'crew',
        neckDepth: 0,
        neckWidth: 0,
        ribbing: true,
        gown: false,
      };
    case 'cardigan':
      return {
        sleeve: 1,
        looseness: 0.008,
        neckline: 'v',
        neckDepth: 0.2,
        neckWidth: 0.075,
        ribbing: true,
        gown: false,
      };
    case 'blouse':
      return {
        sleeve: 0.78,
        looseness: 0.007,
        neckline: 'v',
        neckDepth: 0.07,
        neckWidth: 0.05,
        ribbing: false,
        gown: false,
      };
  }
}

/** True if the front of the torso at (x, height below the neck) is in the neckline's opening. */
export function inNeckOpening(style: ClothingStyle, x: number, below: number): boolean {
  if (style.neckline === 'crew' || below > style.neckDepth) return false;
  const u = Math.abs(x) / style.neckWidth;
  if (u >= 1) return false;
  const edge = style.neckline === 'u' ? style.neckDepth * (1 - u * u) : style.neckDepth * (1 - u);
  return below < edge;
}
