// Reads a text/event-stream response body into a list of events, for tests and benches.

import type { TurnEvent } from '../../server/protocol.ts';

export interface SseEvent {
  event: string;
  data: any;
}

export function parseSse(text: string): SseEvent[] {
  const events: SseEvent[] = [];
  for (const block of text.split(/\r?\n\r?\n/)) {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    }
    if (data.length > 0) events.push({ event, data: JSON.parse(data.join('\n')) });
  }
  return events;
}

/** The turn events of a turn's SSE body; throws if an event's name is not its data's `type` (the protocol's rule). */
export function parseTurnEvents(text: string): TurnEvent[] {
  return parseSse(text).map(({ event, data }) => {
    if (data?.type !== event) throw new Error(`SSE event "${event}" carries data of type "${data?.type}"`);
    return data as TurnEvent;
  });
}
