// A small OpenAI-compatible HTTP server for tests and benches: scripted replies at a chosen pace, and scripted
// faults (HTTP errors, hangs, cut streams, resets) that reach the SDK exactly as a real server's would. Chat
// completions here; transcription and speech in fake-openai-audio.ts, each endpoint with its own script queue.

import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import {
  CUT_GRACE_MS,
  type FakeHttpFault,
  type FakeTiming,
  parseJsonObject,
  readBody,
  sendError,
  sendFault,
  sendJson,
  write,
} from './fake-http.ts';
import {
  DEFAULT_TRANSCRIPT,
  type FakeSpeechBody,
  type FakeSpeechStep,
  type FakeTranscriptionStep,
  type FakeUpload,
  parseUpload,
  respondSpeech,
  respondTranscription,
} from './fake-openai-audio.ts';

export type { FakeTiming } from './fake-http.ts';
export {
  DEFAULT_TRANSCRIPT,
  type FakeSpeechBody,
  type FakeSpeechStep,
  type FakeTranscriptionStep,
  type FakeUpload,
  SPEECH_MS_PER_CHAR,
} from './fake-openai-audio.ts';

export type FakeStep =
  | {
      reply: string;
      ttftMs?: number;
      tokensPerSecond?: number;
      usage?: { prompt: number; completion: number };
    }
  | FakeHttpFault
  /** Streams the role chunk and `afterChunks` content chunks of `reply`, then destroys the socket. */
  | { fault: 'cut'; afterChunks: number; reply?: string };

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
export type FakeTranscriptionBehaviour =
  | FakeTranscriptionStep
  | ((upload: FakeUpload) => FakeTranscriptionStep);
export type FakeSpeechBehaviour = FakeSpeechStep | ((body: FakeSpeechBody) => FakeSpeechStep);

export interface FakeRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** A JSON body (chat completions, speech). */
  body: FakeChatBody | null;
  /** A multipart body (transcriptions). */
  upload: FakeUpload | null;
  /** performance.now() when the request arrived, the first content chunk was written and the reply ended. */
  timing: FakeTiming;
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
  /** Queues behaviours for the next transcription calls. */
  scriptTranscription(...steps: FakeTranscriptionBehaviour[]): void;
  /** The transcription behaviour when its queue is empty. @default { text: DEFAULT_TRANSCRIPT } */
  setTranscriptionDefault(step: FakeTranscriptionBehaviour): void;
  /** Queues behaviours for the next speech calls. */
  scriptSpeech(...steps: FakeSpeechBehaviour[]): void;
  /** The speech behaviour when its queue is empty. @default {} (a tone, unpaced) */
  setSpeechDefault(step: FakeSpeechBehaviour): void;
  /** Empties every queue and `requests`, and restores the default behaviours, between tests. */
  reset(): void;
  close(): Promise<void>;
}

const DEFAULT_STEP: FakeStep = { reply: 'Hello from the fake model.' };
const DEFAULT_TRANSCRIPTION: FakeTranscriptionStep = { text: DEFAULT_TRANSCRIPT };
const DEFAULT_SPEECH: FakeSpeechStep = {};
const CUT_REPLY = 'I am not sure I understand what you are telling me about my mother, doctor.';

/** Starts the fake on a free loopback port. */
export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const queue: FakeBehaviour[] = [];
  let fallback: FakeBehaviour = DEFAULT_STEP;
  const transcriptionQueue: FakeTranscriptionBehaviour[] = [];
  let transcriptionFallback: FakeTranscriptionBehaviour = DEFAULT_TRANSCRIPTION;
  const speechQueue: FakeSpeechBehaviour[] = [];
  let speechFallback: FakeSpeechBehaviour = DEFAULT_SPEECH;
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
    const upload = path === '/v1/audio/transcriptions' ? parseUpload(raw, req.headers['content-type']) : null;
    const body = upload ? null : (parseJsonObject(raw) as FakeChatBody | null);
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers, body, upload, timing });
    // A request its client gave up on while the body was read takes no scripted behaviour: answering it late would
    // eat the step the next test scripted.
    if (req.socket.destroyed) {
      timing.abandonedAt = performance.now();
      return;
    }
    const closed = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) timing.abandonedAt = performance.now();
      closed.abort();
    });

    const answer = (): Promise<void> | void => {
      if (req.method !== 'POST' || !ROUTES.has(path)) {
        return sendError(
          res,
          404,
          `Unknown request URL: ${req.method} ${path}.`,
          'invalid_request_error',
          'unknown_url',
        );
      }
      if (path === '/v1/audio/transcriptions') {
        if (!upload || upload.file.length === 0 || !upload.model) {
          return sendError(res, 400, 'A multipart body with a file and a model is required.');
        }
        const next = transcriptionQueue.shift() ?? transcriptionFallback;
        const step = typeof next === 'function' ? next(upload) : next;
        return respondTranscription(step, req, res, closed.signal, timing);
      }
      if (body === null) return sendError(res, 400, 'We could not parse the JSON body of your request.');
      if (path === '/v1/audio/speech') {
        const speech = body as FakeSpeechBody;
        if (typeof speech.input !== 'string' || speech.input === '' || typeof speech.voice !== 'string') {
          return sendError(res, 400, 'input and voice are required.');
        }
        const next = speechQueue.shift() ?? speechFallback;
        const step = typeof next === 'function' ? next(speech) : next;
        return respondSpeech(step, speech, req, res, closed.signal, timing);
      }
      const next = queue.shift() ?? fallback;
      const step = typeof next === 'function' ? next(body) : next;
      return respond(step, body, req, res, closed.signal, timing);
    };
    try {
      await answer();
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
    scriptTranscription: (...steps) => {
      transcriptionQueue.push(...steps);
    },
    setTranscriptionDefault: (step) => {
      transcriptionFallback = step;
    },
    scriptSpeech: (...steps) => {
      speechQueue.push(...steps);
    },
    setSpeechDefault: (step) => {
      speechFallback = step;
    },
    reset: () => {
      queue.length = 0;
      transcriptionQueue.length = 0;
      speechQueue.length = 0;
      requests.length = 0;
      fallback = DEFAULT_STEP;
      transcriptionFallback = DEFAULT_TRANSCRIPTION;
      speechFallback = DEFAULT_SPEECH;
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
  if (step.fault === 'cut')
    return cutStream(step.afterChunks, step.reply ?? CUT_REPLY, body, req, res, signal);
  return sendFault(step, req, res);
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

const ROUTES: ReadonlySet<string> = new Set([
  '/v1/chat/completions',
  '/v1/audio/transcriptions',
  '/v1/audio/speech',
]);

const completionId = () => `chatcmpl-fake${Math.random().toString(36).slice(2, 10)}`;
const nowSeconds = () => Math.floor(Date.now() / 1000);
