// Where the conversation is: its stage, which medical words the learner has explained, and what the learner has
// said. Derived from each learner turn and stored in that turn's meta, so a resumed session has it.

import type { LearnerAct } from '../content/acts.ts';
import { findJargon } from './jargon-lexicon.ts';
import type { QuestionFocus } from './question-focus.ts';

export const STAGES = ['opening', 'understanding', 'news', 'emotion', 'planning', 'closing'] as const;
export type Stage = (typeof STAGES)[number];

/** How each stage reads in a character prompt. */
export const STAGE_WORDS: Record<Stage, string> = {
  opening: 'the start: introductions and setting the scene',
  understanding: 'finding out what you already know and how you are',
  news: 'the news, or the crisis, is being faced now',
  emotion: 'taking in what has happened and how it feels',
  planning: 'talking about what happens next',
  closing: 'drawing to a close',
};

const EMPATHY: readonly LearnerAct[] = [
  'nurse-naming',
  'nurse-understanding',
  'nurse-respecting',
  'nurse-supporting',
  'nurse-exploring',
  'apology',
];
const PLANNING: readonly LearnerAct[] = ['offering-choices', 'limit-setting'];
/** Words that close a conversation ("I can see you're upset" is not "see you soon"). */
const CLOSING =
  /\b(?:good ?bye|bye|see you (?:soon|later|tomorrow|next|again|then|in)|take care|leave it there|anything else before)\b/i;

export interface StageInput {
  previous: Stage;
  acts: ReadonlySet<LearnerAct>;
  focus: QuestionFocus;
  /** The news had been given before this turn. */
  newsGiven: boolean;
  text: string;
}

/** The stage after a learner turn. Once the news is out the conversation never returns before it. */
export function nextStage({ previous, acts, focus, newsGiven, text }: StageInput): Stage {
  if (CLOSING.test(text)) return 'closing';
  if (acts.has('news-delivery') && !newsGiven) return 'news';
  const past = newsGiven || STAGES.indexOf(previous) >= STAGES.indexOf('news');
  if (past) {
    if (PLANNING.some((a) => acts.has(a)) || focus.topic === 'plan') return 'planning';
    if (acts.has('summary') && previous === 'planning') return 'closing';
    if (EMPATHY.some((a) => acts.has(a)) || previous === 'news') return 'emotion';
    return previous === 'closing' ? 'planning' : previous;
  }
  if (acts.has('warning-shot')) return 'news';
  const onlyGreeting = acts.has('greeting') && acts.size === 1;
  if (previous === 'opening' && onlyGreeting) return 'opening';
  if (PLANNING.some((a) => acts.has(a)) || focus.topic === 'plan') return 'planning';
  return previous === 'opening' ? 'understanding' : previous;
}

/** What the learner says after a medical word to explain it in plain words. */
const EXPLAINERS = [
  'which means',
  'that means',
  'this means',
  'meaning',
  'means',
  'in other words',
  'that is',
  "that's",
  'which is',
  'put simply',
  'in plain',
  'or',
  'i.e.',
  'a ',
  '(',
  '-',
  '—',
  ':',
];

/** The term's noun named again in plain words after a comma: "the oncology team, the cancer specialists". */
const NAMED_AGAIN = /^[a-z]+, (?:the|a|an|that|which|meaning|or) /;

/**
 * Plain words just before the term, set beside it: "the cancer specialists, the oncology team", "a small sample, a
 * biopsy". A phrase of its own (from "the", "a" or "your"), and the term straight after the comma.
 */
const NAMED_BEFORE =
  /(?:^|[\s,])(?:the|a|an|your|our) (?:[a-z'-]+ ){0,4}[a-z'-]+, (?:the |a |an |your |our )?$/;

/** An abbreviation spelt out just before it: "the patient advice and liaison service, PALS". */
function spelledOutBefore(before: string, term: string): boolean {
  if (!/^[a-z]{2,6}$/.test(term)) return false;
  const words = (before.match(/([a-z'-]+(?: [a-z'-]+){0,7}),? (?:the )?$/)?.[1] ?? '')
    .split(' ')
    .filter((w) => !['and', 'of', 'for', 'the', 'in', 'on', '&'].includes(w));
  const initials = words.map((w) => w[0]).join('');
  return initials.endsWith(term);
}

/** Jargon terms the learner explains in this utterance: an explainer follows the term closely, or plain words come just before it. */
export function explainedTerms(text: string): string[] {
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  const explained: string[] = [];
  for (const term of new Set(findJargon(text, { spelledOutToo: true }))) {
    const at = lower.indexOf(term);
    if (at < 0) continue;
    const before =
      lower
        .slice(Math.max(0, at - 60), at)
        .split(/[.?!]\s/)
        .at(-1) ?? '';
    if ((NAMED_BEFORE.test(before) && findJargon(before).length === 0) || spelledOutBefore(before, term)) {
      explained.push(term);
      continue;
    }
    // Up to a few words after the term, across a comma but not a full stop.
    const after = lower
      .slice(at + term.length, at + term.length + 40)
      .split(/[.?!]/)[0]
      // A plural ("DOACs, which means…") is the same term.
      ?.replace(/^(?:'?s\b)?[,\s]+/, '');
    if (after && (EXPLAINERS.some((e) => after.startsWith(e)) || NAMED_AGAIN.test(after)))
      explained.push(term);
  }
  return explained;
}

/** Jargon in the utterance the characters do not yet understand. */
export function unexplainedJargon(text: string, explainedBefore: ReadonlySet<string>): string[] {
  const now = new Set(explainedTerms(text));
  return [...new Set(findJargon(text))].filter((t) => !now.has(t) && !explainedBefore.has(t));
}

/** The words of an utterance, lower-cased, for "has the learner said this yet". */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [];
}

/** Whether a line uses a word (or phrase) the learner has not yet brought into the conversation. */
export function usesUnsaidTerm(line: string, unsaid: readonly string[]): boolean {
  if (unsaid.length === 0) return false;
  const padded = ` ${wordsOf(line).join(' ')} `;
  return unsaid.some((term) => padded.includes(` ${wordsOf(term).join(' ')} `));
}
