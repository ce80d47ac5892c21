// GET /api/openapi.json and GET /api/docs (with its stylesheet): public, built once from the operations list.

import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { buildOpenApiDocument } from './build-document.ts';
import { renderDocsPage } from './docs-page.ts';
import { DOCS_CSS } from './docs-style.ts';

export const OPENAPI_PATH = '/api/openapi.json';
export const DOCS_PATH = '/api/docs';

const appVersion = (): string =>
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version as string;

/** Mounted at the root, before the sign-in check, so both are readable without an account. */
export function openApiRoutes(maxBodyBytes: number) {
  const document = buildOpenApiDocument(appVersion(), maxBodyBytes);
  const page = renderDocsPage(document, `${DOCS_PATH}/docs.css`, OPENAPI_PATH);
  return new Hono()
    .get(OPENAPI_PATH, (c) => c.json(document))
    .get(DOCS_PATH, (c) => c.html(page))
    .get(`${DOCS_PATH}/docs.css`, (c) =>
      c.body(DOCS_CSS, 200, { 'content-type': 'text/css; charset=utf-8' }),
    );
}
