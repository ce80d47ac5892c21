// Plays the characters' reply audio on the room's one AudioContext as the chunks arrive: decoded, queued without
// gaps (playback starts with the first chunk), through an AnalyserNode whose loudness moves the speaker's mouth.
// Stopping (the learner cut in) silences it at once and says how much of the reply was heard.

import type { LiveServerEvent } from '../../../server/protocol.ts';
import { ChunkSchedule, type Heard, ReplyOrder, type ReplyPart, type ReplyRef } from './chunk-schedule.ts';
import { mouthFromRms, rms } from './loudness.ts';
import { base64ToBytes, Pcm16Decoder, pcmRate } from './pcm.ts';

type AudioEvent = Extract<LiveServerEvent, { type: 'audio' | 'audio-end' }>;

interface Chunk {
  samples: Float32Array;
  rate: number;
}

export interface PlaybackEvents {
  /** The first chunk of a reply was scheduled to start at `atMs` (performance.now() clock). */
  onReplyStart(reply: ReplyRef, atMs: number): void;
  /** A reply's audio ended with text the synthesiser failed to voice, due to be spoken at `atMs`. */
  onUnspoken(reply: ReplyRef, text: string, atMs: number): void;
  /** Audio began, or ran out. */
  onPlayingChange(playing: boolean): void;
}

const ANALYSER_SIZE = 1024;

export class AudioPlayback {
  private readonly schedule = new ChunkSchedule();
  private readonly order = new ReplyOrder<Chunk>();
  private readonly decoders = new Map<number, Pcm16Decoder>();
  private readonly started = new Set<number>();
  private readonly analyser: AnalyserNode;
  private readonly block = new Float32Array(ANALYSER_SIZE);
  private sources: AudioBufferSourceNode[] = [];
  private playing = false;
  private muted = false;
  private levelAt = Number.NaN;
  private level = 0;

  constructor(
    private readonly context: AudioContext,
    private readonly events: PlaybackEvents,
  ) {
    this.analyser = context.createAnalyser();
    this.analyser.fftSize = ANALYSER_SIZE;
    this.analyser.connect(context.destination);
  }

  /** Takes an `audio` or `audio-end` event from the live channel. */
  push(event: AudioEvent): void {
    if (this.muted) return;
    const reply = { speaker: event.speaker, index: event.index };
    const part: ReplyPart<Chunk> | null =
      event.type === 'audio-end'
        ? { kind: 'end', reply, unspoken: event.unspoken }
        : this.decode(reply, event.mime, event.data);
    if (!part) return;
    for (const ready of this.order.push(part)) this.play(ready);
  }

  /** Stops all reply audio now; later audio of this round is ignored until `resume`. Returns what was heard. */
  stop(): Heard | null {
    const heard = this.schedule.cut(this.context.currentTime);
    for (const source of this.sources) {
      source.onended = null;
      source.stop();
      source.disconnect();
    }
    this.sources = [];
    this.order.reset();
    this.muted = true;
    this.setPlaying(false);
    return heard;
  }

  /** The learner took a new turn: the replies to it may play. */
  resume(): void {
    this.muted = false;
  }

  get isPlaying(): boolean {
    return this.playing;
  }

  /** Whether `speaker`'s reply is sounding now. */
  isSpeaking(speaker: string): boolean {
    return this.schedule.at(this.context.currentTime)?.speaker === speaker;
  }

  /** Mouth openness of `speaker` now, from the loudness of what plays. Reads the analyser once per frame. */
  mouthOpen(speaker: string, frameMs: number): number {
    if (!this.isSpeaking(speaker)) return 0;
    if (frameMs !== this.levelAt) {
      this.levelAt = frameMs;
      this.analyser.getFloatTimeDomainData(this.block);
      this.level = mouthFromRms(rms(this.block));
    }
    return this.level;
  }

  dispose(): void {
    this.stop();
    this.analyser.disconnect();
  }

  private decode(reply: ReplyRef, mime: string, data: string): ReplyPart<Chunk> | null {
    const rate = pcmRate(mime);
    if (rate === null) return null;
    let decoder = this.decoders.get(reply.index);
    if (!decoder) {
      decoder = new Pcm16Decoder();
      this.decoders.set(reply.index, decoder);
    }
    const samples = decoder.push(base64ToBytes(data));
    return samples.length === 0 ? null : { kind: 'chunk', reply, chunk: { samples, rate } };
  }

  private play(part: ReplyPart<Chunk>): void {
    const now = this.context.currentTime;
    if (part.kind === 'end') {
      this.decoders.delete(part.reply.index);
      if (part.unspoken)
        this.events.onUnspoken(part.reply, part.unspoken, this.toPerformanceMs(this.schedule.end, now));
      return;
    }
    const { samples, rate } = part.chunk;
    if (this.context.state === 'suspended') void this.context.resume();
    const buffer = this.context.createBuffer(1, samples.length, rate);
    buffer.copyToChannel(samples as Float32Array<ArrayBuffer>, 0);
    const source = this.context.createBufferSource();
    source.buffer = buffer;
    source.connect(this.analyser);
    const start = this.schedule.place(part.reply, buffer.duration, now);
    source.start(start);
    source.onended = () => this.ended(source);
    this.sources.push(source);
    if (!this.started.has(part.reply.index)) {
      this.started.add(part.reply.index);
      this.events.onReplyStart(part.reply, this.toPerformanceMs(start, now));
    }
    this.setPlaying(true);
  }

  private ended(source: AudioBufferSourceNode): void {
    source.disconnect();
    this.sources = this.sources.filter((s) => s !== source);
    if (this.sources.length === 0) this.setPlaying(false);
  }

  private setPlaying(playing: boolean): void {
    if (playing === this.playing) return;
    this.playing = playing;
    this.events.onPlayingChange(playing);
  }

  private toPerformanceMs(audioSeconds: number, now: number): number {
    return performance.now() + Math.max(0, audioSeconds - now) * 1000;
  }
}
