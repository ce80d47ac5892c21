// Comments on the turns of a learner's session: written by the learner's instructors (or an admin), read with the
// session by the learner and by whoever may read it.

import { errors } from '../domain-errors.ts';
import type { IdSource } from '../ports.ts';
import type { UserDto } from '../protocol.ts';
import type { CommentWithAuthor } from '../stores/instruction-ports.ts';
import type { Stores } from '../stores/ports.ts';
import type { CommentDto } from './instruction-types.ts';
import { annotatableSession, type InstructionDeps, recordAnnotation } from './session-standing.ts';

export function toCommentDto(row: CommentWithAuthor): CommentDto {
  return {
    id: row.id,
    turnIndex: row.turnIndex,
    text: row.text,
    createdAt: row.createdAt,
    authorName: row.authorName,
  };
}

/** Adds a comment on one of the session's turns; 404 (the session) for anyone who may not, 422 for a turn it lacks. */
export async function addComment(
  deps: InstructionDeps & { ids: IdSource },
  viewer: UserDto,
  sessionId: string,
  input: { turnIndex: number; text: string },
): Promise<CommentDto> {
  const session = await annotatableSession(deps, viewer, sessionId);
  if (!(await deps.stores.sessions.findTurn(session.id, input.turnIndex))) {
    throw errors.validation(`turnIndex: the session has no turn ${input.turnIndex}`);
  }
  // The comment and its audit record land together.
  const row = await deps.stores.atomically(async (tx) => {
    const stored = await tx.comments.addComment({
      id: deps.ids.newId(),
      sessionId: session.id,
      authorId: viewer.id,
      turnIndex: input.turnIndex,
      text: input.text,
      createdAt: deps.clock.now().toISOString(),
    });
    await recordAnnotation({ ...deps, stores: tx }, viewer, session, 'session_commented');
    return stored;
  });
  return toCommentDto({ ...row, authorName: viewer.name });
}

/** A session's comments, oldest first (the caller has already been let read the session). */
export async function sessionComments(stores: Stores, sessionId: string): Promise<CommentDto[]> {
  return (await stores.comments.forSession(sessionId)).map(toCommentDto);
}
