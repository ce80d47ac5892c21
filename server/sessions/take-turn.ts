// The learner-turn use-case: store the learner's words first, then produce and store each character's reply,
// emitting events as they happen so the route can stream them.

import { errors } from '../http/api-error.ts';
import type { Logger } from '../ports.ts';
import type { TurnDto, UserDto } from '../protocol.ts';
import { classifyActs } from '../sim/act-classifier.ts';
import type { SceneAffect } from '../sim/affect-types.ts';
import { composeReply } from '../sim/offline-engine.ts';
import { type PlannedTurn, planTurn, replyMeta } from '../sim/plan-turn.ts';
import { buildHistory, recordTurn, type SceneHistory } from '../sim/scene-history.ts';
import { seededRandom } from '../sim/seeded-random.ts';
import { toTurnDto } from './dto.ts';
import type { SessionDeps } from './session-service.ts';

export type TurnEvent =
  | { type: 'turn'; turn: TurnDto }
  | { type: 'affect'; afterTurn: number; affect: SceneAffect }
  | { type: 'delta'; speaker: string; index: number; text: string }
  | { type: 'done'; replies: number };

export interface TurnDeps extends SessionDeps {
  logger: Logger;
  /** Sessions with a turn being answered right now; one turn at a time per session. */
  busySessions: Set<string>;
}

export interface StartedTurn {
  learnerTurn: TurnDto;
  /** The characters' replies; always run it to the end (it releases the session and stores the replies). */
  replies: AsyncGenerator<TurnEvent, void, undefined>;
}

/**
 * Checks access and state, stores the learner's turn, and returns the replies still to come.
 * Everything that can refuse the turn happens before this returns, so refusals get a proper HTTP status.
 */
export function startTurn(deps: TurnDeps, user: UserDto, sessionId: string, text: string): StartedTurn {
  const session = deps.store.findOwnedSession(user.id, sessionId);
  if (!session) throw errors.notFound('Session');
  if (session.status !== 'active') throw errors.sessionEnded();
  if (deps.busySessions.has(session.id)) throw errors.turnInProgress();
  const scene = deps.catalog.scene(session.scenarioId, session.difficulty as 1 | 2 | 3);
  if (!scene) throw errors.internal(new Error(`scenario ${session.scenarioId} is no longer loaded`));

  const history = buildHistory(session.initialAffect, deps.store.loadTurns(session.id));
  const now = deps.clock.now().toISOString();
  // The learner's words are stored before any analysis, so nothing that fails afterwards can lose them.
  const stored = deps.store.transaction(() => {
    // Re-checked inside the write so a concurrent "end" cannot slip between check and insert.
    if (deps.store.sessionStatus(session.id) !== 'active') throw errors.sessionEnded();
    return deps.store.insertTurn({
      sessionId: session.id,
      index: history.nextIndex,
      speaker: 'learner',
      text,
      acts: [],
      affect: history.affect,
      source: 'typed',
      createdAt: now,
      completedAt: now,
    });
  });
  const acts = classifyActs(text);
  const random = seededRandom(`${session.id}:${history.nextIndex}`);
  const plan = planTurn(scene, history, text, acts, random);
  const learnerRow = deps.store.completeAnalysis(stored.id, {
    acts,
    affect: plan.affectAfter,
    meta: { addressee: plan.addressee.characterId, addressedBy: plan.addressee.reason },
  });
  recordTurn(history, learnerRow);
  deps.busySessions.add(session.id);
  return {
    learnerTurn: toTurnDto(learnerRow),
    replies: produceReplies(deps, session.id, history, plan, random),
  };
}

async function* produceReplies(
  deps: TurnDeps,
  sessionId: string,
  history: SceneHistory,
  plan: PlannedTurn,
  random: () => number,
): AsyncGenerator<TurnEvent, void, undefined> {
  try {
    yield { type: 'affect', afterTurn: history.nextIndex - 1, affect: plan.affectAfter };
    let count = 0;
    for (const reply of plan.replies) {
      const index = history.nextIndex;
      const speaker = reply.choice.characterId;
      const startedAt = deps.clock.now().toISOString();
      const composed = composeReply(reply.plan, history.usedLines.get(speaker) ?? [], random);
      for (const piece of speakingPieces(composed.text)) yield { type: 'delta', speaker, index, text: piece };
      const row = deps.store.insertTurn({
        sessionId,
        index,
        speaker,
        text: composed.text,
        acts: [],
        affect: plan.affectAfter,
        source: 'offline',
        interrupted: reply.plan.interrupt,
        meta: replyMeta(reply, composed),
        createdAt: startedAt,
        completedAt: deps.clock.now().toISOString(),
      });
      recordTurn(history, row);
      count++;
      yield { type: 'turn', turn: toTurnDto(row) };
    }
    yield { type: 'done', replies: count };
  } catch (error) {
    deps.logger.log('error', 'reply production failed', { sessionId, error: String(error) });
    throw error;
  } finally {
    deps.busySessions.delete(sessionId);
  }
}

/** Splits a reply into small spoken pieces (a few words each) for streaming. */
export function speakingPieces(text: string, wordsPerPiece = 3): string[] {
  const tokens = text.match(/\S+\s*/g) ?? [];
  const pieces: string[] = [];
  for (let i = 0; i < tokens.length; i += wordsPerPiece)
    pieces.push(tokens.slice(i, i + wordsPerPiece).join(''));
  return pieces;
}
