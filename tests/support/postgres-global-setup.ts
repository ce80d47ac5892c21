// Vitest global setup: one Postgres cluster for the whole run, its base URL published to the test workers in
// BEDSIDE_TEST_PG_URL (workers start after setup and inherit the environment). Tests call testPostgres().

import { type PostgresDatabases, startPostgres, TEST_PG_URL_ENV } from './postgres-server.ts';

let cluster: PostgresDatabases | undefined;

export async function setup(): Promise<void> {
  cluster = await startPostgres();
  process.env[TEST_PG_URL_ENV] = cluster.baseUrl;
}

export async function teardown(): Promise<void> {
  delete process.env[TEST_PG_URL_ENV];
  await cluster?.stop();
  cluster = undefined;
}
