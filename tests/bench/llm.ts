// bench:llm: concurrent sessions whose character speaks through a fake OpenAI-compatible server with a fixed
// time to first token and token rate. Prints Bedside's overhead above the fake's own latency, for the first
// delta reaching the client and for the stored turn, p50/p99.
// Usage: npm run bench:llm [-- --sessions 100 --turns 5 --ttft-ms 300 --tokens-per-second 50 --think-ms 1000 --json]
// Bedside, the fake model and the clients each run in their own process; times are compared as epoch ms.

import { fork } from 'node:child_process';
import { parseArgs } from 'node:util';
import { ApiClient } from '../support/api-client.ts';
import { percentile, startServerProcess } from '../support/server-process.ts';

const { values } = parseArgs({
  options: {
    sessions: { type: 'string', default: '100' },
    turns: { type: 'string', default: '5' },
    'ttft-ms': { type: 'string', default: '300' },
    'tokens-per-second': { type: 'string', default: '50' },
    'think-ms': { type: 'string', default: '1000' },
    json: { type: 'boolean', default: false },
  },
});
const sessions = Number(values.sessions);
const turnsPerSession = Number(values.turns);
const ttftMs = Number(values['ttft-ms']);
const tokensPerSecond = Number(values['tokens-per-second']);
const thinkMs = Number(values['think-ms']);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Epoch milliseconds with sub-millisecond precision, comparable with the fake's process. */
const now = () => performance.timeOrigin + performance.now();

interface FakeTimings {
  ref: string | null;
  receivedAt: number | null;
  firstContentAt: number | null;
  endedAt: number | null;
}

const REPLY =
  'I hear what you are saying, but I really just want to go home and sleep in my own bed tonight.';
const LINES = [
  'Hello, I am Sam, one of the nurses here.',
  'You seem really frightened. What is going on?',
  'Would you rather sit here or somewhere quieter?',
  'What has been happening over the last few days?',
  'It makes sense that this place feels overwhelming.',
];

interface Measured {
  ref: string;
  sentAt: number;
  firstDeltaAt: number;
  storedAt: number;
}

/** Posts one turn and reads its SSE stream as it arrives, noting when the reply's first delta and turn land. */
async function timedTurn(
  client: ApiClient,
  url: string,
  sessionId: string,
  text: string,
  ref: string,
): Promise<Measured> {
  const sentAt = now();
  const res = await fetch(`${url}/api/sessions/${sessionId}/turns`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      cookie: client.cookieHeader(),
    },
    body: JSON.stringify({ text: `${text} (${ref})` }),
  });
  if (!res.ok || !res.body) throw new Error(`turn failed: ${res.status}`);
  let firstDeltaAt = 0;
  let storedAt = 0;
  let turns = 0;
  let buffer = '';
  const decoder = new TextDecoder();
  const reader = res.body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    buffer += decoder.decode(read.value, { stream: true });
    let cut = buffer.indexOf('\n\n');
    while (cut >= 0) {
      const event = /^event: (\S+)/m.exec(buffer.slice(0, cut))?.[1];
      buffer = buffer.slice(cut + 2);
      cut = buffer.indexOf('\n\n');
      if (event === 'delta' && firstDeltaAt === 0) firstDeltaAt = now();
      if (event === 'turn' && ++turns === 2) storedAt = now();
      if (event === 'error') throw new Error('turn streamed an error');
    }
  }
  return { ref, sentAt, firstDeltaAt, storedAt };
}

const fakeProcess = fork(
  new URL('./fake-openai-process.ts', import.meta.url),
  [JSON.stringify({ reply: REPLY, ttftMs, tokensPerSecond })],
  {
    execArgv: ['--import', 'tsx'],
  },
);
const fakeUrl = await new Promise<string>((resolve) =>
  fakeProcess.once('message', (m) => resolve((m as { url: string }).url)),
);
const fakeTimings = () =>
  new Promise<FakeTimings[]>((resolve) => {
    fakeProcess.once('message', (m) => resolve((m as { timings: FakeTimings[] }).timings));
    fakeProcess.send('report');
  });
const server = await startServerProcess({
  OPENAI_API_KEY: 'bench-key-not-secret',
  OPENAI_BASE_URL: fakeUrl,
  BEDSIDE_LLM_CIRCUIT_FAILURES: '100',
});
try {
  const clients = await Promise.all(
    Array.from({ length: sessions }, async (_, i) => {
      const client = new ApiClient(server.url);
      await client.register(`llm-bench-${i}@example.org`, `Bench ${i}`);
      const created = await client.post('/api/sessions', { scenarioId: 'agitated-young-person' });
      return { client, sessionId: created.body.session.id as string };
    }),
  );
  // Warm-up, not measured: first-use costs (compiling patterns, the SDK's first connection) are paid once.
  const warm = clients[0] as (typeof clients)[number];
  await timedTurn(warm.client, server.url, warm.sessionId, 'Hello.', 'warm-up');
  const measured: Measured[] = [];
  const started = now();
  await Promise.all(
    clients.map(async ({ client, sessionId }, i) => {
      for (let t = 0; t < turnsPerSession; t++) {
        // Learners read and answer before the next turn, so sessions do not move in lockstep.
        await sleep(thinkMs * (0.5 + Math.random()));
        const line = LINES[t % LINES.length] as string;
        measured.push(await timedTurn(client, server.url, sessionId, line, `ref-${i}-${t}`));
      }
    }),
  );
  const seconds = (now() - started) / 1000;
  // The fake's own latency for each turn, found by the reference the learner's words carried into the prompt.
  const fakeByRef = new Map<string, FakeTimings>();
  for (const t of await fakeTimings()) if (t.ref) fakeByRef.set(t.ref, t);
  const firstDeltaOverhead: number[] = [];
  const storedOverhead: number[] = [];
  for (const m of measured) {
    const t = fakeByRef.get(m.ref);
    if (!t?.firstContentAt || !t.endedAt || !t.receivedAt) throw new Error(`no fake timing for ${m.ref}`);
    firstDeltaOverhead.push(m.firstDeltaAt - m.sentAt - (t.firstContentAt - t.receivedAt));
    storedOverhead.push(m.storedAt - m.sentAt - (t.endedAt - t.receivedAt));
  }
  firstDeltaOverhead.sort((a, b) => a - b);
  storedOverhead.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  const result = {
    sessions,
    turns: measured.length,
    ttftMs,
    tokensPerSecond,
    thinkMs,
    firstDeltaOverheadP50Ms: round(percentile(firstDeltaOverhead, 50)),
    firstDeltaOverheadP99Ms: round(percentile(firstDeltaOverhead, 99)),
    storedTurnOverheadP50Ms: round(percentile(storedOverhead, 50)),
    storedTurnOverheadP99Ms: round(percentile(storedOverhead, 99)),
    peakRssMb: server.peakRssMb(),
  };
  if (values.json) console.log(JSON.stringify(result));
  else {
    console.log(
      `${result.turns} model-voiced turns over ${sessions} concurrent sessions in ${seconds.toFixed(1)} s`,
    );
    console.log(`fake model: first token after ${ttftMs} ms, ${tokensPerSecond} tokens/s`);
    console.log(
      `Bedside overhead, first delta at the client: p50 ${result.firstDeltaOverheadP50Ms} ms, p99 ${result.firstDeltaOverheadP99Ms} ms`,
    );
    console.log(
      `Bedside overhead, stored turn at the client:  p50 ${result.storedTurnOverheadP50Ms} ms, p99 ${result.storedTurnOverheadP99Ms} ms`,
    );
    console.log(`server peak RSS ${result.peakRssMb} MB`);
  }
} finally {
  server.stop();
  fakeProcess.kill();
}
