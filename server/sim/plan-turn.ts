// One learner turn through the simulation: acts move every character's affect, the director picks who speaks,
// and each speaker gets a reply plan: an intent (or the topic asked about), its band, a fact it is ready to tell
// here, and whether someone in the room reacts to that fact.

import { type ClassifiedAct, EMPATHY_ACTS, type LearnerAct } from '../content/acts.ts';
import type { Affect, AffectBand, SceneAffect } from '../content/affect-types.ts';
import type { ReplyIntent } from '../content/reply-intents.ts';
import type { HiddenFact } from '../content/scenario-schema.ts';
import type { SceneCharacter, SceneSetup } from '../content/scene-setup.ts';
import type { Topic } from '../content/topics.ts';
import { addresseeOf } from './addressee.ts';
import { affectBand, updateAffect } from './affect-model.ts';
import { actsThatMoveFeelings } from './courteous-greeting.ts';
import { explainedTerms, nextStage, type Stage, usesUnsaidTerm } from './dialogue-state.ts';
import { type Addressee, chooseSpeakers, type SpeakerChoice, turnsTo } from './director.ts';
import { hearTurn } from './hear-turn.ts';
import { mayDoHarm } from './heard-acts.ts';
import { intentForActs } from './intent-for-acts.ts';
import { statesNextSteps } from './next-steps.ts';
import { wishesWhatIsOffered } from './offered-wish.ts';
import type { ComposedReply, ReplyPlan, TopicAnswer } from './offline-engine.ts';
import type { QuestionFocus } from './question-focus.ts';
import {
  asksAgreement,
  asksLeave,
  asksName,
  asksPermission,
  asksWhatWasNoticed,
  beforeLastQuestion,
  checksName,
  checksProposal,
  invitesTheirQuestions,
} from './question-kinds.ts';
import { type SceneHistory, unsaidTerms } from './scene-history.ts';

const INTERRUPT_AFTER_WORDS = 30;
/** For this many learner turns after harm, trust and anger hold unless the learner apologises. */
const WARY_TURNS = 3;
/** Replies that come before anything else the learner asked. */
const HOSTILE_INTENTS: readonly ReplyIntent[] = ['escalate', 'confused', 'react-to-news'];
/**
 * Replies with which the character still answers a question put to them on a topic they can speak to. (Not
 * 'confused': its lines say they could not follow, and an answer beside them contradicts them.)
 */
const ANSWERS_AFTER: readonly ReplyIntent[] = ['escalate'];
/** Replies to a statement (or a tag such as "Okay?") that can take up the next steps the learner just told. */
const FOLLOWS_STATEMENT: readonly ReplyIntent[] = [
  'follow-information',
  'answer-closed',
  'answer-open',
  'fallback',
];
/** Stages that come after the news or the crisis was put to them. */
const AFTER_THE_NEWS: readonly Stage[] = ['emotion', 'planning', 'closing'];
/** Words that ask what someone makes of things ("What have you heard…?", "What do you think is going on?"). */
const ASKS_THEIR_VIEW =
  /\b(?:think|thoughts on|heard|been told|understand|understanding|make of|making of|see things|sense of|expect|expecting)\b/i;
/** Acts that open a door through which a character may tell what it has been holding back. */
const OPENINGS: readonly LearnerAct[] = [
  'open-question',
  'invitation',
  'perception-check',
  'summary',
  ...EMPATHY_ACTS,
];

export interface PlannedReply {
  choice: SpeakerChoice;
  plan: ReplyPlan;
}

export interface PlannedTurn {
  affectAfter: SceneAffect;
  addressee: Addressee;
  replies: PlannedReply[];
  /** The conversation's stage after this turn. */
  stage: Stage;
  focus: QuestionFocus;
  /** Medical words explained in plain words in this turn. */
  explained: string[];
  /** The news was first given in this turn. */
  newsGiven: boolean;
  /** The one the learner said they were talking to ("I'm talking to Chloe"), who takes the next "you". */
  turnsTo: string | null;
}

/** Plans the characters' side of a learner turn. Pure: the same inputs give the same plan. */
export function planTurn(
  scene: SceneSetup,
  history: SceneHistory,
  text: string,
  acts: readonly ClassifiedAct[],
  random: () => number,
): PlannedTurn {
  const { focus, heardActs, actSet } = hearTurn(scene, history, text, acts);
  const addressee = addresseeOf({
    text,
    characters: scene.characters,
    lastCharacterSpeaker: history.lastCharacterSpeaker,
    leadId: scene.leadId,
    focus,
    acts: actSet,
    recent: history.recentAddressees,
    lastSpeakerCutIn: history.lastSpeakerCutIn,
    named: history.named,
  });
  const wordCount = countWords(text);
  const doubted = mayDoHarm(text);
  const pastTheOpening = history.newsDelivered || history.stage !== 'opening';
  const courteous = actsThatMoveFeelings(scene, text, heardActs, pastTheOpening);
  // A summary that names the news again ("So, to recap: it has spread, and…") is not the news breaking again.
  const moving =
    history.newsDelivered && actSet.has('summary')
      ? courteous.filter((a) => a.act !== 'news-delivery')
      : courteous;
  const affectAfter: SceneAffect = {};
  for (const sc of scene.characters) {
    const id = sc.character.id;
    const current = history.affect[id] ?? sc.dynamics.baseline;
    affectAfter[id] = updateAffect(current, sc.dynamics, moving, {
      addressed: addressee.characterId === id,
      perceptionChecked: history.perceptionChecked,
      warned: history.warnedLastTurn || actSet.has('warning-shot'),
      newsAlreadyDelivered: history.newsDelivered,
      wordCount,
      askedTopic: focus.asks ? focus.topic : null,
      doubted,
      wary: history.turnsSinceHarm !== null && history.turnsSinceHarm < WARY_TURNS,
    });
  }
  const choices = chooseSpeakers({
    addressee,
    characters: scene.characters,
    affect: affectAfter,
    acts: actSet,
    relativeConfrontation: scene.knobs.relativeConfrontation,
    turnIndex: history.nextIndex,
    lastInterjection: history.lastInterjection,
    random,
  });
  // News restated inside a summary, once it has been given, is heard as the summary.
  const intentActs = new Set(actSet);
  if (history.newsDelivered && actSet.has('summary')) intentActs.delete('news-delivery');
  // "Which of those feels right to you?": a choice put to them is weighed, whatever the options mention.
  if (focus.choice && !actSet.has('invitation')) intentActs.add('offering-choices');
  // Asking leave ("Is it all right if I sit down?") is not a question on a topic, whatever its words; asking who
  // they want in the room ("Are you happy for Tom to stay?") is a wish, though put as leave.
  // "The nurse rings you within two weeks… Is that alright with you?" asks them to agree to the plan, not leave.
  const agreesPlan = focus.topic === 'plan' && checksProposal(text);
  const asksLeaveInIt =
    !focus.whoStays && !agreesPlan && asksLeave(focus.beforeOffer ? beforeLastQuestion(text) : text);
  // "Would you like to see him?" to someone whose wish is just that: answered with the wish, not a bare yes.
  // "Do you want it straight, or a bit at a time?" asks how they want to hear it: answered with that preference.
  const asksHowToHear = actSet.has('invitation') && focus.topic === 'wishes';
  const asked =
    focus.asks && !asksHowToHear && (!asksLeaveInIt || offersTheirWish(scene, addressee, focus, text))
      ? focus.topic
      : null;
  // "In your own words, what happened last night?", "Was he taking his tablets, as far as you know?": heard as
  // checking what they know, but asked on a topic, and answered on it unless it asks what they make of things.
  if (asked !== null && asked !== 'understanding' && !ASKS_THEIR_VIEW.test(text))
    intentActs.delete('perception-check');
  // "I know that's not what you wanted to hear. What scares you most?": after the news, nothing is braced for.
  const pastTheNews = history.newsDelivered || AFTER_THE_NEWS.includes(history.stage);
  if (asked !== null && pastTheNews) intentActs.delete('warning-shot');
  // "…a dementia adviser who can help. Would you like the nurse to come in?": news named again is not news; nor is
  // how it happened, told once it is known ("He didn't wake up after he collapsed"), unless it brings a word of the
  // news not yet said ("…and it has spread to the bones").
  const unsaidNews = unsaidTerms(history, scene.scenario.learnerIntroduces);
  if (history.newsDelivered && (focus.asks || !usesUnsaidTerm(text, unsaidNews)))
    intentActs.delete('news-delivery');
  const nameAsked = asksName(text) || scene.characters.some((c) => checksName(text, c.character.addressedAs));
  const replies: PlannedReply[] = [];
  for (const [order, choice] of choices.entries()) {
    const sc = scene.characters.find((c) => c.character.id === choice.characterId) as SceneCharacter;
    const affect = affectAfter[choice.characterId] as Affect;
    const band = affectBand(affect);
    const ownActs = new Set(intentActs);
    // A greeting is returned once, at the start; later "hello"s are heard for whatever else was said.
    if (history.recentSentences.has(sc.character.id) || history.stage !== 'opening')
      ownActs.delete('greeting');
    const addressed = choice.reason === 'addressed';
    const baseIntent = intentForActs(ownActs, { topicAsked: addressed && asked !== null });
    const intent =
      choice.reason === 'interjects-overwhelmed'
        ? 'interject'
        : nameAsked && addressed && !HOSTILE_INTENTS.includes(baseIntent)
          ? 'give-name'
          : baseIntent;
    const topic = topicFor(intent, asked, addressed, sc, affect, band, text, focus, history.stage);
    const reveal = addressed
      ? factToTell(
          scene,
          sc,
          affect,
          band,
          history,
          topic?.followsStatement ? null : (topic?.topic ?? null),
          actSet,
        )
      : null;
    const interrupt = order === 0 && band === 'angry' && wordCount > INTERRUPT_AFTER_WORDS;
    const wasCutOff = order === 0 && history.cutOffSpeaker === choice.characterId;
    const offered = addressed && focus.offer && !asksPermission(text);
    replies.push({
      choice,
      plan: {
        character: sc.character,
        intent,
        band,
        topic,
        reveal,
        reactTo: null,
        interrupt,
        wasCutOff,
        ...(offered ? { offered } : {}),
      },
    });
    if (reveal) replies.push(...reactionsTo(scene, sc, reveal, affectAfter));
  }
  const stage = nextStage({
    previous: history.stage,
    acts: actSet,
    focus,
    newsGiven: history.newsDelivered,
    text,
  });
  return {
    affectAfter,
    addressee,
    replies: withoutDoubleSpeakers(replies),
    stage,
    focus,
    explained: explainedTerms(text),
    newsGiven: !history.newsDelivered && actSet.has('news-delivery'),
    turnsTo: turnsTo(text, scene.characters),
  };
}

function offersTheirWish(
  scene: SceneSetup,
  addressee: Addressee,
  focus: QuestionFocus,
  text: string,
): boolean {
  const sc = scene.characters.find((c) => c.character.id === addressee.characterId);
  return focus.topic === 'wishes' && sc !== undefined && wishesWhatIsOffered(sc, text);
}

/** What a stored reply turn remembers of how it was made (read back by buildHistory). */
export function replyMeta(
  reply: PlannedReply,
  spoken: Pick<ComposedReply, 'lines'>,
  present: readonly string[],
): Record<string, unknown> {
  const { plan } = reply;
  const speaker = reply.choice.characterId;
  return {
    intent: plan.intent,
    band: plan.band,
    reason: reply.choice.reason,
    lines: spoken.lines,
    // A topic the reply may take up (after a statement, or beside a hostile line) counts once a line on it was said,
    // or a fact told on it.
    ...(plan.topic &&
    (!(plan.topic.followsStatement || plan.topic.withIntent) ||
      spoken.lines.some(
        (key) =>
          key.startsWith('topic.') ||
          (key.startsWith('reveal.') &&
            plan.topic?.topic != null &&
            plan.reveal?.topics.includes(plan.topic.topic)),
      ))
      ? { topic: plan.topic.topic, answer: plan.reveal ? 'reveal' : plan.topic.answer }
      : {}),
    ...(plan.reveal ? { revealed: plan.reveal.id, heardBy: present.filter((id) => id !== speaker) } : {}),
    ...(plan.reactTo ? { reactedTo: plan.reactTo.id } : {}),
  };
}

/** What the learner's turn remembers of the conversation (read back by buildHistory). */
export function learnerMeta(plan: PlannedTurn): Record<string, unknown> {
  return {
    addressee: plan.addressee.characterId,
    addressedBy: plan.addressee.reason,
    stage: plan.stage,
    ...(plan.focus.asks && plan.focus.topic ? { topic: plan.focus.topic } : {}),
    ...(plan.explained.length > 0 ? { explained: plan.explained } : {}),
    ...(plan.newsGiven ? { news: true } : {}),
    ...(plan.turnsTo ? { turnsTo: plan.turnsTo } : {}),
  };
}

/**
 * The topic a reply answers. A closed question on no known topic that is not asking leave ("Is it all right
 * if I sit down?") asks for a fact the character does not have: an honest "I don't know", never a yes or a no.
 */
function topicFor(
  intent: ReplyIntent,
  asked: Topic | null,
  addressed: boolean,
  sc: SceneCharacter,
  affect: Affect,
  band: AffectBand,
  text: string,
  focus: QuestionFocus,
  stage: Stage,
): ReplyPlan['topic'] {
  if (FOLLOWS_STATEMENT.includes(intent) && !asked && invitesTheirQuestions(text)) {
    // "Any questions?" is answered from what they make of it all: what happens next, once that has been talked
    // about, else what they have understood. Never "I couldn't tell you".
    const afterPlan = statesNextSteps(text) || stage === 'planning' || stage === 'closing';
    const topics: Topic[] = afterPlan ? ['plan', 'understanding'] : ['understanding'];
    const topic = topics.find((t) => topicAnswer(sc, affect, t) === 'topic');
    if (topic) return { topic, answer: 'topic', followsStatement: true };
  }
  if (FOLLOWS_STATEMENT.includes(intent) && !asked && statesNextSteps(text)) {
    // Angry or overwhelmed, a character takes up the plan only in lines written for that state.
    const fits =
      (band !== 'overwhelmed' && band !== 'angry') || (sc.character.topics.plan?.[band]?.length ?? 0) > 0;
    if (fits && topicAnswer(sc, affect, 'plan') === 'topic')
      return { topic: 'plan', answer: 'topic', followsStatement: true };
  }
  if (intent === 'answer-topic' && asked) {
    const aboutSelf =
      sc.character.role === 'relative' && focus.about === 'addressee' && !asksWhatWasNoticed(text);
    return { topic: asked, answer: topicAnswer(sc, affect, asked), aboutSelf };
  }
  if (intent === 'answer-closed' && !asksLeave(text) && !asksAgreement(text))
    return { topic: null, answer: 'dont-know' };
  // Asked harshly, but on a topic they can speak to: they answer in the words they have for their state (none, if
  // the topic has no lines for it), and say what they think of being asked so.
  if (ANSWERS_AFTER.includes(intent) && addressed && asked !== null)
    if (topicAnswer(sc, affect, asked) === 'topic')
      return { topic: asked, answer: 'topic', withIntent: true };
  return null;
}

/** How the character answers a question on the topic: its lines, a deflection while trust is short, or honestly not knowing. */
function topicAnswer(sc: SceneCharacter, affect: Affect, topic: Topic): TopicAnswer {
  const lines = sc.character.topics[topic];
  if (!lines) return 'dont-know';
  const gate = lines.trustNeeded === undefined ? 0 : lines.trustNeeded + sc.revealShift;
  return affect.trust >= gate ? 'topic' : 'deflect';
}

/**
 * The hidden fact the character tells now: asked on one of its topics, or (with no topic asked) through an open
 * door, once trust is high enough, unless too upset, and never in front of someone it is kept from (unless the
 * scenario lets it come out there).
 */
function factToTell(
  scene: SceneSetup,
  sc: SceneCharacter,
  affect: Affect,
  band: AffectBand,
  history: SceneHistory,
  topic: Topic | null,
  acts: ReadonlySet<LearnerAct>,
): HiddenFact | null {
  if (band === 'overwhelmed' || band === 'angry') return null;
  // "I'm afraid I have some difficult news": braced for it, nobody tells a secret.
  if (acts.has('warning-shot') && !history.newsDelivered) return null;
  const opened = topic === null && OPENINGS.some((act) => acts.has(act));
  if (topic === null && !opened) return null;
  const told = history.revealed.get(sc.character.id);
  const present = new Set(scene.characters.map((c) => c.character.id));
  const ready = sc.character.hidden
    .filter((fact) => !told?.has(fact.id))
    .filter((fact) => topic === null || fact.topics.includes(topic))
    .filter((fact) => affect.trust >= (sc.revealThresholds[fact.id] ?? 1))
    .filter((fact) => fact.tellInFront || !fact.hiddenFrom.some((id) => present.has(id)))
    .sort((a, b) => (sc.revealThresholds[a.id] ?? 1) - (sc.revealThresholds[b.id] ?? 1));
  return ready[0] ?? null;
}

/** Everyone present whom the fact was kept from reacts to hearing it. */
function reactionsTo(
  scene: SceneSetup,
  teller: SceneCharacter,
  fact: HiddenFact,
  affect: SceneAffect,
): PlannedReply[] {
  return scene.characters
    .filter((sc) => sc !== teller && fact.hiddenFrom.includes(sc.character.id))
    .map((sc) => ({
      choice: { characterId: sc.character.id, reason: 'reacts-to-reveal' as const },
      plan: {
        character: sc.character,
        intent: 'react-to-reveal' as const,
        band: affectBand(affect[sc.character.id] as Affect),
        topic: null,
        reveal: null,
        reactTo: fact,
        interrupt: false,
        wasCutOff: false,
      },
    }));
}

/** A character who reacts to a secret does not also interject in the same round. */
function withoutDoubleSpeakers(replies: PlannedReply[]): PlannedReply[] {
  const reacting = new Set(
    replies.filter((r) => r.choice.reason === 'reacts-to-reveal').map((r) => r.choice.characterId),
  );
  return replies.filter((r) => r.choice.reason === 'reacts-to-reveal' || !reacting.has(r.choice.characterId));
}

export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}'’-]+/gu);
  return matches ? matches.length : 0;
}
