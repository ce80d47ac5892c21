// Deterministic, multi-label classifier of learner utterances into the closed act set. Rules only: sentence
// splitting, question form, and phrase cues with a confidence per cue. Fast enough to run on every turn and in
// the grader; an LLM may refine it, but this is the offline baseline.

import { ACT_THRESHOLD, type ClassifiedAct, LEARNER_ACTS, type LearnerAct } from '../content/acts.ts';
import {
  CUES,
  HELP_OFFER,
  HISTORY_CHECK,
  NEWS_BLOCK,
  REASSURANCE_HEDGE,
  SORRY,
  SORRY_NOT_APOLOGY,
  SUMMARY_CHECK,
} from './act-cues.ts';
import { harmfulActsIn } from './harm-lexicon.ts';
import { findJargon } from './jargon-lexicon.ts';
import { analyseSentence, type Sentence, splitSentences } from './utterance-shape.ts';

export { ACT_THRESHOLD } from '../content/acts.ts';

// Long patterns are written as named parts: `anyOf` joins whole alternatives, `oneOf` groups word lists
// ('|'-separated strings) into `(?:…)`. The compiled source is that of the one long literal it replaces.
const anyOf = (...branches: string[]): string => branches.join('|');
const oneOf = (...lists: string[]): string => `(?:${lists.join('|')})`;

// Word lists for the patterns below, named so that each pattern reads on a line.
const HARD_ORDER = oneOf(
  'security|police|removed|escorted|thrown out|arrested|or else|calm (?:yourself )?down',
  'settle down|shut up|get out|sit down|be quiet|warning you|tell you again',
);

// Orders that stay orders even beside an offer of help: threats, removal, and telling someone to calm down.
const HARD_COMMAND = new RegExp(String.raw`\b${HARD_ORDER}\b`, 'i');

// The reason for a boundary, given with it: other patients, everyone's safety, being able to talk.
/** Saying they were not there, which alone passes the blame on. */
const WAS_NOT_THERE = /\bI wasn't (?:even )?(?:here|there|on (?:shift|duty)|working)\b/i;
/** What they can do instead: "What I can do is…", "I'll find out". */
const OFFERS_WHAT_THEY_CAN =
  /\b(?:what I (?:can do|do know)|I can (?:find out|explain what|look into)|I(?:'ll| will) (?:find out|look into))\b/i;
const LIMIT_REASON = new RegExp(
  anyOf(
    String.raw`\bbecause (?:there are|other|the other|we|I|it's|this is|everyone|people)\b`,
    String.raw`\bso (?:that )?(?:we|I|everyone|other|the other)\b`,
    String.raw`\bfor (?:everyone's|the other patients'|their|your own) (?:safety|sake)\b`,
  ),
  'i',
);

// The cue table with what the sentence loop needs precomputed: which text each cue reads.
interface CompiledCue {
  act: LearnerAct;
  confidence: number;
  pattern: RegExp;
  unless: RegExp | undefined;
  near: boolean;
  /** Case-insensitive patterns run markedly faster on lower-cased text; the few others read the original. */
  caseless: boolean;
  /** Reads only the stated part of a sentence (before any question in it). */
  statement: boolean;
  /** Counts only in questions and open prompts. */
  question: boolean;
}

const COMPILED: readonly CompiledCue[] = CUES.map((c) => ({
  act: c.act,
  confidence: c.confidence,
  pattern: byFirstLetter(c.pattern),
  unless: c.unless,
  near: c.near === true,
  caseless: c.pattern.ignoreCase,
  statement: c.scope === 'statement',
  question: c.scope === 'question',
}));

// V8 runs a long top-level alternation of word-initial branches ("\bwrong …|\bunder …|\bwas never …") markedly
// faster when the branches are grouped by their first letter ("\b(?:w(?:rong …|as never …)|u(?:nder …))"). The
// rewrite is exact: it only regroups branches that all start with \b and a plain letter, in case-insensitive
// patterns; anything else is left as written.
function byFirstLetter(pattern: RegExp): RegExp {
  if (!pattern.ignoreCase) return pattern;
  const branches = topLevelBranches(pattern.source);
  if (branches.length < 3 || !branches.every((b) => b.startsWith('\\b'))) return pattern;
  const groups = new Map<string, string[]>();
  const others: string[] = [];
  for (const branch of branches) {
    const body = branch.slice(2);
    const first = body.charAt(0).toLowerCase();
    if (/[a-z']/.test(first) && !/[?*+{]/.test(body.charAt(1))) {
      const group = groups.get(first) ?? [];
      group.push(body.slice(1));
      groups.set(first, group);
    } else others.push(body);
  }
  const grouped = [...groups].map(([first, rests]) =>
    rests.length === 1 ? first + rests[0] : `${first}(?:${rests.join('|')})`,
  );
  return new RegExp(`\\b(?:${[...grouped, ...others].join('|')})`, pattern.flags);
}

/** The top-level alternatives of a regex source (outside groups and character classes). */
function topLevelBranches(source: string): string[] {
  const branches: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i];
    if (ch === '\\') i += 1;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth += 1;
    else if (ch === ')') depth -= 1;
    else if (ch === '|' && depth === 0) {
      branches.push(source.slice(start, i));
      start = i + 1;
    }
  }
  branches.push(source.slice(start));
  return branches;
}

// A command cue this weak ("I need you to…") gives way to a limit stated in the same sentence.
const WEAK_COMMAND = 0.6;

// Each further, independent cue for the same act adds this much, up to the cap.
const CORROBORATION_BONUS = 0.05;
const MAX_CONFIDENCE = 0.97;

const ACT_ORDER = new Map<LearnerAct, number>(LEARNER_ACTS.map((act, index) => [act, index]));

// Acts whose presence in a sentence means its plans and promises are not neutral information.
const NOT_INFORMATION: ReadonlySet<LearnerAct> = new Set<LearnerAct>([
  'greeting',
  'invitation',
  'warning-shot',
  'threat-or-command',
  'limit-setting',
  'nurse-supporting',
  'premature-reassurance',
  'dismissive',
]);

// Bad news and empathy mention treatments, results and times too; only explanation or a plan makes them
// information as well.
const NO_WEAK_INFORMATION: readonly LearnerAct[] = [
  'news-delivery',
  'nurse-naming',
  'nurse-understanding',
  'nurse-respecting',
  'nurse-exploring',
  'apology',
];

function hasAny(scores: ReadonlyMap<LearnerAct, number>, acts: readonly LearnerAct[]): boolean {
  return acts.some((act) => scores.has(act));
}

// Word lists for the patterns below, named so that each pattern reads on a line.
const IDIOM_MEANS = oneOf('a lot|so much|a great deal|the world|everything');
const SUBJECT = oneOf('we|they|you|the|a|an|your|it|there|someone|people');
const OBJECT = oneOf('it|that|you|we|the|a|an|there');
const WILL = oneOf("'ll| will| are going to|'re going to");
const PLAN_VERB = oneOf(
  'give|start|started|do|run|keep|see|come|visit|ring|call|discuss|stay|operate|check|take',
  'move|moved|refer|arrange|book|get|focus|stop|look|send|sent|control|treat|shrink|manage',
  'need',
  'like to (?:do|run|give|start|take|keep|check|scan|test|arrange|book|send|refer|move|transfer|admit)',
  'make|cause|mean|find out|hear|be back|scan|test|repeat|review|show|tell|teach|bring|fit',
  'put|remove|change|transfer|admit|discharge|prescribe|order|organi[sz]e|contact|write|sort',
);
const WILL_OR_NEED = oneOf(
  "'ll| will| would|'d| should| are going to|'re going to|'s going to| is going to| need to",
  " have|'ve",
);
const ALSO = oneOf('also |then |usually |probably |now |just ');
const DOING_NOW = oneOf(
  'starting|giving|doing|moving|sending|arranging|booking|keeping|taking|referring|stopping',
  'running|waiting for|treating|monitoring|watching|checking|testing',
);
const MOVED = oneOf('moved|transferred|admitted|started|given|seen|referred|booked|taken|put');
const TREATMENT_EFFECT = oneOf(
  'help|shrink|control|ease|relieve|reduce|treat|slow|be controlled|be treated|be managed',
  'give (?:you|him|her|them) (?:more |extra |some )?(?:time|months|years)',
);
const PURPOSE = oneOf(
  'check|see|find out|look|make sure|rule out|help|stop|prevent|control|treat|reduce|ease',
);

// Explaining, planning and scheduling: information even inside a sentence that carries bad news.
const INFO_STRONG = [
  new RegExp(
    anyOf(
      String.raw`\b(?:which|this|that|it) (?:just |simply )?means\b(?! ${IDIOM_MEANS}\b)`,
      String.raw`\bwhich is (?:why|a|an|where|when)\b`,
      String.raw`\b(?:is|was|that's|it's) because\b`,
      String.raw`\bis (?:where|when|what happens when) ${SUBJECT}\b`,
      String.raw`\bis (?:all )?about\b`,
      String.raw`\b(?:a|an|the) [\w-]+(?: [\w-]+)? (?:is|are) (?:a|an|basically a|just a) (?:type|kind|sort|form) of\b`,
      String.raw`\b[\w-]+ (?:just |simply |basically )?means(?! ${IDIOM_MEANS}\b) ${OBJECT}\b`,
      String.raw`\bso (?:that )?(?:we|they|you|he|she|it|the \w+|(?:her|his|your|their) \w+) can\b`,
    ),
    'i',
  ),
  new RegExp(
    anyOf(
      String.raw`\b(?:the )?next steps?\b`,
      String.raw`\blet you know\b`,
      String.raw`\bas soon as\b`,
      String.raw`\blet (?:me|us|the (?:nurses?|staff|team)) know if\b`,
      String.raw`\byou can (?:stop|take|start|use|have|eat|drink|shower|bath|go|call|ring|drive|walk)\b`,
      String.raw`\b(?:we|I|they|the \w+)${WILL} (?:\w+ )?(?:talk|chat) (?:about|through|to you)\b`,
    ),
    'i',
  ),
  new RegExp(
    String.raw`\b(?:we|I|you|he|she|they|the \w+(?: \w+)?)${WILL_OR_NEED}(?: have to| need to)? ${ALSO}?${PLAN_VERB}\b`,
    'i',
  ),
  new RegExp(
    anyOf(
      String.raw`\b(?:we|I|they|the \w+(?: \w+)?)(?:'re| are|'m| am) (?:now |also |just )?${DOING_NOW}\b`,
      String.raw`\b(?:'s|has|have|'ve) been ${MOVED}\b`,
    ),
    'i',
  ),
  new RegExp(
    anyOf(
      String.raw`\b(?:can|will|should|could|may|might|often|usually) (?:usually |often |also )?${TREATMENT_EFFECT}\b`,
      String.raw`\bhelps? with\b`,
      String.raw`\bis to ${PURPOSE}\b`,
      String.raw`\bto (?:check|find out|see) (?:whether|if)\b`,
    ),
    'i',
  ),
];

// Word lists for the patterns below, named so that each pattern reads on a line.
const COUNT = oneOf(String.raw`\d+|an?|half an?|half|a few|twenty|ten|fifteen|thirty|forty|two|three`);
const WHEN_NEXT = oneOf(
  'tomorrow|tonight|this (?:afternoon|evening)|later today|next (?:week|month)',
  '(?:on|by) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
  'by (?:tomorrow|the end of the (?:day|week))',
);
const STATUS = oneOf(
  'on (?:her|his|their|my) way|in (?:the )?(?:scanner|theatre|surgery|recovery|x-ray)|stable',
  'waking up|comfortable|dropping|falling|rising|improving',
);
const RESULT_VERB = oneOf('is|are|was|were|came back|come back|tested');
const HEALED = oneOf('healed|recovered|improved|settled|come down|gone down|cleared|shrunk');
const TREATMENT_NOUN = oneOf(
  String.raw`antibiotics|fluids|drip|morphine|painkillers|chemotherapy|radiotherapy|physiotherap\w+`,
  'blood tests?|appointment|operation|procedure|service|sample|oxygen|treatments',
);
const HOUR_OF_DAY = oneOf(String.raw`\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve`);
const DURATION_COUNT = oneOf(
  String.raw`\d+|a few|an?|half an?|twenty|ten|fifteen|thirty|forty|two|three|four|five|six`,
);
const TIME_UNIT = oneOf('minutes?|hours?|days?|weeks?|months?');

// Status reports and treatment nouns: information when the sentence is not itself the bad news.
const INFO_WEAK = [
  new RegExp(
    anyOf(
      String.raw`\b(?:within|in) (?:the next |about |around )?${COUNT} ?(?:minutes?|hours?|hour|days?|weeks?)\b`,
      String.raw`\bfor the (?:first|next) (?:few |couple of )?(?:days|weeks|hours)\b`,
      String.raw`\bwithin (?:the|an) hour\b`,
      String.raw`\b${WHEN_NEXT}\b`,
    ),
    'i',
  ),
  new RegExp(
    anyOf(
      String.raw`\b(?:is|'s|are|'re) ${STATUS}\b`,
      String.raw`\bwent (?:well|smoothly)\b`,
      String.raw`(?<!not )\bgood news\b`,
      String.raw`\bno (?:sign|signs|evidence|trace) (?:of|that)\b`,
      String.raw`\b${RESULT_VERB} (?:all )?(?:clear|normal|negative|fine|reassuring)\b`,
      String.raw`\bnegative for\b`,
      String.raw`\b(?:has|have|'s|'ve) (?:now |nicely |fully )?${HEALED}\b`,
      String.raw`\b(?:didn't|did not|doesn't|does not) show (?:any|anything)\b`,
      String.raw`\b(?:was|is|were|are|came back) (?:\w+ )?(?:benign|harmless|not cancerous)\b`,
      String.raw`\b(?:isn't|is not|wasn't|was not) (?:a )?cancer\b`,
    ),
    'i',
  ),
  new RegExp(
    anyOf(
      String.raw`\b${TREATMENT_NOUN}\b`,
      String.raw`\bthere are (?:good|effective|several|lots of|many|other) (?:treatments|options|ways)\b`,
    ),
    'i',
  ),
  new RegExp(
    anyOf(
      String.raw`\bmost people\b`,
      String.raw`\busually\b`,
      String.raw`\bwe have an?\b`,
      String.raw`\b(?:normal|common|usual) to (?:feel|be|have|get|need)\b`,
      String.raw`\bbecause (?:of|her|his|your|their|the|it|they|she|he)\b`,
      String.raw`\bfrom ${HOUR_OF_DAY}(?: ?(?:am|pm))? (?:till|to|until) \w+`,
      String.raw`\btakes? (?:about |around |roughly |up to )?${DURATION_COUNT} ?${TIME_UNIT}\b`,
      String.raw`\bside[ -]effects?\b`,
      String.raw`\byou (?:might|may|will|'ll) (?:feel|notice|get|have) (?:a|some|a bit|a little)\b`,
      String.raw`\b(?:once|twice|three times|four times) (?:a|per) day\b`,
    ),
    'i',
  ),
];

// Word lists for the patterns below, named so that each pattern reads on a line.
const NT_VERB = oneOf(
  '(?:do|does|did|is|are|was|were|has|have|had|could|would|should|must|need|ca|wo)nt|im|ive',
  'youre|youve|youll|youd|theyre|theyve|theyll|theyd|weve|hes|shes|its|thats|theres|whats',
  'heres|wheres|whos|hows|lets|itll|thatll|therell',
);

// Typed chat often drops apostrophes ("im sorry its cancer", "thats not my job"); the cues expect them. Only
// forms that are not also everyday words are restored ("ill", "were", "well", "wed" and "shell" stay as they are).
const BARE_CONTRACTION = new RegExp(anyOf(String.raw`\b${NT_VERB}\b`, String.raw`\bill(?= be\b)`), 'gi');
const LONE_I = /(?<![\w'])i(?![\w'])/g;

function contract(word: string): string {
  const lower = word.toLowerCase();
  if (lower === 'im' || lower === 'ive' || lower === 'ill') return `I'${word.slice(1)}`;
  if (lower.endsWith('nt')) return `${word.slice(0, -1)}'${word.slice(-1)}`;
  if (/(?:re|ve|ll)$/.test(lower)) return `${word.slice(0, -2)}'${word.slice(-2)}`;
  return `${word.slice(0, -1)}'${word.slice(-1)}`;
}

function restoreApostrophes(text: string): string {
  return text.replace(BARE_CONTRACTION, contract).replace(LONE_I, 'I');
}

// Transcripts and keyboards produce typographic quotes; the cues are written with straight ones.
const CURLY_SINGLE = /[’‘`´ʼ′]/g;
const CURLY_DOUBLE = /[“”„″]/g;
// Non-breaking and doubled spaces, tabs and line breaks all count as one space; the cues are written with one.
const WHITESPACE = /\s+/g;

/** The acts an utterance carries, each with a confidence in [0,1], strongest first. Empty input gives []. */
export function classifyActs(text: string): ClassifiedAct[] {
  const straightened = text.replace(CURLY_SINGLE, "'").replace(CURLY_DOUBLE, '"').replace(WHITESPACE, ' ');
  const normalised = restoreApostrophes(straightened.trim());
  if (normalised === '') return [];
  const scores = new Map<LearnerAct, number>();
  const sentences = splitSentences(normalised);
  for (const sentence of sentences) scoreSentence(sentence, scores);

  if (!scores.has('summary') && isCheckedRecap(normalised)) raise(scores, 'summary', 0.8);
  // "I wasn't there. What I can do is tell you what I know": not passing the blame, when it goes on to what they can do.
  if (scores.has('dismissive') && OFFERS_WHAT_THEY_CAN.test(normalised)) {
    const others = new Map<LearnerAct, number>();
    for (const sentence of sentences) if (!WAS_NOT_THERE.test(sentence.text)) scoreSentence(sentence, others);
    if (!others.has('dismissive')) scores.delete('dismissive');
  }
  // "Please don't shout at me, I'm trying to help you": a soft order paired with an offer of help, or with the
  // reason for it, is a limit.
  const softened = HELP_OFFER.test(normalised) || LIMIT_REASON.test(normalised);
  if (scores.has('threat-or-command') && softened && !HARD_COMMAND.test(normalised)) {
    scores.delete('threat-or-command');
    raise(scores, 'limit-setting', 0.75);
  }

  // Coercion, pulling rank and belittling: they harm whatever surrounds them, and "I'm the doctor here" is no
  // introduction nor "you're not going anywhere" a promise of support.
  const harmful = harmfulActsIn(normalised);
  for (const act of harmful) raise(scores, act, 0.9);
  if (harmful.length > 0) {
    scores.delete('greeting');
    scores.delete('nurse-supporting');
  }

  const jargon = findJargon(normalised).length;
  if (jargon > 0) raise(scores, 'jargon', jargon > 1 ? 0.95 : 0.9);
  // A limit paired with an offer of help is the respectful kind; alone it is weaker.
  if (scores.has('limit-setting') && HELP_OFFER.test(normalised)) raise(scores, 'limit-setting', 0.8);

  return [...scores]
    .map(([act, confidence]) => ({ act, confidence: Math.round(confidence * 1000) / 1000 }))
    .sort((a, b) => b.confidence - a.confidence || (ACT_ORDER.get(a.act) ?? 0) - (ACT_ORDER.get(b.act) ?? 0));
}

/** The acts at or above ACT_THRESHOLD, in LEARNER_ACTS order; convenient for labels and tests. */
export function predictedActs(text: string): LearnerAct[] {
  const present = new Set(
    classifyActs(text)
      .filter((a) => a.confidence >= ACT_THRESHOLD)
      .map((a) => a.act),
  );
  return LEARNER_ACTS.filter((act) => present.has(act));
}

function scoreSentence(sentence: Sentence, scores: Map<LearnerAct, number>): void {
  const { shape, questionAt } = analyseSentence(sentence);
  const { text } = sentence;
  const asking = shape === 'open' || shape === 'closed';
  // Statements said before the question in the same sentence ("the scan shows it has spread, do you follow")
  // still carry their statement acts.
  const stated = !asking || questionAt < 0 ? text : text.slice(0, questionAt).trim();
  const lower = text.toLowerCase();
  const statedLower = stated.toLowerCase();
  const local = new Map<LearnerAct, number>();
  for (const candidate of COMPILED) {
    if (candidate.question && !asking) continue;
    const target = candidate.statement
      ? candidate.caseless
        ? statedLower
        : stated
      : candidate.caseless
        ? lower
        : text;
    if (target === '') continue;
    const { unless } = candidate;
    if (unless === undefined) {
      if (candidate.pattern.test(target)) corroborate(local, candidate.act, candidate.confidence);
      continue;
    }
    const match = candidate.pattern.exec(target);
    if (match !== null && !unless.test(candidate.near ? around(target, match) : target)) {
      corroborate(local, candidate.act, candidate.confidence);
    }
  }
  // A boundary stated as a condition ("if we're going to keep talking") is a limit, not a bare order.
  if (local.has('limit-setting') && (local.get('threat-or-command') ?? 1) <= WEAK_COMMAND)
    local.delete('threat-or-command');
  if (local.has('premature-reassurance') && REASSURANCE_HEDGE.test(lower))
    local.delete('premature-reassurance');
  if (local.has('news-delivery') && (NEWS_BLOCK.test(lower) || (asking && HISTORY_CHECK.test(lower))))
    local.delete('news-delivery');
  if (SORRY.test(lower) && !SORRY_NOT_APOLOGY.test(lower)) corroborate(local, 'apology', 0.8);

  if (shape === 'open') raise(local, 'open-question', sentence.terminal === '?' ? 0.9 : 0.8);
  if (shape === 'closed') raise(local, 'closed-question', sentence.terminal === '?' ? 0.85 : 0.7);
  if (shape === 'statement' || (asking && questionAt > 0)) {
    const information = informationConfidence(statedLower, local);
    if (information > 0) raise(local, 'information', information);
  }
  for (const [act, confidence] of local) raise(scores, act, confidence);
}

// A reflection is a summary when it recounts several things, or opens with "so", before checking them.
const RECAP_OPENER = /^(?:(?:okay|ok|right|alright|and)\W+)?so\b/i;
const RECAP_JOINS = /,|;|:|\band\b|[.!?](?=\s)/g;
const MIN_RECAP_LENGTH = 30;

function isCheckedRecap(text: string): boolean {
  const check = SUMMARY_CHECK.exec(text);
  if (check === null || check.index < MIN_RECAP_LENGTH) return false;
  const recap = text.slice(0, check.index);
  return RECAP_OPENER.test(recap) || (recap.match(RECAP_JOINS)?.length ?? 0) >= 3;
}

// A near guard is read in the neighbourhood of the cue's match, so a hedge elsewhere in a long sentence ("…, so
// we'll scan again to see whether it has spread") does not cancel news given plainly earlier on.
const GUARD_BEFORE = 50;
const GUARD_AFTER = 25;

function around(text: string, match: RegExpExecArray): string {
  return text.slice(Math.max(0, match.index - GUARD_BEFORE), match.index + match[0].length + GUARD_AFTER);
}

// Recounting what the patient was told or said is listening, not giving information.
const RECOUNTING = /\byou (?:were|'ve been|have been) told\b|\byou (?:said|mentioned|told me)\b/i;

function informationConfidence(text: string, local: ReadonlyMap<LearnerAct, number>): number {
  for (const act of NOT_INFORMATION) if (local.has(act)) return 0;
  if (RECOUNTING.test(text)) return 0;
  let strong = 0;
  for (const pattern of INFO_STRONG) if (pattern.test(text)) strong += 1;
  let weak = 0;
  if (!hasAny(local, NO_WEAK_INFORMATION)) for (const pattern of INFO_WEAK) if (pattern.test(text)) weak += 1;
  const cues = strong + weak;
  if (cues === 0) return 0;
  return Math.min(0.55 + 0.1 * (cues - 1) + (strong > 0 ? 0.1 : 0), 0.9);
}

function corroborate(scores: Map<LearnerAct, number>, act: LearnerAct, confidence: number): void {
  const previous = scores.get(act);
  if (previous === undefined) scores.set(act, confidence);
  else scores.set(act, Math.min(Math.max(previous, confidence) + CORROBORATION_BONUS, MAX_CONFIDENCE));
}

function raise(scores: Map<LearnerAct, number>, act: LearnerAct, confidence: number): void {
  const previous = scores.get(act);
  if (previous === undefined || confidence > previous) scores.set(act, confidence);
}
