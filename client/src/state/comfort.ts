// The learner's comfort settings (less motion, caption size): a per-device preference kept in local storage.

export const CAPTION_SIZES = ['small', 'medium', 'large'] as const;
export type CaptionSize = (typeof CAPTION_SIZES)[number];

export interface Comfort {
  /** Calm the scene: no idle sway, no camera moves, instant transitions. */
  reducedMotion: boolean;
  captionSize: CaptionSize;
}

/** Where the settings live: a string under a key, like `localStorage`; a fake in tests. */
export interface ComfortStorage {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

export const COMFORT_KEY = 'bedside.comfort';

/** The settings before the learner chooses: motion follows the system's "reduce motion" preference. */
export function defaultComfort(prefersReducedMotion = systemPrefersReducedMotion()): Comfort {
  return { reducedMotion: prefersReducedMotion, captionSize: 'medium' };
}

/** Reads the stored settings; anything missing, unreadable or malformed falls back to `fallback`, field by field. */
export function readComfort(storage: ComfortStorage | null, fallback: Comfort = defaultComfort()): Comfort {
  let stored: unknown;
  try {
    stored = JSON.parse(storage?.get(COMFORT_KEY) ?? 'null');
  } catch {
    return fallback;
  }
  if (typeof stored !== 'object' || stored === null) return fallback;
  const { reducedMotion, captionSize } = stored as Record<string, unknown>;
  return {
    reducedMotion: typeof reducedMotion === 'boolean' ? reducedMotion : fallback.reducedMotion,
    captionSize: isCaptionSize(captionSize) ? captionSize : fallback.captionSize,
  };
}

/** Applies a change from the settings form; a value of the wrong kind is a bug, so it fails loudly. */
export function withComfort(current: Comfort, change: Partial<Comfort>): Comfort {
  const next = { ...current };
  if (change.reducedMotion !== undefined) {
    if (typeof change.reducedMotion !== 'boolean')
      throw new TypeError(
        `comfort.reducedMotion: expected true or false, got ${String(change.reducedMotion)}`,
      );
    next.reducedMotion = change.reducedMotion;
  }
  if (change.captionSize !== undefined) {
    if (!isCaptionSize(change.captionSize))
      throw new TypeError(
        `comfort.captionSize: expected ${CAPTION_SIZES.join(', ')}, got ${String(change.captionSize)}`,
      );
    next.captionSize = change.captionSize;
  }
  return next;
}

/** Saves the settings; a full or disabled storage only means they are not remembered next time. */
export function writeComfort(storage: ComfortStorage | null, comfort: Comfort): void {
  try {
    storage?.set(COMFORT_KEY, JSON.stringify(comfort));
  } catch {
    // Not remembering a preference is no reason to interrupt the learner.
  }
}

/** `window.localStorage` behind the port, or null where there is none (or it is blocked, which throws). */
export function browserComfortStorage(): ComfortStorage | null {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return null;
    return { get: (key) => storage.getItem(key), set: (key, value) => storage.setItem(key, value) };
  } catch {
    return null;
  }
}

export function isCaptionSize(value: unknown): value is CaptionSize {
  return CAPTION_SIZES.includes(value as CaptionSize);
}

function systemPrefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
