// Ports for the unpredictable edges the core depends on; main.ts wires the real ones, tests may script them.

import { randomUUID } from 'node:crypto';

export interface Clock {
  now(): Date;
}

export interface IdSource {
  newId(): string;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/**
 * Structured logger. Messages are fixed strings; anything personal (names, transcript text) goes only under
 * the `personal` field, which production logging drops unless asked.
 */
export interface Logger {
  log(level: LogLevel, message: string, fields?: Record<string, unknown> & { personal?: unknown }): void;
}

export const systemClock: Clock = { now: () => new Date() };
export const randomIds: IdSource = { newId: () => randomUUID() };

const LEVEL_ORDER: Record<LogLevel | 'silent', number> = {
  debug: 10,
  info: 20,
  warn: 30,
  error: 40,
  silent: 99,
};

/** JSON lines on stderr; `personal` fields are dropped unless `includePersonal` is set. */
export function jsonLogger(minLevel: LogLevel | 'silent', includePersonal = false): Logger {
  return {
    log(level, message, fields = {}) {
      if (LEVEL_ORDER[level] < LEVEL_ORDER[minLevel]) return;
      const { personal, ...rest } = fields;
      const entry = {
        time: new Date().toISOString(),
        level,
        message,
        ...rest,
        ...(includePersonal ? { personal } : {}),
      };
      process.stderr.write(`${JSON.stringify(entry)}\n`);
    },
  };
}
