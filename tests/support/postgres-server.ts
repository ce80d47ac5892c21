// A throwaway Postgres cluster for a test run: one server in a temporary folder, a fresh empty database per test.
// Built for speed, not durability (no fsync). Postgres refuses to run as root, so under root (as in CI) its
// programs run as the `postgres` system user.

import { type SpawnOptions, spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, readdirSync, readFileSync, rmSync } from 'node:fs';
import { appendFile, chown, mkdtemp, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import pg from 'pg';

/** Where the shared cluster's base URL is published for test workers (see postgres-global-setup.ts). */
export const TEST_PG_URL_ENV = 'BEDSIDE_TEST_PG_URL';

/** Databases on a running cluster. */
export interface PostgresDatabases {
  /** The cluster's maintenance database, postgres://postgres@127.0.0.1:<port>/postgres. */
  baseUrl: string;
  /** URL of the database `dbName` on this cluster. */
  url(dbName: string): string;
  /** Creates a new empty database and returns its URL. */
  createDatabase(): Promise<string>;
  /** Stops the cluster if this handle started it; otherwise only lets go of its connection. */
  stop(): Promise<void>;
}

/** Settings for a server whose data may be lost: a test cluster, rebuilt on every run. */
const THROWAWAY_SETTINGS = {
  listen_addresses: "'127.0.0.1'",
  fsync: 'off',
  synchronous_commit: 'off',
  full_page_writes: 'off',
  autovacuum: 'off',
  jit: 'off',
  // Parallel test files each open pools of up to ten connections.
  max_connections: '300',
};

/** Starts one cluster (initdb into a temporary folder, then pg_ctl start) on a free port of 127.0.0.1. */
export async function startPostgres(): Promise<PostgresDatabases> {
  const initdb = findPostgresProgram('initdb');
  const pgCtl = findPostgresProgram('pg_ctl');
  const owner = process.getuid?.() === 0 ? postgresUser() : undefined;
  const dir = await mkdtemp(join(tmpdir(), 'bedside-pg-'));
  if (owner) await chown(dir, owner.uid, owner.gid);
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  const run = (program: string, args: string[]) => runProgram(program, args, { cwd: dir, ...owner });
  const removeAll = () => {
    spawnSync(pgCtl, ['stop', '-D', data, '-m', 'immediate', '-w'], { cwd: dir, stdio: 'ignore', ...owner });
    rmSync(dir, { recursive: true, force: true });
  };
  // A run that dies before stop() would leave a server behind; this takes it down with the process.
  process.once('exit', removeAll);
  try {
    await run(initdb, ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    const settings = { ...THROWAWAY_SETTINGS, unix_socket_directories: `'${dir.replaceAll("'", "''")}'` };
    const lines = Object.entries(settings).map(([name, value]) => `${name} = ${value}`);
    await appendFile(join(data, 'postgresql.conf'), `\n${lines.join('\n')}\n`);
    const port = await startOnFreePort((p) =>
      run(pgCtl, ['start', '-D', data, '-l', log, '-w', '-o', `-p ${p}`]),
    );
    const databases = postgresAt(`postgres://postgres@127.0.0.1:${port}/postgres`);
    return {
      ...databases,
      stop: async () => {
        await databases.stop();
        process.removeListener('exit', removeAll);
        await run(pgCtl, ['stop', '-D', data, '-m', 'immediate', '-w']).catch(() => {});
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    const tail = await readFile(log, 'utf8').then(
      (text) => text.split('\n').slice(-15).join('\n'),
      () => '',
    );
    process.removeListener('exit', removeAll);
    removeAll();
    throw new Error(`test Postgres did not start${tail ? `; server log ends:\n${tail}` : ''}`, {
      cause: error,
    });
  }
}

/** Databases on a cluster that is already running (the shared one, from a worker); stop() leaves it running. */
export function postgresAt(baseUrl: string): PostgresDatabases {
  let admin: pg.Pool | undefined;
  let made = 0;
  const url = (dbName: string) => {
    const next = new URL(baseUrl);
    next.pathname = `/${encodeURIComponent(dbName)}`;
    return next.toString();
  };
  return {
    baseUrl,
    url,
    createDatabase: async () => {
      admin ??= new pg.Pool({ connectionString: baseUrl, max: 1 });
      made += 1;
      const name = `bedside_${process.pid}_${made}_${Math.random().toString(36).slice(2, 8)}`;
      await admin.query(`create database "${name}"`);
      return url(name);
    },
    stop: async () => {
      await admin?.end();
      admin = undefined;
    },
  };
}

/** The run's shared cluster when global setup published one, else a cluster of this file's own. */
export async function testPostgres(): Promise<PostgresDatabases> {
  const shared = process.env[TEST_PG_URL_ENV];
  return shared ? postgresAt(shared) : startPostgres();
}

/** The program from PATH, else from the newest Debian install under /usr/lib/postgresql. */
function findPostgresProgram(name: string): string {
  const onPath = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  const debian = safeReaddir('/usr/lib/postgresql')
    .filter((version) => /^\d+$/.test(version))
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => `/usr/lib/postgresql/${version}/bin`);
  for (const folder of [...onPath, ...debian]) {
    const candidate = join(folder, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {}
  }
  throw new Error(
    `${name} not found on PATH or under /usr/lib/postgresql: install Debian's postgresql package`,
  );
}

function safeReaddir(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

/** uid and gid of the `postgres` system user, from /etc/passwd. */
function postgresUser(): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (!uid || !gid)
    throw new Error('running as root and no postgres user exists: Postgres will not run as root');
  return { uid: Number(uid), gid: Number(gid) };
}

/** Runs a program to completion; rejects with its output when it fails. */
function runProgram(program: string, args: string[], options: SpawnOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${program} exited with ${code}: ${output.trim()}`)),
    );
  });
}

/** Starts on a port the kernel just handed out; another process may take it first, so a few tries. */
async function startOnFreePort(start: (port: number) => Promise<void>): Promise<number> {
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    try {
      await start(port);
      return port;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
