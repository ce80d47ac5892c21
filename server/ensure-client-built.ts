// Builds the client before start when its bundle is missing or older than its sources, so `bedside start` and
// `npm start` behave the same. A deployment without dev dependencies must ship client/dist prebuilt.

import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Newest modification time (ms) of any file under `dir`, or 0 when it does not exist. */
function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

export function clientNeedsBuild(clientDir: string, distDir: string): boolean {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return true;
  const sources = Math.max(
    newestMtime(join(clientDir, 'src')),
    statSync(join(clientDir, 'index.html')).mtimeMs,
  );
  return sources > statSync(index).mtimeMs;
}

/**
 * Runs the Vite build when needed, in a child process so the bundler's memory never joins the server's.
 * Returns what it did.
 */
export async function ensureClientBuilt(
  clientDir: string,
  distDir: string,
): Promise<'fresh' | 'built' | 'unavailable'> {
  if (!existsSync(join(clientDir, 'index.html')) || !clientNeedsBuild(clientDir, distDir)) return 'fresh';
  let viteBin: string;
  try {
    viteBin = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  } catch {
    return 'unavailable';
  }
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [viteBin, 'build', '--config', join(clientDir, 'vite.config.ts'), '--logLevel', 'warn'],
      {
        stdio: 'inherit',
      },
    );
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`Building the client failed (exit code ${code}).`);
  return 'built';
}
