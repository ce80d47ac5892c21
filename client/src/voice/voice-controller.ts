// The voice's state machine: the microphone switched on or held (push-to-talk), speech heard and sent, the learner
// cutting a character off, and the timing of a spoken turn. Plain code over ports (the live channel, a speech
// source, the reply output), so it is tested with fakes; it publishes its state as plain data for the views.

import type { LiveClientMessage, LiveServerEvent, VoiceCapabilitiesDto } from '../../../server/protocol.ts';
import type { Heard, ReplyRef } from './chunk-schedule.ts';
import {
  type MicError,
  micErrorFrom,
  type SpeechSource,
  type SpeechSourceEvents,
  type Utterance,
} from './speech-source.ts';
import { initialVoiceState, recognitionFor, type VoiceState } from './voice-state.ts';

/** What plays the characters' replies, as the controller needs it. */
export interface ReplyOutput {
  /** Replies are voiced (server audio, or a browser voice); false when they are only captioned. */
  readonly voiced: boolean;
  readonly isPlaying: boolean;
  /** Stops what plays now and mutes this round; what the learner heard of the reply cut off. */
  stop(): (Heard & { chars?: number }) | null;
  /** A new learner turn: its replies may play. */
  resume(): void;
}

export interface VoiceControllerDeps {
  /** Sends a frame on the live channel: JSON messages, or a WAV as one binary frame. False if not open. */
  send(frame: LiveClientMessage | ArrayBuffer): boolean;
  /** Makes a speech source: the detector (audio for the server) or the browser's recogniser (text). */
  createSource(kind: 'detector' | 'recognition', events: SpeechSourceEvents): Promise<SpeechSource>;
  output: ReplyOutput;
  /** Called with every new state. */
  publish(state: VoiceState): void;
  /** The browser has its own recogniser. */
  browserRecognitionAvailable: boolean;
}

type SourceKind = 'detector' | 'recognition';

export class VoiceController {
  private state: VoiceState;
  private source: SpeechSource | null = null;
  private sourceKind: SourceKind | null = null;
  private loading: Promise<SpeechSource | null> | null = null;
  /** The source is running (started and not paused). */
  private running = false;
  /** A turn is in flight on the server: from sending it until `done` or `error`. */
  private answering = false;
  /** An utterance finished while a turn was in flight: sent when that turn is done. */
  private held: Utterance | null = null;
  /** Character replies of the round in flight, and those whose voice has started. */
  private roundReplies = new Set<number>();
  private startedReplies = new Set<number>();
  /** When the learner stopped speaking, for the spoken turn whose reply audio we are waiting for. */
  private spokenEndedAt: number | null = null;
  private timing: { turn: number; endedAt: number } | null = null;
  /** The scene is paused: the microphone rests whatever the learner set. */
  private suspended = false;
  /**
   * The learner talked over a turn in flight before any reply of it was announced (a slow transcription): its first
   * reply is cut as soon as it is, and nothing of the round plays.
   */
  private cutBeforeReply = false;

  constructor(private readonly deps: VoiceControllerDeps) {
    this.state = { ...initialVoiceState, browserRecognitionAvailable: deps.browserRecognitionAvailable };
  }

  get snapshot(): VoiceState {
    return this.state;
  }

  /** The live channel's state changed. */
  channel(channel: VoiceState['channel']): void {
    if (channel === 'open') {
      this.update({ channel });
      return;
    }
    this.answering = false;
    this.held = null;
    this.update({ channel, capabilities: channel === 'closed' ? null : this.state.capabilities });
    this.reconcile();
  }

  /** Switches the microphone on or off (hands-free listening). */
  toggleMic(): void {
    this.setHandsFree(!this.state.handsFree);
  }

  setHandsFree(on: boolean): void {
    if (on && this.state.recognition === 'none') return;
    this.update({ handsFree: on, problem: on ? null : this.state.problem });
    void this.apply();
  }

  /** The scene paused or resumed: while paused nothing is heard or sent. */
  setSuspended(suspended: boolean): void {
    this.suspended = suspended;
    if (suspended) this.update({ pushToTalk: false });
    void this.apply();
  }

  /** Space or a trigger pressed: listen while it is held. */
  pushStart(): void {
    if (this.suspended || this.state.pushToTalk || this.state.recognition === 'none') return;
    this.update({ pushToTalk: true, problem: null });
    void this.apply();
  }

  /** Released: what was said goes now. */
  pushEnd(): void {
    if (!this.state.pushToTalk) return;
    this.update({ pushToTalk: false });
    void this.apply();
  }

  /** The learner's choice about the browser's own (possibly third-party) speech recognition. */
  chooseBrowserRecognition(chosen: boolean): void {
    this.update({ browserRecognitionChosen: chosen, handsFree: chosen ? this.state.handsFree : false });
    this.reconcile();
  }

  /** A typed turn: sent on the live channel when open. False means the caller sends it another way. */
  sendText(text: string): boolean {
    if (this.state.channel !== 'open' || !this.deps.send({ type: 'text', text })) return false;
    this.answering = true;
    return true;
  }

  /** A character's voice started or stopped: the detector gets harder to trigger while it plays (echo). */
  playingChanged(playing: boolean): void {
    this.source?.setCharacterSpeaking(playing);
    this.update({ speaking: playing });
  }

  /** A reply's audio starts at `atMs`: the first one after a spoken turn gives that turn's timing. */
  replyStarted(reply: ReplyRef, atMs: number): void {
    this.startedReplies.add(reply.index);
    const timing = this.timing;
    if (!timing || reply.index <= timing.turn) return;
    this.timing = null;
    const endToPlaybackMs = Math.max(0, Math.round(atMs - timing.endedAt));
    this.deps.send({ type: 'timing', turn: timing.turn, endToPlaybackMs });
  }

  /** Every frame from the server. */
  serverEvent(event: LiveServerEvent): void {
    switch (event.type) {
      case 'ready':
        this.update({ capabilities: { transcription: event.transcription, synthesis: event.synthesis } });
        this.reconcile();
        return;
      case 'transcript':
        this.sent();
        return;
      case 'turn': {
        const { turn } = event;
        if (turn.speaker !== 'learner') {
          this.replyAnnounced(turn.index);
          return;
        }
        // A round the learner has already talked over stays muted.
        if (!this.cutBeforeReply) this.deps.output.resume();
        this.roundReplies.clear();
        this.startedReplies.clear();
        if (turn.source === 'voice' && this.spokenEndedAt !== null) {
          this.timing = { turn: turn.index, endedAt: this.spokenEndedAt };
        }
        this.spokenEndedAt = null;
        this.sent();
        return;
      }
      case 'delta':
        this.replyAnnounced(event.index);
        return;
      case 'retract':
        this.roundReplies.delete(event.index);
        return;
      case 'error':
        this.spokenEndedAt = null;
        this.sent();
        this.turnOver();
        return;
      case 'done':
        this.turnOver();
        return;
      case 'affect':
      case 'audio':
      case 'audio-end':
        return;
      default:
        event satisfies never;
    }
  }

  destroy(): void {
    this.source?.destroy();
    this.source = null;
    this.running = false;
    this.held = null;
  }

  private get capabilities(): VoiceCapabilitiesDto | null {
    return this.state.capabilities;
  }

  /** After the capabilities or the learner's choice changed: who transcribes, and the right source for it. */
  private reconcile(): void {
    const recognition = recognitionFor(
      this.capabilities,
      this.state.browserRecognitionAvailable,
      this.state.browserRecognitionChosen,
    );
    const kind: SourceKind | null =
      recognition === 'server' ? 'detector' : recognition === 'browser' ? 'recognition' : null;
    if (kind !== this.sourceKind) {
      this.source?.destroy();
      this.source = null;
      this.running = false;
      this.sourceKind = kind;
    }
    this.update(
      recognition === 'none'
        ? { recognition, handsFree: false, pushToTalk: false, listening: 'idle' }
        : { recognition },
    );
    void this.apply();
  }

  /** Runs or pauses the source to match what the learner wants. */
  private async apply(): Promise<void> {
    if (this.wanted() && !this.running) {
      const source = await this.ensureSource();
      if (!source || this.running) return;
      if (!this.wanted()) return this.settle();
      this.running = true;
      try {
        await source.start();
        source.setCharacterSpeaking(this.state.speaking);
      } catch (error) {
        this.running = false;
        return this.fail(micErrorFrom(error));
      }
      // Released while the microphone was starting: treat it as a very short press.
      if (!this.wanted()) return this.apply();
      this.settle();
    } else if (!this.wanted() && this.running) {
      this.running = false;
      await this.source?.pause();
      this.settle();
    } else this.settle();
  }

  private wanted(): boolean {
    return !this.suspended && (this.state.handsFree || this.state.pushToTalk);
  }

  private async ensureSource(): Promise<SpeechSource | null> {
    if (this.source) return this.source;
    const kind = this.sourceKind;
    if (!kind) return null;
    if (!this.loading) {
      this.update({ listening: 'starting' });
      this.loading = this.deps
        .createSource(kind, this.sourceEvents())
        .then((source) => {
          if (this.sourceKind !== kind) {
            source.destroy();
            return null;
          }
          this.source = source;
          return source;
        })
        .catch((error: unknown) => {
          this.fail(micErrorFrom(error));
          return null;
        })
        .finally(() => {
          this.loading = null;
        });
    }
    return this.loading;
  }

  private sourceEvents(): SpeechSourceEvents {
    return {
      onSpeechStart: () => {
        if (this.running && this.state.listening === 'listening') this.update({ listening: 'hearing' });
      },
      onSpeechRealStart: () => this.bargeIn(),
      onMisfire: () => {
        if (this.state.listening === 'hearing') this.settle(true);
      },
      onUtterance: (utterance) => this.utterance(utterance),
      onFailure: (error) => this.fail(error),
    };
  }

  /** The learner is really talking: a character speaking (or about to) stops, and the server hears how much. */
  private bargeIn(): void {
    const output = this.deps.output;
    if (!output.voiced || !(output.isPlaying || this.answering)) return;
    let heard: (Heard & { chars?: number }) | null = output.stop();
    if (!heard && this.answering) {
      // Nothing sounding yet, but a reply is on its way: cut it before a word of it plays.
      const next = [...this.roundReplies].filter((i) => !this.startedReplies.has(i)).sort((a, b) => a - b)[0];
      if (next !== undefined) heard = { index: next, ms: 0 };
      else this.cutBeforeReply = true;
    }
    if (!heard) return;
    const message: LiveClientMessage = { type: 'heard', index: heard.index, ms: heard.ms };
    if (heard.chars !== undefined) message.chars = heard.chars;
    this.deps.send(message);
    // The server stops answering once it hears this, and takes the learner's next words at once.
    this.answering = false;
  }

  private utterance(utterance: Utterance): void {
    this.update({ listening: 'sending' });
    if (this.answering) {
      this.held = utterance;
      return;
    }
    this.deliver(utterance);
  }

  private deliver(utterance: Utterance): void {
    const frame: LiveClientMessage | ArrayBuffer =
      utterance.kind === 'audio' ? utterance.wav : { type: 'text', text: utterance.text, spoken: true };
    if (!this.deps.send(frame)) {
      this.update({
        problem: 'The connection to the room was lost: what you said was not sent. Please type it.',
      });
      this.settle(true);
      return;
    }
    this.answering = true;
    this.spokenEndedAt = utterance.kind === 'audio' ? utterance.endedAt : null;
  }

  /** A reply of the round in flight is announced: cut at once if the learner already talked over the round. */
  private replyAnnounced(index: number): void {
    this.roundReplies.add(index);
    if (!this.cutBeforeReply) return;
    this.cutBeforeReply = false;
    this.deps.send({ type: 'heard', index, ms: 0 });
    // The server stops answering and takes what the learner said over it: send it now if it is waiting.
    this.turnOver();
  }

  /** The turn in flight is over: a held utterance goes now. */
  private turnOver(): void {
    this.cutBeforeReply = false;
    this.answering = false;
    const held = this.held;
    this.held = null;
    if (held) this.deliver(held);
  }

  /** The utterance reached the server (its transcript, its stored turn, or an error): back to listening. */
  private sent(): void {
    if (this.state.listening === 'sending' && !this.held) this.settle(true);
  }

  /** The resting state for the microphone as it is now. */
  private settle(force = false): void {
    const { listening } = this.state;
    if (!force && (listening === 'sending' || listening === 'hearing')) return;
    if (listening === 'sending' && this.held) return;
    this.update({ listening: this.running ? 'listening' : 'idle' });
  }

  private fail(error: MicError): void {
    this.source?.destroy();
    this.source = null;
    this.running = false;
    this.update({ problem: error.message, handsFree: false, pushToTalk: false, listening: 'idle' });
  }

  private update(change: Partial<VoiceState>): void {
    this.state = { ...this.state, ...change };
    this.deps.publish(this.state);
  }
}
