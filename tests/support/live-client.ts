// A test client for the live channel: opens the WebSocket with a learner's cookie and collects what the server
// sends, so a test can wait for an event and inspect everything that came before it.

import WebSocket from 'ws';
import type { LiveClientMessage, LiveServerEvent } from '../../server/protocol.ts';

export interface LiveClient {
  events: LiveServerEvent[];
  send(message: LiveClientMessage): void;
  sendAudio(bytes: Uint8Array): void;
  /** Waits for the next event (after `from`, an index into `events`) that matches. */
  waitFor<T extends LiveServerEvent['type']>(
    type: T,
    match?: (event: Extract<LiveServerEvent, { type: T }>) => boolean,
    options?: { from?: number; timeoutMs?: number },
  ): Promise<Extract<LiveServerEvent, { type: T }>>;
  close(): Promise<void>;
}

/** Opens `/api/sessions/:id/live` on `baseUrl`; rejects with the HTTP status if the upgrade is refused. */
export async function openLive(
  baseUrl: string,
  sessionId: string,
  cookie: string,
  headers: Record<string, string> = {},
): Promise<LiveClient> {
  const url = `${baseUrl.replace(/^http/, 'ws')}/api/sessions/${sessionId}/live`;
  const socket = new WebSocket(url, { headers: { ...(cookie ? { cookie } : {}), ...headers } });
  const events: LiveServerEvent[] = [];
  const waiters = new Set<() => void>();
  socket.on('message', (data, isBinary) => {
    if (isBinary) throw new Error('the server sent a binary frame');
    events.push(JSON.parse(data.toString()) as LiveServerEvent);
    for (const wake of waiters) wake();
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('unexpected-response', (_req, res) => reject(new LiveRefused(res.statusCode ?? 0)));
    socket.once('error', reject);
  });
  return {
    events,
    send: (message) => socket.send(JSON.stringify(message)),
    sendAudio: (bytes) => socket.send(bytes, { binary: true }),
    waitFor(type, match = () => true, { from = 0, timeoutMs = 10_000 } = {}) {
      type Wanted = Extract<LiveServerEvent, { type: typeof type }>;
      const find = () =>
        events.slice(from).find((e): e is Wanted => e.type === type && match(e as Wanted)) ?? null;
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = find();
          if (!found) return;
          cleanup();
          resolve(found);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(
            new Error(
              `no "${type}" event within ${timeoutMs} ms; got ${events.map((e) => e.type).join(', ')}`,
            ),
          );
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (socket.readyState === WebSocket.CLOSED) return resolve();
        socket.once('close', () => resolve());
        socket.close();
      }),
  };
}

/** The upgrade was answered with an HTTP status instead. */
export class LiveRefused extends Error {
  constructor(readonly status: number) {
    super(`live channel refused with HTTP ${status}`);
  }
}
