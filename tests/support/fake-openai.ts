// A small OpenAI-compatible HTTP server for tests and benches: scripted replies at a chosen pace, and scripted
// faults (HTTP errors, hangs, cut streams, resets) that reach the SDK exactly as a real server's would.

import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';

export type FakeStep =
  | {
      reply: string;
      ttftMs?: number;
      tokensPerSecond?: number;
      usage?: { prompt: number; completion: number };
    }
  | { fault: 'http-500'; headers?: Record<string, string> }
  | { fault: 'http-429'; retryAfterSeconds?: number; headers?: Record<string, string> }
  /** Accepts the request and never answers. */
  | { fault: 'hang' }
  /** Streams the role chunk and `afterChunks` content chunks of `reply`, then destroys the socket. */
  | { fault: 'cut'; afterChunks: number; reply?: string }
  /** Destroys the socket as soon as the request has been read. */
  | { fault: 'reset' };

/** The parts of a chat completion request body the fake reads; everything else is kept as sent. */
export interface FakeChatBody {
  model?: string;
  messages?: Array<{ role: string; content: unknown }>;
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  response_format?: { type: string; json_schema?: { name: string; schema?: unknown; strict?: boolean } };
  [key: string]: unknown;
}

export type FakeBehaviour = FakeStep | ((body: FakeChatBody) => FakeStep);

export interface FakeRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: FakeChatBody | null;
  /** performance.now() when the request arrived, the first content chunk was written and the reply ended. */
  timing: FakeTiming;
}

export interface FakeTiming {
  receivedAt: number;
  firstContentAt: number | null;
  endedAt: number | null;
}

export interface FakeOpenAI {
  /** Base URL ending in `/v1`, for the SDK's `baseURL`. */
  url: string;
  /** Every request received, in order. */
  requests: FakeRequest[];
  /** Queues behaviours for the next chat completion calls, one call each. */
  script(...steps: FakeBehaviour[]): void;
  /** The behaviour used when the queue is empty. */
  setDefault(step: FakeBehaviour): void;
  /** Empties the queue and `requests`, and restores the default reply, between tests. */
  reset(): void;
  close(): Promise<void>;
}

const DEFAULT_STEP: FakeStep = { reply: 'Hello from the fake model.' };
const CUT_REPLY = 'I am not sure I understand what you are telling me about my mother, doctor.';
/** Lets the client read the chunks already sent before the socket goes: a stream error drops queued chunks. */
const CUT_GRACE_MS = 30;

/** Starts the fake on a free loopback port. */
export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const queue: FakeBehaviour[] = [];
  let fallback: FakeBehaviour = DEFAULT_STEP;
  const requests: FakeRequest[] = [];
  const sockets = new Set<Socket>();

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => req.socket.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const timing: FakeTiming = { receivedAt: performance.now(), firstContentAt: null, endedAt: null };
    const raw = await readBody(req);
    const path = new URL(req.url ?? '/', 'http://fake').pathname;
    const body = parseBody(raw);
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers, body, timing });

    if (req.method !== 'POST' || path !== '/v1/chat/completions') {
      return sendError(
        res,
        404,
        `Unknown request URL: ${req.method} ${path}.`,
        'invalid_request_error',
        'unknown_url',
      );
    }
    if (body === null) return sendError(res, 400, 'We could not parse the JSON body of your request.');

    const next = queue.shift() ?? fallback;
    const step = typeof next === 'function' ? next(body) : next;
    const closed = new AbortController();
    res.on('close', () => closed.abort());
    try {
      await respond(step, body, req, res, closed.signal, timing);
    } catch (err) {
      if (!closed.signal.aborted) throw err;
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    script: (...steps) => {
      queue.push(...steps);
    },
    setDefault: (step) => {
      fallback = step;
    },
    reset: () => {
      queue.length = 0;
      requests.length = 0;
      fallback = DEFAULT_STEP;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function respond(
  step: FakeStep,
  body: FakeChatBody,
  req: IncomingMessage,
  res: ServerResponse,
  signal: AbortSignal,
  timing: FakeTiming,
): Promise<void> {
  if (!('fault' in step)) {
    return body.stream ? streamReply(step, body, res, signal, timing) : sendReply(step, body, res, signal);
  }
  switch (step.fault) {
    case 'http-500':
      return sendError(
        res,
        500,
        'The server had an error while processing your request.',
        'server_error',
        null,
        {
          ...step.headers,
        },
      );
    case 'http-429':
      return sendError(
        res,
        429,
        'Rate limit reached. Please try again later.',
        'requests',
        'rate_limit_exceeded',
        {
          ...(step.retryAfterSeconds === undefined ? {} : { 'retry-after': String(step.retryAfterSeconds) }),
          ...step.headers,
        },
      );
    case 'hang':
      return;
    case 'reset':
      req.socket.destroy();
      return;
    case 'cut':
      return cutStream(step.afterChunks, step.reply ?? CUT_REPLY, body, req, res, signal);
  }
}

type ReplyStep = Extract<FakeStep, { reply: string }>;

async function sendReply(step: ReplyStep, body: FakeChatBody, res: ServerResponse, signal: AbortSignal) {
  const tokens = splitTokens(step.reply);
  await delay((step.ttftMs ?? 0) + tokens.length * tokenGapMs(step), undefined, { signal });
  sendJson(res, 200, {
    id: completionId(),
    object: 'chat.completion',
    created: nowSeconds(),
    model: body.model ?? 'fake-model',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: step.reply, refusal: null },
        logprobs: null,
        finish_reason: 'stop',
      },
    ],
    usage: usageOf(step, body, tokens),
    system_fingerprint: null,
  });
}

async function streamReply(
  step: ReplyStep,
  body: FakeChatBody,
  res: ServerResponse,
  signal: AbortSignal,
  timing: FakeTiming,
) {
  const chunk = chunkWriter(body, res);
  const tokens = splitTokens(step.reply);
  await delay(step.ttftMs ?? 0, undefined, { signal });
  await chunk({ role: 'assistant', content: '', refusal: null });
  for (const [i, token] of tokens.entries()) {
    if (i > 0) await delay(tokenGapMs(step), undefined, { signal });
    await chunk({ content: token });
    timing.firstContentAt ??= performance.now();
  }
  await chunk({}, 'stop');
  if (body.stream_options?.include_usage) await chunk(null, null, usageOf(step, body, tokens));
  res.end('data: [DONE]\n\n');
  timing.endedAt = performance.now();
}

async function cutStream(
  afterChunks: number,
  reply: string,
  body: FakeChatBody,
  req: IncomingMessage,
  res: ServerResponse,
  signal: AbortSignal,
) {
  if (!body.stream) {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '4096' });
    await write(res, `{"id":"${completionId()}","object":"chat.completion","choices":[`);
  } else {
    const chunk = chunkWriter(body, res);
    await chunk({ role: 'assistant', content: '', refusal: null });
    for (const token of splitTokens(reply).slice(0, afterChunks)) await chunk({ content: token });
  }
  await delay(CUT_GRACE_MS, undefined, { signal });
  req.socket.destroy();
}

/** Returns a writer of `chat.completion.chunk` events; the first call sends the SSE headers. */
function chunkWriter(body: FakeChatBody, res: ServerResponse) {
  const id = completionId();
  const created = nowSeconds();
  const withUsage = body.stream_options?.include_usage === true;
  return (delta: Record<string, unknown> | null, finishReason: string | null = null, usage?: unknown) => {
    if (!res.headersSent) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    }
    const event = {
      id,
      object: 'chat.completion.chunk',
      created,
      model: body.model ?? 'fake-model',
      system_fingerprint: null,
      choices: delta === null ? [] : [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
      ...(withUsage ? { usage: usage ?? null } : {}),
    };
    return write(res, `data: ${JSON.stringify(event)}\n\n`);
  };
}

function write(res: ServerResponse, data: string): Promise<void> {
  return new Promise((resolve, reject) => res.write(data, (err) => (err ? reject(err) : resolve())));
}

function sendError(
  res: ServerResponse,
  status: number,
  message: string,
  type = 'invalid_request_error',
  code: string | null = null,
  headers: Record<string, string> = {},
) {
  sendJson(res, status, { error: { message, type, param: null, code } }, headers);
}

function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(text);
}

/** Word-ish tokens that keep their leading whitespace, so joining them gives back the reply. */
function splitTokens(text: string): string[] {
  return text.match(/\s*\S+|\s+$/g) ?? [];
}

function tokenGapMs(step: ReplyStep): number {
  return step.tokensPerSecond ? 1000 / step.tokensPerSecond : 0;
}

function usageOf(step: ReplyStep, body: FakeChatBody, tokens: string[]) {
  const prompt = step.usage?.prompt ?? countPromptWords(body);
  const completion = step.usage?.completion ?? tokens.length;
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}

function countPromptWords(body: FakeChatBody): number {
  let words = 0;
  for (const message of body.messages ?? []) {
    if (typeof message.content === 'string') words += splitTokens(message.content.trim()).length;
  }
  return words;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseBody(raw: string): FakeChatBody | null {
  if (raw === '') return null;
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as FakeChatBody)
      : null;
  } catch {
    return null;
  }
}

const completionId = () => `chatcmpl-fake${Math.random().toString(36).slice(2, 10)}`;
const nowSeconds = () => Math.floor(Date.now() / 1000);
