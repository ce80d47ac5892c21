// Builds the client from `client/` into `client/dist/`; in development, proxies the API to the local server.

import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VAD_ASSETS_PATH, XR_PROFILES_PATH } from '../server/protocol.ts';

const apiServer = 'http://127.0.0.1:3000';
const NO_EMULATOR = '\0bedside-no-xr-emulator';

/**
 * @pmndrs/xr can load a WebXR emulator (iwer and its sample rooms, about 5 MB) on demand. Bedside turns that
 * option off (tests install iwer themselves), so the emulator is left out of the build instead of shipped unused.
 */
function withoutXrEmulator(): Plugin {
  return {
    name: 'bedside-without-xr-emulator',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './emulate.js' && importer?.includes('@pmndrs/xr')) return NO_EMULATOR;
      return null;
    },
    load(id) {
      if (id !== NO_EMULATOR) return null;
      return "export function emulate() { throw new Error('The WebXR emulator is not part of this build'); }";
    },
  };
}

/**
 * Libraries' default CDN addresses, and what Bedside serves or passes instead. Each is a default that Bedside
 * overrides at run time, but a hospital network audit (and our no-CDN test) reads the shipped code: the build
 * leaves them out. @pmndrs/xr's controller profiles come from XR_PROFILES_PATH; troika's fallback fonts for glyphs
 * missing from the shipped font are not fetched from anywhere (captions use the bundled Noto Sans).
 */
const CDN_DEFAULTS: readonly [string, string][] = [
  ['https://cdn.jsdelivr.net/npm/@webxr-input-profiles/assets@1.0/dist/profiles/', `${XR_PROFILES_PATH}/`],
  ['https://cdn.jsdelivr.net/gh/lojjic/unicode-font-resolver@v1.0.1/packages/data', '/no-fallback-fonts'],
];

function withoutCdnDefaults(): Plugin {
  return {
    name: 'bedside-without-cdn-defaults',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('node_modules') || !code.includes('cdn.jsdelivr.net')) return null;
      let out = code;
      for (const [from, to] of CDN_DEFAULTS) out = out.split(from).join(to);
      return out === code ? null : { code: out, map: null };
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), withoutXrEmulator(), withoutCdnDefaults()],
  // The scene chunk (three.js, WebXR) is about 1.2 MB minified but loads only with a conversation.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1400 },
  server: {
    // The live channel is a WebSocket; the voice detector's files come from the server, as in production.
    proxy: {
      '/api': { target: apiServer, ws: true },
      '/healthz': apiServer,
      [XR_PROFILES_PATH]: apiServer,
      [VAD_ASSETS_PATH]: apiServer,
    },
  },
});
