// bench:llm: concurrent sessions whose character speaks through a fake OpenAI-compatible server with a fixed
// time to first token and token rate. Prints Bedside's overhead above the fake's own latency, for the first
// delta reaching the client and for the stored turn, p50/p99.
// Usage: npm run bench:llm [-- --sessions 100 --turns 5 --ttft-ms 300 --tokens-per-second 50 --think-ms 1000
//   --warm-up-turns 200 --json]
// Bedside, the fake model and the clients each run in their own process; times are compared as epoch ms.
//
// Overhead per turn = time at the client minus the fake's own time for that request (first token, or whole reply),
// split into Bedside before the model (turn sent → the fake receives the request) and after it (the fake writes
// → the client reads). The client's clock stamps are only as prompt as its event loop, and all three processes
// share this machine's cores with anything else running: the figures also report the client's event-loop delay
// and the CPU seconds each process and the whole machine used, so a disturbed run can be told from a slow one.

import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { ApiClient } from '../support/api-client.ts';
import { percentile, startServerProcess } from '../support/server-process.ts';
import { cpuMeter } from './cpu-meter.ts';

const { values } = parseArgs({
  options: {
    sessions: { type: 'string', default: '100' },
    turns: { type: 'string', default: '5' },
    'ttft-ms': { type: 'string', default: '300' },
    'tokens-per-second': { type: 'string', default: '50' },
    'think-ms': { type: 'string', default: '1000' },
    'warm-up-turns': { type: 'string', default: '200' },
    json: { type: 'boolean', default: false },
  },
});
const sessions = Number(values.sessions);
const turnsPerSession = Number(values.turns);
const ttftMs = Number(values['ttft-ms']);
const tokensPerSecond = Number(values['tokens-per-second']);
const thinkMs = Number(values['think-ms']);
const warmUpTurns = Number(values['warm-up-turns']);
/** Warm-up turns run this many at a time, back to back, each in a session of its own. */
const WARM_UP_SESSIONS = 20;
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
/** Chunks the fake streams the reply in: word-ish tokens, as it splits them. */
const REPLY_TOKENS = REPLY.match(/\s*\S+|\s+$/g)?.length ?? 0;
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
  /** `delta` events the reply came in (the model sent one token each). */
  deltas: number;
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
  let deltas = 0;
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
      if (event === 'delta' && deltas++ === 0) firstDeltaAt = now();
      if (event === 'turn' && ++turns === 2) storedAt = now();
      if (event === 'error') throw new Error('turn streamed an error');
    }
  }
  return { ref, sentAt, firstDeltaAt, storedAt, deltas };
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
interface FakeReport {
  timings: FakeTimings[];
  loopDelay: { p99Ms: number; maxMs: number };
}
const fakeReport = () =>
  new Promise<FakeReport>((resolve) => {
    fakeProcess.once('message', (m) => resolve(m as FakeReport));
    fakeProcess.send('report');
  });
const server = await startServerProcess({
  OPENAI_API_KEY: 'bench-key-not-secret',
  OPENAI_BASE_URL: fakeUrl,
  BEDSIDE_LLM_CIRCUIT_FAILURES: '100',
}).catch((error: unknown) => {
  fakeProcess.kill();
  throw error;
});
try {
  const learners = (count: number, name: string) =>
    Promise.all(
      Array.from({ length: count }, async (_, i) => {
        const client = new ApiClient(server.url);
        await client.register(`llm-bench-${name}-${i}@example.org`, `Bench ${i}`);
        const created = await client.post('/api/sessions', { scenarioId: 'agitated-young-person' });
        return { client, sessionId: created.body.session.id as string };
      }),
    );
  const clients = await learners(sessions, 'measured');
  // Warm-up, not measured, in sessions of its own: what is measured is a server that has been running, whose hot
  // paths the JIT has compiled (a single warm-up turn left the first measured second at twice the CPU per turn,
  // and that second set the p99). The measured sessions still pay their own first turns.
  // `--warm-up-turns 1` is the old single warm-up turn, to see the cold start.
  const warmers = await learners(Math.min(WARM_UP_SESSIONS, warmUpTurns), 'warm-up');
  await Promise.all(
    warmers.map(async ({ client, sessionId }, i) => {
      for (let t = 0; t * warmers.length + i < warmUpTurns; t++)
        await timedTurn(client, server.url, sessionId, LINES[t % LINES.length] as string, 'warm-up');
    }),
  );
  const measured: Measured[] = [];
  const cpu = cpuMeter({ server: server.child.pid, fake: fakeProcess.pid, client: process.pid });
  const cpuBefore = cpu.read();
  const clientLoop = monitorEventLoopDelay({ resolution: 5 });
  clientLoop.enable();
  fakeProcess.send('measure');
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
  clientLoop.disable();
  const cpuSpent = cpu.spentSince(cpuBefore);
  // The fake's own latency for each turn, found by the reference the learner's words carried into the prompt.
  const fakeByRef = new Map<string, FakeTimings>();
  const fake = await fakeReport();
  for (const t of fake.timings) if (t.ref) fakeByRef.set(t.ref, t);
  const firstDeltaOverhead: number[] = [];
  const storedOverhead: number[] = [];
  const beforeModel: number[] = [];
  const afterFirstToken: number[] = [];
  const afterLastToken: number[] = [];
  for (const m of measured) {
    const t = fakeByRef.get(m.ref);
    if (!t?.firstContentAt || !t.endedAt || !t.receivedAt) throw new Error(`no fake timing for ${m.ref}`);
    firstDeltaOverhead.push(m.firstDeltaAt - m.sentAt - (t.firstContentAt - t.receivedAt));
    storedOverhead.push(m.storedAt - m.sentAt - (t.endedAt - t.receivedAt));
    beforeModel.push(t.receivedAt - m.sentAt);
    afterFirstToken.push(m.firstDeltaAt - t.firstContentAt);
    afterLastToken.push(m.storedAt - t.endedAt);
  }
  for (const list of [firstDeltaOverhead, storedOverhead, beforeModel, afterFirstToken, afterLastToken])
    list.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  const ms = (ns: number) => round(ns / 1e6);
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
    beforeModelP50Ms: round(percentile(beforeModel, 50)),
    beforeModelP99Ms: round(percentile(beforeModel, 99)),
    firstTokenToClientP50Ms: round(percentile(afterFirstToken, 50)),
    firstTokenToClientP99Ms: round(percentile(afterFirstToken, 99)),
    lastTokenToStoredP50Ms: round(percentile(afterLastToken, 50)),
    lastTokenToStoredP99Ms: round(percentile(afterLastToken, 99)),
    clientLoopDelayP99Ms: ms(clientLoop.percentile(99)),
    clientLoopDelayMaxMs: ms(clientLoop.max),
    fakeLoopDelayP99Ms: round(fake.loopDelay.p99Ms),
    fakeLoopDelayMaxMs: round(fake.loopDelay.maxMs),
    seconds: round(seconds),
    cpuS: { ...cpuSpent.processes, others: cpuSpent.othersS, steal: cpuSpent.machineStealS },
    deltaEventsPerReply: round(measured.reduce((sum, m) => sum + m.deltas, 0) / measured.length),
    modelTokensPerReply: REPLY_TOKENS,
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
    console.log(
      [
        `  of which before the model p50 ${result.beforeModelP50Ms} / p99 ${result.beforeModelP99Ms} ms`,
        `first token to client p50 ${result.firstTokenToClientP50Ms} / p99 ${result.firstTokenToClientP99Ms} ms`,
        `last token to stored turn p50 ${result.lastTokenToStoredP50Ms} / p99 ${result.lastTokenToStoredP99Ms} ms`,
      ].join('; '),
    );
    console.log(
      `event-loop delay of the bench client p99 ${result.clientLoopDelayP99Ms} ms (max ${result.clientLoopDelayMaxMs}), of the fake model p99 ${result.fakeLoopDelayP99Ms} ms (max ${result.fakeLoopDelayMaxMs})`,
    );
    const cpuLine = Object.entries(result.cpuS)
      .map(([name, s]) => `${name} ${s} s`)
      .join(', ');
    console.log(`CPU over ${result.seconds} s on ${availableParallelism()} cores: ${cpuLine}`);
    console.log(
      `SSE delta events per reply ${result.deltaEventsPerReply} (the model streamed ${REPLY_TOKENS} tokens)`,
    );
    if (cpuSpent.othersS + cpuSpent.machineStealS > 0.5)
      console.log(
        'note: other work or the hypervisor took CPU from these cores during the run; its tail is not Bedside alone',
      );
    console.log(`server peak RSS ${result.peakRssMb} MB`);
  }
} finally {
  server.stop();
  fakeProcess.kill();
}
