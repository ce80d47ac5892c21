// Whether a learner's statement tells what happens next ("The nurse will ring you on Monday", "You've got an
// appointment with the oncology team next week", "I'm going to take some bloods"). A character answers such a
// statement from what they think of the plan, as people do ("Monday. And until then?"), rather than with a line
// that could follow any information.

import { paddedWords, splitSentences } from './utterance-shape.ts';

/** The future: "will", "'ll", "is going to". */
const FUTURE = "(?: will|'ll| is going to| are going to| am going to|'m going to|'re going to|'s going to)";
/** What someone will do for them: "ring", "come back", "take some bloods". */
const ARRANGING_VERBS = [
  'ring',
  'call',
  'phone',
  'see (?:you|him|her|them)',
  'update',
  'contact',
  '(?:be|get) in touch',
  'come back',
  'come and see',
  'pop (?:back|in)',
  'assess',
  'review',
  'sort',
  'arrange',
  'book',
  'refer',
  'start',
  'follow',
  'send',
  'write',
  'check',
  'recheck',
  'repeat',
  'monitor',
  'watch (?:him|her|you|them|over)',
  'keep (?:an|a close) eye',
  'examine',
  'take (?:some )?bloods',
  'do (?:a|some|the) (?:scan|test|tests|bloods)',
  'visit',
  'stay with',
  'chase',
  'bring',
  'find you',
  'be here',
  'explain what happens',
  'go through the next',
].join('|');
/** Someone will do something for them later ("will also ring", "'ll probably come back"). */
const WILL_ARRANGE = new RegExp(`${FUTURE} (?:\\w+ )?(?:${ARRANGING_VERBS})\\b`);

/** What is already arranged: "You've got an appointment…", "The scan's booked", "Scan's coming". */
const ARRANGED: readonly RegExp[] = [
  / (?:appointment|follow up|referral|clinic|review) (?:is |'s )?(?:booked|made|arranged|next|on|in|for|tomorrow)\b/,
  / (?:booked|referred) (?:you|him|her|in)\b/,
  /^ (?:the )?\w+(?:'s| is) coming\b/,
  / (?:have|got|'ve got) an? (?:appointment|follow up|review)\b/,
  // Steps put in the present: "…and I go and get you an actual time".
  / (?:i|we) (?:go|nip|pop) and \w+/,
];

/** Whether a sentence of the utterance, not itself a question, says what will happen next. */
export function statesNextSteps(text: string): boolean {
  return splitSentences(text).some((sentence) => {
    if (sentence.terminal === '?') return false;
    const words = paddedWords(sentence.text);
    return WILL_ARRANGE.test(words) || ARRANGED.some((shape) => shape.test(words));
  });
}
