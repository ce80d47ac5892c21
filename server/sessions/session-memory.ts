// What a turn needs to know of the session so far, kept between turns so that a turn's work does not grow with the
// session's length (rebuilding it from every stored turn cost 35 ms at turn 2,000). The database stays the only
// truth: a remembered copy is used only while the session's last stored turn is the one it last saw, so a turn
// cut, retracted or stored by another path makes the next turn rebuild from the stored turns.

import type { SpokenLine } from '../sim/character-prompt.ts';
import { buildHistory, recordTurn, type SceneHistory } from '../sim/scene-history.ts';
import type { SessionStore, TurnRow } from '../stores/ports.ts';

/** Lines of transcript kept for the characters: more than the character prompt shows (its last 16). */
export const TRANSCRIPT_WINDOW = 48;

export interface SessionMemory {
  history: SceneHistory;
  /** The session's last lines, oldest first, at most TRANSCRIPT_WINDOW. */
  recentLines: SpokenLine[];
  /** How many learner turns the session holds. */
  learnerTurns: number;
  /** The last turn folded in, as stored: the check that the memory still matches the database. */
  last: LastTurnMark | null;
}

interface LastTurnMark {
  id: number;
  text: string;
  cutOff: boolean;
}

export interface SessionMemoryCache {
  /** The session's memory: the remembered copy if it still matches the last stored turn, else rebuilt. */
  recall(sessionId: string, initialAffect: SceneHistory['affect']): Promise<SessionMemory>;
  /** Folds a turn just stored into the memory. */
  record(memory: SessionMemory, row: TurnRow): void;
  /** Drops a session's memory (it ended, or its turns changed under it). */
  forget(sessionId: string): void;
}

/**
 * A cache of session memories, least recently used dropped first.
 * @param capacity sessions remembered at once; a session beyond it is rebuilt on its next turn. @default 1000
 */
export function createSessionMemoryCache(store: SessionStore, capacity = 1000): SessionMemoryCache {
  const memories = new Map<string, SessionMemory>();

  const rebuild = async (
    sessionId: string,
    initialAffect: SceneHistory['affect'],
  ): Promise<SessionMemory> => {
    const rows = await store.loadTurns(sessionId);
    const memory: SessionMemory = {
      history: buildHistory(initialAffect, rows),
      recentLines: rows.slice(-TRANSCRIPT_WINDOW).map((row) => ({ speaker: row.speaker, text: row.text })),
      learnerTurns: rows.filter((row) => row.speaker === 'learner').length,
      last: null,
    };
    const last = rows.at(-1);
    if (last) memory.last = markOf(last);
    return memory;
  };

  return {
    async recall(sessionId, initialAffect) {
      const remembered = memories.get(sessionId);
      const stored = await store.lastTurn(sessionId);
      const memory =
        remembered && sameTurn(remembered.last, stored)
          ? remembered
          : await rebuild(sessionId, initialAffect);
      // Re-inserted so the Map's order is the order of use.
      memories.delete(sessionId);
      memories.set(sessionId, memory);
      if (memories.size > capacity) memories.delete(memories.keys().next().value as string);
      return memory;
    },
    record(memory, row) {
      recordTurn(memory.history, row);
      memory.recentLines.push({ speaker: row.speaker, text: row.text });
      if (memory.recentLines.length > TRANSCRIPT_WINDOW) memory.recentLines.shift();
      if (row.speaker === 'learner') memory.learnerTurns++;
      memory.last = markOf(row);
    },
    forget(sessionId) {
      memories.delete(sessionId);
    },
  };
}

function markOf(row: TurnRow): LastTurnMark {
  return { id: row.id, text: row.text, cutOff: Boolean(row.meta.cutOff) };
}

function sameTurn(mark: LastTurnMark | null, row: TurnRow | undefined): boolean {
  if (!mark || !row) return mark === null && row === undefined;
  return mark.id === row.id && mark.text === row.text && mark.cutOff === Boolean(row.meta.cutOff);
}
