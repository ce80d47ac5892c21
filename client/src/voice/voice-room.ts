// The voice of one conversation, put together: the live channel, the room's one AudioContext (created from the
// learner's click, shared by the microphone detector and playback), the reply audio and the browser's voices, the
// controller's state machine, and push-to-talk on the Space bar. Plain code outside React; the scene page makes one
// per session and the views render the state it publishes to the store.

import type { LiveServerEvent, SessionCharacterDto } from '../../../server/protocol.ts';
import { type LiveChannel, openLiveChannel } from '../api/live-channel.ts';
import { AudioPlayback } from './audio-playback.ts';
import { browserRecognition, createRecognitionSource } from './browser-recognition.ts';
import { BrowserVoice, type SynthesisLike, type UtteranceLike } from './browser-voice.ts';
import type { Heard } from './chunk-schedule.ts';
import type { SpeechSource, SpeechSourceEvents } from './speech-source.ts';
import { tuningFromStorage, type VadTuning } from './vad-tuning.ts';
import { type ReplyOutput, VoiceController } from './voice-controller.ts';
import type { VoiceState } from './voice-state.ts';

/** What the room needs of the client store. */
export interface VoiceRoomStore {
  setVoice(state: VoiceState): void;
  /** Typed turns go through `sendText` while connected; null sends them over HTTP again. */
  connectLive(port: { sendText(text: string): boolean } | null): void;
  receiveLive(sessionId: string, event: LiveServerEvent): void;
}

/** Who moves the avatars' mouths, read every frame by the speech driver. */
export interface MouthSource {
  /** Voices (audio or the browser's) drive the mouths now; false leaves them to the text timeline. */
  readonly active: boolean;
  mouthOpen(speaker: string, nowMs: number): number;
  isSpeaking(speaker: string): boolean;
  /** A character's voice is playing now. */
  readonly playing: boolean;
  /** How many times a character's voice has started since the room opened (a short reply may end unseen). */
  readonly voicesStarted: number;
}

export interface VoiceRoomOptions {
  sessionId: string;
  characters: readonly SessionCharacterDto[];
  store: VoiceRoomStore;
  /** How the microphone detector is tuned. @default the defaults with this device's stored changes (tuningFromStorage) */
  tuning?: VadTuning;
}

export class VoiceRoom implements MouthSource {
  private readonly controller: VoiceController;
  private readonly channel: LiveChannel;
  private readonly browserVoice: BrowserVoice | null;
  private context: AudioContext | null = null;
  private paused = false;
  private wasPlaying = false;
  private started = 0;
  private playback: AudioPlayback | null = null;
  private readonly tuning: VadTuning;
  private readonly cleanups: (() => void)[] = [];

  constructor(private readonly options: VoiceRoomOptions) {
    this.tuning = options.tuning ?? tuningFromStorage(storageOrNull());
    const synthesis = window.speechSynthesis as unknown as SynthesisLike | undefined;
    this.browserVoice =
      synthesis && typeof SpeechSynthesisUtterance === 'function'
        ? new BrowserVoice(
            {
              synthesis,
              createUtterance: (text) => new SpeechSynthesisUtterance(text) as unknown as UtteranceLike,
              lang: document.documentElement.lang || 'en',
              onPlayingChange: () => this.outputChanged(),
            },
            options.characters,
          )
        : null;
    const recognition = browserRecognition(window);
    this.controller = new VoiceController({
      send: (frame) => this.channel.send(frame),
      createSource: (kind, events) => this.createSource(kind, events, recognition),
      output: this.output(),
      publish: (state) => options.store.setVoice(state),
      browserRecognitionAvailable: recognition !== null,
    });
    options.store.setVoice(this.controller.snapshot);
    this.channel = openLiveChannel(options.sessionId, {
      onEvent: (event) => this.serverEvent(event),
      onStateChange: (state) => {
        this.controller.channel(state);
        options.store.connectLive(state === 'open' ? { sendText: (text) => this.sendText(text) } : null);
      },
    });
    // Audio may start without a click only once the page has had one (the Start button, usually).
    if (navigator.userActivation?.hasBeenActive ?? false) this.audioContext();
    this.listen(window, 'pointerdown', () => this.audioContext(), true);
    this.listen(window, 'keydown', (event) => this.onKey(event as KeyboardEvent, true), true);
    this.listen(window, 'keyup', (event) => this.onKey(event as KeyboardEvent, false), true);
    this.listen(window, 'blur', () => this.controller.pushEnd());
  }

  /** Switches the microphone on or off; from a click, so it also starts the audio. */
  toggleMic(): void {
    this.audioContext();
    this.controller.toggleMic();
  }

  /** Push-to-talk pressed (a controller trigger in VR; Space is handled here). */
  pushStart(): void {
    this.audioContext();
    this.controller.pushStart();
  }

  pushEnd(): void {
    this.controller.pushEnd();
  }

  /** The scene paused or resumed: voices hold where they are and the microphone rests. */
  setPaused(paused: boolean): void {
    this.paused = paused;
    this.controller.setSuspended(paused);
    this.browserVoice?.hold(paused);
    const context = this.context;
    if (!context) return;
    if (paused) void context.suspend().catch(() => {});
    else void context.resume().catch(() => {});
  }

  /** The learner's answer to the browser-recognition opt-in. */
  chooseBrowserRecognition(chosen: boolean): void {
    this.audioContext();
    this.controller.chooseBrowserRecognition(chosen);
  }

  get active(): boolean {
    const state = this.controller.snapshot;
    return state.channel === 'open' && this.voiced;
  }

  get playing(): boolean {
    return (this.playback?.isPlaying ?? false) || (this.browserVoice?.isPlaying ?? false);
  }

  mouthOpen(speaker: string, nowMs: number): number {
    if (this.playback?.isSpeaking(speaker)) return this.playback.mouthOpen(speaker, nowMs);
    return this.browserVoice?.mouthOpen(speaker, nowMs) ?? 0;
  }

  isSpeaking(speaker: string): boolean {
    return (this.playback?.isSpeaking(speaker) ?? false) || (this.browserVoice?.isSpeaking(speaker) ?? false);
  }

  destroy(): void {
    for (const cleanup of this.cleanups) cleanup();
    this.options.store.connectLive(null);
    this.channel.close();
    this.controller.destroy();
    this.playback?.dispose();
    this.browserVoice?.dispose();
    void this.context?.close().catch(() => {});
    this.context = null;
  }

  /** Replies are heard: the server's synthesiser, or a browser voice. */
  private get voiced(): boolean {
    return (
      (this.controller.snapshot.capabilities?.synthesis ?? false) || (this.browserVoice?.usable ?? false)
    );
  }

  private output(): ReplyOutput {
    const room = this;
    return {
      get voiced() {
        return room.voiced;
      },
      get isPlaying() {
        return room.playing;
      },
      stop() {
        const fromAudio: Heard | null = room.playback?.stop() ?? null;
        const fromBrowser = room.browserVoice?.stop() ?? null;
        return fromAudio ?? fromBrowser;
      },
      resume() {
        room.playback?.resume();
        room.browserVoice?.resume();
      },
    };
  }

  private sendText(text: string): boolean {
    return this.controller.sendText(text);
  }

  private serverEvent(event: LiveServerEvent): void {
    // The controller first: a learner turn unmutes the output before its replies arrive.
    this.controller.serverEvent(event);
    switch (event.type) {
      case 'audio':
      case 'audio-end':
        this.audioContext();
        this.playback?.push(event);
        return;
      case 'turn': {
        const { turn } = event;
        const capabilities = this.controller.snapshot.capabilities;
        // Without a synthesiser the browser says each reply once it is complete.
        if (turn.speaker !== 'learner' && capabilities && !capabilities.synthesis && turn.cutOff === null) {
          this.browserVoice?.say({ speaker: turn.speaker, index: turn.index }, turn.text);
        }
        break;
      }
      default:
        break;
    }
    this.options.store.receiveLive(this.options.sessionId, event);
  }

  /** The room's one AudioContext: made on first need (after a click), resumed if the browser suspended it. */
  private audioContext(): AudioContext | null {
    if (!this.context) {
      if (typeof AudioContext !== 'function') return null;
      this.context = new AudioContext({ latencyHint: 'interactive' });
      this.playback = new AudioPlayback(this.context, {
        onReplyStart: (reply, atMs) => this.controller.replyStarted(reply, atMs),
        onUnspoken: (reply, text, atMs) => this.browserVoice?.say(reply, text, atMs),
        onPlayingChange: () => this.outputChanged(),
      });
    }
    if (this.context.state === 'suspended' && !this.paused) void this.context.resume().catch(() => {});
    return this.context;
  }

  private outputChanged(): void {
    const playing = this.playing;
    if (playing && !this.wasPlaying) this.started += 1;
    this.wasPlaying = playing;
    this.controller.playingChanged(playing);
  }

  get voicesStarted(): number {
    return this.started;
  }

  private async createSource(
    kind: 'detector' | 'recognition',
    events: SpeechSourceEvents,
    recognition: ReturnType<typeof browserRecognition>,
  ): Promise<SpeechSource> {
    if (kind === 'recognition') {
      if (!recognition) throw new Error('no speech recognition in this browser');
      return createRecognitionSource({
        create: recognition,
        events,
        lang: document.documentElement.lang || 'en',
      });
    }
    const audioContext = this.audioContext();
    if (!audioContext) throw new Error('no Web Audio in this browser');
    const { createMicVad } = await import('./mic-vad.ts');
    return createMicVad({ audioContext, tuning: this.tuning, events });
  }

  /** Space held, with the focus outside anything that takes Space itself (text, check boxes), talks. */
  private onKey(event: KeyboardEvent, down: boolean): void {
    if (down) this.audioContext();
    if (event.code !== 'Space' || ownsSpace(event.target)) return;
    const { recognition, pushToTalk } = this.controller.snapshot;
    if (down ? recognition === 'none' : !pushToTalk) return;
    // Space would also scroll the page or press the focused button.
    event.preventDefault();
    if (down && !event.repeat) this.pushStart();
    else if (!down) this.pushEnd();
  }

  private listen(target: Window, type: string, listener: (event: Event) => void, capture = false): void {
    target.addEventListener(type, listener, capture);
    this.cleanups.push(() => target.removeEventListener(type, listener, capture));
  }
}

/** The element uses the Space bar itself: text entry, check boxes and radio buttons, lists. */
function ownsSpace(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['button', 'submit', 'reset', 'range'].includes(target.type);
}

/** The page's localStorage, or null where it is blocked (private modes, sandboxed frames). */
function storageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
