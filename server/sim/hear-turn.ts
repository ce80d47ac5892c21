// What the characters hear in a learner turn, beyond the classifier's acts: whether it really asks something
// and about what, jargon already explained (understood, so no longer jargon), and news given in words only the
// clinician could bring in.

import { ACT_THRESHOLD, type ClassifiedAct, type LearnerAct } from '../content/acts.ts';
import type { SceneSetup } from '../content/scene-setup.ts';
import { unexplainedJargon, usesUnsaidTerm } from './dialogue-state.ts';
import { familiarTerms } from './familiar-terms.ts';
import { asksAfterWhatWasSaid } from './follow-up.ts';
import { isGlossed } from './glossed-terms.ts';
import { type QuestionFocus, questionFocus } from './question-focus.ts';
import { asksSameOfThem, givesBackToCheck } from './question-kinds.ts';
import type { SceneHistory } from './scene-history.ts';

const QUESTION_ACTS: readonly LearnerAct[] = [
  'open-question',
  'closed-question',
  'perception-check',
  'invitation',
];

export interface HeardTurn {
  focus: QuestionFocus;
  /** The acts as the characters take them. */
  heardActs: ClassifiedAct[];
  /** Those present (at or above the threshold). */
  actSet: Set<LearnerAct>;
}

export function hearTurn(
  scene: SceneSetup,
  history: SceneHistory,
  text: string,
  acts: readonly ClassifiedAct[],
): HeardTurn {
  // A question the classifier also hears as one, one that ends in a question mark, or one asked through a prompt
  // ("I was just wondering whether you've slept."): the focus alone can take a long statement for a run-on question.
  const raw = questionFocus(text);
  const asking = acts.some((a) => a.confidence >= ACT_THRESHOLD && QUESTION_ACTS.includes(a.act));
  // "So you've not slept since Monday.": given back to check it, and answered as a question on its topic.
  const checking = !raw.asks && givesBackToCheck(text);
  const asks = checking
    ? raw.topic !== null
    : raw.asks && (text.includes('?') || asking || raw.prompted === true);
  // "How have you been sleeping, Alan?" … "And yourself, Tom?": the same question, put to someone else.
  const repeated = asks && raw.topic === null && asksSameOfThem(text) ? history.lastAskedTopic : null;
  // "No other tablets, just the two." … "Which two are they?": asked after what was just said, on its topic.
  const saidBefore =
    asks && raw.topic === null && !raw.choice && !raw.offer && !repeated && asksAfterWhatWasSaid(text)
      ? history.lastReplyTopic
      : null;
  const focus: QuestionFocus = repeated
    ? { ...raw, asks, topic: repeated, about: 'addressee', relationWord: null }
    : saidBefore
      ? { ...raw, asks, topic: saidBefore, followsReply: true }
      : { ...raw, asks, ...(checking && asks ? { prompted: true as const } : {}) };
  // Jargon explained in plain words, now or earlier, a word someone present uses themselves, or one whose sense the
  // conversation has given ("cancer", then "oncology"), is understood: it neither upsets nor confuses.
  const familiar = familiarTerms(scene);
  const understood = unexplainedJargon(text, history.explained).every(
    (term) => familiar.has(term) || isGlossed(term, history.learnerWords, text),
  )
    ? acts.filter((a) => a.act !== 'jargon')
    : [...acts];
  // The news is also given when a word only the clinician can bring in is first said in a statement ("caused by
  // Alzheimer's disease"), in a scenario whose point is the news.
  const newsInWords =
    !history.newsDelivered &&
    !focus.asks &&
    scene.scenario.kind === 'breaking-bad-news' &&
    usesUnsaidTerm(text, scene.scenario.learnerIntroduces) &&
    !understood.some((a) => a.act === 'news-delivery' && a.confidence >= ACT_THRESHOLD);
  const heardActs = newsInWords
    ? [...understood, { act: 'news-delivery' as const, confidence: 0.8 }]
    : understood;
  // Given back with nothing else heard in it, it is heard as understanding what they said.
  if (checking && !heardActs.some((a) => a.confidence >= ACT_THRESHOLD))
    heardActs.push({ act: 'nurse-understanding', confidence: ACT_THRESHOLD });
  const actSet = new Set(heardActs.filter((a) => a.confidence >= ACT_THRESHOLD).map((a) => a.act));
  return { focus, heardActs, actSet };
}
