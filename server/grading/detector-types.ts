import type { HarmKind } from '../sim/harm-lexicon.ts';
import type { ConversationFeatures, LearnerTurnFeatures } from './features.ts';
import type { Quote } from './report-types.ts';

/** A detector's verdict on one rubric item: a score on the item's scale, the evidence, and where to anchor advice. */
export interface DetectorResult {
  score: number;
  evidence: Quote[];
  /** A sentence about this conversation that the suggestion starts with ("In turn 4 you..."). */
  anchor: string;
}

/** Null means the detectors cannot assess the item (the judge may; otherwise it is "not assessed"). */
export type Detector = (features: ConversationFeatures) => DetectorResult | { notAssessed: string };

export type RubricDetectors = Record<string, Detector>;

export function ordinal(value: number, good: number, fair: number): number {
  return value >= good ? 1 : value >= fair ? 0.5 : 0;
}

export function quoteOf(turn: { index: number; text: string }, maxChars = 160): Quote {
  const text = turn.text.trim();
  return {
    turn: turn.index,
    quote: text.length <= maxChars ? text : text.slice(0, maxChars).replace(/\s+\S*$/, ''),
  };
}

/** A quote of the behaviour's absence or opposite. */
export function lacking(quote: Quote): Quote {
  return { ...quote, shows: false };
}

/** The quotes of a turn's harmful sentences, of the kinds given (all kinds when none are). */
export function harmQuotes(l: LearnerTurnFeatures, kinds?: readonly HarmKind[]): Quote[] {
  return l.harms
    .filter((h) => !kinds || h.kinds.some((k) => kinds.includes(k)))
    .map((h) => ({ turn: h.turn, quote: h.quote, shows: false }));
}

/** Turns as people count them in prose: from 1 (evidence keeps the 0-based index). */
export function turnNumber(index: number | null | undefined): number | string {
  return index === null || index === undefined ? '?' : index + 1;
}

/** The anchors of a two-part item, for: both parts shown, only the first, only the second, neither. */
export type TwoPartAnchors = readonly [both: string, firstOnly: string, secondOnly: string, neither: string];

/** An ordinal item made of two behaviours: done when both show, partly when one does. Evidence from each, once. */
export function twoPart(
  first: Quote | undefined,
  second: Quote | undefined,
  anchors: TwoPartAnchors,
): DetectorResult {
  const shown = [first, second].filter((q): q is Quote => q !== undefined);
  // One sentence may show both parts ("So, to sum up: …, and I'll see you both in six weeks."): quoted once.
  const evidence = shown.filter(
    (q, i) => !shown.some((other, j) => j < i && other.turn === q.turn && other.quote.includes(q.quote)),
  );
  const anchor = first ? (second ? anchors[0] : anchors[1]) : second ? anchors[2] : anchors[3];
  return { score: shown.length / 2, evidence, anchor };
}
