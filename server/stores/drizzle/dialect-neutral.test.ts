// The stores are written once for SQLite and Postgres: they may only await drizzle's builders. `.get()`, `.all()`
// and `.run()` exist on SQLite's alone, and the type system (which sees SQLite's types) would not catch them.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = import.meta.dirname;

describe('the drizzle stores', () => {
  it('use no query method that only SQLite has', () => {
    const offenders = readdirSync(DIR)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .flatMap((file) =>
        readFileSync(join(DIR, file), 'utf8')
          .split('\n')
          .flatMap((line, i) =>
            /\.(get|all|run)\(\)/.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
          ),
      );
    expect(offenders).toEqual([]);
  });
});
