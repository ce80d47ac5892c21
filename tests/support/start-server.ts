// Starts the real Bedside server on a free loopback port with its own database, for integration tests: a SQLite
// file, or with BEDSIDE_TEST_DATABASE=postgres (the suite's Postgres project) a fresh database on the test cluster.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../../server/config.ts';
import { launch } from '../../server/launch.ts';
import { jsonLogger, type Logger } from '../../server/ports.ts';
import { testPostgres } from './postgres-server.ts';

export interface TestServer {
  url: string;
  databasePath: string;
  /** The Postgres URL when the suite runs on Postgres; undefined on SQLite. */
  databaseUrl: string | undefined;
  stop(): Promise<void>;
}

/** Whether this run's servers keep their data in Postgres (the suite's Postgres project). */
export const onPostgres = process.env.BEDSIDE_TEST_DATABASE === 'postgres';

let cluster: ReturnType<typeof testPostgres> | undefined;
/** A fresh, empty Postgres database on this run's cluster. */
export async function freshPostgresDatabase(): Promise<string> {
  cluster ??= testPostgres();
  return (await cluster).createDatabase();
}

export interface StartOptions {
  databasePath?: string;
  /** A Postgres database to use (e.g. shared by two instances); on the Postgres project a fresh one by default. */
  databaseUrl?: string;
  scenariosDir?: string;
  /** Extra environment, e.g. OPENAI_API_KEY and OPENAI_BASE_URL pointing at the fake model server. */
  env?: Record<string, string>;
  /** Receives the server's log entries (as well as stderr at BEDSIDE_TEST_LOG's level), e.g. to check what is logged. */
  logger?: Logger;
}

export async function startServer(opts: StartOptions = {}): Promise<TestServer> {
  const databasePath = opts.databasePath ?? join(mkdtempSync(join(tmpdir(), 'bedside-test-')), 'bedside.db');
  const databaseUrl = opts.databaseUrl ?? (onPostgres ? await freshPostgresDatabase() : undefined);
  const config = readConfig({
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_PATH: databasePath,
    CLIENT_DIST: './client/dist',
    SCENARIOS_DIR: opts.scenariosDir ?? './prompts/scenarios',
    LOG_LEVEL: process.env.BEDSIDE_TEST_LOG ?? 'silent',
    // Tests take turns as fast as they can; the tests of the limit itself turn it back on.
    BEDSIDE_TURN_RATE_LIMIT: '0',
    // Every test comes from 127.0.0.1: the per-address sign-in limit is off unless a test of it sets one.
    BEDSIDE_LOGIN_ATTEMPTS_PER_ADDRESS: '0',
    BEDSIDE_REGISTRATIONS_PER_ADDRESS: '0',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...opts.env,
  });
  const stderr = jsonLogger(config.logLevel);
  const logger: Logger = opts.logger
    ? {
        log: (level, message, fields) => {
          opts.logger?.log(level, message, fields);
          stderr.log(level, message, fields);
        },
      }
    : stderr;
  const server = await launch(config, logger);
  return { url: server.url, databasePath, databaseUrl, stop: () => server.close() };
}

/** Starts Bedside with a key and `fake` as its OpenAI-compatible server for characters, judge and audio. */
export function startServerOnFake(
  fake: { url: string },
  env: Record<string, string> = {},
): Promise<TestServer> {
  return startServer({ env: { OPENAI_API_KEY: 'test-key-not-secret', OPENAI_BASE_URL: fake.url, ...env } });
}
