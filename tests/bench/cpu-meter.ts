// CPU seconds spent during a bench, by the bench's own processes and by the whole machine (Linux /proc), so a
// run disturbed by other work on the same cores can be seen in its figures instead of mistaken for Bedside's.

import { readFileSync } from 'node:fs';

/** Linux reports CPU times in clock ticks; 100 per second on every mainstream kernel config. */
const TICKS_PER_SECOND = 100;

export interface CpuReading {
  /** Busy seconds of all cores (user, nice, system, irq, softirq). */
  machineBusyS: number;
  /** Seconds the hypervisor ran something else while a core of ours wanted to run. */
  machineStealS: number;
  /** Busy seconds per watched process id. */
  byPid: Map<number, number>;
}

export interface CpuSpent {
  machineBusyS: number;
  machineStealS: number;
  /** Busy seconds of each watched process, by the name it was given. */
  processes: Record<string, number>;
  /** Machine busy time not spent by the watched processes: other work competing for the same cores. */
  othersS: number;
}

/** Watches named processes; `read()` then `spentSince(reading)` gives what was used in between. */
export function cpuMeter(pids: Record<string, number | undefined>) {
  const read = (): CpuReading => {
    const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1);
    const tick = (i: number) => Number(fields[i] ?? 0);
    const byPid = new Map<number, number>();
    for (const pid of Object.values(pids)) if (pid !== undefined) byPid.set(pid, processTicks(pid));
    return {
      machineBusyS: (tick(0) + tick(1) + tick(2) + tick(5) + tick(6)) / TICKS_PER_SECOND,
      machineStealS: tick(7) / TICKS_PER_SECOND,
      byPid: new Map([...byPid].map(([pid, ticks]) => [pid, ticks / TICKS_PER_SECOND])),
    };
  };
  return {
    read,
    spentSince(before: CpuReading): CpuSpent {
      const after = read();
      const processes: Record<string, number> = {};
      let ours = 0;
      for (const [name, pid] of Object.entries(pids)) {
        if (pid === undefined) continue;
        const spent = (after.byPid.get(pid) ?? 0) - (before.byPid.get(pid) ?? 0);
        processes[name] = round(spent);
        ours += spent;
      }
      const machineBusyS = after.machineBusyS - before.machineBusyS;
      return {
        machineBusyS: round(machineBusyS),
        machineStealS: round(after.machineStealS - before.machineStealS),
        processes,
        othersS: round(Math.max(0, machineBusyS - ours)),
      };
    },
  };
}

/** A process's own user and system ticks (not its reaped children's). */
function processTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces; the fields after its closing parenthesis are fixed.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(rest[11] ?? 0) + Number(rest[12] ?? 0);
  } catch {
    return 0;
  }
}

const round = (n: number) => Math.round(n * 100) / 100;
