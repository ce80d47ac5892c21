// Builds the OpenAPI 3.1 document from the operations list: request bodies are converted from the routes' own zod
// schemas (zod's JSON Schema output, which OpenAPI 3.1 takes as is), and each operation gets the errors that its
// access and method make possible, in the one error shape every route uses.

import { z } from 'zod';
import { SESSION_COOKIE } from '../http/require-user.ts';
import { clientMessage } from '../routes/live-routes.ts';
import { OPERATIONS, type Operation, TAGS } from './operations.ts';

type JsonSchema = Record<string, unknown>;

const errorBody = z.strictObject({
  error: z.strictObject({
    code: z.string().describe('Stable, for programs: e.g. `validation_failed`, `cross_origin`.'),
    message: z.string().describe('Safe to show a person; never a stack trace.'),
  }),
});

/** A zod schema as JSON Schema, describing what a client sends (before defaults and trimming). */
export function toJsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return rest;
}

const ERROR_CONTENT = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };

/** The errors any operation of this kind can answer, beyond its own. */
function commonErrors(op: Operation, maxBodyBytes: number): Record<number, string> {
  const out: Record<number, string> = {};
  if (op.access !== 'public') out[401] = 'Not signed in (no valid session cookie).';
  if (op.access === 'admin') out[403] = 'Signed in without the admin role.';
  if (op.access === 'instructor') out[403] = 'Signed in as a learner.';
  if (op.access === 'learner') out[403] = 'Signed in as an instructor or admin.';
  if (op.method !== 'get') {
    out[403] = `${out[403] ? `${out[403]} Or: ` : ''}Sent by a page on another site (\`cross_origin\`).`;
    out[413] = `The body is larger than ${maxBodyBytes} bytes; the connection is closed.`;
  }
  if (op.body || op.query) {
    out[422] = `The ${op.body ? 'body' : 'query'} does not match the schema; the message names the field.`;
  }
  if (op.body) {
    out[400] = 'The body is not valid JSON.';
    out[415] = 'The body is not sent as application/json.';
  }
  return out;
}

function operationObject(op: Operation, maxBodyBytes: number): JsonSchema {
  const responses: Record<string, unknown> = {};
  const produced = Object.fromEntries((op.produces ?? ['application/json']).map((type) => [type, {}]));
  const all = { ...commonErrors(op, maxBodyBytes), ...op.responses };
  for (const [status, description] of Object.entries(all).sort(([a], [b]) => Number(a) - Number(b))) {
    const code = Number(status);
    responses[status] =
      code >= 400
        ? { description, content: ERROR_CONTENT }
        : code === 101
          ? { description }
          : { description, content: produced };
  }
  const parameters = [
    ...[...op.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: { type: 'string' },
    })),
    ...queryParameters(op.query),
  ];
  return {
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    operationId: operationId(op),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(op.body
      ? {
          requestBody: {
            required: !op.body.optional,
            content: { 'application/json': { schema: toJsonSchema(op.body.schema) } },
          },
        }
      : {}),
    responses,
    security: op.access === 'public' ? [] : [{ sessionCookie: [] }],
    ...(ROLES[op.access] ? { 'x-roles': ROLES[op.access] } : {}),
  };
}

/** The roles an operation is open to, where it is not open to every signed-in user. */
const ROLES: Partial<Record<Operation['access'], string[]>> = {
  learner: ['learner'],
  instructor: ['instructor', 'admin'],
  admin: ['admin'],
};

/** Each of the query schema's fields as an OpenAPI query parameter (query strings are text the route converts). */
function queryParameters(query: Operation['query']): JsonSchema[] {
  if (!query) return [];
  const schema = toJsonSchema(query) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: schema.required?.includes(name) ?? false,
    schema: property,
  }));
}

/** A stable name for code generators: the method and the path's words, e.g. `postApiSessionsIdTurns`. */
export function operationId(op: Pick<Operation, 'method' | 'path'>): string {
  const words = op.path.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return op.method + words.map((w) => w[0]?.toUpperCase() + w.slice(1)).join('');
}

/** The whole OpenAPI document. `version` is the app's own; `maxBodyBytes` the request body limit. */
export function buildOpenApiDocument(version: string, maxBodyBytes: number): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    paths[op.path] ??= {};
    (paths[op.path] as Record<string, unknown>)[op.method] = operationObject(op, maxBodyBytes);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Bedside API',
      version,
      description:
        'The HTTP API of Bedside, generated from the zod schemas the server validates requests with. Errors are JSON `{ error: { code, message } }`. State-changing requests from pages on other sites are refused.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    tags: TAGS,
    paths,
    components: {
      securitySchemes: {
        sessionCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: SESSION_COOKIE,
          description: 'Set by register and login (HttpOnly, SameSite=Strict).',
        },
      },
      schemas: { Error: toJsonSchema(errorBody), LiveClientMessage: toJsonSchema(clientMessage) },
    },
  };
}
