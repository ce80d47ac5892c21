// Finds what a learner's utterance asks about: whether it asks at all, the topic of its (last) question, whether
// that question is negated, and whose body or life it is about. Each step has its own module: tokens from wink-nlp
// (question-tokens.ts), the question clause (question-clause.ts), its topic (question-topic.ts, with the words in
// topic-lexicon.ts), negation (question-negation.ts) and whose question it is (question-about.ts).

import type { Topic } from '../content/topics.ts';
import { settleTopic } from '../learned/topic-model.ts';
import { statesNextSteps } from './next-steps.ts';
import { type About, referenceOf, tagReference, withRelation } from './question-about.ts';
import { asksChoice, pointsBack } from './question-choice.ts';
import { afterPrompt, isOffer, questionClause, type SentenceShape, shapeOf } from './question-clause.ts';
import {
  asksWhoStays,
  beforeLastQuestion,
  checksProposal,
  endsOnExamples,
  invitesTheirQuestions,
  lastQuestion,
  offersAsHelp,
} from './question-kinds.ts';
import { isNegated } from './question-negation.ts';
import { readTokens, type Span, type Tok, wordsOf } from './question-tokens.ts';
import { scoreTopic } from './question-topic.ts';

export interface QuestionFocus {
  /** Whether the utterance asks something (a question mark, or a question form such as "tell me about your sleep", "I wonder how you've been sleeping"). */
  asks: boolean;
  /** The topic the (last) question is about, or null. */
  topic: Topic | null;
  /** The question is negated ("You haven't been drinking, have you?", "no pain?"). */
  negated: boolean;
  /** Whose body/feelings/life the question is about: 'addressee' ("your sleep", "are you in pain"), 'third-party' ("how has your dad been sleeping", "is he in pain", "how's your mum"), or 'unclear'. */
  about: About;
  /** For third-party questions, the relation word used ("dad", "mum", "wife", "husband", "daughter", "son", "friend", ...), lower-case, else null. */
  relationWord: string | null;
  /** The question asks them to choose, or how much they want to hear ("Which of those feels right?"): no topic. */
  choice: boolean;
  /** The question offers something ("Fancy a cup of tea?"): no topic. */
  offer: boolean;
  /** Asks who they want in the room ("Are you happy for Tom to stay?"): a wish, though put as leave or a choice. */
  whoStays?: true;
  /** The topic is an earlier question's, asked before an offer ("Eaten anything today? Would you like a drink?"). */
  beforeOffer?: true;
  /** It asks through a prompt, not a question's form: "Tell me about home.", "I was just wondering whether you've slept." */
  prompted?: true;
  /** It asks after what the last reply said ("Which two are they?"), so it is put to whoever said it. */
  followsReply?: true;
}

const NOTHING: QuestionFocus = {
  asks: false,
  topic: null,
  negated: false,
  about: 'unclear',
  relationWord: null,
  choice: false,
  offer: false,
};

/**
 * What a learner's utterance asks about. A pure function of the text; the language model loads on first use. The
 * learned topic model (learned/topic-model.ts), told the cue lists' topic, settles the topic when it is sure
 * enough: it hears wordings no list has ("Is there someone at work you can talk to?" asks about support),
 * measured better on questions neither saw. Offers, choices and an invitation to ask ("Any questions?") keep no topic.
 */
export function questionFocus(text: string): QuestionFocus {
  const focus = cueFocus(text);
  // "Who's Jean?", "Can I ask who Martin is?": someone in their life, asked about by name; "Does Aisha know about the
  // thoughts?": who knows, which the brief counts as family.
  if (WHO_IS_NAMED.test(text) || KNOWS_BY_NAME.test(text))
    return { ...focus, asks: true, topic: 'family', choice: false, offer: false };
  // Who they want in the room is a wish, asked as a choice or as leave alike.
  if (asksWhoStays(text))
    return { ...focus, asks: true, topic: 'wishes', choice: false, offer: false, whoStays: true };
  if (focus.offer) {
    // "Have you been able to eat anything today? Would you like a drink?": the offer follows a question on a topic.
    const before = beforeLastQuestion(text);
    const earlier = before === '' ? null : cueFocus(before);
    if (earlier?.asks && earlier.topic && !earlier.offer && !earlier.choice)
      return { ...earlier, topic: settleTopic(before, earlier.topic), beforeOffer: true };
  }
  if (!focus.asks || focus.choice || focus.offer) return focus;
  // "Would a glass of water or a cup of tea help?" offers them something, on no topic.
  if (offersAsHelp(text)) return { ...focus, topic: null, offer: true };
  // "Can you keep your voice down?", "Tom, can you stop interrupting?": asked as a question, but an order about how
  // they behave, on no topic.
  if (ASKS_BEHAVIOUR.test(lastQuestion(text))) return { ...focus, asks: false, topic: null };
  // "…the bereavement office will help with the paperwork. Any questions?" asks about nothing in particular.
  if (invitesTheirQuestions(text)) return { ...focus, topic: null };
  // "…it normally gets better as the infection clears. Does that make sense?" asks what they have taken in.
  if (CHECKS_THEY_FOLLOW.test(lastQuestion(text))) return { ...focus, topic: 'understanding' };
  // "I can get you a nicotine patch. Would that help?" asks about what was proposed, if anything on a topic was.
  if (checksProposal(text)) {
    const proposal = beforeLastQuestion(text);
    // "Tonight we'll recheck his bloods… Does that sound all right?" asks about the plan, whatever it mentions.
    if (statesNextSteps(proposal)) return { ...focus, topic: 'plan' };
    // "…it's very unlikely he was aware of anything or in pain. Does that help at all?": what was told, not offered,
    // asks what they make of it.
    if (proposal !== '' && !PROPOSES.test(proposal)) return { ...focus, topic: 'understanding' };
    return { ...focus, topic: proposal === '' ? null : settleTopic(proposal, cueFocus(proposal).topic) };
  }
  // "I was wondering whether Amara is on her way?": asked about someone by name, and on nothing else, it asks about
  // the people in their life.
  const topic = settleTopic(text, focus.topic) ?? (NAMED_IN_QUESTION.test(text) ? 'family' : null);
  return { ...focus, topic };
}

/**
 * Something offered or proposed, by someone: "I can get you a patch", "So: tea, a blanket, I ring liaison", "you stay
 * for the scan", "How about a walk?" (What was told of someone else proposes nothing: "He wasn't aware of anything.")
 */
const PROPOSES =
  /\b(?:i|we|you|i'll|we'll|you'll|i'd|we'd|i'm|we're|let's|let me|how about|what about|fancy|maybe|perhaps)\b|\b(?:option|options|choice|idea|plan|suggest|suggestion|offer)\b|:/i;

/** "I'm Dr Rana, one of the memory clinic doctors", "My name's Jo, I'm the nurse looking after him". */
function introducesSpeaker(toks: readonly Tok[], span: Span): boolean {
  const words = toks
    .slice(span.start, span.end)
    .map((t) => t.lower)
    .join(' ');
  return /^(?:(?:hi|hello|hiya|morning|afternoon|evening|good|both|,) )*(?:i'm|i am|my name is|my name 's)\b/.test(
    words,
  );
}

/** A capitalised word that is not a title (a title names staff: "Who's Dr Patel?", "Is Mr Hale…"). */
const NAME = String.raw`(?!(?:Dr|Doctor|Nurse|Sister|Mr|Mrs|Ms|Miss|Professor|I)\b)[A-Z][a-z]+\b`;
/** A name after "who is" ("Who's Jean?"), or before "is" in "who Jean is". */
const WHO_IS_NAMED = new RegExp(
  String.raw`\b[Ww]ho(?:'s|’s| is| was)\s+(?!(?:That|This|It|He|She|They|There|Here|With|In|At|On)\b)${NAME}|\b[Ww]ho\s+${NAME}\s+(?:is|was)\b`,
);
/** A name asked about ("whether Amara is…", "Has anyone rung Amara?", "How old's Ellie?"). */
const NAMED_IN_QUESTION = new RegExp(
  String.raw`(?:\b(?:[Ii]s|[Hh]as|[Dd]id|[Dd]oes|[Ww]as|[Ww]ill|whether|if|rung|rang|called|phoned|told|tell|ring|call|phone|heard from)|['’]s) ${NAME}`,
);
/** Who knows, asked by name: "Does Aisha know…?", "Has anyone rung Amara yet?" */
const KNOWS_BY_NAME = new RegExp(
  String.raw`\b(?:[Dd]oes|[Dd]id|[Hh]as) ${NAME} (?:already )?(?:know|knew|been told|heard)\b|\b(?:rung|rang|phoned|contacted) ${NAME}`,
);

/** "Does that make sense?", "Is that clear?", "Are you with me?": whether they followed what was just said. */
const FOLLOWED = [
  '(?:does|did) (?:that|this|all that|all this|any of that|that all|it all) (?:make|making) sense',
  '(?:that|it) (?:make|makes) sense',
  'is (?:that|this|it|all that|any of that) making sense',
  'is (?:that|this|all that) clear',
  'are you (?:with me|following|following me)',
  'have i explained (?:that|it|things|this) (?:ok|okay|clearly|well|properly)',
].join('|');
const CHECKS_THEY_FOLLOW = new RegExp(
  // "Is that making sense, or shall I go over some of it again?"
  `^(?:(?:and|so|ok|okay|right|now|does|is)\\s+)*(?:${FOLLOWED})(?: (?:so far|to you|at all|then))?(?: \\w+)?(?: or .*)?$`,
);

const ASKS_BEHAVIOUR =
  /\b(?:can|could|would|will) you (?:just |please )?(?:stop|not (?:interrupt|shout|swear|talk over)|keep (?:your voice down|it down|quiet|still)|lower your voice|calm down|quieten down|be quiet|step back|sit (?:down|still))\b/i;

/** The focus as the cue lists alone find it (what the learned model is trained beside). */
export function cueFocus(text: string): QuestionFocus {
  const clean = text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').trim();
  if (clean === '') return { ...NOTHING };
  const { toks, sentences } = readTokens(clean);
  if (sentences.length === 0) return { ...NOTHING };

  let focus = -1;
  let shape: SentenceShape | null = null;
  for (let index = sentences.length - 1; index >= 0 && focus < 0; index -= 1) {
    const candidate = shapeOf(toks, sentences[index] as Span);
    if (candidate.asks) {
      focus = index;
      shape = candidate;
    }
  }

  if (focus < 0 || shape === null) {
    // A statement: report the topic of its last sentence that has one, for callers that want it.
    for (let index = sentences.length - 1; index >= 0; index -= 1) {
      const span = sentences[index] as Span;
      const topic = scoreTopic(toks, span);
      if (topic === null) continue;
      const reference = referenceOf(toks, span);
      return {
        asks: false,
        topic,
        negated: isNegated(toks, span),
        ...withRelation(reference, toks, sentences, index),
        choice: false,
        offer: false,
      };
    }
    return { ...NOTHING };
  }

  // "What are you studying? History, final year?", "Any medical history? Fits, anything?": guesses at the answer
  // or examples, with no verb of their own, leave the question before them the one asked.
  if (focus > 0 && answersBefore(toks, sentences[focus - 1] as Span, sentences[focus] as Span)) {
    const before = shapeOf(toks, sentences[focus - 1] as Span);
    if (before.asks) {
      focus -= 1;
      shape = before;
    }
  }
  const sentence = sentences[focus] as Span;
  const clause = questionClause(toks, sentence, shape);
  const offer = isOffer(toks, clause) || offersThingsFirst(toks, sentence);
  const choice = !offer && asksChoice(toks, sentence);
  // "I'd like to understand how you're managing with the bills": the prompt's own words are not the topic.
  const asked: Span = { start: afterPrompt(toks, clause), end: clause.end };
  let topic =
    offer || choice
      ? null
      : (scoreTopic(toks, asked) ?? scoreTopic(toks, { start: sentence.start, end: shape.tag }));
  let source = focus;
  // "You said people were watching you. Do you still feel that way?": the question points back.
  if (topic !== null && !offer && !choice && pointsBack(toks, asked)) {
    for (let index = focus - 1; index >= 0; index -= 1) {
      const earlier = scoreTopic(toks, sentences[index] as Span);
      if (earlier === null) continue;
      topic = earlier;
      source = index;
      break;
    }
  }
  // "I'd like to ask about your drinking. How much would you have in a day?": the topic was named just before; but
  // not by the learner saying who they are ("I'm one of the memory clinic doctors. Is now a good time?").
  for (let index = focus - 1; topic === null && !offer && !choice && index >= 0; index -= 1) {
    if (introducesSpeaker(toks, sentences[index] as Span)) continue;
    topic = scoreTopic(toks, sentences[index] as Span);
    if (topic !== null) source = index;
  }
  let reference = referenceOf(toks, clause);
  if (reference.about === 'unclear' && clause.start > sentence.start) {
    reference = referenceOf(toks, { start: sentence.start, end: shape.tag });
  }
  // "Had much to drink tonight, have you?": the tag says who.
  if (reference.about === 'unclear' && shape.tag < sentence.end)
    reference = tagReference(toks, shape.tag, sentence.end);
  if (source !== focus && (reference.about === 'unclear' || reference.plural === true)) {
    // "You told the nurse about some dark thoughts. Can you tell me more about them?": "them" points back to what
    // the earlier sentence named, and so does its person.
    const earlier = referenceOf(toks, sentences[source] as Span);
    if (earlier.about !== 'unclear') reference = earlier;
  }
  return {
    asks: true,
    topic,
    negated: isNegated(toks, clause),
    ...withRelation(reference, toks, sentences, focus),
    choice,
    offer,
    ...(asked.start > clause.start ? { prompted: true as const } : {}),
  };
}

/** Things offered with no verb open the question: "A drink, your glasses?", "Some water, a blanket?" */
const OFFERED_THINGS: ReadonlySet<string> = new Set([
  'drink',
  'cup',
  'tea',
  'coffee',
  'water',
  'blanket',
  'sandwich',
]);
function offersThingsFirst(toks: readonly Tok[], sentence: Span): boolean {
  const [first, second] = toks.slice(sentence.start, sentence.start + 2).map((t) => t.lower);
  return (first === 'a' || first === 'some') && second !== undefined && OFFERED_THINGS.has(second);
}

const NAMING_ANSWERS: ReadonlySet<string> = new Set(['what', 'which', 'where', 'who', 'when']);
const NEW_QUESTION_OPENERS: ReadonlySet<string> = new Set([
  'and',
  'or',
  'also',
  'plus',
  'how',
  'what',
  'any',
]);

/**
 * Whether a short question with no verb only guesses at the answer to the one before it ("What are you studying?
 * History?"), gives it examples ("…history? Fits, anything?") or alternatives ("…in the family? Her mother or
 * father?"), rather than asking something new ("And sleep?").
 */
function answersBefore(toks: readonly Tok[], before: Span, fragment: Span): boolean {
  const words = wordsOf(toks, fragment).map((i) => toks[i] as Tok);
  const alternatives = words.some((t) => t.lower === 'or');
  // Alternatives may run longer than a guess: "His parents, his brothers or sisters?"
  if (words.length === 0 || words.length > (alternatives ? 8 : 5)) return false;
  if (NEW_QUESTION_OPENERS.has(words[0]?.lower ?? '')) return false;
  // A list ending "…, anything?" gives examples, whatever its words ("Fits, anything?", "Tablets, that sort of thing?").
  if (endsOnExamples(words.map((t) => t.lower).join(' '))) return true;
  if (words.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return false;
  // Alternatives that say who or what was meant: "Any dementia in the family? Her mother or father?"
  if (alternatives) return true;
  const opener = wordsOf(toks, before).map((i) => toks[i] as Tok)[0]?.lower ?? '';
  return NAMING_ANSWERS.has(opener);
}
