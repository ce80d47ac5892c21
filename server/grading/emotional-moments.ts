// Finds emotional moments in the characters' turns (fear, sadness, anger, shock, despair): the empathic
// opportunities that NURSE-style grading asks the learner to meet.

import type { EmotionKind } from './report-types.ts';

export interface EmotionCue {
  kind: EmotionKind;
  /** The words that showed it, verbatim from the turn. */
  cue: string;
}

/** One pattern matching any of `alternatives` (regex fragments, grouped by meaning) as whole words. */
function wordsOf(alternatives: readonly string[]): RegExp {
  return new RegExp(`\\b(${alternatives.join('|')})\\b`, 'i');
}

const CUES: ReadonlyArray<readonly [EmotionKind, RegExp]> = [
  [
    'fear',
    wordsOf([
      'scared|frightened|afraid|terrified|petrified|worried|worrying|anxious|panick(?:ing|ed)|nervous|dread(?:ing)?',
      'what if|what happens (?:now|to me|next)|am i going to die|is (?:she|he|it) going to die',
      'i thought (?:he|she|i|you) (?:was|were) (?:dying|dead|going to die|gone)',
      "i don'?t feel (?:steady|safe|ready|right)|not ready",
      // "That's the part that scares me", "My hands are shaking. Look at that."
      "scares|scaring|(?:hands|legs|voice) (?:are |is )?(?:shaking|trembling)|i(?:'m| am) shaking",
    ]),
  ],
  [
    'sadness',
    wordsOf([
      // Tears, but not "I didn't even cry".
      "(?<!\\b(?:didn'?t|did not|never|don'?t|won'?t|not) (?:even )?)(?:cry(?:ing)?|cries|cried)|sobs|sobbing|weeps|weeping|wept|tears",
      "devastated|heartbroken|gutted|sad|can'?t bear|can'?t cope|miss (?:him|her)|oh god|oh no|no,? no",
      // Not "Sorry, mate, lost that", "I've lost you", "I'd be lost without the car" or "got lost in town": "lost" on
      // its own is grief.
      '(?<!\\b(?:got|get|gets|getting) )lost(?! (?:that|you|me|track|the thread|my (?:glasses|phone|keys|appetite)|weight|a bit of weight|a lot of weight|without|in|on (?:the|my|our) way))',
      // Not "The food I can't face".
      "(?<!\\b(?:food|meal|meals|breakfast|lunch|dinner|tea|eating) )i can'?t (?:(?:do this|do it)(?! any ?more)|face|think about|today)|i hate (?:this|it|myself)|never be (?:normal|the same)",
      'felt (?:disgusting|awful|terrible|guilty|ashamed|stupid|useless)',
      // Guilt and longing: "Guilty, if I'm honest. Like I've let everyone down", "I'll have let that kid down
      // again", "I want my mother", "I can't stop going over it", "I've never told anyone".
      "guilty|ashamed|let (?:\\w+ ){1,2}down|i want my (?:mum|mam|mother|dad|mom)|can'?t stop (?:going over|thinking|crying|shaking)|never told (?:anyone|anybody)",
    ]),
  ],
  [
    'anger',
    wordsOf([
      'angry|furious|livid|fuming',
      'not (?:fair|good enough|acceptable)|unacceptable|disgrace(?:ful)?|ridiculous|unbelievable',
      "how could|how dare|should have|shouldn'?t have|why didn'?t",
      '(?:nobody|no one) (?:listened|told|called)',
      'sick of|fed up|useless|incompetent',
      'i want (?:a complaint|to complain|to speak to)|complain',
    ]),
  ],
  [
    'shock',
    /\b(can'?t believe|that can'?t be|it can'?t be|i don'?t understand|what do you mean|i wasn'?t expecting|are you (?:saying|telling me)|is (?:that|it) cancer)\b/i,
  ],
  [
    'despair',
    wordsOf([
      "what'?s the point|why me|give up|hopeless|no point|nothing (?:left|matters)|end of the road",
      "is that it(?:,? then)?|so that'?s it|how long have i got|i'?m going to die|i don'?t want to die|on my way out",
      "this is it|can'?t do this any ?more",
      // "Part of me wants it all to stop", "they'd all be lighter without me", "easier not to wake up".
      'wants? (?:it all|everything) to stop|(?:better off|lighter|easier) without me|easier not to wake up',
      "(?:don'?t|do not) want to wake up|a weight on everyone",
    ]),
  ],
];
/** Speech that trails off or breaks ("I... I just...") or an exclamation also signals feeling. */
const BROKEN_SPEECH = /(\.\.\.|…)\s*\S*\s*(\.\.\.|…)|^\s*(\.\.\.|…)\s*$/;
/**
 * A transcript's stage direction for silence, tears or turning away: "(silent)", "(shakes head)", "(quietly) Right.",
 * "Raj's kidney. (long silence)", "(laughs, then covers her face)".
 */
const SILENT_FEELING = new RegExp(
  [
    /^\s*[([](?:silent|silence|quiet(?:ly)?|crying|cries|sobbing|in tears|shakes (?:his |her |their )?head|long pause|looks away|stares)\b[^)\]]*[)\]]/,
    /[([](?:long (?:silence|pause)|[^)\]]*\bcovers (?:his |her |their )?face|[^)\]]*\bvoice (?:breaks|cracks|shaking)|[^)\]]*\bwipes (?:his |her |their )?eyes)\b[^)\]]*[)\]]/,
  ]
    .map((r) => r.source)
    .join('|'),
  'i',
);

/** The emotion a character's turn expresses, or null. */
export function findEmotion(text: string): EmotionCue | null {
  for (const [kind, pattern] of CUES) {
    const match = pattern.exec(text);
    if (match) return { kind, cue: match[0] };
  }
  const broken = BROKEN_SPEECH.exec(text);
  if (broken) return { kind: 'shock', cue: broken[0].trim() };
  const silent = SILENT_FEELING.exec(text);
  if (silent) return { kind: 'sadness', cue: silent[0].trim() };
  return null;
}
