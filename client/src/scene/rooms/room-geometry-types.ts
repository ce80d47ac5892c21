// What a room builder returns: two merged geometries, so a room costs two draw calls whatever it holds.

import type { BufferGeometry } from 'three';

export interface RoomGeometry {
  /** Everything lit by the room's lights (vertex colours, one Lambert material). */
  solid: BufferGeometry;
  /** What gives light or shows a screen: window glass, light panels, a lamp shade, the monitor (unlit colours). */
  glow: BufferGeometry;
}
