// Voices one character reply as its text streams in: each sentence (or long clause) goes to the synthesiser as
// soon as it is complete, and its audio is sent in order while the model is still writing the rest. When the
// synthesiser fails, the text it could not voice is handed to the browser's own voice instead.

import type { LiveServerEvent } from '../protocol.ts';
import type { Synthesiser } from '../providers/synthesiser.ts';
import type { SpokenPiece } from './heard-text.ts';
import { createSentenceChunker } from './sentence-chunker.ts';

export interface ReplyAudioInput {
  synthesiser: Synthesiser;
  voice: string;
  speaker: string;
  index: number;
  send(event: LiveServerEvent): void;
  /** Called once, as the reply's first audio chunk is sent. */
  onFirstAudio?: () => void;
}

export interface ReplyAudio {
  /** More of the reply's text, as streamed. */
  push(text: string): void;
  /** The text streamed so far is void (the model failed mid-reply); its audio stops and a new reply follows. */
  retract(): void;
  /** The text is complete: voices the rest, then sends `audio-end`. */
  end(): Promise<void>;
  /** The learner cut in: stops at once and sends nothing more. */
  cancel(): void;
  /** The pieces whose audio was sent, with how long each plays. */
  readonly pieces: readonly SpokenPiece[];
}

export function createReplyAudio(input: ReplyAudioInput): ReplyAudio {
  const { synthesiser, voice, speaker, index, send } = input;
  let chunker = createSentenceChunker();
  let work: Promise<void> = Promise.resolve();
  /** Bumped by retract(): pieces queued before it are skipped. */
  let generation = 0;
  let current: AbortController | null = null;
  let cancelled = false;
  let failed = false;
  let seq = 0;
  const unspoken: string[] = [];
  const pieces: SpokenPiece[] = [];

  async function voicePiece(text: string, pieceGeneration: number): Promise<void> {
    if (cancelled || pieceGeneration !== generation) return;
    if (failed) {
      unspoken.push(text);
      return;
    }
    const controller = new AbortController();
    current = controller;
    const piece: SpokenPiece = { text, durationMs: 0 };
    try {
      for await (const chunk of synthesiser.synthesise({ text, voice, signal: controller.signal })) {
        if (controller.signal.aborted) return;
        if (seq === 0) input.onFirstAudio?.();
        if (piece.durationMs === 0) pieces.push(piece);
        piece.durationMs += (chunk.pcm.byteLength / 2 / chunk.sampleRate) * 1000;
        send({
          type: 'audio',
          speaker,
          index,
          seq: seq++,
          mime: `audio/pcm;rate=${chunk.sampleRate}`,
          data: Buffer.from(chunk.pcm.buffer, chunk.pcm.byteOffset, chunk.pcm.byteLength).toString('base64'),
        });
      }
    } catch {
      if (controller.signal.aborted) return;
      // From here on the browser voices the rest; the piece is given whole, since its audio may have stopped
      // part-way (a word said twice beats a sentence lost).
      failed = true;
      unspoken.push(text);
    } finally {
      if (current === controller) current = null;
    }
  }

  function enqueue(texts: readonly string[]): void {
    const pieceGeneration = generation;
    for (const text of texts) work = work.then(() => voicePiece(text, pieceGeneration));
  }

  return {
    pieces,
    push: (text) => enqueue(chunker.push(text)),
    retract() {
      generation += 1;
      current?.abort();
      chunker = createSentenceChunker();
      unspoken.length = 0;
    },
    async end() {
      enqueue(chunker.end());
      await work;
      if (cancelled) return;
      send({ type: 'audio-end', speaker, index, unspoken: unspoken.length > 0 ? unspoken.join(' ') : null });
    },
    cancel() {
      cancelled = true;
      current?.abort();
    },
  };
}
