// Serves the WebXR input profiles (controller and hand models) from the installed package, so a headset loads
// them from this server instead of a CDN that a hospital network may block.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';

export const XR_PROFILES_PREFIX = '/xr-profiles';

export function xrProfiles() {
  const packageJson = createRequire(import.meta.url).resolve('@webxr-input-profiles/assets/package.json');
  return serveStatic({
    root: join(dirname(packageJson), 'dist', 'profiles'),
    rewriteRequestPath: (path) => path.slice(XR_PROFILES_PREFIX.length),
    onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=86400'),
  });
}
