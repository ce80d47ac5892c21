// The phrase cues behind the learner-act classifier: our own patterns, each with the confidence it earns on its
// own. Compiled once at load; the classifier only calls `.test` on them (none is global, so none keeps state).
// The table is split by act family: SPIKES steps, NURSE statements, and reassurance and conflict.

import { CONFLICT_CUES } from './act-cues-conflict.ts';
import { NURSE_CUES } from './act-cues-nurse.ts';
import { type Cue, oneOf, regex } from './act-cues-shared.ts';
import { SPIKES_CUES } from './act-cues-spikes.ts';

export type { Cue, CueScope } from './act-cues-shared.ts';

export const CUES: readonly Cue[] = [...SPIKES_CUES, ...NURSE_CUES, ...CONFLICT_CUES];

// Whose loss: "sorry for your loss", "sorry about your husband".
const BEREAVED = oneOf([
  'loss|bereavement|husband|wife|partner|mum|mom|mother|dad|father|son|daughter|brother|sister|baby|child',
  'grandmother|grandfather|gran|grandad|grandma|grandpa|nan|friend|family',
]);
// "sorry for all you've been going through", "sorry you're in so much pain".
const YOU_BEEN = "you(?:'re| are|'ve been|'ve had| have been| have had)";
const HARD_TIMES = '(?:going through|been through|to go through)';
const SUFFERING = '(?:in (?:so much )?pain|going through|feeling so)';

/** A "sorry" that is not an apology: condolence, asking for a repeat, or the non-apology "sorry you feel that way". */
export const SORRY = /\bsorry\b/i;
export const SORRY_NOT_APOLOGY = regex([
  // Condolence and sympathy.
  String.raw`\bsorry (?:for|about) your ${BEREAVED}\b`,
  String.raw`\bsorry to hear\b`,
  String.raw`\bsorry (?:that )?(?:this|it) (?:is |has |'s )?(?:been )?happen(?:ing|ed) to (?:you|your)\b`,
  String.raw`\bsorry for (?:what|everything|all) (?:that )?${YOU_BEEN} ${HARD_TIMES}\b`,
  String.raw`\bsorry (?:that )?you(?:'re| are|'ve been| have been) ${SUFFERING}\b`,
  // Asking for a repeat: "sorry, what?", "sorry, could you say that again".
  String.raw`^sorry\W*(?:$|what|could you|can you|I didn't(?! mean)|say that|come again|pardon)`,
  // The non-apology.
  String.raw`\bsorry (?:that )?you (?:feel|see it|see things|think|took it)\b`,
]);

/** Hedges that turn reassurance into honesty: "I can't promise it'll be fine". */
export const REASSURANCE_HEDGE =
  /\b(?:can't|cannot|won't|can not|not going to|couldn't|wish I could|don't know (?:if|whether)) (?:promise|tell you|say|pretend|guarantee|know)\b/i;

/** Sentences where disease words are not news: good results or the patient's own account. */
export const NEWS_BLOCK = regex([
  // Good results.
  String.raw`\b(?:no|not any|without) (?:sign|signs|evidence|trace)\b`,
  // Sympathy for, or a recap of, what the patient said.
  String.raw`\bsorry to hear\b`,
  String.raw`\byou (?:said|told me|mentioned)\b`,
  String.raw`\bwhat you(?:'re| are) (?:saying|telling me)\b`,
  String.raw`\bso you(?:'re| are) saying\b`,
  String.raw`\bin short\b`,
  String.raw`\bif I(?:'ve| have) (?:got|understood)\b`,
  String.raw`\bwhat I(?:'m| am) hearing\b`,
  String.raw`\bit's not (?:like|as if)\b`,
]);

/** Checking the history ("He had a heart attack five years ago, didn't he?"): old events asked about are not news. */
export const HISTORY_CHECK =
  /\b(?:[\w-]+ )?(?:years?|months?) ago\b|\bin (?:19|20)\d\d\b|\bhistory of\b|\bprevious(?:ly)?\b|\blast (?:year|summer|winter|spring|autumn)\b|\bwhen (?:he|she|you) (?:was|were) (?:younger|a child|little)\b/i;

/** An offer of help that makes a limit respectful ("but I do want to help"). */
export const HELP_OFFER = regex([
  String.raw`\bI (?:do |really |still )?want to (?:help|keep helping|sort|understand|hear|listen)`,
  String.raw`\bI(?:'m| am) (?:listening|here to help)\b`,
  String.raw`\bI(?:'m| am) (?:happy|glad|willing) to (?:talk|help|listen|keep talking|keep listening|hear)\b`,
  String.raw`\bI(?:'m| am) (?:only |just )?(?:trying|here) to help\b`,
  String.raw`\b(?:I|we) (?:really )?want to help\b`,
  String.raw`\bso (?:that )?(?:we|I) can (?:talk|help|sort)\b`,
  String.raw`\bI(?:'ll| will) (?:listen|hear you out|help)\b`,
]);

const CHECKED = '(?:that|this|it|everything|all that)';

/** The check at the end of a reflection ("Have I got that right?"); with enough recounted before it, a summary. */
export const SUMMARY_CHECK = new RegExp(
  String.raw`\b${oneOf([
    `have I got ${CHECKED} (?:right|straight)`,
    `did I get ${CHECKED} right`,
    'is that (?:right|fair|correct|about right|accurate|a fair (?:summary|picture|reflection))',
    'does that sound (?:right|about right|fair|accurate)',
    '(?:have|did) I (?:missed|miss|left out|leave out) anything',
    'am I (?:right|close|on the right track)',
  ])}\b`,
  'i',
);
