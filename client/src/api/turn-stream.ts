// Reads the SSE body of `POST /api/sessions/:id/turns` as typed turn-stream events.

import { TURN_EVENT_TYPES, type TurnEvent } from '../../../server/protocol.ts';
import { createSseParser, type SseMessage } from './sse-parser.ts';

const EVENT_TYPES: ReadonlySet<string> = new Set(TURN_EVENT_TYPES);

/** Turns one SSE message into a turn event, or null for events this client does not know. */
export function toTurnEvent(message: SseMessage): TurnEvent | null {
  if (!EVENT_TYPES.has(message.event)) return null;
  // The server is ours and sends the protocol's shapes: the data is the whole event, tagged with its type.
  const event = JSON.parse(message.data) as TurnEvent;
  return event.type === message.event ? event : null;
}

/** Yields the events of a streamed response body as they arrive. */
export async function* readTurnStream(body: ReadableStream<Uint8Array>): AsyncGenerator<TurnEvent> {
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
        const event = toTurnEvent(message);
        if (event) yield event;
      }
    }
  } finally {
    // A consumer that stops early must not leave the response half read.
    if (!finished) await reader.cancel().catch(() => {});
  }
}
