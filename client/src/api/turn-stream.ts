// Reads the SSE body of `POST /api/sessions/:id/turns` as typed turn-stream events.

import type { TurnStreamEvent } from '../../../server/protocol.ts';
import { createSseParser, type SseMessage } from './sse-parser.ts';

const EVENT_NAMES: ReadonlySet<string> = new Set<TurnStreamEvent['event']>([
  'turn',
  'delta',
  'retract',
  'affect',
  'error',
  'done',
]);

/** Turns one SSE message into a stream event, or null for events this client does not know. */
export function toTurnStreamEvent(message: SseMessage): TurnStreamEvent | null {
  if (!EVENT_NAMES.has(message.event)) return null;
  // The server is ours and sends the protocol's shapes; the event name picks the variant.
  return { event: message.event, data: JSON.parse(message.data) } as TurnStreamEvent;
}

/** Yields the events of a streamed response body as they arrive. */
export async function* readTurnStream(body: ReadableStream<Uint8Array>): AsyncGenerator<TurnStreamEvent> {
  const parser = createSseParser();
  const decoder = new TextDecoder();
  const reader = body.getReader();
  let finished = false;
  try {
    while (!finished) {
      const { done, value } = await reader.read();
      finished = done;
      const messages = done
        ? [...parser.push(decoder.decode()), ...parser.end()]
        : parser.push(decoder.decode(value, { stream: true }));
      for (const message of messages) {
        const event = toTurnStreamEvent(message);
        if (event) yield event;
      }
    }
  } finally {
    // A consumer that stops early must not leave the response half read.
    if (!finished) await reader.cancel().catch(() => {});
  }
}
