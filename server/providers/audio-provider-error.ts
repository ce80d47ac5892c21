// The one error both audio ports throw: which side failed and how, classified as the chat model's faults are, so
// callers can tell a rate limit from a broken stream and the resilience wrapper knows what is worth retrying.

import type { ChatFaultKind, ChatModelError } from './chat-model.ts';

export type AudioService = 'transcription' | 'speech';

/** A chat fault, or `circuit-open`: the provider was not called because its circuit is open. */
export type AudioFaultKind = ChatFaultKind | 'circuit-open';

export class AudioProviderError extends Error {
  constructor(
    readonly service: AudioService,
    readonly kind: AudioFaultKind,
    message: string,
    /** For rate limits: how long the server asked us to wait, in ms. */
    readonly retryAfterMs: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(`${service}: ${message}`, options);
    this.name = 'AudioProviderError';
  }

  /** The same fault, from the chat adapter's classification of an SDK error. */
  static fromChatFault(service: AudioService, fault: ChatModelError): AudioProviderError {
    return new AudioProviderError(service, fault.kind, fault.message, fault.retryAfterMs, {
      cause: fault.cause ?? fault,
    });
  }
}
