import { describe, expect, it } from 'vitest';
import type { TurnEvent } from '../../../server/protocol.ts';
import { readTurnStream } from './turn-stream.ts';

function bodyOf(text: string, chunkBytes: number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.slice(at, at + chunkBytes));
      at += chunkBytes;
    },
  });
}

async function collect(body: ReadableStream<Uint8Array>): Promise<TurnEvent[]> {
  const events: TurnEvent[] = [];
  for await (const event of readTurnStream(body)) events.push(event);
  return events;
}

describe('readTurnStream', () => {
  const text =
    'event: delta\ndata: {"type":"delta","speaker":"patient","index":1,"text":"Já… "}\n\n' +
    'event: ping\ndata: {}\n\n' +
    'event: done\ndata: {"type":"done","replies":1}\n\n';

  it('decodes multi-byte text split across chunks and skips unknown events', async () => {
    for (const size of [1, 3, 1000]) {
      expect(await collect(bodyOf(text, size))).toEqual([
        { type: 'delta', speaker: 'patient', index: 1, text: 'Já… ' },
        { type: 'done', replies: 1 },
      ]);
    }
  });

  it('cancels the body when the reader stops early', async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('event: done\ndata: {"type":"done","replies":0}\n\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    for await (const _event of readTurnStream(body)) break;
    expect(cancelled).toBe(true);
  });
});
