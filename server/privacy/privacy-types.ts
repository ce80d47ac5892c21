// The wire type of a learner's own data (`GET /api/me/export`). Re-exported by `server/protocol.ts`.

import type { CommentDto, ItemReviewDto } from '../instruction/instruction-types.ts';
import type { Role, SessionDto, TurnDto } from '../protocol.ts';

/** Everything Bedside holds about the signed-in person, as JSON. */
export interface LearnerExportDto {
  exportedAt: string;
  /** The account, without its password hash. */
  account: { id: string; email: string; name: string; role: Role; createdAt: string };
  sessions: (SessionDto & {
    turns: TurnDto[];
    /** The graded report as stored (null while grading, or for a session left ungraded). */
    report: Record<string, unknown> | null;
    comments: CommentDto[];
    reviews: ItemReviewDto[];
  })[];
  ratings: {
    skills: { skill: string; rating: number; uncertainty: number; sessions: number; updatedAt: string }[];
    history: {
      skill: string;
      rating: number;
      uncertainty: number;
      outcome: number | null;
      sessionId: string | null;
      at: string;
    }[];
  };
  cohorts: { id: string; name: string; createdAt: string }[];
}
