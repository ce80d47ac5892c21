// Splits a learner utterance into sentences and tells questions (open or closed) from statements and requests.
// Transcripts may have no punctuation at all, so the form of a clause counts as well as its question mark.

export type SentenceShape = 'open' | 'closed' | 'request' | 'statement';

export interface Sentence {
  text: string;
  /** The punctuation that ended it ('?' wins over '.'), or '' when the transcript had none. */
  terminal: '?' | '.' | '!' | ';' | ':' | '';
}

// Sentence or clause ends: . ! ? ; : followed by space or end, or a spaced dash. Compiled once; reset per call.
const BOUNDARY = /[.!?;:]+(?=\s|$)|\s[–—-]\s/g;
const HAS_WORD = /\w/;
const ABBREVIATION_BEFORE = /(?:^|\s)(?:dr|mr|mrs|ms|mx|prof|st|e\.g|i\.e|etc|vs)$/i;

/**
 * A sentence's words for phrase patterns: lower-case, curly quotes straightened, "&" as "and", punctuation other than
 * ' and ? dropped, padded with a space at each end (so a pattern can ask for " word ").
 */
export function paddedWords(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9'?\s]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
}

/** Sentences in order, with curly quotes already straightened by the caller. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(text); match !== null; match = BOUNDARY.exec(text)) {
    const mark = match[0];
    const before = text.slice(start, match.index);
    if (mark.startsWith('.') && mark.length === 1 && ABBREVIATION_BEFORE.test(before)) continue;
    pushSentence(sentences, before, terminalOf(mark));
    start = match.index + mark.length;
  }
  pushSentence(sentences, text.slice(start), '');
  return sentences;
}

function terminalOf(mark: string): Sentence['terminal'] {
  if (mark.includes('?')) return '?';
  if (mark.includes('!')) return '!';
  if (mark.includes('.')) return '.';
  if (mark.includes(';')) return ';';
  if (mark.includes(':')) return ':';
  return '';
}

function pushSentence(into: Sentence[], raw: string, terminal: Sentence['terminal']): void {
  const text = raw.trim();
  if (HAS_WORD.test(text)) into.push({ text, terminal });
}

// Discourse openers and forms of address that come before the real start of a clause.
const LEADING_FILLER =
  /^(?:(?:so|and|but|okay|ok|right|well|now|then|just|oh|um|erm|uh|sir|ma'am|madam|look|also|first|(?:mr|mrs|ms|miss|dr)\.? \w+)\s*,?\s+)+/i;

// A polite request for an action ("could you just calm down", "can we keep it down"): not a question.
const REQUEST =
  /^(?:can|could|would|will) (?:you (?:please |just |all |try (?:and|to) )*(?:calm|sit|stop|keep|lower|wait|step|relax|settle|move|leave|back|quiet|be quiet|go|come|put|get|hold on)|we (?:please |just |all |try (?:and|to) )*(?:calm|stop|keep|lower|quiet|be quiet|settle|hold on))\b/i;

// "Can you tell me about…", "tell me more", "talk me through", "I wonder what…": open invitations to talk.
const TELL = 'tell|talk|say|describe|explain|walk|share';
const TELLING = 'telling|talking|explaining|describing|sharing';
const LEARN = '(?:hear|know|understand|check|find out|ask)';
const OPEN_PROMPT = new RegExp(
  `^(?:${[
    // "Can you tell me…", "would you like to talk about…".
    `(?:can|could|would|will) you (?:please |just )?(?:${TELL}|help me understand)`,
    String.raw`(?:would|do) you (?:like|want|mind) (?:to )?(?:${TELL}|${TELLING})\b`,
    // "Tell me…", but not "tell me if…", which asks for yes or no.
    String.raw`(?:please )?tell me\b(?! (?:if|whether)\b)`,
    'talk me through|walk me through|say (?:a (?:bit|little) )?more',
    // "I wonder how…", "I'd like to hear what…".
    "I (?:wonder|was wondering|'m wondering) (?:what|how|why|where|who)",
    `I(?:'d| would) (?:like|love|want) to ${LEARN} (?:what|how|why|about|more)`,
    'help me understand',
  ].join('|')})`,
  'i',
);

// The same prompts followed by if/whether expect a yes or no.
const CLOSED_PROMPT =
  /^(?:(?:can|could|would) you (?:please |just )?tell me|I (?:wonder|was wondering|'m wondering)) (?:if|whether)\b/i;

const WH_CLOSED =
  /^(?:what (?:time|day|date|year|age|number|dose|ward)|what(?:'s| is) (?:your|his|her|their) (?:name|date of birth|number|address)|how (?:long|old|many|often|far)|(?:when|where)(?:'s| (?:did|do|does|was|were|is|are|will|would|can|could|should|had|has|have)\b)|who\b|whose\b|which\b)/i;

const WH_START = /^(?:what|what's|how|how's|why|whereabouts)\b/i;

/** "What I do need is for you not to…", "What we can do is…": a statement that opens with "what". */
const WH_CLEFT =
  /^what (?:i|we)(?:'d| would| do| really| just| can| can't| cannot)? (?:\w+ )?(?:\w+ )?(?:is|was)\b/i;

// A negative auxiliary opens a question only with its subject ("don't you think"); "don't worry" is an order.
const AUX_START =
  /^(?:do|does|did|is|are|was|were|have|has|had|can|could|would|will|shall|should|may|might|must|am)\b|^(?:don't|doesn't|didn't|isn't|aren't|wasn't|weren't|haven't|hasn't|can't|couldn't|wouldn't|won't|shouldn't)(?= (?:you|we|they|he|she|I|it|there|that|this|your|the)\b)/i;

// Unpunctuated transcripts run questions on after statements ("hi I'm Sam what have they told you").
const EMBEDDED_OPEN =
  /\b(?:what|how|why)(?:'s| (?:have|has|had|do|does|did|are|is|was|were|would|will|can|could|should|might) (?:you|they|the \w+|anyone|he|she|we|things|it)\b)/i;
const EMBEDDED_CLOSED = /\b(?:do|does|did|have|has|are|is|would|could|can|will) you\b(?! to\b)/i;

// A lone "sorry?" or "pardon?" asks for a repeat, not an answer.
const REPEAT_REQUEST = /^(?:sorry|pardon|what|eh|huh|come again|excuse me)\W*$/i;

/** Whether a sentence is an open question, a closed question, a request for action, or a statement. */
export function sentenceShape(sentence: Sentence): SentenceShape {
  return analyseSentence(sentence).shape;
}

export interface SentenceAnalysis {
  shape: SentenceShape;
  /**
   * Where the question starts in the sentence text: 0 when it opens the sentence, later when statements come
   * first ("the scan is back, what have they told you"), -1 for statements, requests and statements said as
   * questions ("She fell on Tuesday and nobody called you?").
   */
  questionAt: number;
}

/** The shape of a sentence and where its question, if any, begins. */
export function analyseSentence(sentence: Sentence): SentenceAnalysis {
  const asked = sentence.terminal === '?';
  const unpunctuated = sentence.terminal === '';
  if (REPEAT_REQUEST.test(sentence.text)) return { shape: 'statement', questionAt: -1 };
  let offset = 0;
  for (const rawClause of sentence.text.split(',')) {
    const at = offset + (rawClause.length - rawClause.trimStart().length);
    offset += rawClause.length + 1;
    const clause = rawClause.trim().replace(LEADING_FILLER, '');
    if (clause === '') continue;
    if (REQUEST.test(clause)) return { shape: 'request', questionAt: -1 };
    if (CLOSED_PROMPT.test(clause)) return { shape: 'closed', questionAt: at };
    if (OPEN_PROMPT.test(clause)) return { shape: 'open', questionAt: at };
    if (!asked && !unpunctuated) continue;
    if (WH_CLEFT.test(clause)) continue;
    if (WH_CLOSED.test(clause)) return { shape: 'closed', questionAt: at };
    if (WH_START.test(clause)) return { shape: 'open', questionAt: at };
    if (AUX_START.test(clause)) return { shape: 'closed', questionAt: at };
  }
  if (unpunctuated) {
    const open = EMBEDDED_OPEN.exec(sentence.text);
    if (open !== null) return { shape: 'open', questionAt: open.index };
    const closed = EMBEDDED_CLOSED.exec(sentence.text);
    if (closed !== null) return { shape: 'closed', questionAt: closed.index };
  }
  // "She fell on Tuesday and nobody called you?": a statement said as a question expects yes or no.
  return { shape: asked ? 'closed' : 'statement', questionAt: -1 };
}
