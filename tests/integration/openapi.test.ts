// The OpenAPI document at /api/openapi.json and the reference page at /api/docs: public, generated from the zod
// schemas the routes validate with, and describing only routes the app really answers.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { startServer, type TestServer } from '../support/start-server.ts';

let server: TestServer;
let anonymous: ApiClient;
let doc: any;

beforeAll(async () => {
  server = await startServer();
  anonymous = new ApiClient(server.url);
  const res = await anonymous.get('/api/openapi.json');
  expect(res.status).toBe(200);
  doc = res.body;
});
afterAll(async () => {
  await server.stop();
});

const bodySchema = (path: string, method: string) =>
  doc.paths[path][method].requestBody.content['application/json'].schema;

describe('GET /api/openapi.json', () => {
  it('is public OpenAPI 3.1 with the cookie scheme and the error shape', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBe('Bedside API');
    expect(doc.components.securitySchemes.sessionCookie).toMatchObject({
      in: 'cookie',
      name: 'bedside_session',
    });
    expect(doc.components.schemas.Error.properties.error.required).toEqual(['code', 'message']);
  });

  it("carries the routes' own zod rules: limits, formats, enums, unknown fields refused", () => {
    const turn = bodySchema('/api/sessions/{id}/turns', 'post');
    expect(turn).toMatchObject({ type: 'object', required: ['text'], additionalProperties: false });
    expect(turn.properties.text).toMatchObject({ type: 'string', minLength: 1, maxLength: 2000 });
    const register = bodySchema('/api/auth/register', 'post');
    expect(register.properties.email.format).toBe('email');
    expect(register.required.sort()).toEqual(['email', 'name', 'password']);
    expect(bodySchema('/api/users/{id}/role', 'patch').properties.role.enum).toEqual([
      'learner',
      'instructor',
      'admin',
    ]);
    expect(bodySchema('/api/sessions', 'post').required ?? []).toEqual([]);
    expect(register.properties.inviteCode).toMatchObject({ type: 'string', maxLength: 100 });
    expect(bodySchema('/api/cohorts/{id}/assignments', 'post')).toMatchObject({
      required: ['scenarioId'],
      additionalProperties: false,
    });
    expect(bodySchema('/api/cohorts/{id}/assignments', 'post').properties.dueAt.format).toBe('date-time');
    expect(doc.paths['/api/sessions/{id}/end'].post.requestBody.required).toBe(false);
    expect(
      doc.components.schemas.LiveClientMessage.oneOf ?? doc.components.schemas.LiveClientMessage.anyOf,
    ).toHaveLength(3);
  });

  it('marks access, the path parameters and the errors each operation can answer', () => {
    const turns = doc.paths['/api/sessions/{id}/turns'].post;
    expect(turns.security).toEqual([{ sessionCookie: [] }]);
    expect(turns.parameters).toEqual([
      { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
    ]);
    expect(Object.keys(turns.responses)).toEqual(expect.arrayContaining(['200', '401', '403', '413', '422']));
    expect(Object.keys(turns.responses['200'].content)).toEqual(['application/json', 'text/event-stream']);
    expect(doc.paths['/api/auth/login'].post.security).toEqual([]);
    expect(doc.paths['/api/users'].get['x-roles']).toEqual(['admin']);
    expect(doc.paths['/api/cohorts'].post['x-roles']).toEqual(['instructor', 'admin']);
    expect(doc.paths['/api/cohorts/join'].post['x-roles']).toEqual(['learner']);
    expect(doc.paths['/api/cohorts/{id}/learners/{userId}/progress'].get.parameters).toEqual([
      { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
      { name: 'userId', in: 'path', required: true, schema: { type: 'string' } },
    ]);
    const audit = doc.paths['/api/audit'].get;
    expect(audit.parameters.map((q: any) => [q.name, q.in, q.required])).toEqual([
      ['limit', 'query', false],
      ['before', 'query', false],
    ]);
    expect(audit.parameters[0].schema).toMatchObject({ minimum: 1, maximum: 200 });
    expect(Object.keys(audit.responses)).toEqual(expect.arrayContaining(['200', '401', '403', '422']));
    const ids = Object.values(doc.paths).flatMap((ops: any) =>
      Object.values(ops).map((op: any) => op.operationId),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists only routes the app answers (none falls through to the unknown-route 404)', async () => {
    const learner = new ApiClient(server.url);
    await learner.register('reader@example.org', 'Reader');
    for (const [path, ops] of Object.entries<any>(doc.paths)) {
      for (const method of Object.keys(ops)) {
        const res = await learner.request(
          method.toUpperCase(),
          path.replace(/\{\w+\}/g, 'no-such-id'),
          method === 'get' ? undefined : {},
        );
        const fellThrough = res.status === 404 && res.body?.error?.message === 'API route not found.';
        expect(fellThrough, `${method.toUpperCase()} ${path}`).toBe(false);
      }
    }
  });
});

describe('GET /api/docs', () => {
  it('is a public HTML page with every operation, its own stylesheet, no script and nothing from elsewhere', async () => {
    const res = await fetch(`${server.url}/api/docs`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const page = await res.text();
    for (const [path, ops] of Object.entries<any>(doc.paths)) {
      for (const op of Object.values<any>(ops)) expect(page).toContain(`id="${op.operationId}"`);
      expect(page).toContain(path.replace(/&/g, '&amp;'));
    }
    expect(page).toContain('at most 2000 characters');
    expect(page).toContain('<h4>Query parameters</h4>');
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//i);
    const css = await fetch(`${server.url}/api/docs/docs.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/text\/css/);
  });
});
