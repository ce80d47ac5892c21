// Builds the client from `client/` into `client/dist/`; in development, proxies the API to the local server.

import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), withoutXrEmulator()],
  // The scene chunk (three.js, WebXR) is about 1.2 MB minified but loads only with a conversation.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1400 },
  server: {
    proxy: { '/api': apiServer, '/healthz': apiServer, '/xr-profiles': apiServer },
  },
});
