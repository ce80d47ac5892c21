// Collects many smooth parts (grids of rings × segments) into one indexed BufferGeometry with vertex colours,
// per-vertex region tags and, for the body, skin weights. One geometry per region means one draw call.

import { BufferAttribute, BufferGeometry, Color, Float32BufferAttribute, Vector3 } from 'three';

/** Writes the colour of the surface at `p` into `out`. */
export type Paint = (p: Vector3, out: Color) => void;

/** Binds a vertex to up to two bones: `out.b` gets weight `out.w`, `out.a` the rest. */
export interface SkinBinding {
  a: number;
  b: number;
  w: number;
}
export type Skin = (p: Vector3, out: SkinBinding) => void;

export interface SurfaceSpec {
  /** Rings along the part (at least 2). */
  rings: number;
  /** Vertices around (or across) each ring. */
  segments: number;
  /** Writes the point of ring `i`, segment `j` into `out`. */
  point: (i: number, j: number, out: Vector3) => void;
  /** Join the last segment to the first (a closed tube). @default true */
  wrap?: boolean;
  /** Close the first/last ring with a fan around its centre. @default false */
  capStart?: boolean;
  capEnd?: boolean;
  /** Where a cap's centre goes (e.g. an ellipsoid's pole); the ring's centre if not given. */
  pole?: (end: boolean, out: Vector3) => void;
}

export interface BuiltSurface {
  geometry: BufferGeometry;
  /** The region tag of each vertex, for morph targets. */
  tags: Uint8Array;
}

export class SurfaceBuilder {
  /** Applied to the vertices added from now on. */
  tag = 0;
  paint: Paint = (_p, out) => out.setRGB(1, 1, 1);
  skin: Skin | null = null;

  private readonly positions: number[] = [];
  private readonly colors: number[] = [];
  private readonly tags: number[] = [];
  private readonly skinIndex: number[] = [];
  private readonly skinWeight: number[] = [];
  private readonly indices: number[] = [];
  private readonly point = new Vector3();
  private readonly color = new Color();
  private readonly binding: SkinBinding = { a: 0, b: 0, w: 0 };

  get vertexCount(): number {
    return this.positions.length / 3;
  }

  /** Adds one smooth part; its triangles face outwards whichever way the grid runs. */
  surface(spec: SurfaceSpec): void {
    const { rings, segments } = spec;
    const wrap = spec.wrap ?? true;
    const first = this.vertexCount;
    const firstIndex = this.indices.length;
    for (let i = 0; i < rings; i += 1)
      for (let j = 0; j < segments; j += 1) {
        spec.point(i, j, this.point);
        this.vertex(this.point);
      }
    const at = (i: number, j: number) => first + i * segments + (j % segments);
    const columns = wrap ? segments : segments - 1;
    for (let i = 0; i < rings - 1; i += 1)
      for (let j = 0; j < columns; j += 1) {
        const a = at(i, j);
        const b = at(i, j + 1);
        const c = at(i + 1, j);
        const d = at(i + 1, j + 1);
        this.indices.push(a, c, b, b, c, d);
      }
    if (spec.capStart) this.cap(first, segments, false, spec.pole);
    if (spec.capEnd) this.cap(first + (rings - 1) * segments, segments, true, spec.pole);
    this.orientOutwards(firstIndex);
  }

  build(): BuiltSurface {
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new Float32BufferAttribute(this.positions, 3));
    geometry.setAttribute('color', new Float32BufferAttribute(this.colors, 3));
    if (this.skinIndex.length > 0) {
      geometry.setAttribute('skinIndex', new BufferAttribute(new Uint16Array(this.skinIndex), 4));
      geometry.setAttribute('skinWeight', new Float32BufferAttribute(this.skinWeight, 4));
    }
    geometry.setIndex(this.indices);
    geometry.computeVertexNormals();
    return { geometry, tags: Uint8Array.from(this.tags) };
  }

  private vertex(p: Vector3): number {
    this.positions.push(p.x, p.y, p.z);
    this.paint(p, this.color);
    this.colors.push(this.color.r, this.color.g, this.color.b);
    this.tags.push(this.tag);
    if (this.skin) {
      this.skin(p, this.binding);
      this.skinIndex.push(this.binding.a, this.binding.b, 0, 0);
      this.skinWeight.push(1 - this.binding.w, this.binding.w, 0, 0);
    }
    return this.vertexCount - 1;
  }

  private cap(ringStart: number, segments: number, end: boolean, pole?: SurfaceSpec['pole']): void {
    const centre = this.point.set(0, 0, 0);
    if (pole) pole(end, centre);
    else
      for (let j = 0; j < segments; j += 1) {
        const k = (ringStart + j) * 3;
        centre.x += (this.positions[k] ?? 0) / segments;
        centre.y += (this.positions[k + 1] ?? 0) / segments;
        centre.z += (this.positions[k + 2] ?? 0) / segments;
      }
    const centreIndex = this.vertex(centre);
    for (let j = 0; j < segments; j += 1) {
      const a = ringStart + j;
      const b = ringStart + ((j + 1) % segments);
      // Wound like the side quads, with the centre standing in for the ring beyond the end.
      if (end) this.indices.push(a, centreIndex, b);
      else this.indices.push(a, b, centreIndex);
    }
  }

  /** Flips the part's triangles if they face inwards (negative volume about the part's centre). */
  private orientOutwards(firstIndex: number): void {
    const p = this.positions;
    const idx = this.indices;
    let cx = 0;
    let cy = 0;
    let cz = 0;
    const count = idx.length - firstIndex;
    for (let k = firstIndex; k < idx.length; k += 1) {
      const v = (idx[k] ?? 0) * 3;
      cx += (p[v] ?? 0) / count;
      cy += (p[v + 1] ?? 0) / count;
      cz += (p[v + 2] ?? 0) / count;
    }
    let volume = 0;
    for (let k = firstIndex; k < idx.length; k += 3) {
      const a = (idx[k] ?? 0) * 3;
      const b = (idx[k + 1] ?? 0) * 3;
      const c = (idx[k + 2] ?? 0) * 3;
      const ax = (p[a] ?? 0) - cx;
      const ay = (p[a + 1] ?? 0) - cy;
      const az = (p[a + 2] ?? 0) - cz;
      const bx = (p[b] ?? 0) - cx;
      const by = (p[b + 1] ?? 0) - cy;
      const bz = (p[b + 2] ?? 0) - cz;
      const qx = (p[c] ?? 0) - cx;
      const qy = (p[c + 1] ?? 0) - cy;
      const qz = (p[c + 2] ?? 0) - cz;
      volume += ax * (by * qz - bz * qy) - ay * (bx * qz - bz * qx) + az * (bx * qy - by * qx);
    }
    if (volume >= 0) return;
    for (let k = firstIndex; k < idx.length; k += 3) {
      const b = idx[k + 1] ?? 0;
      idx[k + 1] = idx[k + 2] ?? 0;
      idx[k + 2] = b;
    }
  }
}
