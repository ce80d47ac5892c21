// The environment, read and validated once at start-up (only main.ts and the CLI call this).

import { z } from 'zod';

const configSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_PATH: z.string().min(1).default('./data/bedside.db'),
  /** Set to "true" when served over HTTPS so the session cookie is marked Secure. */
  COOKIE_SECURE: z.enum(['true', 'false']).default('false'),
  /** Where the built client lives; the server serves it when present. */
  CLIENT_DIST: z.string().min(1).default('./client/dist'),
  SCENARIOS_DIR: z.string().min(1).default('./prompts/scenarios'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export interface Config {
  host: string;
  port: number;
  databasePath: string;
  cookieSecure: boolean;
  clientDist: string;
  scenariosDir: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

/** Validates the environment; throws one message naming every bad variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  const e = parsed.data;
  return {
    host: e.HOST,
    port: e.PORT,
    databasePath: e.DATABASE_PATH,
    cookieSecure: e.COOKIE_SECURE === 'true',
    clientDist: e.CLIENT_DIST,
    scenariosDir: e.SCENARIOS_DIR,
    logLevel: e.LOG_LEVEL,
  };
}
