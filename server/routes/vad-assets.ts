// Serves the files the browser's voice activity detector loads (vad-web's audio worklet and Silero v5 model,
// onnxruntime-web's WebAssembly runtime) from the installed packages, so no CDN is needed and a hospital network
// that blocks one still gets voice. Only the four files below are served; anything else answers 404.

import { createReadStream, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { errors } from '../domain-errors.ts';

const JAVASCRIPT = 'text/javascript; charset=utf-8';

interface Asset {
  path: string;
  type: string;
  etag: string;
}

/** The files vad-web 0.0.31 asks for with `model: 'v5'`, by the name it asks for them under. */
function vadAssets(): ReadonlyMap<string, Asset> {
  const vadIndex = createRequire(import.meta.url).resolve('@ricky0123/vad-web/dist/index.js');
  // onnxruntime-web is vad-web's dependency: resolve it from there, and through its exported file paths.
  const ort = createRequire(vadIndex);
  const files: [string, string, string][] = [
    ['vad.worklet.bundle.min.js', join(dirname(vadIndex), 'vad.worklet.bundle.min.js'), JAVASCRIPT],
    ['silero_vad_v5.onnx', join(dirname(vadIndex), 'silero_vad_v5.onnx'), 'application/octet-stream'],
    [
      'ort-wasm-simd-threaded.wasm',
      ort.resolve('onnxruntime-web/ort-wasm-simd-threaded.wasm'),
      'application/wasm',
    ],
    ['ort-wasm-simd-threaded.mjs', ort.resolve('onnxruntime-web/ort-wasm-simd-threaded.mjs'), JAVASCRIPT],
  ];
  return new Map(
    files.map(([name, path, type]) => {
      const { size, mtimeMs } = statSync(path);
      return [name, { path, type, etag: `"${size.toString(16)}-${Math.round(mtimeMs).toString(16)}"` }];
    }),
  );
}

/** Mount at `VAD_ASSETS_PATH`. Public, like the client's own scripts: nothing here is personal. */
export function vadAssetRoutes() {
  const assets = vadAssets();
  return (
    new Hono()
      // The runtime is 15 MB of WebAssembly; gzip takes it to about a quarter.
      .use('*', compress())
      .get('/:name', (c) => {
        const asset = assets.get(c.req.param('name'));
        if (!asset) throw errors.notFound('Voice detector file');
        c.header('Cache-Control', 'public, max-age=86400');
        c.header('ETag', asset.etag);
        if (sameVersion(c.req.header('if-none-match'), asset.etag)) return c.body(null, 304);
        c.header('Content-Type', asset.type);
        const stream = Readable.toWeb(createReadStream(asset.path)) as ReadableStream<Uint8Array>;
        return c.body(stream);
      })
      .all('*', () => {
        throw errors.notFound('Voice detector file');
      })
  );
}

/** `If-None-Match` names this version (compression turns the ETag weak, `W/"…"`; either form matches). */
function sameVersion(header: string | undefined, etag: string): boolean {
  return (header ?? '').split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
