// Builds the client before start when its bundle is missing or older than its sources, so `bedside start` and
// `npm start` behave the same. A deployment without dev dependencies must ship client/dist prebuilt.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

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

/** Runs the Vite build when needed; returns what it did. */
export async function ensureClientBuilt(
  clientDir: string,
  distDir: string,
): Promise<'fresh' | 'built' | 'unavailable'> {
  if (!existsSync(join(clientDir, 'index.html')) || !clientNeedsBuild(clientDir, distDir)) return 'fresh';
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    return 'unavailable';
  }
  await vite.build({ configFile: join(clientDir, 'vite.config.ts'), logLevel: 'warn' });
  return 'built';
}
