// How the ended page refers to a moment of the conversation so the learner can find it: their own line number
// ("your line 15") and the time into the session ("at 4:32"), never the grader's count over everyone's turns.
//
// The report keeps the grader's terms (evidence `turn` is the 0-based index over all turns; its prose says "turn N"
// counting every turn from 1, as the judge is shown them), which the grading CLI and evals read as they are. This
// module translates them for the screen, beside the transcript it numbers the same way. No React here.

import type { SessionWithTurnsDto } from '../../../server/protocol.ts';
import { speakerName } from './speakers.ts';

export interface TurnReference {
  index: number;
  speaker: string;
  /** The learner's own line number, from 1; null for a character's turn. */
  line: number | null;
  /** For a character's turn, the learner's line before it; null before the learner's first. */
  afterLine: number | null;
  /** Seconds from the start of the session, when both times are known. */
  seconds: number | null;
}

export interface TurnReferences {
  of(index: number): TurnReference | undefined;
  /** An evidence quote's label: `Your line 15, at 4:32`, or `Grace, at 4:33` for a character. */
  label(index: number): string;
  /** Rewrites the grader's "turn N" in a suggestion into references the learner can follow. */
  rewrite(text: string): string;
}

type Session = Pick<SessionWithTurnsDto, 'createdAt' | 'turns' | 'characters'>;

/** The references of an ended session's turns. */
export function turnReferences(session: Session): TurnReferences {
  const start = Date.parse(session.createdAt);
  const byIndex = new Map<number, TurnReference>();
  let line = 0;
  for (const turn of [...session.turns].sort((a, b) => a.index - b.index)) {
    const learner = turn.speaker === 'learner';
    if (learner) line += 1;
    const at = Date.parse(turn.createdAt);
    byIndex.set(turn.index, {
      index: turn.index,
      speaker: turn.speaker,
      line: learner ? line : null,
      afterLine: learner || line === 0 ? null : line,
      seconds: Number.isNaN(start) || Number.isNaN(at) || at < start ? null : Math.floor((at - start) / 1000),
    });
  }
  const of = (index: number) => byIndex.get(index);
  return {
    of,
    label(index) {
      const ref = of(index);
      if (!ref) return `Turn ${index + 1}`;
      const at = ref.seconds === null ? '' : `, at ${formatSessionTime(ref.seconds)}`;
      return ref.line === null
        ? `${speakerName(ref.speaker, session.characters)}${at}`
        : `Your line ${ref.line}${at}`;
    },
    rewrite: (text) => rewriteTurnReferences(text, of),
  };
}

/** Seconds into the session as a clock: `4:32`, or `1:02:05` past the hour. */
export function formatSessionTime(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const two = (n: number) => String(n).padStart(2, '0');
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  return hours > 0 ? `${hours}:${two(minutes)}:${two(s % 60)}` : `${minutes}:${two(s % 60)}`;
}

/** A preposition the grader puts before a turn ("In turn 4 you…"), one turn number or a short list of them. */
const TURN_MENTION = /\b(?:(in|at|on|from) )?\b(turns?) \[?(\d+)\]?((?:(?:, | and | or |-|–)\[?\d+\]?)*)/gi;
/** The learner's turns spoken of as such ("your next turn", "Your turns averaged", "15 words a turn"). */
const YOUR_TURN = /\b(your (?:next |first |last )?|words (?:a|per) )turn(s?)\b/gi;

/**
 * The grader's turn numbers (from 1, over every turn) as the learner's line numbers and times. A number with no
 * such turn is left as it was, so nothing is invented.
 */
export function rewriteTurnReferences(
  text: string,
  of: (index: number) => TurnReference | undefined,
): string {
  const rewritten = text.replace(
    TURN_MENTION,
    (whole, preposition: string | undefined, word: string, first: string, rest: string) => {
      const numbers = [first, ...(rest.match(/\d+/g) ?? [])].map(Number);
      const refs = numbers.map((n) => of(n - 1));
      if (refs.some((r) => r === undefined)) return whole;
      const known = refs as TurnReference[];
      const phrase =
        known.length === 1
          ? single(known[0] as TurnReference, preposition)
          : several(known, preposition, /-|–/.test(rest));
      return /^[A-Z]/.test(preposition ?? word) ? capitalise(phrase) : phrase;
    },
  );
  return rewritten.replace(YOUR_TURN, (_, your: string, plural: string) => `${your}line${plural}`);
}

/** One turn in prose, keeping the sentence's grammar: "in your line 15 (at 4:32)", "at 4:33 (after your line 6)". */
function single(ref: TurnReference, preposition: string | undefined): string {
  const time = ref.seconds === null ? null : formatSessionTime(ref.seconds);
  if (ref.line !== null) {
    const yours = `your line ${ref.line}${time === null ? '' : ` (at ${time})`}`;
    return preposition ? `${preposition.toLowerCase()} ${yours}` : yours;
  }
  // A character's turn has no line of the learner's: place it in time, or after the learner's line before it.
  const after = ref.afterLine === null ? 'before your first line' : `after your line ${ref.afterLine}`;
  const when = time === null ? after : `at ${time} (${after})`;
  const kept = preposition?.toLowerCase();
  return kept === 'in' || kept === 'at' ? when : `${kept ? `${kept} ` : ''}their reply ${when}`;
}

/** Several turns: "your lines 3, 5 and 7" when all are the learner's; otherwise each placed on its own. */
function several(refs: readonly TurnReference[], preposition: string | undefined, range: boolean): string {
  const lead = preposition ? `${preposition.toLowerCase()} ` : '';
  const join = (items: readonly string[]) => (range ? items.join(' to ') : joinList(items));
  if (refs.every((r) => r.line !== null)) return `${lead}your lines ${join(refs.map((r) => String(r.line)))}`;
  return `${lead}${join(refs.map((r) => single(r, undefined)))}`;
}

function joinList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
