// Runs the fake OpenAI-compatible server in its own process for bench:llm, so the fake's token writes do not
// share an event loop with the clients being timed. Talks to its parent over IPC: it sends {url} when listening,
// and on "report" sends each request's reference and timings as epoch milliseconds (comparable across processes).

import { startFakeOpenAI } from '../support/fake-openai.ts';

const step = JSON.parse(process.argv[2] ?? '{}');
const fake = await startFakeOpenAI();
fake.setDefault(step);
const epoch = (t: number | null) => (t === null ? null : performance.timeOrigin + t);
process.send?.({ url: fake.url });
process.on('message', async (message) => {
  if (message !== 'report') return;
  const timings = fake.requests.map((r) => ({
    ref: /\((ref-\d+-\d+|warm-up)\)/.exec(JSON.stringify(r.body?.messages?.at(-1) ?? ''))?.[1] ?? null,
    receivedAt: epoch(r.timing.receivedAt),
    firstContentAt: epoch(r.timing.firstContentAt),
    endedAt: epoch(r.timing.endedAt),
  }));
  process.send?.({ timings }, () => {
    void fake.close().then(() => process.exit(0));
  });
});
