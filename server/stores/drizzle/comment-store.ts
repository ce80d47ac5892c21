// Instructors' comments on the turns of a learner's session.

import { asc, eq } from 'drizzle-orm';
import type { CommentStore } from '../instruction-ports.ts';
import type { StoreContext } from './store-context.ts';

export function commentStore({ sql, t, writeOne }: StoreContext): CommentStore {
  const { sessionComments: comments, users, practiceSessions: sessions } = t;
  const withAuthor = () =>
    sql
      .select({ comment: comments, authorName: users.name })
      .from(comments)
      .leftJoin(users, eq(users.id, comments.authorId));
  const flat = (rows: { comment: typeof comments.$inferSelect; authorName: string | null }[]) =>
    rows.map(({ comment, authorName }) => ({ ...comment, authorName }));
  return {
    addComment: (comment) =>
      writeOne(async (tx) => {
        const [row] = await tx.insert(comments).values(comment).returning();
        if (!row) throw new Error('the comment was not stored');
        return row;
      }),
    forSession: async (sessionId) =>
      flat(
        await withAuthor()
          .where(eq(comments.sessionId, sessionId))
          .orderBy(asc(comments.createdAt), asc(comments.id)),
      ),
    forLearner: async (userId) =>
      flat(
        await sql
          .select({ comment: comments, authorName: users.name })
          .from(comments)
          .innerJoin(sessions, eq(sessions.id, comments.sessionId))
          .leftJoin(users, eq(users.id, comments.authorId))
          .where(eq(sessions.userId, userId))
          .orderBy(asc(comments.createdAt), asc(comments.id)),
      ),
  };
}
