// Mouth movement from text alone, for replies with no audio: a timeline of how open the mouth is as the words
// would be spoken at a calm clinical pace. Vowels open it, lip consonants close it, punctuation pauses.

/** Seconds per letter at about 165 words a minute. */
const SECONDS_PER_LETTER = 0.068;
const PAUSE_SECONDS: Readonly<Record<string, number>> = {
  ',': 0.22,
  ';': 0.3,
  ':': 0.3,
  '.': 0.42,
  '?': 0.42,
  '!': 0.42,
  '…': 0.5,
};
const OPENNESS: Readonly<Record<string, number>> = { a: 1, o: 0.85, e: 0.65, u: 0.55, i: 0.45, y: 0.4 };
/** Lips meet on these, so the mouth closes fully. */
const LIP_CLOSERS = new Set(['m', 'b', 'p']);
const CONSONANT_OPENNESS = 0.22;

/** Key times (seconds from the start) and openness (0..1) at each, sorted by time. */
export interface MouthTimeline {
  times: Float32Array;
  openness: Float32Array;
  /** When the last word has been said. */
  duration: number;
}

export function mouthTimeline(text: string): MouthTimeline {
  const times: number[] = [0];
  const openness: number[] = [0];
  let t = 0;
  for (const raw of text) {
    const ch = raw.toLowerCase();
    const pause = PAUSE_SECONDS[ch];
    if (pause !== undefined) {
      t += pause;
      times.push(t);
      openness.push(0);
    } else if (/\s/.test(ch)) {
      t += SECONDS_PER_LETTER * 0.6;
      times.push(t);
      openness.push(0.08);
    } else if (/\p{L}/u.test(ch)) {
      t += SECONDS_PER_LETTER;
      times.push(t);
      openness.push(OPENNESS[ch] ?? (LIP_CLOSERS.has(ch) ? 0 : CONSONANT_OPENNESS));
    }
  }
  times.push(t + 0.12);
  openness.push(0);
  return { times: Float32Array.from(times), openness: Float32Array.from(openness), duration: t + 0.12 };
}

/** How open the mouth is `seconds` into the timeline: linear between keys, closed outside. Allocation-free. */
export function opennessAt(timeline: MouthTimeline, seconds: number): number {
  const { times, openness } = timeline;
  const last = times.length - 1;
  if (seconds <= 0 || last < 1 || seconds >= (times[last] ?? 0)) return 0;
  // Binary search for the key at or before `seconds`.
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((times[mid] ?? 0) <= seconds) lo = mid;
    else hi = mid;
  }
  const t0 = times[lo] ?? 0;
  const t1 = times[hi] ?? t0;
  const f = t1 > t0 ? (seconds - t0) / (t1 - t0) : 0;
  return (openness[lo] ?? 0) * (1 - f) + (openness[hi] ?? 0) * f;
}
