// Wires the real dependencies (SQLite file, scenario files, clock, ids, logger) and starts listening.

import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import type { Config } from './config.ts';
import { checkScenarioRubrics } from './content/check-references.ts';
import { loadCharacterPrompts } from './content/load-character-prompts.ts';
import { loadRubricsOrThrow } from './content/load-rubrics.ts';
import { loadScenariosOrThrow } from './content/load-scenarios.ts';
import { openConfiguredDatabase } from './db/open-configured.ts';
import { errorForLog } from './error-for-log.ts';
import { buildJudge } from './grading/build-judge.ts';
import { copyMissingReportScores } from './instruction/report-scores.ts';
import { type Logger, randomIds, systemClock } from './ports.ts';
import { buildAudioProviders } from './providers/build-audio-providers.ts';
import { buildCharacterModel } from './providers/build-character-model.ts';
import { createStores } from './stores/drizzle/create-stores.ts';

/** How long an idle keep-alive connection stays open: longer than the 60 s that proxies and clients commonly use. */
const KEEP_ALIVE_MS = 65_000;

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts Bedside with the given configuration. Throws (before listening) on invalid scenario files. */
export async function launch(config: Config, logger: Logger): Promise<RunningServer> {
  const scenarios = loadScenariosOrThrow(config.scenariosDir);
  // Validated even without a model, so a broken template is caught before anyone configures one.
  const characterPrompts = loadCharacterPrompts(config.promptsDir);
  const llm = config.llm ? buildCharacterModel(config.llm, characterPrompts, systemClock) : null;
  const audio = buildAudioProviders(config.audio, systemClock);
  const rubrics = loadRubricsOrThrow(config.rubricsDir);
  checkScenarioRubrics(scenarios, rubrics);
  const judge = buildJudge(config.llm, config.promptsDir);
  const database = await openConfiguredDatabase(config);
  const stores = createStores(database);
  const { app, grading, xapi, injectWebSocket, closeLiveChannels } = createApp({
    stores,
    scenarios,
    clock: systemClock,
    ids: randomIds,
    logger,
    cookieSecure: config.cookieSecure,
    clientDist: config.clientDist,
    characterModel: llm?.characterModel,
    llmStatus: llm?.status,
    transcriber: audio.transcriber,
    synthesiser: audio.synthesiser,
    audioStatus: audio.status,
    rubrics,
    judge,
    turnLimits: config.turnLimits,
    auth: config.auth,
    registration: config.registration,
    xapi: config.xapi,
  });
  // Jobs left pending or running by a previous run resume now.
  grading.kick();
  // Statements queued before a stop (or by another instance) are sent now.
  xapi?.kick();
  // Reports stored before their scores were copied out for cohort aggregates get them now, in the background.
  const copyingScores = copyMissingReportScores(stores, logger).catch((error: unknown) =>
    logger.log('error', 'copying report scores failed', { error: errorForLog(error) }),
  );
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve(
      {
        fetch: app.fetch,
        hostname: config.host,
        port: config.port,
        // Idle connections are kept longer than clients and proxies keep theirs (commonly 60 s): a server that closes
        // first races a request sent on the closing socket, which the client sees as a reset connection.
        serverOptions: { keepAliveTimeout: KEEP_ALIVE_MS },
      },
      () => resolve(s),
    );
    s.once('error', reject);
  });
  injectWebSocket(server);
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  logger.log('info', 'bedside listening', {
    url: `http://${host}:${port}`,
    scenarios: scenarios.length,
    conversationEngine: llm ? 'llm' : 'offline',
    characterModel: config.llm?.characterModel ?? null,
    transcribeModel: config.audio?.transcribeModel ?? null,
    speechModel: config.audio?.speechModel ?? null,
  });
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          void grading
            .stop()
            .then(() => xapi?.stop())
            .then(() => copyingScores)
            .then(() => database.close())
            .then(resolve);
        });
        // Open keep-alive, streaming and WebSocket connections would otherwise hold close() open.
        closeLiveChannels();
        if ('closeAllConnections' in server)
          (server as { closeAllConnections(): void }).closeAllConnections();
      }),
  };
}
