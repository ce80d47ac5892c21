// Reads a JSON request body and validates it with a zod schema, answering bad input with a clear error.

import type { Context } from 'hono';
import type { z } from 'zod';
import { errors } from '../domain-errors.ts';
import { httpErrors } from './api-error.ts';

export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw httpErrors.unsupportedMediaType();
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch {
    throw httpErrors.invalidJson();
  }
  return parseBody(body, schema);
}

/** Like `readJson`, for a body the client may leave out: an empty body reads as `{}`. */
export async function readOptionalJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  if ((await c.req.text()).trim() === '') return parseBody({}, schema);
  return readJson(c, schema);
}

/** Reads the query string's parameters (each a string) with a zod schema; bad ones answer 422 naming the parameter. */
export function readQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  return parseBody(c.req.query(), schema);
}

function parseBody<S extends z.ZodType>(body: unknown, schema: S): z.output<S> {
  const result = schema.safeParse(body);
  if (!result.success) {
    const message = result.error.issues
      .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'body'}: ${issue.message}`)
      .join('; ');
    throw errors.validation(message);
  }
  return result.data;
}
