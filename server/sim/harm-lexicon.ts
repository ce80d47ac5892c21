// Words that do harm whatever surrounds them: coercion (threats of detention, restraint, sedation, "you're not
// going anywhere"), pulling rank ("I'm the doctor here") and labelling or belittling ("so dramatic", "sleep it
// off"). Kept as plain phrase lists, matched on the utterance's words, so adding one is a one-line change.

import type { LearnerAct } from './acts.ts';

/** Phrases that coerce or threaten: the `threat-or-command` act. */
const COERCION: readonly string[] = [
  'section you',
  'have you sectioned',
  'get you sectioned',
  'be sectioned',
  'detain you',
  'have you detained',
  'under the mental health act',
  "you're not going anywhere",
  'you are not going anywhere',
  "you can't leave",
  'you cannot leave',
  "you're not allowed to leave",
  "you won't be allowed",
  'restrain you',
  'hold you down',
  'sedate you',
  'whether you like it or not',
  'you have no choice',
  "you don't have a choice",
  'or i will call',
  "or i'll call",
  'if you keep interrupting',
  'if you keep shouting',
  'if you carry on',
  'if you keep this up',
  'or you will have to leave',
  "or you'll have to leave",
  'or not?',
  // Pressing for a decision now.
  'you need to decide now',
  'you need to decide today',
  'decide now',
  'i need an answer now',
  'i need a decision',
  'we need to get something booked',
  "you'll be waiting hours",
  'you will be waiting hours',
  "you'll have to give that up",
  'you will have to give that up',
];

/** Phrases that pull rank, label or belittle: the `dismissive` act. */
const BELITTLING: readonly string[] = [
  "i'm the doctor here",
  'i am the doctor here',
  "i'm the professional",
  'i know what i am doing',
  "i know what i'm doing",
  'let me do my job',
  'just let me finish',
  'no need to be so dramatic',
  'no need to be dramatic',
  'stop being dramatic',
  'attention seeking',
  'sleep it off',
  "you're just drunk",
  "you're drunk",
  'you are drunk',
  "you're being silly",
  'stop being silly',
  "you're overreacting",
  'stop overreacting',
  'no? good',
  'pull yourself together',
  'get a grip',
  // Waving a worry away or labelling it.
  "you're overthinking",
  'you are overthinking',
  "you're worrying too much",
  'you are worrying too much',
  'leave the worrying to us',
  'leave the worrying to me',
  "you're in denial",
  'you are in denial',
  'cry for attention',
  'for attention',
  "doesn't lie",
  'no need to raise your voice',
  'no need to shout',
  'no need for that tone',
  'hold your questions',
  'save your questions',
  "can't be trusted",
  'cannot be trusted',
  "that'll be what's done it",
  "that'll be why",
  'there you go then',
  'not me',
  // Telling someone not to feel.
  'try not to cry',
  "don't cry",
  'stop crying',
  'no need to cry',
  "don't get upset",
  'no need to get upset',
  "don't be upset",
  // Rushing someone out, passing them on.
  'i need to get back',
  'i have to get back',
  "i've got other patients",
  'i have other patients',
  'there are other patients',
  'the nurse will sort you out',
  'someone else will sort',
  'we need the bed',
  'we need this room',
  // Blaming the person or the patient.
  'should have seen someone',
  'should have come in sooner',
  'should have come in earlier',
  'should have seen a doctor',
  'should have gone to the gp',
  'brought this on',
  'your own fault',
  'his own fault',
  'her own fault',
  'if you had come',
  "if you'd come",
  'if he had come',
  "if he'd come",
  'if she had come',
  "if she'd come",
];

/** Shapes of harm that phrase lists cannot enumerate, read on the normalised utterance. */
const SHAPES: ReadonlyArray<readonly [LearnerAct, RegExp]> = [
  // A condition with a sanction: "if you don't settle, I'll have to give you something".
  [
    'threat-or-command',
    / if (?:you|he|she|they) (?:don't|do not|doesn't|does not|won't|will not|can't|keep|keeps|carry on|carries on)\b.{0,60}\b(?:i'll|i will|we'll|we will|i'm going to|we're going to|i have to|we have to|i'll have to|we'll have to)\b/,
  ],
  // Any condition followed by a sanction: "if you pull that out again I'll have to give you something".
  [
    'threat-or-command',
    / if (?:you|he|she|they) .{0,50}\b(?:i'll|i will|we'll|we will)(?: have to)? (?:give (?:you|him|her) something|sedate|section|restrain|call|ring|get security|get the police|discharge|stop)\b/,
  ],
  // Behaviour talked to like a child's.
  ['threat-or-command', / (?:behave yourself|behave himself|behave herself|are you going to behave)\b/],
  // A label on the person: "you're acting like a child", "you're clearly drunk".
  [
    'dismissive',
    / (?:you're|you are|he's|she's|he is|she is) (?:clearly |obviously |just |being |acting )*(?:like a (?:child|baby|toddler)|drunk|pathetic|childish|stupid|impossible|a nuisance|a pain)\b/,
  ],
  // Orders given as to a child: "don't do anything silly", "don't kick anything else over".
  ['threat-or-command', /(?:^|[.!?] )(?:and )?don't (?:do anything|kick|touch|throw|you dare|make a)\b/],
  // Rushing off to someone who matters more: "I've got a sick patient waiting".
  ['dismissive', / (?:i've got|i have) (?:a |another )?(?:\w+ )?(?:patient|patients|emergency) waiting\b/],
  // Taking someone's say away: "you don't get to make decisions".
  ['dismissive', / (?:you|he|she) (?:don't|doesn't) get to (?:decide|make|choose|say)\b/],
  // Passing the person on to go elsewhere: "I've got three other wards to cover".
  ['dismissive', / (?:i've got|i have|we've got|we have) (?:\w+ )?other (?:patients|wards|people|jobs)\b/],
];

const BY_ACT: ReadonlyArray<readonly [LearnerAct, readonly string[]]> = [
  ['threat-or-command', COERCION],
  ['dismissive', BELITTLING],
];

/** The harmful acts an utterance carries by these lists (lower-cased, punctuation other than ' and ? ignored). */
export function harmfulActsIn(text: string): LearnerAct[] {
  const padded = ` ${text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9'?\s]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
  const shaped = SHAPES.filter(([, shape]) => shape.test(padded)).map(([act]) => act);
  const listed = BY_ACT.filter(([, phrases]) =>
    phrases.some((p) => padded.includes(` ${p} `) || padded.includes(` ${p}?`)),
  ).map(([act]) => act);
  return [...new Set([...listed, ...shaped])];
}
