// What every endpoint of the fake OpenAI-compatible server shares: reading bodies, OpenAI-shaped errors, and the
// faults that look the same whatever was asked (an HTTP error, a hang, a reset).

import type { IncomingMessage, ServerResponse } from 'node:http';

/** performance.now() when the request arrived, the first content was written and the reply ended. */
export interface FakeTiming {
  receivedAt: number;
  firstContentAt: number | null;
  endedAt: number | null;
  /** When the connection closed before the fake had finished its answer (the client gave up or aborted). */
  abandonedAt?: number;
}

export type FakeHttpFault =
  | { fault: 'http-500'; headers?: Record<string, string> }
  | { fault: 'http-429'; retryAfterSeconds?: number; headers?: Record<string, string> }
  /** Accepts the request and never answers. */
  | { fault: 'hang' }
  /** Destroys the socket as soon as the request has been read. */
  | { fault: 'reset' };

/** Lets the client read what was already sent before the socket goes: a stream error drops queued chunks. */
export const CUT_GRACE_MS = 30;

/** Answers with one of the faults every endpoint shares. */
export function sendFault(step: FakeHttpFault, req: IncomingMessage, res: ServerResponse): void {
  switch (step.fault) {
    case 'http-500':
      sendError(res, 500, 'The server had an error while processing your request.', 'server_error', null, {
        ...step.headers,
      });
      return;
    case 'http-429':
      sendError(res, 429, 'Rate limit reached. Please try again later.', 'requests', 'rate_limit_exceeded', {
        ...(step.retryAfterSeconds === undefined ? {} : { 'retry-after': String(step.retryAfterSeconds) }),
        ...step.headers,
      });
      return;
    case 'hang':
      return;
    case 'reset':
      req.socket.destroy();
      return;
  }
}

export function write(res: ServerResponse, data: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => res.write(data, (err) => (err ? reject(err) : resolve())));
}

export function sendError(
  res: ServerResponse,
  status: number,
  message: string,
  type = 'invalid_request_error',
  code: string | null = null,
  headers: Record<string, string> = {},
) {
  sendJson(res, status, { error: { message, type, param: null, code } }, headers);
}

export function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
) {
  const text = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(text);
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A JSON object body, or null when it is empty, not JSON or not an object. */
export function parseJsonObject(raw: Buffer): Record<string, unknown> | null {
  if (raw.length === 0) return null;
  try {
    const value: unknown = JSON.parse(raw.toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
