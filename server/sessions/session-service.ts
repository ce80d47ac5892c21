// Use-cases on practice sessions: start, list, read back, end (or opt out).

import { and, eq } from 'drizzle-orm';
import type { DifficultyLevel } from '../content/scenario-schema.ts';
import type { Db } from '../db/open-database.ts';
import { practiceSessions } from '../db/schema.ts';
import { queueGrading } from '../grading/grading-worker.ts';
import { errors } from '../http/api-error.ts';
import { recommendNext } from '../learning/progress.ts';
import type { Clock, IdSource } from '../ports.ts';
import type { SessionDto, SessionWithTurnsDto, UserDto } from '../protocol.ts';
import { initialAffect } from '../sim/scene-setup.ts';
import { toSessionDto, toTurnDto } from './dto.ts';
import { leftReasonAtEnd } from './left-session.ts';
import type { SceneCatalog } from './scene-catalog.ts';
import type { SessionStore } from './session-store.ts';

export interface SessionDeps {
  db: Db;
  /** Told when a session has ended, so grading starts. */
  onSessionEnded?: ((sessionId: string) => void) | undefined;
  store: SessionStore;
  catalog: SceneCatalog;
  clock: Clock;
  ids: IdSource;
}

/**
 * Starts a practice session. Without a difficulty, the learner model's recommendation picks it (and, without a
 * scenario, the scenario too); the learner may always name either.
 */
export function startSession(
  deps: SessionDeps,
  user: UserDto,
  input: { scenarioId?: string | undefined; difficulty?: DifficultyLevel | undefined },
): SessionDto {
  const recommended =
    input.difficulty === undefined ? recommendNext(deps.db, deps.catalog, user.id, input.scenarioId) : null;
  const scenarioId = input.scenarioId ?? recommended?.scenarioId;
  const scenario = scenarioId ? deps.catalog.scenario(scenarioId) : undefined;
  if (!scenario) throw errors.notFound(`Scenario "${scenarioId ?? ''}"`);
  const difficulty = input.difficulty ?? recommended?.difficulty ?? scenario.difficulty.default;
  const scene = deps.catalog.scene(scenario.id, difficulty);
  if (!scene) throw errors.notFound(`Scenario "${scenario.id}" at difficulty ${difficulty}`);
  const row = deps.db
    .insert(practiceSessions)
    .values({
      id: deps.ids.newId(),
      userId: user.id,
      scenarioId: scenario.id,
      difficulty,
      status: 'active',
      presentCharacters: scene.characters.map((c) => c.character.id),
      initialAffect: initialAffect(scene),
      createdAt: deps.clock.now().toISOString(),
    })
    .returning()
    .get();
  return { ...toSessionDto(row, scenario), recommendation: recommended?.reason ?? null };
}

export function listSessions(deps: SessionDeps, user: UserDto): SessionDto[] {
  return deps.store
    .listOwnedSessions(user.id)
    .map((row) => toSessionDto(row, deps.catalog.scenario(row.scenarioId), deps.store.lastTurn(row.id)));
}

/** The session with every turn; 404 for a session that is not the caller's, so ids reveal nothing. */
export function getSession(deps: SessionDeps, user: UserDto, sessionId: string): SessionWithTurnsDto {
  const row = deps.store.findOwnedSession(user.id, sessionId);
  if (!row) throw errors.notFound('Session');
  const turnRows = deps.store.loadTurns(row.id);
  return {
    ...toSessionDto(row, deps.catalog.scenario(row.scenarioId), turnRows.at(-1)),
    turns: turnRows.map(toTurnDto),
  };
}

/**
 * Ends the session. One the learner opted out of, or ended before saying anything, is stored as left and never
 * graded; otherwise grading is queued in the same write. Ending twice is harmless and changes nothing.
 */
export function endSession(
  deps: SessionDeps,
  user: UserDto,
  sessionId: string,
  options: { optOut?: boolean | undefined } = {},
): SessionDto {
  const row = deps.store.findOwnedSession(user.id, sessionId);
  if (!row) throw errors.notFound('Session');
  const ended =
    row.status === 'ended'
      ? row
      : deps.store.transaction(() => {
          const at = deps.clock.now().toISOString();
          // Decided inside the write, so a turn stored a moment earlier is seen.
          const leftReason = leftReasonAtEnd({
            optOut: options.optOut === true,
            learnerSpoke: deps.store.learnerSpoke(row.id),
          });
          const updated = deps.db
            .update(practiceSessions)
            .set({ status: 'ended', endedAt: at, leftReason })
            .where(and(eq(practiceSessions.id, row.id), eq(practiceSessions.status, 'active')))
            .returning()
            .get();
          if (updated && leftReason === null) queueGrading(deps.db, row.id, at);
          return updated ?? row;
        });
  if (ended.leftReason === null) deps.onSessionEnded?.(row.id);
  return toSessionDto(ended, deps.catalog.scenario(row.scenarioId), deps.store.lastTurn(row.id));
}
