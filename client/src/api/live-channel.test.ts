import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LiveServerEvent } from '../../../server/protocol.ts';
import {
  type LiveChannelState,
  liveChannelUrl,
  openLiveChannel,
  parseServerFrame,
  type SocketLike,
} from './live-channel.ts';

class FakeSocket implements SocketLike {
  readyState = 0;
  binaryType: BinaryType = 'blob';
  onopen: SocketLike['onopen'] = null;
  onmessage: SocketLike['onmessage'] = null;
  onclose: SocketLike['onclose'] = null;
  onerror: SocketLike['onerror'] = null;
  sent: (string | ArrayBuffer)[] = [];
  closedWith: number | null = null;
  constructor(readonly url: string) {}
  send(data: string | ArrayBuffer) {
    this.sent.push(data);
  }
  close(code?: number) {
    this.closedWith = code ?? 1005;
    this.readyState = 3;
  }
  open() {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }
  receive(data: string) {
    this.onmessage?.(new MessageEvent('message', { data }));
  }
  drop() {
    this.readyState = 3;
    this.onclose?.(Object.assign(new Event('close'), { code: 1006 }) as CloseEvent);
  }
}

function setup(retryDelaysMs = [100]) {
  const sockets: FakeSocket[] = [];
  const events: LiveServerEvent[] = [];
  const states: LiveChannelState[] = [];
  const channel = openLiveChannel(
    'se/1',
    { onEvent: (e) => events.push(e), onStateChange: (s) => states.push(s) },
    {
      createSocket: (url) => {
        const socket = new FakeSocket(url);
        sockets.push(socket);
        return socket;
      },
      location: { protocol: 'https:', host: 'bedside.example:8443' },
      retryDelaysMs,
    },
  );
  const socket = () => sockets[sockets.length - 1] as FakeSocket;
  return { channel, sockets, events, states, socket };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('live channel', () => {
  it('opens a WebSocket on the page origin for the session', () => {
    expect(liveChannelUrl('a b', { protocol: 'http:', host: 'localhost:3000' })).toBe(
      'ws://localhost:3000/api/sessions/a%20b/live',
    );
    const t = setup();
    expect(t.socket().url).toBe('wss://bedside.example:8443/api/sessions/se%2F1/live');
    expect(t.socket().binaryType).toBe('arraybuffer');
    expect(t.states).toEqual(['connecting']);
  });

  it('sends JSON messages and WAVs as binary frames only while open', () => {
    const t = setup();
    expect(t.channel.send({ type: 'text', text: 'Hello' })).toBe(false);
    t.socket().open();
    expect(t.channel.state).toBe('open');
    const wav = new ArrayBuffer(8);
    expect(t.channel.send({ type: 'heard', index: 3, ms: 1200 })).toBe(true);
    expect(t.channel.send(wav)).toBe(true);
    expect(t.socket().sent).toEqual(['{"type":"heard","index":3,"ms":1200}', wav]);
  });

  it('hands on the events it knows and skips what it cannot read', () => {
    const t = setup();
    t.socket().open();
    t.socket().receive('{"type":"ready","transcription":true,"synthesis":false}');
    t.socket().receive('{"type":"something-newer"}');
    t.socket().receive('not json');
    t.socket().receive('{"type":"audio-end","speaker":"alan","index":3,"unspoken":null}');
    expect(t.events.map((e) => e.type)).toEqual(['ready', 'audio-end']);
    expect(parseServerFrame(new ArrayBuffer(2))).toBeNull();
    expect(parseServerFrame('null')).toBeNull();
  });

  it('reopens a dropped channel after a delay, a limited number of times', () => {
    vi.useFakeTimers();
    const t = setup([100, 200]);
    t.socket().open();
    t.socket().drop();
    expect(t.channel.state).toBe('closed');
    vi.advanceTimersByTime(100);
    expect(t.sockets).toHaveLength(2);
    // Opening again resets the count: a later drop is retried too.
    t.socket().open();
    t.socket().drop();
    vi.advanceTimersByTime(100);
    t.socket().drop();
    vi.advanceTimersByTime(200);
    t.socket().drop();
    vi.advanceTimersByTime(10_000);
    expect(t.sockets).toHaveLength(4);
    expect(t.states.at(-1)).toBe('closed');
  });

  it('closes for good when the room is left', () => {
    vi.useFakeTimers();
    const t = setup();
    t.socket().open();
    t.channel.close();
    expect(t.socket().closedWith).toBe(1000);
    t.socket().drop();
    vi.advanceTimersByTime(10_000);
    expect(t.sockets).toHaveLength(1);
    expect(t.channel.state).toBe('closed');
  });
});
