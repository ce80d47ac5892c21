// Vitest global setup: one Postgres cluster for the whole run, its base URL published to the test workers in
// BEDSIDE_TEST_PG_URL (workers start after setup and inherit the environment). Tests call testPostgres().
// BEDSIDE_TEST_NO_POSTGRES=1 skips it.

import { type PostgresDatabases, startPostgres, TEST_PG_URL_ENV } from './postgres-server.ts';

let cluster: PostgresDatabases | undefined;

export async function setup(): Promise<void> {
  // The suite runner's browser process has no test that needs one.
  if (process.env.BEDSIDE_TEST_NO_POSTGRES === '1') return;
  cluster = await startPostgres();
  process.env[TEST_PG_URL_ENV] = cluster.baseUrl;
}

export async function teardown(): Promise<void> {
  delete process.env[TEST_PG_URL_ENV];
  await cluster?.stop();
  cluster = undefined;
}
