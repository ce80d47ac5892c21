// The built client fetches nothing from a CDN (a hospital network may block them, and an audit reads the code):
// no CDN address anywhere in client/dist. The voice detector is in the build, loaded lazily, not on first visit.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const DIST = 'client/dist';
/** Hosts that serve npm packages, GitHub files or fonts to browsers. */
const CDN =
  /\b(cdn\.jsdelivr\.net|unpkg\.com|cdnjs\.cloudflare\.com|esm\.sh|cdn\.skypack\.dev|jspm\.io|raw\.githack\.com|raw\.githubusercontent\.com|fonts\.googleapis\.com|fonts\.gstatic\.com|cdn\.babylonjs\.com|ajax\.googleapis\.com)\b/g;

let files: { name: string; text: string }[] = [];

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html'))) {
    // `npm test` builds first; this covers running the file on its own in a fresh checkout.
    const { build } = await import('vite');
    await build({ configFile: 'client/vite.config.ts', logLevel: 'warn' });
  }
  files = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(m?js|html|css|json|svg)$/.test(name))
    .map((name) => ({ name, text: readFileSync(join(DIST, name), 'utf8') }));
}, 120_000);

describe('the built client', () => {
  it('names no CDN anywhere', () => {
    expect(files.length).toBeGreaterThan(3);
    const found = files.flatMap(({ name, text }) => [...text.matchAll(CDN)].map((m) => `${name}: ${m[0]}`));
    expect(found).toEqual([]);
  });

  it('loads the voice detector and its runtime lazily, from Bedside', () => {
    const html = files.find((f) => f.name === 'index.html')?.text ?? '';
    const initial = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
    expect(initial.length).toBeGreaterThan(0);
    const runtime = files.filter((f) => f.text.includes('ort-wasm-simd-threaded.mjs'));
    expect(runtime.length).toBeGreaterThan(0);
    for (const file of runtime) expect(initial).not.toContain(file.name);
  });
});
