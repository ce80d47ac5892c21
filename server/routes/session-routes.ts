import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import { errors } from '../domain-errors.ts';
import { httpErrors, isKnownError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { readJson, readOptionalJson } from '../http/read-json.ts';
import type { TurnDto, TurnEvent } from '../protocol.ts';
import { endSession, getSession, listSessions, startSession } from '../sessions/session-service.ts';
import { startTurn, type TurnDeps } from '../sessions/take-turn.ts';

export const MAX_TURN_CHARS = 2000;

export const startBody = z.strictObject({
  scenarioId: z.string().min(1).max(100).optional(),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
});
/** Ending may carry `optOut: true`: the learner leaves without penalty (the session is never graded). */
export const endBody = z.strictObject({ optOut: z.boolean().optional() });
export const turnBody = z.strictObject({
  text: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(MAX_TURN_CHARS, `at most ${MAX_TURN_CHARS} characters`),
});

/** Routes under /api/sessions; the caller is already signed in. */
export function sessionRoutes(deps: TurnDeps) {
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json({ sessions: await listSessions(deps, c.get('user')) }))
    .post('/', async (c) => {
      const session = await startSession(deps, c.get('user'), await readJson(c, startBody));
      return c.json({ session }, 201);
    })
    .get('/:id', async (c) => c.json({ session: await getSession(deps, c.get('user'), c.req.param('id')) }))
    .post('/:id/end', async (c) => {
      const { optOut } = await readOptionalJson(c, endBody);
      const session = await endSession(deps, c.get('user'), c.req.param('id'), { optOut });
      // An ended session takes no more turns: what it remembered for them can go.
      deps.memory.forget(session.id);
      return c.json({ session });
    })
    .post('/:id/turns', async (c) => {
      const wantsStream = acceptsEventStream(c.req.header('accept'));
      const { text } = await readJson(c, turnBody);
      const turn = await startTurn(deps, c.get('user'), c.req.param('id'), text);
      if (!wantsStream) {
        const replies: TurnDto[] = [];
        for await (const event of turn.replies) if (event.type === 'turn') replies.push(event.turn);
        return c.json({ learnerTurn: turn.learnerTurn, replies });
      }
      return streamSSE(c, async (stream) => {
        let open = true;
        stream.onAbort(() => {
          open = false;
        });
        // Writes are queued, not awaited one by one, so a slow reader never delays the model call or the
        // storing of replies; the stream keeps their order and flushes them before it closes.
        let lastWrite: Promise<void> = Promise.resolve();
        const send = (event: TurnEvent) => {
          if (open)
            lastWrite = stream
              .writeSSE({ event: event.type, data: JSON.stringify(event) })
              .catch(() => undefined);
        };
        send({ type: 'turn', turn: turn.learnerTurn });
        try {
          // Run to the end even if the client left: replies are stored either way.
          for await (const event of turn.replies) send(event);
        } catch (error) {
          // The learner's words are already stored: a known error (a busy database) says truly what was kept.
          const failure = isKnownError(error) ? error : errors.internal(error);
          send({ type: 'error', error: { code: failure.code, message: failure.message } });
        }
        await lastWrite;
      });
    });
}

/** Chooses SSE only when the client asks for it; JSON is the default. */
function acceptsEventStream(accept: string | undefined): boolean {
  if (!accept) return false;
  if (/text\/event-stream/i.test(accept)) return true;
  if (/application\/json|\*\/\*|application\/\*/i.test(accept)) return false;
  throw httpErrors.notAcceptable();
}
