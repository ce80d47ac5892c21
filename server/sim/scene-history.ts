// What the simulation needs to remember, derived from the stored turns so the database stays the only truth.

import { ACT_THRESHOLD, type ClassifiedAct, hasAct } from '../content/acts.ts';
import type { SceneAffect } from '../content/affect-types.ts';
import { isTopic, type Topic } from '../content/topics.ts';
import { isHarmfulAct } from './affect-direction.ts';
import { STAGES, type Stage, wordsOf } from './dialogue-state.ts';
import { TURNED_TO } from './director.ts';
import { followUpKeys } from './follow-up.ts';
import { offerKeys, personKeys, questionKeys, wordKeys } from './line-relevance.ts';
import { sentenceKeys } from './line-variety.ts';
import type { LineContext } from './offline-engine.ts';
import { asksWhoStays } from './question-kinds.ts';

/** How many of a character's own recent replies a sentence must not repeat. */
export const VARIETY_WINDOW = 8;

/** The parts of a stored turn the simulation reads. */
export interface HistoryTurn {
  index: number;
  speaker: string;
  text: string;
  acts: readonly ClassifiedAct[];
  affect: SceneAffect;
  meta: Record<string, unknown>;
}

export interface SceneHistory {
  nextIndex: number;
  affect: SceneAffect;
  /** The character who spoke last, if any. */
  lastCharacterSpeaker: string | null;
  /** The character who spoke last did so unasked, cutting in after the one the learner spoke to. */
  lastSpeakerCutIn: boolean;
  /** Whom the learner's last two turns were put to, and how (named, own body, following a reply, the lead). */
  recentAddressees: { id: string; by: string }[];
  /** The character the learner cut off mid-reply in the last round, if any. */
  cutOffSpeaker: string | null;
  perceptionChecked: boolean;
  newsDelivered: boolean;
  /** The learner's previous turn held a warning shot. */
  warnedLastTurn: boolean;
  /** Hidden fact ids already told, per character. */
  revealed: Map<string, Set<string>>;
  /** Authored line keys already used, per character, oldest first. */
  usedLines: Map<string, string[]>;
  /** Index of the last turn in which each relative interjected unasked. */
  lastInterjection: Map<string, number>;
  /** The conversation's stage after the last learner turn. */
  stage: Stage;
  /** Medical words the learner has explained in plain words: understood from then on. */
  explained: Set<string>;
  /** Every word the learner has said, lower-cased. */
  learnerWords: Set<string>;
  /** Per character, the sentences of its last few replies (normalised), newest last. */
  recentSentences: Map<string, string[][]>;
  /** Per character, the hidden facts of others it heard come out in front of it. */
  heardSecrets: Map<string, Set<string>>;
  /** Topics the learner has asked about, in the order first asked. */
  topicsCovered: Set<string>;
  /** The topic the learner's last turn asked about, if it asked on one ("How are you sleeping?" … "And yourself?"). */
  lastAskedTopic: Topic | null;
  /** Learner turns since the last one heard as harmful (0: the last turn was), or null if none was. */
  turnsSinceHarm: number | null;
  /** Characters who have said their name. */
  named: Set<string>;
  /** Each character's last reply (what a follow-up may ask about again). */
  lastReply: Map<string, string>;
  /** The topic the last reply answered on, if any ("just the two" … "Which two are they?" asks on it again). */
  lastReplyTopic: Topic | null;
}

/** Folds the stored turns (in index order) into the simulation's memory. */
export function buildHistory(initialAffect: SceneAffect, turns: readonly HistoryTurn[]): SceneHistory {
  const history: SceneHistory = {
    nextIndex: 0,
    affect: initialAffect,
    lastCharacterSpeaker: null,
    lastSpeakerCutIn: false,
    recentAddressees: [],
    cutOffSpeaker: null,
    perceptionChecked: false,
    newsDelivered: false,
    warnedLastTurn: false,
    revealed: new Map(),
    usedLines: new Map(),
    lastInterjection: new Map(),
    stage: 'opening',
    explained: new Set(),
    learnerWords: new Set(),
    recentSentences: new Map(),
    heardSecrets: new Map(),
    topicsCovered: new Set(),
    lastAskedTopic: null,
    turnsSinceHarm: null,
    named: new Set(),
    lastReply: new Map(),
    lastReplyTopic: null,
  };
  for (const turn of turns) recordTurn(history, turn);
  return history;
}

/** Adds one stored turn to the history in place. */
export function recordTurn(history: SceneHistory, turn: HistoryTurn): void {
  history.nextIndex = turn.index + 1;
  history.affect = turn.affect;
  if (turn.speaker === 'learner') {
    history.perceptionChecked ||= hasAct(turn.acts, 'perception-check');
    history.newsDelivered ||= hasAct(turn.acts, 'news-delivery') || turn.meta.news === true;
    history.warnedLastTurn = hasAct(turn.acts, 'warning-shot');
    const harmful = turn.acts.some((a) => a.confidence >= ACT_THRESHOLD && isHarmfulAct(a.act));
    history.turnsSinceHarm = harmful
      ? 0
      : history.turnsSinceHarm === null
        ? null
        : history.turnsSinceHarm + 1;
    for (const word of wordsOf(turn.text)) history.learnerWords.add(word);
    const meta = turn.meta;
    if (typeof meta.stage === 'string' && (STAGES as readonly string[]).includes(meta.stage))
      history.stage = meta.stage as Stage;
    if (typeof meta.topic === 'string') history.topicsCovered.add(meta.topic);
    history.lastAskedTopic = typeof meta.topic === 'string' && isTopic(meta.topic) ? meta.topic : null;
    if (Array.isArray(meta.explained))
      for (const term of meta.explained) if (typeof term === 'string') history.explained.add(term);
    if (typeof meta.addressee === 'string' && typeof meta.addressedBy === 'string')
      history.recentAddressees = [
        ...history.recentAddressees,
        { id: meta.addressee, by: meta.addressedBy },
        ...(typeof meta.turnsTo === 'string' ? [{ id: meta.turnsTo, by: TURNED_TO }] : []),
      ].slice(-2);
    return;
  }
  history.lastCharacterSpeaker = turn.speaker;
  const meta = turn.meta;
  history.lastReply.set(turn.speaker, turn.text);
  history.lastReplyTopic = typeof meta.topic === 'string' && isTopic(meta.topic) ? meta.topic : null;
  history.lastSpeakerCutIn = typeof meta.reason === 'string' && meta.reason.startsWith('interjects');
  history.cutOffSpeaker = meta.cutOff ? turn.speaker : null;
  if (typeof meta.revealed === 'string') {
    getOrCreate(history.revealed, turn.speaker, () => new Set()).add(meta.revealed);
    if (Array.isArray(meta.heardBy))
      for (const id of meta.heardBy)
        if (typeof id === 'string') getOrCreate(history.heardSecrets, id, () => new Set()).add(meta.revealed);
  }
  const recent = getOrCreate(history.recentSentences, turn.speaker, () => []);
  recent.push(sentenceKeys(turn.text));
  if (recent.length > VARIETY_WINDOW) recent.shift();
  if (Array.isArray(meta.lines)) {
    const used = getOrCreate(history.usedLines, turn.speaker, () => []);
    for (const key of meta.lines) if (typeof key === 'string') used.push(key);
  }
  if (meta.intent === 'interject') history.lastInterjection.set(turn.speaker, turn.index);
  if (meta.intent === 'give-name') history.named.add(turn.speaker);
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

/** The words only the learner may bring in ("died", "spread") that the learner has not said yet. */
export function unsaidTerms(history: SceneHistory, learnerIntroduces: readonly string[]): string[] {
  return learnerIntroduces.filter((term) => !wordsOf(term).every((w) => history.learnerWords.has(w)));
}

/** What the conversation so far allows a character to say now. */
export function lineContextFor(
  history: SceneHistory,
  learnerIntroduces: readonly string[],
  characterId: string,
  learnerText = '',
): LineContext {
  return {
    newsGiven: history.newsDelivered,
    unsaidTerms: unsaidTerms(history, learnerIntroduces),
    recent: history.recentSentences.get(characterId) ?? [],
    firstReply: !history.recentSentences.has(characterId),
    questionKeys: new Set([...questionKeys(learnerText), ...offerKeys(learnerText)]),
    lastQuestionKeys: lastOfSeveralQuestions(learnerText),
    personKeys: personKeys(learnerText),
    asksWhoStays: asksWhoStays(learnerText),
    statedKeys: learnerText.includes('?') ? undefined : questionKeys(learnerText),
    turnKeys: learnerText === '' ? undefined : new Set(wordKeys(learnerText)),
    followUpKeys: followUpKeys(learnerText, history.lastReply.get(characterId)),
    revealed: history.revealed.get(characterId) ?? new Set(),
  };
}

/**
 * "Have you thought about how? Have you made any plans?": the content words of the last question, when there are two
 * or more.
 */
function lastOfSeveralQuestions(text: string): ReadonlySet<string> | undefined {
  const questions = text.match(/[^.?!]*\?/g) ?? [];
  return questions.length > 1 ? questionKeys(questions.at(-1) as string) : undefined;
}
