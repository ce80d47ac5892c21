// A small deterministic random source, so that a session replays the same way from the same seed. The server's
// simulation and the client's avatars both use it: it lives in `shared/` (pure code that imports nothing) because it
// is not part of the wire contract, and the client imports nothing from `server/` but `server/protocol.ts`.

/** Returns numbers in [0,1) from a string seed (FNV-1a hash into mulberry32). */
export function seededRandom(seed: string): () => number {
  return mulberry32(hashText(seed));
}

/** A small fast generator (mulberry32): numbers in [0,1) from a 32-bit seed; for simulation, never for secrets. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable 32-bit hash of text (FNV-1a). */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
