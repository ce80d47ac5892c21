// Runs the fake OpenAI-compatible server in its own process for bench:llm, so the fake's token writes do not
// share an event loop with the clients being timed. Talks to its parent over IPC: it sends {url} when listening,
// and on "report" sends each request's reference and timings as epoch milliseconds (comparable across processes),
// with its own event-loop delay since "measure": a late fake stamps requests late, and that lateness would
// otherwise count as Bedside's.

import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startFakeOpenAI } from '../support/fake-openai.ts';

const step = JSON.parse(process.argv[2] ?? '{}');
const fake = await startFakeOpenAI();
fake.setDefault(step);
const epoch = (t: number | null) => (t === null ? null : performance.timeOrigin + t);
const loop = monitorEventLoopDelay({ resolution: 5 });
loop.enable();
process.send?.({ url: fake.url });
process.on('message', async (message) => {
  if (message === 'measure') loop.reset();
  if (message !== 'report') return;
  loop.disable();
  const timings = fake.requests.map((r) => ({
    ref: /\((ref-\d+-\d+|warm-up)\)/.exec(JSON.stringify(r.body?.messages?.at(-1) ?? ''))?.[1] ?? null,
    receivedAt: epoch(r.timing.receivedAt),
    firstContentAt: epoch(r.timing.firstContentAt),
    endedAt: epoch(r.timing.endedAt),
  }));
  const loopDelay = { p99Ms: loop.percentile(99) / 1e6, maxMs: loop.max / 1e6 };
  process.send?.({ timings, loopDelay }, () => {
    void fake.close().then(() => process.exit(0));
  });
});
