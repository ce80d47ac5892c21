// Starts Bedside as its own process (as in production) for benches, and reads its peak memory.

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  peakRssMb(): number;
  stop(): void;
}

export interface ServerProcessOptions {
  /**
   * Receives each JSON log line the server writes on stderr, parsed; other stderr lines still reach this
   * process's stderr. Without it the server's stderr is simply inherited.
   */
  onLogEntry?: (entry: Record<string, unknown>) => void;
}

/** `BENCH_SERVER_NODE_ARGS` passes flags such as --cpu-prof to the server's node. */
export async function startServerProcess(
  env: Record<string, string> = {},
  options: ServerProcessOptions = {},
): Promise<ServerProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'bedside-bench-'));
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, 'server/bin.mjs', 'start'], {
    // Benches measure the server flat out: the per-learner turn limit is off unless a bench sets it.
    env: {
      ...process.env,
      PORT: '0',
      DATABASE_PATH: join(dir, 'bench.db'),
      LOG_LEVEL: 'error',
      BEDSIDE_TURN_RATE_LIMIT: '0',
      BEDSIDE_REGISTRATIONS_PER_ADDRESS: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', options.onLogEntry ? 'pipe' : 'inherit'],
  });
  const { onLogEntry } = options;
  if (onLogEntry && child.stderr) {
    createInterface({ input: child.stderr }).on('line', (line) => {
      const entry = parseLogLine(line);
      if (entry) onLogEntry(entry);
      else process.stderr.write(`${line}\n`);
    });
  }
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return {
    url,
    child,
    peakRssMb: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
      return Math.round((kb / 1024) * 10) / 10;
    },
    stop: () => child.kill('SIGTERM'),
  };
}

/** A JSON object log line, or null for anything else (a stack trace, a warning from node). */
function parseLogLine(line: string): Record<string, unknown> | null {
  if (!line.startsWith('{')) return null;
  try {
    const parsed: unknown = JSON.parse(line);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** The p-th percentile (nearest rank) of ascending numbers. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}
