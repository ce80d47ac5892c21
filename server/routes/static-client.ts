// Serves the built client, with index.html for every non-API path so the single-page app can route.

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Bedside</title>
<p>The Bedside client has not been built yet. Run <code>npm run build</code>, or start with <code>npm start</code>.</p>`;

export function staticClient(clientDist: string) {
  const root = resolve(clientDist);
  const indexPath = join(root, 'index.html');
  const app = new Hono();
  if (!existsSync(indexPath)) return app.get('*', (c) => c.html(NOT_BUILT, 503));
  const indexHtml = readFileSync(indexPath, 'utf8');
  return app
    .use(
      '/assets/*',
      serveStatic({
        root,
        onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable'),
      }),
    )
    .use('*', serveStatic({ root }))
    .get('*', (c) => c.html(indexHtml));
}
