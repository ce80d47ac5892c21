// Detects reflections in a learner's words: statements that give back what the other person said or felt.
// A complex reflection adds meaning or feeling (an emotion, an inference, two sides); a simple one mirrors.

import { type LogisticModel, modelFeatures, probability } from '../learned/logistic-model.ts';
import { questionKeys, sharedKeys, wordKeys } from '../sim/line-relevance.ts';
import { analyseSentence, splitSentences } from '../sim/utterance-shape.ts';
import reflectionModel from './reflection-model.json' with { type: 'json' };

/**
 * The learned reflection detector (trained on MIBot's counsellor utterances by `npm run train:reflections`) catches
 * reflections in wording the patterns below do not know. Its own threshold fits MIBot's counsellor; in clinicians'
 * talk it is used at 0.6, chosen on the blind development transcripts, where it keeps the patterns' precision.
 */
const REFLECTION_MODEL = reflectionModel as LogisticModel;
const LEARNED_THRESHOLD = 0.6;

function learnedReflection(sentence: string): boolean {
  return probability(REFLECTION_MODEL, modelFeatures(sentence)) >= LEARNED_THRESHOLD;
}

// Long patterns are written as named parts: `anyOf` joins whole alternatives, `oneOf` groups word lists
// ('|'-separated strings) into `(?:…)`. The compiled source is that of the one long literal it replaces.
const anyOf = (...branches: string[]): string => branches.join('|');
const oneOf = (...lists: string[]): string => `(?:${lists.join('|')})`;

export type ReflectionKind = 'simple' | 'complex';

export interface FoundReflection {
  kind: ReflectionKind;
  /** The sentence, verbatim. */
  quote: string;
}

// States a reflection may name after "you're" ("you're torn", "you're carrying a lot").
const YOU_ARE_STATES = oneOf(
  'feeling|worried|scared|frightened|afraid|angry|upset|sad|tired|exhausted|fed up|frustrated',
  'sick of|thinking|wondering|saying|telling me|not sure|unsure|torn|concerned|hoping',
  'struggling|finding|trying|wanting|really|quite|a bit|so|pretty|still|also|getting|annoyed',
  'furious|desperate|keen|ready|not ready|someone|the kind|in a|at a|caught|stuck|carrying',
  'juggling|looking|feeling|noticing|realising|realizing|considering|weighing|open|willing',
  'proud|relieved|overwhelmed|anxious|nervous|confused|lonely|alone|determined|committed',
);
// What "you" did, felt or said, in an opener ("you felt let down", "you don't want to go back").
const YOU_VERB = oneOf(
  "feel|felt|want|wanted|don'?t (?:want|like|feel|know|think|see)|wish|worry|think|thought",
  'need(?:ed)? (?:to feel|someone|some)|said|mentioned|value|care|seem|sound|came here|keep',
  'hoped|hope|really|just|also|still|would rather',
);
// The ways a reflection opens, after any filler ("so,", "okay").
const OPENER = anyOf(
  'it sounds (?:like|as if|as though)|sounds like',
  'it (?:seems|feels) (?:like|as if|as though|that)|(?:it )?seems (?:like|as if|that)',
  "what i'?m hearing|i'?m hearing|i hear (?:that|you)|if i'?ve got (?:this|that) right",
  `you'?re ${YOU_ARE_STATES}|you (?:are|were) ${YOU_ARE_STATES}`,
  "you(?: have|'ve) (?:been|had|got|tried|done|noticed|thought|felt|managed|said)",
  `you ${YOU_VERB}`,
  String.raw`your (?:\w+ )?(?:is|are|was|were|has|have|seems?|matters?)|part of you`,
  'on (?:the )?one hand|for you,|this (?:has|is|must) (?:been|be|feel)|that (?:must|has) been',
  "there'?s a part",
);
const OPENERS = new RegExp(
  String.raw`^(?:(?:so|and|but|okay|ok|right|yeah|mm+|hm+)[,\s]+)*(?:${OPENER})\b`,
  'i',
);
// What is said of the other person's experience once they are named ("you seem…", "…for you").
const THEIR_EXPERIENCE = oneOf(
  'seems?|sounds?|must (?:feel|be)|can (?:feel|be)|feel(?:s|ing)?|felt|for you|to you',
  'in your life|shared|mentioned|described|reflected|noticed|noticing|exploring|imagining',
  String.raw`considering|recogni[sz]ing|weighing|finding|struggl\w+|experienc\w+|worr\w+|stress\w*`,
  String.raw`anxi\w+|frustrat\w+|important|matters?|value|a way (?:for you|to)`,
);
// "Having to wait is hard for you": an activity, then the person, then what it is for them.
const ACTIVITY = oneOf(String.raw`\w+ing|the idea of|having|feeling|being|dealing with|managing`);
const LINKING_VERB = oneOf('can|must|seems?|might|may|has|have|is|are');
/** A statement about the other person's experience, said back to them (the second way a reflection shows). */
const ABOUT_THEM = new RegExp(
  anyOf(
    String.raw`\b(?:you|your|you'?re|you'?ve|yourself)\b[^.?!]*\b${THEIR_EXPERIENCE}\b`,
    `^(?:it'?s|that'?s) (?:understandable|completely understandable|natural|normal) (?:that|to|for you)`,
    String.raw`^${ACTIVITY} [^.?!]*\b(?:you|your)\b[^.?!]*\b${LINKING_VERB}\b`,
  ),
  'i',
);
// Advice and information, read from a word boundary.
const ADVICE = oneOf(
  'could help|might help|can help|may help|would help|try|consider|remember|feel free',
  "reach out|recommend|suggest|it'?s important to|it might be (?:helpful|useful|worth)",
  "could be (?:helpful|useful)|some people|many people|others have|let'?s|we can|we could",
  "i (?:can|could|will|'ll) ",
);
/** Statements that advise or inform rather than reflect. */
const ADVISING = new RegExp(String.raw`\b${ADVICE}`, 'i');

// Feeling, inference or two sides: what makes a reflection complex. Kept as a capturing group, as before.
const COMPLEX_MARKER = anyOf(
  String.raw`feel(?:s|ing)?|felt|scared|frightened|afraid|worried|angry|upset|sad|frustrat\w*`,
  String.raw`overwhelm\w*|exhausted|alone|guilt\w*|ashamed|relieved|hope\w*|torn|part of you`,
  'on (?:the )?one hand|and yet|but at the same time|at the same time|even though|because',
  'important to you|matters? to you|what you want|you value|you care|must have been',
  'has been (?:really )?(?:hard|difficult|tough)',
);
const COMPLEX_MARKERS = new RegExp(String.raw`\b(${COMPLEX_MARKER})\b`, 'i');

/** Not after "you feel", "you said" and the like, which say back what they feel they must. */
const NOT_SAID_BACK = String.raw`(?<!\b(?:feel|felt|feeling|think|thought|said|believe|worry|worried|like|if|though|that) )`;
/** "…you really should…", "…you've got to…". */
const MUST =
  "(?:'re| are)? (?:just |really |simply |only |definitely )?(?:need|must|mustn't|should|shouldn't|ought to|have to|'?ve got to)";
/**
 * Telling them what they must do ("so you really should be back on them"), or steering what they feel to the
 * clinician's answer ("…so the safest thing for her is the vaccine"), is advice, not a reflection; saying back what
 * they feel they must ("you feel you should be coping") still reflects.
 */
const TELLING = new RegExp(String.raw`${NOT_SAID_BACK}\byou(?:${MUST}|(?:'ve| have) got to)\b`, 'i');
/** A feeling named only to lead to the clinician's answer: "…so the safest thing for her is the vaccine today". */
export const STEERING =
  /\bso the (?:safest|best|right|sensible) (?:thing|choice|option)\b|\byou wouldn't want (?:to|that)\b|, and that's (?:because|why)\b/i;

/**
 * Their words told for them: "So what you're saying is you'll wear it properly from now on", "What I'm hearing is a
 * real commitment", "I think what you're telling me, underneath, is that you're scared". Blind writers never counted
 * one as a reflection or a summary (none of twelve in the read sets).
 */
export const SAYING_FOR_THEM =
  /^(?:(?:so|and|okay|ok|right|well),? )*(?:i think )?(?:what (?:i'm|i am) hearing is|what you(?:'re| are) (?:really )?(?:saying|telling me)(?:,? underneath,?| really)? is|you(?:'re| are) saying)\b/i;

/** "I hear you." and "I know exactly how you feel" say nothing of theirs back. */
const HEARD = "i hear (?:you|what you(?:'re| are) saying)";
const CLAIMED = 'i know exactly how you feel';
const HOLLOW = new RegExp(
  String.raw`^(?:(?:ok(?:ay)?|right|look|yes|yeah),? )?(?:${HEARD}(?:,? (?:and|but) (?:${CLAIMED}|i appreciate (?:your|the) \w+|i understand))?|${CLAIMED})[.!]?$`,
  'i',
);
/**
 * Risk told as fact ("Smoking does raise the chance of…") informs, and so does what the notes say of them ("The
 * out-of-hours notes say you were really wheezy"): neither gives back what they said.
 */
const INFORMING = new RegExp(
  [
    /^(?:the|your) (?:[\w-]+ ){0,2}(?:notes|letter|records|report|chart|results|referral) (?:say|says|said|show|shows|showed)\b/,
    // Where they are, told to someone confused: "You're in hospital, and it's night-time."
    /^(?:\w+,? )?you(?:'re| are) in (?:the )?(?:hospital|[\w-]+ (?:ward|unit|department))\b/,
    /\b(?:raises?|increases?|reduces?|lowers?|doubles?) (?:the|your|his|her) (?:chance|chances|risk|risks)\b/,
    /\bthere(?:'s| is) (?:a link|a (?:good|high|fair|small|low|real) chance)\b/,
  ]
    .map((r) => r.source)
    .join('|'),
  'i',
);
/** Advice put plainly, which no learned likeness to a reflection makes one: "it might be worth batch-cooking". */
const ADVISES_PLAINLY =
  /\bit (?:might|may|would|could) be (?:worth|helpful|useful|a good idea)\b|\b(?:why don't you|have you tried|you could try|you might try)\b|^you should\b/i;

/**
 * What a reply to them has and a reflection without "you" does not: the clinician's own voice ("I'd be climbing the
 * walls too"), an answer or a correction ("You won't lose your place", "Nobody is keeping you away"), a promise or a
 * plan ("…and I'll be back in twenty minutes").
 */
const NOT_GIVEN_BACK =
  /\b(?:i|i'm|i've|i'll|i'd|me|my|we|we're|we've|we'll|we'd|us|our|let's)\b|\b(?:not|n't|no|nobody|never|nothing|won't)\b|\b(?:will|'ll|can|could|would|should|going to)\b|^(?:yes|yeah|okay|ok|right|well)\b/i;
/**
 * Reassurance or news about what is theirs ("Your pupils are fine", "Your keys are yours", "Your dad is alive") and
 * choices announced ("You've got two options") open like a reflection but give nothing of theirs back; no read blind
 * set's writer counted one.
 */
const REASSURED = String.raw`your (?:\w+ ){1,2}(?:is|are|'s|'re)(?: (?:completely|perfectly|absolutely|totally|all|still))? (?:fine|ok|okay|normal|safe|alive|real|yours|there|good|clear|stable|ready)`;
const REASSURES_OR_ANNOUNCES = new RegExp(
  String.raw`^(?:(?:so|and|but|okay|ok|right|look|well),? )*(?:${anyOf(
    String.raw`${REASSURED}\b`,
    String.raw`your (?:\w+ )?matters\b`,
    String.raw`you(?:'ve| have) got (?:a couple of |two |three |some |a few |a )?(?:options|choices|choice)\b`,
  )})`,
  'i',
);
/**
 * Praise for what they did ("Eleven months clean… is a real achievement", "Two weeks is real, you did that"): an
 * affirmation, which the read blind sets' writers never also counted as a reflection.
 */
const AFFIRMS =
  /\b(?:(?:is|was|'s|that's|that is) (?:a )?(?:real|huge|great|big|massive|genuine|proper) (?:achievement|accomplishment|deal|amount|step)|you did that|well done|(?:that|it) takes (?:guts|courage|real courage))\b/i;
/** Words in the longest sentence heard as a reflection. */
const LONGEST_REFLECTION = 45;
/** Words of theirs a statement must give back to reflect them without saying "you", and its shortest length. */
const ECHOED_WORDS = 2;
const SHORTEST_ECHO = 3;
/** Longer, and a statement that shares their words is more likely telling them something. */
const LONGEST_ECHO = 20;

/** Whether a statement gives back enough of what they just said, and nothing of the clinician's. */
function echoes(body: string, heardKeys: ReadonlySet<string>): boolean {
  const words = body.split(/\s+/).length;
  if (heardKeys.size === 0 || words < SHORTEST_ECHO || words > LONGEST_ECHO) return false;
  if (NOT_GIVEN_BACK.test(body) || ADVISING.test(body)) return false;
  return sharedKeys(wordKeys(body), heardKeys) >= ECHOED_WORDS;
}

/**
 * Reflections in an utterance, one per sentence that reflects. Given what the other person just said, a statement
 * that gives back their own words without "you" counts too ("Losing the job's taken more than the wage away." after
 * "Since the plant shut, I've lost more than the job"): it says nothing new of the clinician's.
 */
export function findReflections(text: string, heard = ''): FoundReflection[] {
  const heardKeys = questionKeys(heard);
  const found: FoundReflection[] = [];
  for (const sentence of splitSentences(text)) {
    const analysis = analyseSentence(sentence);
    // A question is not a reflection, except a statement said with a rising tone ("You're worried?").
    if (analysis.shape !== 'statement' && !(sentence.terminal === '?' && OPENERS.test(sentence.text.trim())))
      continue;
    const body = sentence.text.trim();
    // A sentence that long is telling them something or pulling much together (a summary, found apart): of those
    // found as reflections in the read blind sets, only summaries were labelled as giving back.
    if (body.split(/\s+/).length > LONGEST_REFLECTION) continue;
    const mirrors =
      OPENERS.test(body) || (ABOUT_THEM.test(body) && !ADVISING.test(body) && !/^i\b(?! hear)/i.test(body));
    if (!mirrors && !learnedReflection(body) && !echoes(body, heardKeys)) continue;
    if (
      TELLING.test(body) ||
      STEERING.test(body) ||
      HOLLOW.test(body) ||
      INFORMING.test(body) ||
      ADVISES_PLAINLY.test(body) ||
      SAYING_FOR_THEM.test(body) ||
      REASSURES_OR_ANNOUNCES.test(body) ||
      AFFIRMS.test(body)
    )
      continue;
    found.push({ kind: COMPLEX_MARKERS.test(body) ? 'complex' : 'simple', quote: body });
  }
  return found;
}

/** Their words in the first person, so "You need to get home" can be found in "I need to get home". */
function asTheirs(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `
    .replace(/ you're /g, " i'm ")
    .replace(/ you are /g, ' i am ')
    .replace(/ you've /g, " i've ")
    .replace(/ your /g, ' my ')
    .replace(/ you /g, ' i ');
}

/** Words given back as said: the first four words of a sentence, turned to the first person, are among what they said. */
export function givesBackTheirWords(sentence: string, heard: string): boolean {
  const words = asTheirs(sentence).trim().split(' ');
  if (words.length < 4 || heard.trim() === '') return false;
  return asTheirs(heard).includes(` ${words.slice(0, 4).join(' ')} `);
}
