// One bench learner's live channel: sends a spoken utterance and times, as each frame arrives, the reply's first
// and last audio chunks and its audio-end. Keeps no events (a reply's audio is tens of frames).

import WebSocket from 'ws';
import type { LiveServerEvent } from '../../server/protocol.ts';

/** Epoch milliseconds with sub-millisecond precision, comparable across processes. */
export const now = () => performance.timeOrigin + performance.now();

export interface TimedTurn {
  ref: string;
  sentAt: number;
  firstAudioAt: number;
  lastAudioAt: number;
  endAt: number;
}

/** How the server's JSON.stringify opens an `audio` event (its first key is `type`). */
const AUDIO_PREFIX = Buffer.from('{"type":"audio",');
/** Longest wait for a reply's audio to end. */
const TURN_TIMEOUT_MS = 60_000;

export class VoiceLearner {
  private turn: Omit<TimedTurn, 'endAt'> | null = null;
  private settle: ((error: string | null) => void) | null = null;

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const at = now();
      const turn = this.turn;
      if (!turn) return;
      // Audio frames are most of the traffic: known by their opening, not parsed, to keep this process light.
      const bytes = data as Buffer;
      if (bytes.subarray(0, AUDIO_PREFIX.length).equals(AUDIO_PREFIX)) {
        if (turn.firstAudioAt === 0) turn.firstAudioAt = at;
        turn.lastAudioAt = at;
        return;
      }
      const event = JSON.parse(bytes.toString()) as LiveServerEvent;
      switch (event.type) {
        case 'audio-end':
          return this.settle?.(event.unspoken === null ? null : 'speech failed (left to the browser voice)');
        case 'done':
          if (event.replies === 0) this.settle?.('no reply');
          return;
        case 'error':
          return this.settle?.(`error ${event.error.code}`);
        default:
          return;
      }
    });
  }

  /** Opens `/api/sessions/:id/live` and waits for `ready`. */
  static async open(baseUrl: string, sessionId: string, cookie: string): Promise<VoiceLearner> {
    const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/api/sessions/${sessionId}/live`, {
      headers: { cookie },
    });
    const learner = new VoiceLearner(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('message', () => resolve());
      socket.once('unexpected-response', (_req, res) => reject(new Error(`live refused: ${res.statusCode}`)));
      socket.once('error', reject);
    });
    return learner;
  }

  /** Sends one utterance (a WAV file) and waits for the reply's audio to end; throws on any error event. */
  async speak(wav: Uint8Array, ref: string): Promise<TimedTurn> {
    const settled = new Promise<string | null>((resolve) => {
      this.settle = resolve;
    });
    const timer = setTimeout(() => this.settle?.('timed out'), TURN_TIMEOUT_MS);
    const turn = { ref, sentAt: now(), firstAudioAt: 0, lastAudioAt: 0 };
    this.turn = turn;
    this.socket.send(wav, { binary: true });
    const error = await settled;
    const endAt = now();
    clearTimeout(timer);
    this.turn = null;
    this.settle = null;
    if (error) throw new Error(`${ref}: ${error}`);
    if (turn.firstAudioAt === 0) throw new Error(`${ref}: no audio`);
    return { ...turn, endAt };
  }

  close(): void {
    this.socket.close();
  }
}
