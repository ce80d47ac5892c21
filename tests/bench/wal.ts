// bench:wal: how large SQLite's write-ahead log grows under sustained writes, and whether it shrinks afterwards.
// Opens a database the way the server does (openDatabase: WAL mode and its checkpointer), then writes rows of
// about 2 KB in small transactions for --seconds, with a short read between batches on a second connection.
// Prints the WAL's size every second, its peak, and its size after --idle-seconds without writes.
// --passive-only checkpoints as Bedside did before (PASSIVE only: no truncation past a size or when idle).
// Usage: npm run bench:wal [-- --seconds 20 --idle-seconds 5 --passive-only --json]

import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { openSqlite } from '../../server/db/open-sqlite.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' },
    'idle-seconds': { type: 'string', default: '5' },
    'passive-only': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const seconds = Number(values.seconds);
const idleSeconds = Number(values['idle-seconds']);
const log = (line: string) => {
  if (!values.json) console.log(line);
};

const dir = mkdtempSync(join(tmpdir(), 'bedside-wal-bench-'));
const path = join(dir, 'bedside.db');
const passiveOnly = { maxWalBytes: Number.POSITIVE_INFINITY, idleMs: Number.POSITIVE_INFINITY };
let truncations = 0;
const opened = openSqlite(path, {
  ...(values['passive-only'] ? { wal: passiveOnly } : {}),
  onWalTruncated: () => {
    truncations += 1;
  },
});
const writer = opened.client;
writer.exec('create table if not exists bench_load (id integer primary key, body text not null)');
const insert = writer.prepare('insert into bench_load (body) values (?)');
const writeBatch = writer.transaction((rows: number) => {
  for (let i = 0; i < rows; i += 1) insert.run('x'.repeat(2000));
});

const reader = new Database(path, { readonly: true });
const latest = reader.prepare('select id from bench_load order by id desc limit 1');

const walBytes = () => {
  try {
    return statSync(`${path}-wal`).size;
  } catch {
    return 0;
  }
};
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let peak = 0;
let rows = 0;
const started = Date.now();
let nextReport = started + 1000;
while (Date.now() - started < seconds * 1000) {
  writeBatch(20);
  rows += 20;
  latest.get();
  const now = Date.now();
  peak = Math.max(peak, walBytes());
  if (now >= nextReport) {
    log(`${((now - started) / 1000).toFixed(0)} s: WAL ${mb(walBytes())} MB, ${rows} rows written`);
    nextReport += 1000;
  }
  await sleep(1);
}
const atEnd = walBytes();
const dbBytes = statSync(path).size;
await sleep(idleSeconds * 1000);
const afterIdle = walBytes();
const result = {
  mode: values['passive-only'] ? 'passive-only' : 'bounded',
  seconds,
  truncations,
  rows,
  databaseMB: Number(mb(dbBytes)),
  walPeakMB: Number(mb(peak)),
  walAtEndMB: Number(mb(atEnd)),
  walAfterIdleMB: Number(mb(afterIdle)),
};
log(`database ${result.databaseMB} MB; WAL peak ${result.walPeakMB} MB, at the end ${result.walAtEndMB} MB,`);
log(`after ${idleSeconds} s idle ${result.walAfterIdleMB} MB; ${truncations} truncations`);
if (values.json) console.log(JSON.stringify(result));
reader.close();
await opened.close();
rmSync(dir, { recursive: true, force: true });
