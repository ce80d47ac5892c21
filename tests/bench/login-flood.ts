// bench:login-flood: how much a burst of sign-ins slows everything else. The server runs as its own process;
// a probe fetches a static asset and an API route one at a time, first on an idle server, then while many
// clients sign in at once (correct passwords, so no limit refuses them: a class starting together).
// Usage: npx tsx tests/bench/login-flood.ts [-- --clients 50 --seconds 8 --json]

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ApiClient } from '../support/api-client.ts';
import { percentile, startServerProcess } from '../support/server-process.ts';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '8' },
    json: { type: 'boolean', default: false },
  },
});
const clients = Number(values.clients);
const floodMs = Number(values.seconds) * 1000;
const log = (line: string) => {
  if (!values.json) console.log(line);
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The largest built asset: the one a learner's browser waits for longest. */
function largestAsset(): string {
  const dir = join('client', 'dist', 'assets');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  if (files.length === 0) throw new Error('client/dist has no assets: run `npm run build` first');
  files.sort((a, b) => statSync(join(dir, b)).size - statSync(join(dir, a)).size);
  return `/assets/${files[0]}`;
}

interface Probe {
  assetMs: number[];
  apiMs: number[];
}

async function probe(url: string, asset: string, client: ApiClient, until: () => boolean): Promise<Probe> {
  const result: Probe = { assetMs: [], apiMs: [] };
  while (!until()) {
    let started = performance.now();
    const res = await fetch(url + asset);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`asset answered ${res.status}`);
    result.assetMs.push(performance.now() - started);
    started = performance.now();
    if ((await client.get('/api/me')).status !== 200) throw new Error('/api/me failed');
    result.apiMs.push(performance.now() - started);
    await sleep(50);
  }
  return result;
}

const summary = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50Ms: Math.round(percentile(sorted, 50) * 10) / 10,
    p99Ms: Math.round(percentile(sorted, 99) * 10) / 10,
    maxMs: Math.round((sorted.at(-1) ?? Number.NaN) * 10) / 10,
  };
};

const server = await startServerProcess({
  BEDSIDE_LOGIN_ATTEMPTS_PER_ACCOUNT: '0',
  BEDSIDE_LOGIN_ATTEMPTS_PER_ADDRESS: '0',
});
try {
  const asset = largestAsset();
  const email = 'flood@example.org';
  const password = 'a slow bench passphrase';
  const prober = new ApiClient(server.url);
  const registered = await prober.register('probe@example.org', 'Probe', password);
  if (registered.status !== 201) throw new Error(`register failed: ${JSON.stringify(registered.body)}`);
  await new ApiClient(server.url).register(email, 'Flood', password);

  log(`server at ${server.url}; probing ${asset} and /api/me idle for 3 s…`);
  const idleEnd = performance.now() + 3000;
  const idle = await probe(server.url, asset, prober, () => performance.now() > idleEnd);

  log(`now ${clients} clients sign in as fast as they can for ${floodMs / 1000} s…`);
  const floodEnd = performance.now() + floodMs;
  const loginMs: number[] = [];
  const statuses = new Map<number, number>();
  const flooders = Array.from({ length: clients }, async () => {
    const client = new ApiClient(server.url);
    while (performance.now() < floodEnd) {
      const started = performance.now();
      const res = await client.post('/api/auth/login', { email, password });
      loginMs.push(performance.now() - started);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    }
  });
  await sleep(300); // let the flood build up before probing
  const flooded = await probe(server.url, asset, prober, () => performance.now() > floodEnd);
  await Promise.all(flooders);

  const result = {
    clients,
    seconds: floodMs / 1000,
    asset,
    idleAsset: summary(idle.assetMs),
    idleApi: summary(idle.apiMs),
    floodAsset: summary(flooded.assetMs),
    floodApi: summary(flooded.apiMs),
    logins: summary(loginMs),
    loginsPerSecond: Math.round((loginMs.length / (floodMs / 1000)) * 10) / 10,
    loginStatuses: Object.fromEntries(statuses),
    peakRssMb: server.peakRssMb(),
  };
  if (values.json) console.log(JSON.stringify(result));
  else {
    const line = (name: string, s: ReturnType<typeof summary>) =>
      `${name.padEnd(22)} n=${s.n} p50 ${s.p50Ms} ms, p99 ${s.p99Ms} ms, max ${s.maxMs} ms`;
    log(line('asset, idle', result.idleAsset));
    log(line('/api/me, idle', result.idleApi));
    log(line('asset, during flood', result.floodAsset));
    log(line('/api/me, during flood', result.floodApi));
    log(line('login', result.logins));
    log(`logins/s ${result.loginsPerSecond}; statuses ${JSON.stringify(result.loginStatuses)}`);
  }
} finally {
  server.stop();
}
