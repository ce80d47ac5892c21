// The ChatModel adapter for any OpenAI-compatible server, through the openai SDK. The only module that imports
// `openai`: every SDK error is mapped here to a ChatModelError, and retries are left to withResilience.

import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import { z } from 'zod';
import {
  type ChatFaultKind,
  type ChatModel,
  ChatModelError,
  type ChatRequest,
  type ChatStreamEvent,
  type StructuredRequest,
  type StructuredResult,
  type TokenUsage,
} from './chat-model.ts';

export interface OpenAIChatModelOptions {
  apiKey: string;
  /** @default the SDK's (https://api.openai.com/v1) */
  baseURL?: string;
  /**
   * Deadline for the first token of a stream and for each gap between chunks; for a structured call, the whole
   * call. The SDK's own timeout only covers the wait for response headers, so a stalled body needs ours.
   */
  timeoutMs: number;
}

/** Builds a ChatModel that talks to an OpenAI-compatible chat completions endpoint. */
export function createOpenAIChatModel(options: OpenAIChatModelOptions): ChatModel {
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    maxRetries: 0,
    timeout: options.timeoutMs,
  });
  const { timeoutMs } = options;

  return {
    async *stream(request: ChatRequest): AsyncGenerator<ChatStreamEvent> {
      const call = guardedCall(request.signal);
      let started = false;
      let finished = false;
      let usage: TokenUsage | null = null;
      let failure: unknown = null;
      try {
        call.arm(timeoutMs);
        const stream = await client.chat.completions.create(
          {
            model: request.model,
            messages: request.messages,
            temperature: request.temperature,
            max_tokens: request.maxTokens,
            stream: true,
            stream_options: { include_usage: true },
          },
          { signal: call.signal },
        );
        started = true;
        call.arm(timeoutMs);
        for await (const chunk of stream) {
          // The deadline is the server's idle time, not the time the caller takes to consume a delta.
          call.disarm();
          if (chunk.usage) usage = toUsage(chunk.usage);
          const choice = chunk.choices[0];
          if (choice?.finish_reason) finished = true;
          const text = choice?.delta.content;
          if (text) yield { type: 'delta', text };
          call.arm(timeoutMs);
        }
      } catch (err) {
        failure = err;
      } finally {
        call.dispose();
      }
      if (request.signal?.aborted) throw request.signal.reason;
      // A failure after the finish reason only loses the usage chunk: the reply itself is whole.
      if (finished) {
        yield { type: 'end', usage };
        return;
      }
      call.throwIfTimedOut();
      if (failure !== null) throw toChatModelError(failure, started ? 'stream' : 'request');
      // The SDK ends a stream quietly when it is aborted, and a close-delimited body can end without an error.
      throw new ChatModelError('stream-cut', 'stream ended without a finish reason');
    },

    async structured<S extends z.ZodType>(
      request: StructuredRequest<S>,
    ): Promise<StructuredResult<z.output<S>>> {
      const call = guardedCall(request.signal);
      const schema = jsonSchemaOf(request.schema);
      let content: string | null | undefined;
      let usage: TokenUsage | null = null;
      try {
        call.arm(timeoutMs);
        const completion = await client.chat.completions.create(
          {
            model: request.model,
            messages: request.messages,
            temperature: request.temperature,
            ...(request.maxTokens === undefined ? {} : { max_tokens: request.maxTokens }),
            response_format: {
              type: 'json_schema',
              json_schema: { name: request.schemaName, schema, strict: isStrictCompatible(schema) },
            },
          },
          { signal: call.signal },
        );
        content = completion.choices[0]?.message.content;
        usage = completion.usage ? toUsage(completion.usage) : null;
      } catch (err) {
        if (request.signal?.aborted) throw request.signal.reason;
        call.throwIfTimedOut();
        throw toChatModelError(err, 'request');
      } finally {
        call.dispose();
      }
      return { value: parseStructured(content, request.schema, request.schemaName), usage };
    },
  };
}

/**
 * One call's abort controller: follows the caller's signal and fires on our own deadline, remembering that the
 * deadline fired so the SDK's error (or its quiet end of an aborted stream) can be reported as a timeout.
 */
export function guardedCall(callerSignal: AbortSignal | undefined) {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timedOutAfterMs: number | null = null;
  const onCallerAbort = () => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted) onCallerAbort();
  else callerSignal?.addEventListener('abort', onCallerAbort, { once: true });

  return {
    signal: controller.signal,
    /** (Re)starts the deadline. */
    arm(ms: number) {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timedOutAfterMs = ms;
        controller.abort();
      }, ms);
    },
    disarm() {
      clearTimeout(timer);
    },
    throwIfTimedOut() {
      if (timedOutAfterMs !== null) {
        throw new ChatModelError('timeout', `no response from the model within ${timedOutAfterMs} ms`);
      }
    },
    dispose() {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    },
  };
}

/** Classifies an SDK or transport error; `phase` says whether the response body had started to arrive. */
export function toChatModelError(err: unknown, phase: 'request' | 'stream'): ChatModelError {
  if (err instanceof ChatModelError) return err;
  const fault = (kind: ChatFaultKind, message: string) =>
    new ChatModelError(kind, message, null, { cause: err });

  if (err instanceof APIConnectionTimeoutError) return fault('timeout', 'the model did not answer in time');
  if (err instanceof APIConnectionError) return fault('connection', 'could not reach the model server');
  if (err instanceof APIError) {
    const status = err.status;
    if (status === undefined) return fault('server-error', 'the model server reported an error mid-stream');
    if (status === 429) {
      const wait = retryAfterMs(err.headers);
      return new ChatModelError('rate-limited', 'rate limited by the model server', wait, { cause: err });
    }
    if (status >= 500) return fault('server-error', `the model server failed with status ${status}`);
    if (status === 408) return fault('timeout', 'the model server timed out the request');
    return fault('bad-response', `the model server refused the request with status ${status}`);
  }
  if (err instanceof SyntaxError) return fault('bad-response', 'the model server sent malformed data');
  if (phase === 'stream') return fault('stream-cut', 'the stream broke before its end');
  return fault('connection', 'the request to the model server failed');
}

/** How long a 429 asked us to wait: `retry-after-ms`, else `retry-after` in seconds or as an HTTP date. */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | null {
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers?.get('retry-after');
  if (!value) return null;
  const seconds = Number(value);
  if (value.trim() !== '' && Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function toUsage(usage: { prompt_tokens: number; completion_tokens: number }): TokenUsage {
  return { promptTokens: usage.prompt_tokens, completionTokens: usage.completion_tokens };
}

function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema) as Record<string, unknown>;
  return rest;
}

/** OpenAI's strict mode needs every property required in every object; otherwise ask without it. */
function isStrictCompatible(node: unknown): boolean {
  if (Array.isArray(node)) return node.every(isStrictCompatible);
  if (typeof node !== 'object' || node === null) return true;
  const record = node as Record<string, unknown>;
  const properties = record.properties;
  if (typeof properties === 'object' && properties !== null) {
    const required = new Set(Array.isArray(record.required) ? record.required : []);
    if (Object.keys(properties).some((key) => !required.has(key))) return false;
  }
  return Object.values(record).every(isStrictCompatible);
}

function parseStructured<S extends z.ZodType>(
  content: string | null | undefined,
  schema: S,
  schemaName: string,
): z.output<S> {
  if (!content) throw new ChatModelError('bad-response', `empty answer for schema ${schemaName}`);
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (err) {
    throw new ChatModelError('bad-response', `answer for schema ${schemaName} is not JSON`, null, {
      cause: err,
    });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ChatModelError('bad-response', `answer does not match schema ${schemaName}`, null, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}
