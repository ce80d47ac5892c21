// The live channel, `GET /api/sessions/:id/live`: one WebSocket per conversation carrying typed turns and spoken
// utterances (one binary WAV frame each) to the server, and the turn's events, transcripts and reply audio back.
// The session cookie authenticates it. A dropped channel is reopened a few times, backing off.

import {
  LIVE_SERVER_EVENT_TYPES,
  type LiveClientMessage,
  type LiveServerEvent,
} from '../../../server/protocol.ts';

export type LiveChannelState = 'connecting' | 'open' | 'closed';

export interface LiveChannelHandlers {
  onEvent(event: LiveServerEvent): void;
  onStateChange(state: LiveChannelState): void;
}

export interface LiveChannel {
  readonly state: LiveChannelState;
  /** Sends a JSON message, or a WAV as one binary frame. False when the channel is not open. */
  send(frame: LiveClientMessage | ArrayBuffer): boolean;
  /** Closes for good (leaving the room). */
  close(): void;
}

/** What we use of the WebSocket class (tests hand in a fake). */
export interface SocketLike {
  readonly readyState: number;
  binaryType: BinaryType;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  send(data: string | ArrayBuffer): void;
  close(code?: number, reason?: string): void;
}

export interface LiveChannelOptions {
  createSocket?: (url: string) => SocketLike;
  /** The page's location, for the channel's URL. @default window.location */
  location?: Pick<Location, 'protocol' | 'host'>;
  /** Delays before each reconnection attempt; after the last, the channel stays closed. */
  retryDelaysMs?: readonly number[];
}

const OPEN = 1;
const DEFAULT_RETRY_DELAYS_MS = [500, 2_000, 5_000];

const SERVER_EVENT_TYPES: ReadonlySet<string> = new Set(LIVE_SERVER_EVENT_TYPES);

/** The WebSocket URL of a session's live channel, on the page's own origin. */
export function liveChannelUrl(sessionId: string, location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/api/sessions/${encodeURIComponent(sessionId)}/live`;
}

/** One server frame as an event, or null for what this client does not know (a newer server) or cannot read. */
export function parseServerFrame(data: unknown): LiveServerEvent | null {
  if (typeof data !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const type = (value as { type?: unknown }).type;
  // The server is ours and sends the protocol's shapes: checking the tag is enough.
  return typeof type === 'string' && SERVER_EVENT_TYPES.has(type) ? (value as LiveServerEvent) : null;
}

/** Opens the live channel of a session. */
export function openLiveChannel(
  sessionId: string,
  handlers: LiveChannelHandlers,
  options: LiveChannelOptions = {},
): LiveChannel {
  const createSocket = options.createSocket ?? ((url: string) => new WebSocket(url));
  const url = liveChannelUrl(sessionId, options.location ?? window.location);
  const delays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  let socket: SocketLike | null = null;
  let state: LiveChannelState = 'closed';
  let closedForGood = false;
  let failures = 0;
  let retry: ReturnType<typeof setTimeout> | null = null;

  const setState = (next: LiveChannelState) => {
    if (next === state) return;
    state = next;
    handlers.onStateChange(next);
  };

  const connect = () => {
    retry = null;
    setState('connecting');
    const s = createSocket(url);
    socket = s;
    s.binaryType = 'arraybuffer';
    s.onopen = () => {
      failures = 0;
      setState('open');
    };
    s.onmessage = (event) => {
      const parsed = parseServerFrame(event.data);
      if (parsed) handlers.onEvent(parsed);
    };
    s.onerror = () => {};
    s.onclose = () => {
      if (socket !== s) return;
      socket = null;
      setState('closed');
      const delay = delays[failures];
      failures += 1;
      // A refused upgrade (signed out, session ended) looks the same as a dropped line: retry a few times only.
      if (!closedForGood && delay !== undefined) retry = setTimeout(connect, delay);
    };
  };

  connect();
  return {
    get state() {
      return state;
    },
    send(frame) {
      if (!socket || socket.readyState !== OPEN) return false;
      socket.send(frame instanceof ArrayBuffer ? frame : JSON.stringify(frame));
      return true;
    },
    close() {
      closedForGood = true;
      if (retry) clearTimeout(retry);
      retry = null;
      const s = socket;
      socket = null;
      s?.close(1000, 'left the room');
      setState('closed');
    },
  };
}
