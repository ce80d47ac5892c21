// The learner's own data: all of it as JSON, and the deletion of their account with everything that is theirs.
// Their instructors keep only anonymised aggregates (score bands per rubric item, with no name, session or date).

import { recordRead } from '../audit/audit-log.ts';
import { type AuthDeps, admitOrLog, type SignInDeps, verifyCounted } from '../auth/auth-service.ts';
import type { SceneCatalog } from '../content/scene-catalog.ts';
import { errors } from '../domain-errors.ts';
import { toCommentDto } from '../instruction/comments.ts';
import { toReviewDto } from '../instruction/reviews.ts';
import type { UserDto } from '../protocol.ts';
import { toSessionDto, toTurnDto } from '../sessions/dto.ts';
import type { LearnerExportDto } from './privacy-types.ts';

/** Everything about the caller: account (no password hash), sessions with turns, reports, comments and reviews,
 * ratings with their history, cohorts joined. */
export async function exportLearnerData(
  deps: AuthDeps & { catalog: SceneCatalog },
  user: UserDto,
): Promise<LearnerExportDto> {
  const { stores } = deps;
  const account = await stores.accounts.findById(user.id);
  if (!account) throw errors.unauthenticated();
  const [sessions, reports, comments, reviews, skills, history, cohorts] = await Promise.all([
    stores.sessions.listOwnedSessions(user.id),
    stores.learnerData.reports(user.id),
    stores.comments.forLearner(user.id),
    stores.reviews.forLearner(user.id),
    stores.ratings.skillRatings(user.id),
    stores.ratings.history(user.id),
    stores.cohorts.listJoined(user.id),
  ]);
  const reportOf = new Map(reports.map((r) => [r.sessionId, r.status === 'done' ? r.report : null]));
  const withTurns = [];
  // Oldest first, one session at a time: an export is rare, and a learner's sessions are few.
  for (const row of [...sessions].reverse()) {
    const turns = await stores.sessions.loadTurns(row.id);
    withTurns.push({
      ...toSessionDto(row, deps.catalog.scenario(row.scenarioId), turns.at(-1)),
      turns: turns.map(toTurnDto),
      report: reportOf.get(row.id) ?? null,
      comments: comments.filter((c) => c.sessionId === row.id).map(toCommentDto),
      reviews: reviews.filter((r) => r.sessionId === row.id).map(toReviewDto),
    });
  }
  return {
    exportedAt: deps.clock.now().toISOString(),
    account: {
      id: account.id,
      email: account.email,
      name: account.name,
      role: account.role,
      createdAt: account.createdAt,
    },
    sessions: withTurns,
    ratings: {
      skills: skills.map(({ userId: _user, ...rest }) => rest),
      history: history.map(({ id: _id, userId: _user, ...rest }) => rest),
    },
    cohorts: cohorts.map((c) => ({ id: c.id, name: c.name, createdAt: c.createdAt })),
  };
}

/**
 * Deletes the caller's account after checking their password (counted like a sign-in): sessions, turns, reports,
 * ratings, memberships and queued xAPI statements go with it, in one write that also folds their scores into their
 * cohorts' anonymised aggregates and records who deleted an account, and when. 401 for a wrong password; 409
 * `last_admin` for the only admin.
 */
export async function deleteOwnAccount(
  deps: SignInDeps,
  user: UserDto,
  input: { password: string; addressKey: string },
): Promise<void> {
  const attempt = { accountKey: user.email, addressKey: input.addressKey };
  await admitOrLog(deps, attempt, 'account deletion refused: too many failed attempts', {
    userId: user.id,
    personal: { address: input.addressKey },
  });
  const row = await deps.stores.accounts.findById(user.id);
  if (!row) throw errors.unauthenticated();
  if (!(await verifyCounted(deps, attempt, input.password, row.passwordHash))) {
    await deps.guard.failed(attempt);
    throw errors.badCredentials();
  }
  await deps.guard.succeeded(attempt);
  await deps.stores.atomically(async (tx) => {
    await tx.scores.retainAnonymised(user.id);
    const outcome = await tx.learnerData.deleteAccount(user.id);
    // Thrown inside the write, so the aggregates folded above are not kept either.
    if (outcome === 'last_admin') throw errors.lastAdmin();
    if (outcome === 'not_found') throw errors.unauthenticated();
    await recordRead(
      { stores: tx, clock: deps.clock },
      { actorId: user.id, action: 'account_deleted', subjectUserId: user.id, targetId: user.id },
    );
  });
  deps.logger.log('info', 'account deleted', { userId: user.id });
}
