// Who is speaking when: replies are "voiced" one after another from the transcript, each for as long as its text
// takes to say, so mouths move and captions show in turn. Audio, when a voice is added, replaces the timing.

import { type MouthTimeline, mouthTimeline, opennessAt } from './text-lipsync.ts';

/** A transcript line, as much of it as the player needs. */
export interface SpokenEntry {
  key: string;
  speaker: string;
  text: string;
}

interface Utterance {
  key: string;
  speaker: string;
  text: string;
  /** Milliseconds on the scene clock. */
  startsAt: number;
  timeline: MouthTimeline;
}

/** The gap between one speaker finishing and the next starting. */
const TURN_GAP_MS = 300;

export class SpeechPlayer {
  private utterances: Utterance[] = [];
  private known = new Set<string>();

  /**
   * Takes the transcript's character lines. Lines seen for the first time queue after whatever is being said;
   * a line still streaming grows its timeline; lines present before the first sync count as already said.
   */
  sync(entries: readonly SpokenEntry[], now: number, { initial = false } = {}): void {
    const live = new Set(entries.map((e) => e.key));
    // A retracted reply (the model failed mid-stream) stops being said at once.
    this.utterances = this.utterances.filter((u) => live.has(u.key));
    for (const entry of entries) {
      if (!this.known.has(entry.key)) {
        this.known.add(entry.key);
        if (initial) continue;
        const startsAt = Math.max(now, this.endOfQueue() + TURN_GAP_MS);
        this.utterances.push({ ...entry, startsAt, timeline: mouthTimeline(entry.text) });
        continue;
      }
      const utterance = this.utterances.find((u) => u.key === entry.key);
      if (utterance && utterance.text !== entry.text) {
        utterance.text = entry.text;
        utterance.timeline = mouthTimeline(entry.text);
      }
    }
    // Forget what was said long ago, so the list stays short in long sessions.
    const horizon = now - 60_000;
    this.utterances = this.utterances.filter((u) => u.startsAt + u.timeline.duration * 1000 > horizon);
  }

  /** The learner spoke: lines being said stop now and lines waiting are dropped, as people fall quiet to listen. */
  silence(now: number): void {
    this.utterances = this.utterances.filter((u) => u.startsAt <= now);
    for (const u of this.utterances) {
      const said = Math.max(0, (now - u.startsAt) / 1000);
      if (said < u.timeline.duration) u.timeline = { ...u.timeline, duration: said };
    }
  }

  /** Mouth opening of `speaker` now, 0..1. Allocation-free, for the render loop. */
  mouthOpen(speaker: string, now: number): number {
    // Indexed loops here and in isSpeaking: they run every frame, and must not create iterators.
    for (let i = 0; i < this.utterances.length; i += 1) {
      const u = this.utterances[i];
      if (!u || u.speaker !== speaker) continue;
      const seconds = (now - u.startsAt) / 1000;
      if (seconds >= 0 && seconds <= u.timeline.duration) return opennessAt(u.timeline, seconds);
    }
    return 0;
  }

  isSpeaking(speaker: string, now: number): boolean {
    for (let i = 0; i < this.utterances.length; i += 1) {
      const u = this.utterances[i];
      if (u && u.speaker === speaker && now >= u.startsAt && now <= this.endOf(u)) return true;
    }
    return false;
  }

  /** The key of the line `speaker` is saying or said last by `now`, or null. */
  currentLine(speaker: string, now: number): string | null {
    let latest: Utterance | null = null;
    for (const u of this.utterances) {
      if (u.speaker === speaker && u.startsAt <= now && (!latest || u.startsAt > latest.startsAt)) latest = u;
    }
    return latest?.key ?? null;
  }

  /** When the next line starts being said after `now`, or null if none is waiting. */
  nextStart(now: number): number | null {
    let next: number | null = null;
    for (const u of this.utterances) {
      if (u.startsAt > now && (next === null || u.startsAt < next)) next = u.startsAt;
    }
    return next;
  }

  private endOf(u: Utterance): number {
    return u.startsAt + u.timeline.duration * 1000;
  }

  private endOfQueue(): number {
    let end = Number.NEGATIVE_INFINITY;
    for (const u of this.utterances) end = Math.max(end, this.endOf(u));
    return end;
  }
}
