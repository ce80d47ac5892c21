// The composition root: createApp(deps) builds the whole HTTP app from its dependencies, with no globals.

import { createNodeWebSocket } from '@hono/node-ws';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { AuthSettings } from './auth/auth-settings.ts';
import type { RegistrationMode } from './cohorts/invite-registration.ts';
import type { TurnLimits } from './config.ts';
import type { Rubric } from './content/rubric-schema.ts';
import type { Scenario } from './content/scenario-schema.ts';
import { buildSceneCatalog } from './content/scene-catalog.ts';
import { errors } from './domain-errors.ts';
import { errorForLog } from './error-for-log.ts';
import { createGradingWorker, type GradingWorker } from './grading/grading-worker.ts';
import type { Judge } from './grading/judge.ts';
import { httpErrors, toApiError } from './http/api-error.ts';
import type { AppEnv } from './http/app-env.ts';
import { CONTENT_SECURITY_POLICY } from './http/content-security-policy.ts';
import { requireRole } from './http/require-role.ts';
import { requireUser } from './http/require-user.ts';
import { sameOriginWrites } from './http/same-origin.ts';
import { recordReportScores } from './instruction/report-scores.ts';
import { applyGradedSession } from './learning/progress.ts';
import { openApiRoutes } from './openapi/openapi-routes.ts';
import type { Clock, IdSource, Logger } from './ports.ts';
import { VAD_ASSETS_PATH, XR_PROFILES_PATH } from './protocol.ts';
import type { AudioStatus } from './providers/build-audio-providers.ts';
import type { LlmStatus } from './providers/build-character-model.ts';
import type { CharacterModel } from './providers/character-model.ts';
import type { Synthesiser } from './providers/synthesiser.ts';
import type { Transcriber } from './providers/transcriber.ts';
import { assignmentRoutes } from './routes/assignment-routes.ts';
import { auditRoutes } from './routes/audit-routes.ts';
import { authRoutes } from './routes/auth-routes.ts';
import { cohortRoutes } from './routes/cohort-routes.ts';
import { healthRoutes } from './routes/health-routes.ts';
import { cohortDashboardRoutes, graderRoutes, sessionAnnotationRoutes } from './routes/instruction-routes.ts';
import { learnerRoutes } from './routes/learner-routes.ts';
import { liveRoutes } from './routes/live-routes.ts';
import { meRoutes } from './routes/me-routes.ts';
import { reportRoutes } from './routes/report-routes.ts';
import { scenarioRoutes } from './routes/scenario-routes.ts';
import { sessionRoutes } from './routes/session-routes.ts';
import { staticClient } from './routes/static-client.ts';
import { userRoutes } from './routes/user-routes.ts';
import { vadAssetRoutes } from './routes/vad-assets.ts';
import { xrProfileRoutes } from './routes/xr-profiles.ts';
import { characterVoice } from './sessions/dto.ts';
import { createSessionMemoryCache } from './sessions/session-memory.ts';
import { createTurnRateLimiter } from './sessions/turn-rate-limit.ts';
import { instanceUsage, learnerUsage } from './sessions/usage.ts';
import type { Stores } from './stores/ports.ts';
import type { XapiConfig } from './xapi/xapi-config.ts';
import { createXapiRecorder } from './xapi/xapi-recorder.ts';
import { createXapiSender, type XapiSender } from './xapi/xapi-sender.ts';

export const MAX_BODY_BYTES = 64 * 1024;

export interface AppDeps {
  /** Where everything is kept: SQLite or Postgres behind the same stores. */
  stores: Stores;
  /** Names this process among the instances sharing the database (as holder of turns and grading leases). */
  instanceId?: string | undefined;
  scenarios: readonly Scenario[];
  clock: Clock;
  ids: IdSource;
  logger: Logger;
  cookieSecure: boolean;
  /** Folder of the built client; omitted in API-only tests. */
  clientDist?: string;
  /** Voices characters through a model; without it the offline engine speaks. */
  characterModel?: CharacterModel | undefined;
  /** The model's state for /healthz (circuit open or closed). */
  llmStatus?: (() => LlmStatus) | undefined;
  /** Turns spoken utterances into text; without it the live channel takes typed turns only. */
  transcriber?: Transcriber | undefined;
  /** Voices replies; without it the browser's own voices speak them. */
  synthesiser?: Synthesiser | undefined;
  /** Both audio sides' state for /healthz (configured, model, circuit). */
  audioStatus?: (() => AudioStatus) | undefined;
  rubrics: readonly Rubric[];
  /** Scores rubric items with a model; without it the detectors grade alone. */
  judge?: Judge | undefined;
  /** @default 200 learner turns a session, 30 turns a minute per learner */
  turnLimits?: TurnLimits | undefined;
  /** Sign-in limits and password hashing bounds. @default defaultAuthSettings() */
  auth?: AuthSettings | undefined;
  /** Who may register: anyone, or only with a cohort's invite code. @default 'open' */
  registration?: RegistrationMode | undefined;
  /** Where xAPI statements are sent; without it none are queued. */
  xapi?: XapiConfig | null | undefined;
}

export interface BedsideApp {
  app: Hono<AppEnv>;
  grading: GradingWorker;
  /** Sends queued xAPI statements; null when xAPI is not configured. */
  xapi: XapiSender | null;
  /** Attaches the live channel's WebSocket upgrades to the HTTP server once it exists. */
  injectWebSocket: ReturnType<typeof createNodeWebSocket>['injectWebSocket'];
  /** Drops every open live channel (on shutdown: upgraded sockets would hold the server open). */
  closeLiveChannels(): void;
}

/** The largest frame the live channel takes: a 60 s utterance at 48 kHz, 16-bit mono, plus its header. */
export const MAX_LIVE_FRAME_BYTES = 6 * 1024 * 1024;

export function createApp(deps: AppDeps): BedsideApp {
  const catalog = buildSceneCatalog(deps.scenarios);
  const instanceId = deps.instanceId ?? deps.ids.newId();
  const xapi = deps.xapi
    ? createXapiSender({
        ...deps,
        config: deps.xapi,
        instanceId,
        pollMs: Math.min(2000, Math.max(50, deps.xapi.retryMinMs)),
      })
    : null;
  const xapiRecorder = deps.xapi
    ? createXapiRecorder({
        activityBase: deps.xapi.activityBase,
        catalog,
        // After the write that queued them has (most likely) finished; the sender also polls.
        queued: () => setTimeout(() => xapi?.kick(), 20).unref(),
      })
    : null;
  // Subscribed to "session graded", in the write that stores the report: the learner model moves the ratings, the
  // report's scores are copied out for cohort aggregates, and the xAPI results are queued.
  const grading = createGradingWorker({
    ...deps,
    instanceId,
    catalog,
    onGraded: async (tx, session, report, at) => {
      await applyGradedSession(tx, session, report, at);
      await recordReportScores(tx, session, report);
      await xapiRecorder?.sessionGraded(tx, session, report, at);
    },
  });
  const services = {
    ...deps,
    catalog,
    instanceId,
    memory: createSessionMemoryCache(deps.stores.sessions),
    maxLearnerTurns: deps.turnLimits?.maxPerSession ?? 200,
    turnLimiter: createTurnRateLimiter(deps.turnLimits?.perMinute ?? 30, deps.clock),
    onSessionEnded: () => grading.kick(),
    sessionEvents: xapiRecorder
      ? { started: xapiRecorder.sessionStarted, ended: xapiRecorder.sessionEnded }
      : undefined,
    voiceOf: (scenarioId: string, characterId: string) => characterVoice(catalog, scenarioId, characterId),
  };
  const app = new Hono<AppEnv>();
  const { injectWebSocket, upgradeWebSocket, wss } = createNodeWebSocket({ app });
  // The ws default (100 MiB) is far above any utterance; a bigger frame closes the socket with 1009.
  wss.options.maxPayload = MAX_LIVE_FRAME_BYTES;

  // Time spent in the app before the response starts (for streams, before the first byte), for operators and benches.
  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    c.res.headers.set('Server-Timing', `app;dur=${(performance.now() - started).toFixed(2)}`);
  });
  app.use('*', secureHeaders({ contentSecurityPolicy: CONTENT_SECURITY_POLICY }));
  app.use('*', sameOriginWrites());
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw httpErrors.payloadTooLarge(MAX_BODY_BYTES);
      },
    }),
  );
  app.route('/healthz', healthRoutes(services));
  // The API's reference is public: registered before the sign-in check below.
  app.route('/', openApiRoutes(MAX_BODY_BYTES));
  app.route('/api/auth', authRoutes(services));
  const signedIn = requireUser(services);
  app.use('/api/*', async (c, next) => {
    if (c.req.path.startsWith('/api/auth/')) return next();
    return signedIn(c, next);
  });
  app.get('/api/me', (c) => c.json({ user: c.get('user') }));
  app.get('/api/me/usage', async (c) => c.json({ usage: await learnerUsage(deps.stores, c.get('user').id) }));
  app.get('/api/usage', requireRole('admin'), async (c) =>
    c.json({ usage: await instanceUsage(deps.stores) }),
  );
  app.route('/api/scenarios', scenarioRoutes(catalog));
  app.route('/api/me', meRoutes(services));
  app.route('/api/sessions', reportRoutes(services));
  app.route('/api/sessions', sessionAnnotationRoutes(services));
  app.route('/api/sessions', sessionRoutes(services));
  app.route('/api/sessions', liveRoutes(services, upgradeWebSocket));
  app.route('/api/users', userRoutes(services));
  app.route('/api/learners', learnerRoutes(services));
  app.route('/api/cohorts', cohortRoutes(services));
  app.route('/api/assignments', assignmentRoutes(services));
  app.route('/api/audit', auditRoutes(services));
  app.route('/api/cohorts', cohortDashboardRoutes(services));
  app.route('/api/grader', graderRoutes(services));
  app.all('/api/*', () => {
    throw errors.notFound('API route');
  });
  app.route(XR_PROFILES_PATH, xrProfileRoutes());
  app.route(VAD_ASSETS_PATH, vadAssetRoutes());
  if (deps.clientDist) app.route('/', staticClient(deps.clientDist));

  app.onError((error, c) => {
    const apiError = toApiError(error, MAX_BODY_BYTES);
    if (apiError.status >= 500) {
      deps.logger.log('error', 'request failed', {
        method: c.req.method,
        path: c.req.routePath,
        error: errorForLog(error),
      });
    }
    if (apiError.retryAfterSeconds !== undefined) c.header('Retry-After', String(apiError.retryAfterSeconds));
    // The unread rest of an oversized body would be drained or cut off: say so, so clients open a fresh connection.
    if (apiError.status === 413) c.header('Connection', 'close');
    return c.json({ error: { code: apiError.code, message: apiError.message } }, apiError.status);
  });
  const closeLiveChannels = () => {
    for (const socket of wss.clients) socket.terminate();
  };
  return { app, grading, xapi, injectWebSocket, closeLiveChannels };
}
