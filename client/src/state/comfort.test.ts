import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BedsideApi } from '../api/api-client.ts';
import {
  browserComfortStorage,
  COMFORT_KEY,
  type ComfortStorage,
  defaultComfort,
  readComfort,
  withComfort,
  writeComfort,
} from './comfort.ts';
import { createBedsideStore } from './store.ts';

/** An in-memory storage, like localStorage for one key space. */
function memoryStorage(initial: Record<string, string> = {}): ComfortStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, get: (key) => data.get(key) ?? null, set: (key, value) => void data.set(key, value) };
}

const fallback = { reducedMotion: false, captionSize: 'medium' } as const;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('defaultComfort', () => {
  it('follows the system reduce-motion preference and starts captions at medium', () => {
    expect(defaultComfort(true)).toEqual({ reducedMotion: true, captionSize: 'medium' });
    expect(defaultComfort(false)).toEqual({ reducedMotion: false, captionSize: 'medium' });
  });

  it('asks matchMedia when there is one, and assumes full motion when there is not', () => {
    expect(defaultComfort().reducedMotion).toBe(false);
    const matchMedia = vi.fn((query: string) => ({ matches: query === '(prefers-reduced-motion: reduce)' }));
    vi.stubGlobal('matchMedia', matchMedia);
    expect(defaultComfort().reducedMotion).toBe(true);
    expect(matchMedia).toHaveBeenCalledWith('(prefers-reduced-motion: reduce)');
  });
});

describe('readComfort', () => {
  it('reads what was written', () => {
    const storage = memoryStorage();
    writeComfort(storage, { reducedMotion: true, captionSize: 'large' });
    expect(storage.data.get(COMFORT_KEY)).toBe('{"reducedMotion":true,"captionSize":"large"}');
    expect(readComfort(storage, fallback)).toEqual({ reducedMotion: true, captionSize: 'large' });
  });

  it.each([
    ['nothing stored', undefined],
    ['not JSON', '{reducedMotion: true'],
    ['JSON null', 'null'],
    ['a string', '"large"'],
    ['an array', '[true, "large"]'],
  ])('falls back to the defaults for %s', (_, stored) => {
    const storage = memoryStorage(stored === undefined ? {} : { [COMFORT_KEY]: stored });
    expect(readComfort(storage, fallback)).toEqual(fallback);
  });

  it('keeps the good fields and defaults the bad ones', () => {
    const storage = memoryStorage({ [COMFORT_KEY]: '{"reducedMotion":"yes","captionSize":"small"}' });
    expect(readComfort(storage, fallback)).toEqual({ reducedMotion: false, captionSize: 'small' });
    storage.set(COMFORT_KEY, '{"reducedMotion":true,"captionSize":"huge"}');
    expect(readComfort(storage, fallback)).toEqual({ reducedMotion: true, captionSize: 'medium' });
  });

  it('survives storage that throws, or none at all', () => {
    const broken: ComfortStorage = {
      get: () => {
        throw new Error('SecurityError');
      },
      set: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readComfort(broken, fallback)).toEqual(fallback);
    expect(() => writeComfort(broken, fallback)).not.toThrow();
    expect(readComfort(null, fallback)).toEqual(fallback);
  });
});

describe('withComfort', () => {
  it('changes only the given fields', () => {
    expect(withComfort(fallback, { captionSize: 'large' })).toEqual({
      reducedMotion: false,
      captionSize: 'large',
    });
    expect(withComfort(fallback, { reducedMotion: true })).toEqual({
      reducedMotion: true,
      captionSize: 'medium',
    });
  });

  it('names the field and what was expected for a value of the wrong kind', () => {
    expect(() => withComfort(fallback, { captionSize: 'huge' as never })).toThrow(
      /comfort\.captionSize: expected small, medium, large, got huge/,
    );
    expect(() => withComfort(fallback, { reducedMotion: 'yes' as never })).toThrow(
      /comfort\.reducedMotion: expected true or false/,
    );
  });
});

describe('browserComfortStorage', () => {
  it('is null without localStorage, and wraps it when present', () => {
    expect(browserComfortStorage()).toBeNull();
    const items = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => items.set(key, value),
    });
    browserComfortStorage()?.set(COMFORT_KEY, '{}');
    expect(items.get(COMFORT_KEY)).toBe('{}');
  });
});

describe('the store', () => {
  const api = {
    async logout() {},
  } as unknown as BedsideApi;

  it('starts from the stored settings and saves every change', () => {
    const storage = memoryStorage({ [COMFORT_KEY]: '{"reducedMotion":true,"captionSize":"small"}' });
    const store = createBedsideStore(api, { comfortStorage: storage });
    expect(store.getState().comfort).toEqual({ reducedMotion: true, captionSize: 'small' });

    store.getState().setComfort({ captionSize: 'large' });
    expect(store.getState().comfort).toEqual({ reducedMotion: true, captionSize: 'large' });
    expect(readComfort(storage, fallback)).toEqual({ reducedMotion: true, captionSize: 'large' });

    // Another store on the same device (a reload) picks the settings up.
    expect(createBedsideStore(api, { comfortStorage: storage }).getState().comfort.captionSize).toBe('large');
  });

  it('without storage, uses the defaults and keeps changes for this visit', () => {
    const store = createBedsideStore(api, { comfortStorage: null });
    expect(store.getState().comfort).toEqual({ reducedMotion: false, captionSize: 'medium' });
    store.getState().setComfort({ reducedMotion: true });
    expect(store.getState().comfort.reducedMotion).toBe(true);
  });

  it('keeps the settings when the learner signs out: they belong to the device', async () => {
    const store = createBedsideStore(api, { comfortStorage: memoryStorage() });
    store.getState().setComfort({ captionSize: 'small', reducedMotion: true });
    await store.getState().signOut();
    expect(store.getState().view).toEqual({ name: 'auth', mode: 'sign-in' });
    expect(store.getState().comfort).toEqual({ reducedMotion: true, captionSize: 'small' });
  });
});
