// What the simulation needs to remember, derived from the stored turns so the database stays the only truth.

import { type ClassifiedAct, hasAct } from './acts.ts';
import type { SceneAffect } from './affect-types.ts';

/** The parts of a stored turn the simulation reads. */
export interface HistoryTurn {
  index: number;
  speaker: string;
  acts: readonly ClassifiedAct[];
  affect: SceneAffect;
  meta: Record<string, unknown>;
}

export interface SceneHistory {
  nextIndex: number;
  affect: SceneAffect;
  /** The character who spoke last, if any. */
  lastCharacterSpeaker: string | null;
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
}

/** Folds the stored turns (in index order) into the simulation's memory. */
export function buildHistory(initialAffect: SceneAffect, turns: readonly HistoryTurn[]): SceneHistory {
  const history: SceneHistory = {
    nextIndex: 0,
    affect: initialAffect,
    lastCharacterSpeaker: null,
    cutOffSpeaker: null,
    perceptionChecked: false,
    newsDelivered: false,
    warnedLastTurn: false,
    revealed: new Map(),
    usedLines: new Map(),
    lastInterjection: new Map(),
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
    history.newsDelivered ||= hasAct(turn.acts, 'news-delivery');
    history.warnedLastTurn = hasAct(turn.acts, 'warning-shot');
    return;
  }
  history.lastCharacterSpeaker = turn.speaker;
  const meta = turn.meta;
  history.cutOffSpeaker = meta.cutOff ? turn.speaker : null;
  if (typeof meta.revealed === 'string')
    getOrCreate(history.revealed, turn.speaker, () => new Set()).add(meta.revealed);
  if (Array.isArray(meta.lines)) {
    const used = getOrCreate(history.usedLines, turn.speaker, () => []);
    for (const key of meta.lines) if (typeof key === 'string') used.push(key);
  }
  if (meta.intent === 'interject') history.lastInterjection.set(turn.speaker, turn.index);
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}
