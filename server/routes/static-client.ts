// Serves the built client, with index.html for the client's own page addresses (/sessions/…, /cohorts/…) so a
// reload or a deep link opens the page. A missing file (a name with an extension) is a plain 404, not the app.

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Bedside</title>
<p>The Bedside client has not been built yet. Run <code>npm run build</code>, or start with <code>npm start</code>.</p>`;

/** A request for a file rather than a page: its last segment has an extension (`.js`, `.png`, `.ico`). */
const FILE_NAME = /\.[a-z0-9]+$/i;

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
    .get('*', (c) => {
      if (FILE_NAME.test(c.req.path)) return c.text('Not found', 404);
      // The page names this build's assets: a browser keeps it only while it is still the current one.
      c.header('Cache-Control', 'no-cache');
      return c.html(indexHtml);
    });
}
