// Classifies a failed audio call as openai-chat-model.ts classifies chat calls (same deadline guard, same SDK error
// mapping), then names the side that failed.

import { AudioProviderError, type AudioService } from './audio-provider-error.ts';
import { ChatModelError } from './chat-model.ts';
import { type guardedCall, toChatModelError } from './openai-chat-model.ts';

export type GuardedCall = ReturnType<typeof guardedCall>;

/** The AudioProviderError for `err`; our own deadline firing wins over whatever the SDK made of the abort. */
export function toAudioError(
  service: AudioService,
  call: GuardedCall,
  err: unknown,
  phase: 'request' | 'stream',
): AudioProviderError {
  if (err instanceof AudioProviderError) return err;
  try {
    call.throwIfTimedOut();
  } catch (timeout) {
    if (timeout instanceof ChatModelError) return AudioProviderError.fromChatFault(service, timeout);
    throw timeout;
  }
  return AudioProviderError.fromChatFault(service, toChatModelError(err, phase));
}
