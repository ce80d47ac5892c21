// Serves the WebXR input profiles (controller and hand models) from the installed package, so a headset loads
// them from this server instead of a CDN that a hospital network may block. Anything missing answers 404.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { errors } from '../domain-errors.ts';
import { XR_PROFILES_PATH } from '../protocol.ts';

/** Mount at `XR_PROFILES_PATH`. */
export function xrProfileRoutes() {
  const packageJson = createRequire(import.meta.url).resolve('@webxr-input-profiles/assets/package.json');
  return new Hono()
    .use(
      '*',
      serveStatic({
        root: join(dirname(packageJson), 'dist', 'profiles'),
        rewriteRequestPath: (path) => path.slice(XR_PROFILES_PATH.length),
        onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=86400'),
      }),
    )
    .all('*', () => {
      throw errors.notFound('XR profile');
    });
}
