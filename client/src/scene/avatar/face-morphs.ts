// Morph targets of the head: each expression channel as a displacement (and colour change) of the static head,
// blended on the GPU. Built once per appearance from the head's vertices and region tags.

import { type BufferGeometry, Float32BufferAttribute, Vector3 } from 'three';
import { EYE_X, MOUTH_HALF_WIDTH, MOUTH_Y } from './head-shape.ts';
import { HeadTag } from './head-tags.ts';
import type { Palette } from './palette.ts';
import { bump, smoothstep } from './shapes.ts';

/** Morph target order: the animator sets `mesh.morphTargetInfluences[Morph.x]`. */
export const Morph = {
  browInnerUp: 0,
  browDown: 1,
  smile: 2,
  frown: 3,
  lipPress: 4,
  jawOpen: 5,
  flush: 6,
  tearful: 7,
} as const;
const COUNT = 8;

/** The jaw hinges here (head space) and opens this far at full `jawOpen`. */
const JAW_PIVOT = new Vector3(0, -0.02, -0.04);
const JAW_ANGLE = 0.2;

type Field = (p: Vector3, tag: number, out: Vector3) => void;

const MOVES_WITH_FACE = new Set<number>([HeadTag.skull, HeadTag.brow, HeadTag.upperLip, HeadTag.lowerLip]);

export function addFaceMorphs(geometry: BufferGeometry, tags: Uint8Array, palette: Palette): void {
  const position = geometry.getAttribute('position');
  const count = position.count;
  const p = new Vector3();
  const d = new Vector3();
  const fields: Field[] = [browInnerUp, browDown, smile, frown, lipPress, jawOpen];
  const positions: Float32BufferAttribute[] = [];
  const normals: Float32BufferAttribute[] = [];
  const colors: Float32BufferAttribute[] = [];
  const base = position.array;
  const baseNormals = geometry.getAttribute('normal').array;
  for (let m = 0; m < COUNT; m += 1) {
    const field = fields[m];
    const delta = new Float32Array(count * 3);
    if (field)
      for (let v = 0; v < count; v += 1) {
        p.fromBufferAttribute(position, v);
        d.set(0, 0, 0);
        field(p, tags[v] ?? 0, d);
        delta[v * 3] = d.x;
        delta[v * 3 + 1] = d.y;
        delta[v * 3 + 2] = d.z;
      }
    positions.push(new Float32BufferAttribute(delta, 3));
    normals.push(
      new Float32BufferAttribute(
        field ? normalDelta(geometry, base, baseNormals, delta) : new Float32Array(count * 3),
        3,
      ),
    );
    colors.push(new Float32BufferAttribute(colourDelta(m, position, tags, palette), 3));
  }
  geometry.morphAttributes.position = positions;
  geometry.morphAttributes.normal = normals;
  geometry.morphAttributes.color = colors;
  geometry.morphTargetsRelative = true;
}

/** Normals of the displaced head minus the rest normals, so shading follows the morph. */
function normalDelta(
  geometry: BufferGeometry,
  base: ArrayLike<number>,
  baseNormals: ArrayLike<number>,
  delta: Float32Array,
): Float32Array {
  const moved = geometry.clone();
  const array = new Float32Array(base.length);
  for (let k = 0; k < array.length; k += 1) array[k] = (base[k] ?? 0) + (delta[k] ?? 0);
  moved.setAttribute('position', new Float32BufferAttribute(array, 3));
  moved.morphAttributes = {};
  moved.computeVertexNormals();
  const normals = moved.getAttribute('normal').array;
  const out = new Float32Array(array.length);
  for (let k = 0; k < out.length; k += 1) out[k] = (normals[k] ?? 0) - (baseNormals[k] ?? 0);
  moved.dispose();
  return out;
}

function colourDelta(
  morph: number,
  position: BufferGeometry['attributes']['position'],
  tags: Uint8Array,
  palette: Palette,
): Float32Array {
  const out = new Float32Array(position.count * 3);
  if (morph !== Morph.flush && morph !== Morph.tearful && morph !== Morph.browDown) return out;
  const p = new Vector3();
  for (let v = 0; v < position.count; v += 1) {
    const tag = tags[v] ?? 0;
    p.fromBufferAttribute(position, v);
    const ax = Math.abs(p.x);
    let r = 0;
    let g = 0;
    let b = 0;
    if (morph === Morph.browDown && tag === HeadTag.skull) {
      // Knitted brows: two furrows between them and a shadow under the brow's ridge.
      const furrows = bump((ax - 0.007) / 0.0035, (p.y - 0.02) / 0.012);
      const underBrow = bump((ax - 0.03) / 0.02, (p.y - 0.016) / 0.005);
      const w = Math.min(1, furrows + 0.6 * underBrow) * front(p);
      r = -0.16 * w;
      g = -0.15 * w;
      b = -0.13 * w;
    } else if (
      morph === Morph.flush &&
      (tag === HeadTag.skull || tag === HeadTag.ear || tag === HeadTag.nose)
    ) {
      const cheeks = bump((ax - 0.045) / 0.025, (p.y + 0.03) / 0.025);
      const w = 0.6 + 0.6 * Math.max(cheeks, tag === HeadTag.ear ? 1 : 0);
      r = palette.flush.r * w;
      g = palette.flush.g * w;
      b = palette.flush.b * w;
    } else if (morph === Morph.tearful) {
      // Reddened rims, sockets and inner corners, a pink nose tip, and tears: wet, bright streaks down the cheeks.
      const rim = tag === HeadTag.lowerLid ? 1 : 0;
      const skull = tag === HeadTag.skull;
      const corners = skull ? bump((ax - EYE_X + 0.012) / 0.008, (p.y + 0.004) / 0.008) : 0;
      const around = skull ? bump((ax - EYE_X) / 0.022, (p.y + 0.006) / 0.016) * front(p) : 0;
      const noseTip = tag === HeadTag.nose ? smoothstep(-0.02, -0.04, p.y) : 0;
      const w = Math.max(rim, 0.7 * corners, 0.5 * around, 0.6 * noseTip);
      const tear = skull ? tearStreak(ax, p.y) * front(p) : 0;
      r = 0.2 * w + 0.16 * tear;
      g = -0.05 * w + 0.2 * tear;
      b = -0.04 * w + 0.3 * tear;
    }
    out[v * 3] = r;
    out[v * 3 + 1] = g;
    out[v * 3 + 2] = b;
  }
  return out;
}

const front = (p: Vector3) => smoothstep(0.02, 0.06, p.z);

/** A tear's track: from below the eye's middle down the cheek, drifting outwards, fading at its end. */
function tearStreak(ax: number, y: number): number {
  if (y > -0.008 || y < -0.06) return 0;
  const x = EYE_X - 0.002 + 0.1 * (-0.008 - y);
  return Math.max(0, 1 - Math.abs(ax - x) / 0.0045) * smoothstep(-0.06, -0.035, y);
}

function browInnerUp(p: Vector3, tag: number, out: Vector3): void {
  if (!MOVES_WITH_FACE.has(tag)) return;
  const inner = bump((Math.abs(p.x) - 0.016) / 0.016, (p.y - 0.03) / 0.02);
  const outer = bump((Math.abs(p.x) - 0.045) / 0.014, (p.y - 0.03) / 0.015);
  const w = front(p);
  // Strong enough to read from the learner's seat: the inner brows rise well over a centimetre.
  out
    .set(-Math.sign(p.x) * 0.0025 * inner, 0.0135 * inner + 0.0025 * outer, -0.0012 * inner)
    .multiplyScalar(w);
}

function browDown(p: Vector3, tag: number, out: Vector3): void {
  if (!MOVES_WITH_FACE.has(tag)) return;
  const w = bump((Math.abs(p.x) - 0.022) / 0.02, (p.y - 0.03) / 0.016) * front(p);
  // Pulled down and in (knitted), more at the inner end.
  const inner = 1 - 0.7 * smoothstep(0.015, 0.05, Math.abs(p.x));
  out.set(-Math.sign(p.x) * 0.0065 * w, -0.014 * w * inner, 0.003 * w);
}

/** Around the mouth corners. */
function corners(p: Vector3): number {
  return bump((Math.abs(p.x) - MOUTH_HALF_WIDTH) / 0.013, (p.y - MOUTH_Y) / 0.013) * front(p);
}

function smile(p: Vector3, tag: number, out: Vector3): void {
  if (!MOVES_WITH_FACE.has(tag)) return;
  const w = corners(p);
  const cheek = bump((Math.abs(p.x) - 0.038) / 0.016, (p.y + 0.042) / 0.016) * front(p);
  out.set(Math.sign(p.x) * 0.0025 * w, 0.0055 * w + 0.002 * cheek, -0.0012 * w + 0.0012 * cheek);
}

function frown(p: Vector3, tag: number, out: Vector3): void {
  if (!MOVES_WITH_FACE.has(tag)) return;
  const w = corners(p);
  // The chin lifts the middle of the lower lip (the pout of a sad mouth).
  const chin = tag === HeadTag.upperLip ? 0 : bump(p.x / 0.014, (p.y - MOUTH_Y + 0.006) / 0.01) * front(p);
  out.set(0, -0.0095 * w + 0.002 * chin, -0.0008 * w + 0.0018 * chin);
}

function lipPress(p: Vector3, tag: number, out: Vector3): void {
  if (tag === HeadTag.upperLip || tag === HeadTag.lowerLip) {
    // Lips roll in towards the line between them and narrow a little.
    out.set(-p.x * 0.06, (MOUTH_Y - p.y) * 0.6, -0.0025 * (1 - Math.abs(p.x) / 0.03));
    return;
  }
  if (tag === HeadTag.skull) {
    const w = bump(p.x / 0.025, (p.y - MOUTH_Y) / 0.012) * front(p);
    out.set(-p.x * 0.04 * w, 0, -0.001 * w);
  }
}

const pivoted = new Vector3();

function jawOpen(p: Vector3, tag: number, out: Vector3): void {
  let w = 0;
  if (tag === HeadTag.lowerLip) w = 1;
  else if (tag === HeadTag.skull) {
    const below = p.y < MOUTH_Y ? 1 : 0;
    const soft = smoothstep(MOUTH_Y + 0.006, MOUTH_Y - 0.035, p.y);
    // Inside the mouth's width the lips part cleanly; beside it the cheeks stretch.
    const inMouth = 1 - smoothstep(MOUTH_HALF_WIDTH - 0.004, MOUTH_HALF_WIDTH + 0.012, Math.abs(p.x));
    w = (inMouth * below + (1 - inMouth) * soft) * smoothstep(-0.03, 0.03, p.z);
  }
  if (w === 0) return;
  pivoted.subVectors(p, JAW_PIVOT);
  const c = Math.cos(JAW_ANGLE);
  const s = Math.sin(JAW_ANGLE);
  // Rotate about x: the chin swings down and slightly back.
  const y = pivoted.y * c - pivoted.z * s;
  const z = pivoted.y * s + pivoted.z * c;
  out.set(0, (y - pivoted.y) * w, (z - pivoted.z) * w);
}
