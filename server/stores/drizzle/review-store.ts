// Instructors' reviews of the grader's item scores, and how often they agree with it.

import { asc, count, eq, sql as raw } from 'drizzle-orm';
import type { ItemReviewRow, ReviewStore } from '../instruction-ports.ts';
import type { StoreContext } from './store-context.ts';

export function reviewStore({ sql, t, writeOne }: StoreContext): ReviewStore {
  const { itemReviews: reviews, users, practiceSessions: sessions } = t;
  const flat = (rows: { review: ItemReviewRow; reviewerName: string | null }[]) =>
    rows.map(({ review, reviewerName }) => ({ ...review, reviewerName }));
  return {
    saveReview: (review) =>
      writeOne(async (tx) => {
        const { id: _id, createdAt: _created, sessionId, rubricId, itemId, reviewerId, ...verdict } = review;
        const [row] = await tx
          .insert(reviews)
          .values(review)
          .onConflictDoUpdate({
            target: [reviews.sessionId, reviews.rubricId, reviews.itemId, reviews.reviewerId],
            set: verdict,
          })
          .returning();
        if (!row) throw new Error('the review was not stored');
        return row;
      }),
    forSession: async (sessionId) =>
      flat(
        await sql
          .select({ review: reviews, reviewerName: users.name })
          .from(reviews)
          .leftJoin(users, eq(users.id, reviews.reviewerId))
          .where(eq(reviews.sessionId, sessionId))
          .orderBy(asc(reviews.createdAt), asc(reviews.id)),
      ),
    forLearner: async (userId) =>
      flat(
        await sql
          .select({ review: reviews, reviewerName: users.name })
          .from(reviews)
          .innerJoin(sessions, eq(sessions.id, reviews.sessionId))
          .leftJoin(users, eq(users.id, reviews.reviewerId))
          .where(eq(sessions.userId, userId))
          .orderBy(asc(reviews.createdAt), asc(reviews.id)),
      ),
    agreement: async () => {
      const rows = await sql
        .select({
          rubricId: reviews.rubricId,
          itemId: reviews.itemId,
          reviewed: count(),
          agreed: raw<number | string>`count(case when ${reviews.agree} then 1 end)`,
        })
        .from(reviews)
        .groupBy(reviews.rubricId, reviews.itemId)
        .orderBy(asc(reviews.rubricId), asc(reviews.itemId));
      return rows.map((row) => ({ ...row, reviewed: Number(row.reviewed), agreed: Number(row.agreed) }));
    },
  };
}
