// The WebXR headset emulator for browser tests: iwer bundled into one script to inject before the app starts.
// Built once per process with Vite's JS API, and cached on disk keyed by the iwer version and the entry's text.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('./xr-emulator-entry.ts', import.meta.url));
const CACHE_DIR = 'node_modules/.cache/bedside-xr';

let script: Promise<string> | undefined;

/** The emulator as an IIFE string for `addInitScript`: installs iwer's Quest 3 and sets `window.__iwerDevice`. */
export function xrEmulatorScript(): Promise<string> {
  script ??= loadOrBuild();
  return script;
}

async function loadOrBuild(): Promise<string> {
  const iwerVersion = JSON.parse(readFileSync('node_modules/iwer/package.json', 'utf8')).version as string;
  const key = createHash('sha256').update(iwerVersion).update(readFileSync(ENTRY)).digest('hex').slice(0, 16);
  const cached = join(CACHE_DIR, `xr-emulator-${key}.js`);
  if (existsSync(cached)) return readFileSync(cached, 'utf8');
  const code = await bundle();
  mkdirSync(CACHE_DIR, { recursive: true });
  // Written aside and renamed, so a test file in another worker never reads half a script.
  const partial = `${cached}.${process.pid}.tmp`;
  writeFileSync(partial, code);
  renameSync(partial, cached);
  return code;
}

async function bundle(): Promise<string> {
  const { build } = await import('vite');
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      minify: true,
      lib: { entry: ENTRY, formats: ['iife'], name: 'bedsideXrEmulator', fileName: 'xr-emulator' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const chunk = outputs.find((o) => o.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('xr-emulator: Vite produced no script for the iwer entry');
  return chunk.code;
}
