// The voice activity detector's files come from this server, byte for byte as installed, not from a CDN.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VAD_ASSETS_PATH } from '../../server/protocol.ts';
import { startServer, type TestServer } from '../support/start-server.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
}, 30_000);

afterAll(async () => {
  await server?.stop();
});

const vadIndex = createRequire(import.meta.url).resolve('@ricky0123/vad-web/dist/index.js');
const ortRequire = createRequire(vadIndex);
const installed = {
  'vad.worklet.bundle.min.js': join(dirname(vadIndex), 'vad.worklet.bundle.min.js'),
  'silero_vad_v5.onnx': join(dirname(vadIndex), 'silero_vad_v5.onnx'),
  'ort-wasm-simd-threaded.wasm': ortRequire.resolve('onnxruntime-web/ort-wasm-simd-threaded.wasm'),
  'ort-wasm-simd-threaded.mjs': ortRequire.resolve('onnxruntime-web/ort-wasm-simd-threaded.mjs'),
};
const types: Record<keyof typeof installed, RegExp> = {
  'vad.worklet.bundle.min.js': /^text\/javascript/,
  'silero_vad_v5.onnx': /^application\/octet-stream/,
  'ort-wasm-simd-threaded.wasm': /^application\/wasm$/,
  'ort-wasm-simd-threaded.mjs': /^text\/javascript/,
};

describe('voice detector assets', () => {
  for (const [name, path] of Object.entries(installed) as [keyof typeof installed, string][]) {
    it(`serves ${name} without signing in, as installed, cacheable`, async () => {
      const response = await fetch(`${server.url}${VAD_ASSETS_PATH}/${name}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(types[name]);
      expect(response.headers.get('cache-control')).toMatch(/max-age=\d+/);
      const body = Buffer.from(await response.arrayBuffer());
      expect(body.equals(readFileSync(path))).toBe(true);
    });
  }

  it('compresses the WebAssembly runtime and answers a repeat visit with 304', async () => {
    const url = `${server.url}${VAD_ASSETS_PATH}/ort-wasm-simd-threaded.wasm`;
    const first = await fetch(url, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(first.headers.get('content-encoding')).toBe('gzip');
    await first.arrayBuffer();
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^(W\/)?".+"$/);
    const again = await fetch(url, { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
  });

  it('answers 404 for files it does not serve and for paths outside its folder', async () => {
    for (const path of ['silero_vad_legacy.onnx', 'ort.wasm.min.mjs', '..%2F..%2Fpackage.json', 'a/b']) {
      const response = await fetch(`${server.url}${VAD_ASSETS_PATH}/${path}`);
      expect(response.status, path).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not_found');
    }
  });
});
