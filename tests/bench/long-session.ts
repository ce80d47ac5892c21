// bench:long-session: one learner takes thousands of turns in one session against the offline engine, to show
// whether a turn's cost grows with the session's length. The server runs as its own process with the turn cap and
// rate limit lifted; the time per turn is the server's own (Server-Timing), so HTTP and this client do not count.
// Usage: npm run bench:long-session [-- --turns 2000 --at 100,2000 --window 20 --json]

import { parseArgs } from 'node:util';
import { ApiClient } from '../support/api-client.ts';
import { SCRIPTS } from '../support/conversation-scripts.ts';
import { percentile, startServerProcess } from '../support/server-process.ts';

const { values } = parseArgs({
  options: {
    turns: { type: 'string', default: '2000' },
    at: { type: 'string', default: '100,2000' },
    window: { type: 'string', default: '20' },
    scenario: { type: 'string', default: 'breaking-news-cancer' },
    json: { type: 'boolean', default: false },
  },
});
const totalTurns = Number(values.turns);
const window = Number(values.window);
const checkpoints = values.at.split(',').map(Number);
const script = SCRIPTS[values.scenario];
if (!script)
  throw new Error(`no script for ${values.scenario}; try one of ${Object.keys(SCRIPTS).join(', ')}`);

const server = await startServerProcess({
  BEDSIDE_SESSION_MAX_TURNS: String(totalTurns + 10),
  BEDSIDE_TURN_RATE_LIMIT: '0',
});
try {
  const client = new ApiClient(server.url);
  const registered = await client.register('long-session@example.org', 'Long Session');
  if (registered.status !== 201) throw new Error(`register failed: ${registered.status}`);
  const created = await client.post('/api/sessions', { scenarioId: values.scenario });
  if (created.status !== 201) throw new Error(`session start failed: ${created.status}`);
  const sessionId: string = created.body.session.id;
  /** Server milliseconds of learner turn n (1-based) at [n - 1]. */
  const serverMs: number[] = [];
  for (let turn = 1; turn <= totalTurns; turn++) {
    const text = script[(turn - 1) % script.length] as string;
    const res = await client.post(`/api/sessions/${sessionId}/turns`, { text });
    if (res.status !== 200) throw new Error(`turn ${turn} failed: ${res.status} ${JSON.stringify(res.body)}`);
    serverMs.push(Number(/app;dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1] ?? Number.NaN));
    if (!values.json && turn % 250 === 0) console.log(`  ${turn} turns…`);
  }
  // The median of the `window` turns ending at each checkpoint, so one slow turn (a GC pause) does not decide it.
  const result = checkpoints.map((at) => {
    const slice = serverMs.slice(Math.max(0, at - window), at).sort((a, b) => a - b);
    return { atTurn: at, p50Ms: round(percentile(slice, 50)), maxMs: round(slice.at(-1) ?? Number.NaN) };
  });
  if (values.json) console.log(JSON.stringify({ turns: totalTurns, window, result }));
  else
    for (const r of result)
      console.log(
        `learner turn ${r.atTurn}: server p50 ${r.p50Ms} ms, max ${r.maxMs} ms (last ${window} turns)`,
      );
} finally {
  server.stop();
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
