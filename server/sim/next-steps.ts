// Whether a learner's statement tells what happens next ("The nurse will ring you on Monday", "You've got an
// appointment with the oncology team next week", "I'm going to take some bloods"). A character answers such a
// statement from what they think of the plan, as people do ("Monday. And until then?"), rather than with a line
// that could follow any information.

import { splitSentences } from './utterance-shape.ts';

/** Someone will do something for them later: the future, then an arranging verb. */
const WILL_ARRANGE = new RegExp(
  [
    "(?: will|'ll| is going to| are going to| am going to|'m going to|'re going to|'s going to)",
    ' (?:\\w+ )?', // "will also ring", "'ll probably ring"
    '(?:ring|call|phone|see (?:you|him|her|them)|update|contact|be in touch|get in touch|come back|come and see|pop back|pop in|assess|',
    'review|sort|arrange|book|refer|start|follow|send|write|check|examine|take (?:some )?bloods|do (?:a|some|the) ',
    '(?:scan|test|tests|bloods)|visit|stay with|chase|bring|find you|be here|explain what happens|go through the next)\\b',
  ].join(''),
);

/** What is already arranged: "You've got an appointment…", "The scan's booked", "Scan's coming". */
const ARRANGED =
  / (?:appointment|follow up|follow-up|referral|clinic|review) (?:is |'s )?(?:booked|made|arranged|next|on|in|for|tomorrow)\b| (?:booked|referred) (?:you|him|her|in)\b|^ (?:the )?\w+(?:'s| is) coming\b| (?:have|got|'ve got) an? (?:appointment|follow up|review)\b/;

/** Lower-case, curly quotes straightened, punctuation other than ' dropped, padded with spaces. */
function normalise(sentence: string): string {
  return ` ${sentence
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^a-z0-9'\s-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
}

/** Whether a sentence of the utterance, not itself a question, says what will happen next. */
export function statesNextSteps(text: string): boolean {
  return splitSentences(text).some(
    (sentence) =>
      sentence.terminal !== '?' &&
      (WILL_ARRANGE.test(normalise(sentence.text)) || ARRANGED.test(normalise(sentence.text))),
  );
}
