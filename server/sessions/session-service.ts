// Use-cases on practice sessions: start, list, read back, end (or opt out).

import { admitToCohortLearner, readableSession } from '../cohorts/access.ts';
import type { DifficultyLevel } from '../content/scenario-schema.ts';
import type { SceneCatalog } from '../content/scene-catalog.ts';
import { initialAffect } from '../content/scene-setup.ts';
import { errors } from '../domain-errors.ts';
import { sessionComments } from '../instruction/comments.ts';
import { recommendNext } from '../learning/progress.ts';
import type { Clock, IdSource } from '../ports.ts';
import type { SessionDto, SessionReadDto, UserDto } from '../protocol.ts';
import type { PracticeSessionRow, Stores } from '../stores/ports.ts';
import { toSessionDto, toTurnDto } from './dto.ts';
import { leftReasonAtEnd } from './left-session.ts';

export interface SessionDeps {
  /** Told when a session has ended, so grading starts. */
  onSessionEnded?: ((sessionId: string) => void) | undefined;
  stores: Stores;
  catalog: SceneCatalog;
  clock: Clock;
  ids: IdSource;
  /** Told of a session started or ended inside the write that stores it (xAPI statements are queued there). */
  sessionEvents?: SessionEvents | undefined;
}

export interface SessionEvents {
  started(tx: Stores, session: PracticeSessionRow): Promise<void>;
  ended(tx: Stores, session: PracticeSessionRow): Promise<void>;
}

/**
 * Starts a practice session. Without a difficulty, the learner model's recommendation picks it (and, without a
 * scenario, the scenario too); the learner may always name either.
 */
export async function startSession(
  deps: SessionDeps,
  user: UserDto,
  input: { scenarioId?: string | undefined; difficulty?: DifficultyLevel | undefined },
): Promise<SessionDto> {
  const recommended =
    input.difficulty === undefined
      ? await recommendNext(deps.stores.ratings, deps.catalog, user.id, input.scenarioId)
      : null;
  const scenarioId = input.scenarioId ?? recommended?.scenarioId;
  const scenario = scenarioId ? deps.catalog.scenario(scenarioId) : undefined;
  if (!scenario) throw errors.notFound(`Scenario "${scenarioId ?? ''}"`);
  const difficulty = input.difficulty ?? recommended?.difficulty ?? scenario.difficulty.default;
  const scene = deps.catalog.scene(scenario.id, difficulty);
  if (!scene) throw errors.notFound(`Scenario "${scenario.id}" at difficulty ${difficulty}`);
  const values = {
    id: deps.ids.newId(),
    userId: user.id,
    scenarioId: scenario.id,
    difficulty,
    status: 'active' as const,
    presentCharacters: scene.characters.map((c) => c.character.id),
    initialAffect: initialAffect(scene),
    createdAt: deps.clock.now().toISOString(),
  };
  const events = deps.sessionEvents;
  const row = events
    ? await deps.stores.atomically(async (tx) => {
        const created = await tx.sessions.createSession(values);
        await events.started(tx, created);
        return created;
      })
    : await deps.stores.sessions.createSession(values);
  return { ...toSessionDto(row, scenario), recommendation: recommended?.reason ?? null };
}

export function listSessions(deps: SessionDeps, user: UserDto): Promise<SessionDto[]> {
  return sessionsOf(deps, user.id);
}

/**
 * A learner's sessions read through a cohort: by the learner, an admin or an instructor of that cohort (recorded when
 * it is not the learner); 404 otherwise.
 */
export async function listLearnerSessions(
  deps: SessionDeps,
  viewer: UserDto,
  cohortId: string,
  learnerId: string,
): Promise<SessionDto[]> {
  await admitToCohortLearner(deps, viewer, cohortId, learnerId, 'sessions_listed');
  return sessionsOf(deps, learnerId);
}

async function sessionsOf(deps: SessionDeps, userId: string): Promise<SessionDto[]> {
  const rows = await deps.stores.sessions.listOwnedSessions(userId);
  return Promise.all(
    rows.map(async (row) =>
      toSessionDto(row, deps.catalog.scenario(row.scenarioId), await deps.stores.sessions.lastTurn(row.id)),
    ),
  );
}

/**
 * The session with every turn, for its learner or whoever may read their data (see cohorts/access.ts); 404 for anyone
 * else, so ids reveal nothing.
 */
export async function getSession(
  deps: SessionDeps,
  viewer: UserDto,
  sessionId: string,
): Promise<SessionReadDto> {
  const row = await readableSession(deps, viewer, sessionId, 'session_viewed');
  const turnRows = await deps.stores.sessions.loadTurns(row.id);
  return {
    ...toSessionDto(row, deps.catalog.scenario(row.scenarioId), turnRows.at(-1)),
    turns: turnRows.map(toTurnDto),
    comments: await sessionComments(deps.stores, row.id),
  };
}

/**
 * Ends the session. One the learner opted out of, or ended before saying anything, is stored as left and never
 * graded; otherwise grading is queued in the same write. Ending twice is harmless and changes nothing.
 */
export async function endSession(
  deps: SessionDeps,
  user: UserDto,
  sessionId: string,
  options: { optOut?: boolean | undefined } = {},
): Promise<SessionDto> {
  const row = await deps.stores.sessions.findOwnedSession(user.id, sessionId);
  if (!row) throw errors.notFound('Session');
  const ended = row.status === 'ended' ? row : ((await endInOneWrite(deps, row.id, options)) ?? row);
  if (ended.leftReason === null) deps.onSessionEnded?.(row.id);
  return toSessionDto(
    ended,
    deps.catalog.scenario(row.scenarioId),
    await deps.stores.sessions.lastTurn(row.id),
  );
}

/** Ends an active session; the session events hear of it in the same write, only if this call ended it. */
function endInOneWrite(
  deps: SessionDeps,
  sessionId: string,
  options: { optOut?: boolean | undefined },
): Promise<PracticeSessionRow | undefined> {
  const end = (stores: Stores) =>
    stores.sessions.endSession(sessionId, deps.clock.now().toISOString(), (learnerSpoke) =>
      leftReasonAtEnd({ optOut: options.optOut === true, learnerSpoke }),
    );
  const events = deps.sessionEvents;
  if (!events) return end(deps.stores);
  return deps.stores.atomically(async (tx) => {
    const wasActive = (await tx.sessions.sessionStatus(sessionId)) === 'active';
    const ended = await end(tx);
    if (wasActive && ended?.status === 'ended') await events.ended(tx, ended);
    return ended;
  });
}
