// The ChatModel port: a streamed chat completion (cancellable) and a structured-output call. Only the OpenAI
// adapter imports the SDK; tests and the offline engine never need it.

import type { z } from 'zod';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  temperature: number;
  maxTokens: number;
  signal?: AbortSignal;
}

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
}

/** One event of a streamed completion: text as it arrives, then usage when the stream has ended cleanly. */
export type ChatStreamEvent = { type: 'delta'; text: string } | { type: 'end'; usage: TokenUsage | null };

export interface StructuredRequest<S extends z.ZodType> extends Omit<ChatRequest, 'maxTokens'> {
  maxTokens?: number;
  /** Name of the JSON schema sent to the model. */
  schemaName: string;
  schema: S;
}

export interface StructuredResult<T> {
  value: T;
  usage: TokenUsage | null;
}

export interface ChatModel {
  /** Streams a completion. Throws ChatModelError on any failure, including a stream cut before its end. */
  stream(request: ChatRequest): AsyncIterable<ChatStreamEvent>;
  /** One non-streamed completion whose JSON answer is validated by `schema`. */
  structured<S extends z.ZodType>(request: StructuredRequest<S>): Promise<StructuredResult<z.output<S>>>;
}

export type ChatFaultKind =
  | 'timeout'
  | 'rate-limited'
  | 'server-error'
  | 'connection'
  | 'stream-cut'
  | 'bad-response';

/** A failed model call, classified so callers can decide whether to retry or fall back. */
export class ChatModelError extends Error {
  constructor(
    readonly kind: ChatFaultKind,
    message: string,
    /** For rate limits: how long the server asked us to wait, in ms. */
    readonly retryAfterMs: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ChatModelError';
  }
}
