// bench:turns: N concurrent simulated learners converse through the HTTP API against the offline engine.
// The server runs as its own process (as in production), so client work does not distort its latency.
// Each learner pauses 0.5–1.5 × think-ms between turns, as a person reading and answering would (real learners
// take several seconds); --think-ms 0 measures saturation instead. Latency is measured at the client (HTTP
// included, and the 100 clients share this process) and, from the Server-Timing header, inside the server. BENCH_SERVER_NODE_ARGS passes flags such as
// --cpu-prof to the server process.
// Usage: npm run bench:turns [-- --learners 100 --turns 20 --think-ms 1000 --json]

import { parseArgs } from 'node:util';
import { ApiClient } from '../support/api-client.ts';
import { SCRIPTS } from '../support/conversation-scripts.ts';
import { percentile, startServerProcess } from '../support/server-process.ts';

const { values } = parseArgs({
  options: {
    learners: { type: 'string', default: '100' },
    turns: { type: 'string', default: '20' },
    'think-ms': { type: 'string', default: '1000' },
    json: { type: 'boolean', default: false },
  },
});
const learners = Number(values.learners);
const turnsPerLearner = Number(values.turns);
const thinkMs = Number(values['think-ms']);
const log = (line: string) => {
  if (!values.json) console.log(line);
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function runLearner(
  client: ApiClient,
  n: number,
  latencies: number[],
  serverMs: number[],
): Promise<void> {
  const scenarioIds = Object.keys(SCRIPTS);
  const scenarioId = scenarioIds[n % scenarioIds.length] as string;
  const script = SCRIPTS[scenarioId] as string[];
  let sessionId = '';
  for (let turn = 0; turn < turnsPerLearner; turn++) {
    if (turn % script.length === 0) {
      const created = await client.post('/api/sessions', { scenarioId });
      if (created.status !== 201) throw new Error(`session start failed: ${created.status}`);
      sessionId = created.body.session.id;
    }
    await sleep(thinkMs * (0.5 + Math.random()));
    const started = performance.now();
    const res = await client.post(`/api/sessions/${sessionId}/turns`, { text: script[turn % script.length] });
    latencies.push(performance.now() - started);
    if (res.status !== 200) throw new Error(`turn failed: ${res.status} ${JSON.stringify(res.body)}`);
    serverMs.push(Number(/app;dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1] ?? Number.NaN));
  }
}

const server = await startServerProcess();
const { url } = server;
try {
  log(`server at ${url}; registering ${learners} learners…`);
  const clients = await Promise.all(
    Array.from({ length: learners }, async (_, i) => {
      const client = new ApiClient(url);
      const res = await client.register(`bench-${i}@example.org`, `Bench ${i}`);
      if (res.status !== 201) throw new Error(`register failed: ${res.status}`);
      return client;
    }),
  );
  // Warm-up, not measured: one turn in each scenario, so first-use costs (compiling patterns, JIT) are paid.
  for (const scenarioId of Object.keys(SCRIPTS)) {
    const warm = clients[0] as ApiClient;
    const id = (await warm.post('/api/sessions', { scenarioId })).body.session.id;
    await warm.post(`/api/sessions/${id}/turns`, { text: (SCRIPTS[scenarioId] as string[])[0] });
  }
  const latencies: number[] = [];
  const serverMs: number[] = [];
  const started = performance.now();
  await Promise.all(clients.map((client, i) => runLearner(client, i, latencies, serverMs)));
  const seconds = (performance.now() - started) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  const serverSorted = [...serverMs].sort((a, b) => a - b);
  const result = {
    learners,
    turns: latencies.length,
    thinkMs,
    turnsPerSecond: Math.round((latencies.length / seconds) * 10) / 10,
    p50Ms: Math.round(percentile(sorted, 50) * 100) / 100,
    p99Ms: Math.round(percentile(sorted, 99) * 100) / 100,
    serverP50Ms: Math.round(percentile(serverSorted, 50) * 100) / 100,
    serverP99Ms: Math.round(percentile(serverSorted, 99) * 100) / 100,
    peakRssMb: server.peakRssMb(),
  };
  if (values.json) console.log(JSON.stringify(result));
  else {
    log(
      `${result.turns} turns by ${learners} concurrent learners (think time ~${thinkMs} ms) in ${seconds.toFixed(1)} s`,
    );
    log(
      `turns/s ${result.turnsPerSecond}  p50 ${result.p50Ms} ms  p99 ${result.p99Ms} ms  server peak RSS ${result.peakRssMb} MB`,
    );
    log(`inside the server (Server-Timing): p50 ${result.serverP50Ms} ms  p99 ${result.serverP99Ms} ms`);
  }
} finally {
  server.stop();
}
