// The characters' voices when the server has no synthesiser (or it failed on part of a reply): the browser's own
// speechSynthesis, one reply after another, each character in their own voice. The mouth follows the words as the
// browser reports them (boundary events), with the text timeline between; voices that report no boundaries get the
// text timeline of the whole reply.

import { type MouthTimeline, mouthTimeline, opennessAt } from '../scene/speech/text-lipsync.ts';
import type { Heard, ReplyRef } from './chunk-schedule.ts';
import { REPLY_GAP_SECONDS } from './chunk-schedule.ts';
import { type BrowserVoiceChoice, type CharacterVoiceInput, pickBrowserVoices } from './voice-picking.ts';

/** What we use of a SpeechSynthesisUtterance (tests hand in plain objects). */
export interface UtteranceLike {
  text: string;
  voice: SpeechSynthesisVoice | null;
  pitch: number;
  rate: number;
  lang: string;
  onstart: ((event: Event) => void) | null;
  onend: ((event: Event) => void) | null;
  onerror: ((event: Event) => void) | null;
  onboundary: ((event: { name: string; charIndex: number; charLength?: number }) => void) | null;
}

/** What we use of window.speechSynthesis. */
export interface SynthesisLike {
  speak(utterance: UtteranceLike): void;
  cancel(): void;
  pause?(): void;
  resume?(): void;
  getVoices(): SpeechSynthesisVoice[];
  addEventListener?(type: 'voiceschanged', listener: () => void): void;
  removeEventListener?(type: 'voiceschanged', listener: () => void): void;
}

export interface BrowserVoiceDeps {
  synthesis: SynthesisLike;
  createUtterance(text: string): UtteranceLike;
  /** The page's language, for choosing voices. @default 'en' */
  lang?: string;
  now?: () => number;
  onPlayingChange(playing: boolean): void;
}

/** What was heard of a reply cut off while a browser voice said it: time, and characters reached. */
export interface HeardWithChars extends Heard {
  chars: number;
}

interface Line extends ReplyRef {
  text: string;
}

interface Saying extends Line {
  utterance: UtteranceLike;
  startedAt: number | null;
  /** Characters said so far: the end of the word last reported. */
  chars: number;
  timeline: MouthTimeline;
  /** When `timeline` started: the utterance's start, then each reported word's. */
  timelineAt: number;
}

export class BrowserVoice {
  private readonly now: () => number;
  private choices = new Map<string, BrowserVoiceChoice>();
  private queue: Line[] = [];
  private saying: Saying | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private muted = false;
  private playing = false;
  private readonly onVoicesChanged = () => this.pick();

  constructor(
    private readonly deps: BrowserVoiceDeps,
    private readonly characters: readonly CharacterVoiceInput[],
  ) {
    this.now = deps.now ?? (() => performance.now());
    deps.synthesis.addEventListener?.('voiceschanged', this.onVoicesChanged);
    this.pick();
  }

  /** The browser has a voice to speak with (headless browsers and some systems have none). */
  get usable(): boolean {
    return this.deps.synthesis.getVoices().length > 0;
  }

  get isPlaying(): boolean {
    return this.playing;
  }

  /** Queues a reply to be said after what is being said, no earlier than `atMs`. */
  say(reply: ReplyRef, text: string, atMs?: number): void {
    if (this.muted || text.trim() === '') return;
    this.queue.push({ ...reply, text });
    this.setPlaying(true);
    const wait = atMs === undefined ? 0 : Math.max(0, atMs - this.now());
    if (wait > 0 && !this.saying && !this.timer) this.timer = setTimeout(() => this.next(), wait);
    else this.next();
  }

  /** Stops speaking now; later replies of this round are ignored until `resume`. Returns what was heard. */
  stop(): HeardWithChars | null {
    const saying = this.saying;
    const waiting = this.queue[0];
    this.clear();
    this.muted = true;
    if (saying) {
      const ms = saying.startedAt === null ? 0 : Math.round(this.now() - saying.startedAt);
      return { index: saying.index, ms, chars: saying.chars };
    }
    return waiting ? { index: waiting.index, ms: 0, chars: 0 } : null;
  }

  /** The learner took a new turn: replies to it may be said. */
  resume(): void {
    this.muted = false;
  }

  /** The scene paused (true) or resumed: the voice holds mid-word and carries on. */
  hold(held: boolean): void {
    if (held) this.deps.synthesis.pause?.();
    else this.deps.synthesis.resume?.();
  }

  isSpeaking(speaker: string): boolean {
    return this.saying?.speaker === speaker && this.saying.startedAt !== null;
  }

  /** Mouth openness of `speaker` now. Allocation-free. */
  mouthOpen(speaker: string, nowMs: number): number {
    const saying = this.saying;
    if (!saying || saying.speaker !== speaker || saying.startedAt === null) return 0;
    return opennessAt(saying.timeline, (nowMs - saying.timelineAt) / 1000);
  }

  dispose(): void {
    this.clear();
    this.deps.synthesis.removeEventListener?.('voiceschanged', this.onVoicesChanged);
  }

  private pick(): void {
    const voices = this.deps.synthesis.getVoices();
    this.choices = pickBrowserVoices(this.characters, voices, this.deps.lang ?? 'en');
  }

  private next(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.saying) return;
    const line = this.queue.shift();
    if (!line) {
      this.setPlaying(false);
      return;
    }
    const utterance = this.deps.createUtterance(line.text);
    const choice = this.choices.get(line.speaker);
    const voice = this.deps.synthesis.getVoices().find((v) => v.voiceURI === choice?.voiceURI) ?? null;
    utterance.voice = voice;
    if (voice) utterance.lang = voice.lang;
    utterance.pitch = choice?.pitch ?? 1;
    utterance.rate = choice?.rate ?? 1;
    const saying: Saying = {
      ...line,
      utterance,
      startedAt: null,
      chars: 0,
      timeline: mouthTimeline(line.text),
      timelineAt: 0,
    };
    utterance.onstart = () => {
      saying.startedAt = this.now();
      saying.timelineAt = saying.startedAt;
    };
    utterance.onboundary = (event) => {
      if (event.name !== 'word') return;
      const word = wordAt(line.text, event.charIndex, event.charLength);
      saying.timeline = mouthTimeline(word);
      saying.timelineAt = this.now();
      saying.chars = Math.max(saying.chars, event.charIndex + word.length);
    };
    const finished = () => {
      if (this.saying !== saying) return;
      this.saying = null;
      if (this.queue.length === 0) this.setPlaying(false);
      else this.timer = setTimeout(() => this.next(), REPLY_GAP_SECONDS * 1000);
    };
    utterance.onend = finished;
    utterance.onerror = finished;
    this.saying = saying;
    this.deps.synthesis.speak(utterance);
  }

  private clear(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.queue = [];
    const saying = this.saying;
    this.saying = null;
    if (saying) {
      saying.utterance.onend = null;
      saying.utterance.onerror = null;
      saying.utterance.onboundary = null;
    }
    this.deps.synthesis.cancel();
    this.setPlaying(false);
  }

  private setPlaying(playing: boolean): void {
    if (playing === this.playing) return;
    this.playing = playing;
    this.deps.onPlayingChange(playing);
  }
}

/** The word a boundary event points at: `charLength` when the browser gives it, else up to the next space. */
export function wordAt(text: string, charIndex: number, charLength?: number): string {
  if (charLength && charLength > 0) return text.slice(charIndex, charIndex + charLength);
  return /^\S+/.exec(text.slice(charIndex))?.[0] ?? '';
}
