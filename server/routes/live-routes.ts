// The live channel, `GET /api/sessions/:id/live`: a WebSocket carrying typed and spoken turns in, and reply text,
// audio and affect out (see LiveServerEvent and LiveClientMessage in protocol.ts). Access is checked before the
// upgrade, so a refusal is an ordinary HTTP status; frames are validated here and handed to the live conversation.

import { Hono } from 'hono';
import type { UpgradeWebSocket, WSContext } from 'hono/ws';
import { z } from 'zod';
import { errors } from '../domain-errors.ts';
import { httpErrors } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { isCrossSite } from '../http/same-origin.ts';
import { type LiveConversation, type LiveDeps, openLiveConversation } from '../live/live-conversation.ts';
import type { LiveClientMessage, LiveServerEvent } from '../protocol.ts';
import type { PracticeSessionRow } from '../stores/ports.ts';
import { MAX_TURN_CHARS } from './session-routes.ts';

/** Largest JSON frame: a typed turn at its limit, with room for escaping. */
const MAX_TEXT_FRAME_BYTES = 16 * 1024;

export const clientMessage = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('text'),
    text: z.string().trim().min(1, 'must not be empty').max(MAX_TURN_CHARS),
    spoken: z.boolean().optional(),
  }),
  z.strictObject({
    type: z.literal('heard'),
    index: z.number().int().min(0),
    ms: z.number().min(0).max(600_000),
    chars: z.number().int().min(0).optional(),
  }),
  z.strictObject({
    type: z.literal('timing'),
    turn: z.number().int().min(0),
    endToPlaybackMs: z.number().min(0).max(600_000),
  }),
]) satisfies z.ZodType<LiveClientMessage>;

/** The session checked before the upgrade, handed to the WebSocket's handlers. */
type LiveEnv = AppEnv & { Variables: { session: PracticeSessionRow } };

/** Routes under /api/sessions; the caller is already signed in. */
export function liveRoutes(deps: LiveDeps, upgradeWebSocket: UpgradeWebSocket) {
  return new Hono<LiveEnv>().get(
    '/:id/live',
    async (c, next) => {
      if (c.req.header('upgrade')?.toLowerCase() !== 'websocket') throw httpErrors.upgradeRequired();
      // Browsers send cookies with cross-site WebSocket requests: only this site's pages may open the channel.
      // The same test as every state-changing request (Origin, else Sec-Fetch-Site; a proxy's forwarded host).
      if (isCrossSite(c.req.raw.headers)) throw httpErrors.crossOrigin();
      const session = await deps.stores.sessions.findOwnedSession(c.get('user').id, c.req.param('id'));
      if (!session) throw errors.notFound('Session');
      if (session.status !== 'active') throw errors.sessionEnded();
      c.set('session', session);
      await next();
    },
    upgradeWebSocket((c) => {
      const user = c.get('user');
      const session: PracticeSessionRow = c.get('session');
      let conversation: LiveConversation | null = null;
      return {
        onOpen(_event, ws) {
          const send = (event: LiveServerEvent) => {
            if (ws.readyState === 1) ws.send(JSON.stringify(event));
          };
          conversation = openLiveConversation(deps, user, session.id, session.scenarioId, send);
          send({
            type: 'ready',
            transcription: Boolean(deps.transcriber),
            synthesis: Boolean(deps.synthesiser),
          });
        },
        onMessage(event, ws) {
          if (conversation) void dispatch(conversation, event.data, ws);
        },
        onClose() {
          conversation?.close();
        },
      };
    }),
  );
}

async function dispatch(conversation: LiveConversation, data: unknown, ws: WSContext): Promise<void> {
  if (data instanceof ArrayBuffer) return conversation.utterance(new Uint8Array(data));
  if (typeof data !== 'string' || data.length > MAX_TEXT_FRAME_BYTES) {
    return sendInvalid(ws, 'Send JSON text frames, or one binary frame per spoken utterance.');
  }
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return sendInvalid(ws, 'That frame is not valid JSON.');
  }
  const parsed = clientMessage.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return sendInvalid(
      ws,
      `Invalid message: ${issue?.path.join('.') || 'type'}: ${issue?.message ?? 'unknown'}`,
    );
  }
  const message = parsed.data;
  switch (message.type) {
    case 'text':
      return conversation.text(message.text, message.spoken ?? false);
    case 'heard':
      return conversation.heard(message.index, message.ms, message.chars);
    case 'timing':
      return conversation.timing(message.turn, message.endToPlaybackMs);
    default:
      return message satisfies never;
  }
}

function sendInvalid(ws: WSContext, message: string): void {
  const error = errors.invalidMessage(message);
  const event: LiveServerEvent = { type: 'error', error: { code: error.code, message: error.message } };
  ws.send(JSON.stringify(event));
}
