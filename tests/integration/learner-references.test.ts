// The feedback's references to moments of the conversation, as the learner reads them: the real server grades real
// sessions, and every "turn N" its suggestions use (counted over everyone's turns) becomes the learner's own line
// number and time, pointing at the very line the grader meant.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { turnReferences } from '../../client/src/state/turn-references.ts';
import type { GradingReport, SessionWithTurnsDto } from '../../server/protocol.ts';
import { ApiClient } from '../support/api-client.ts';
import { RUSHED_NEWS, SCRIPTS } from '../support/conversation-scripts.ts';
import { startServer, type TestServer } from '../support/start-server.ts';

let server: TestServer;
let client: ApiClient;

beforeAll(async () => {
  server = await startServer();
  client = new ApiClient(server.url);
  await client.register('references@example.org');
});
afterAll(async () => {
  await server?.stop();
});

async function gradedSession(
  scenarioId: string,
  lines: readonly string[],
): Promise<{ session: SessionWithTurnsDto; report: GradingReport }> {
  const id = (await client.post('/api/sessions', { scenarioId, difficulty: 2 })).body.session.id;
  for (const text of lines) await client.post(`/api/sessions/${id}/turns`, { text });
  await client.post(`/api/sessions/${id}/end`);
  const report = (await client.waitForReport(id)) as GradingReport;
  return { session: (await client.get(`/api/sessions/${id}`)).body.session, report };
}

describe("the feedback's references, read by the learner", () => {
  it("rewrites every turn number in the grader's suggestions into the learner's line and time", async () => {
    const sessions = [
      await gradedSession('breaking-news-cancer', RUSHED_NEWS),
      ...(await Promise.all(
        Object.entries(SCRIPTS).map(([scenarioId, lines]) => gradedSession(scenarioId, lines)),
      )),
    ];
    let mentions = 0;
    for (const { session, report } of sessions) {
      const references = turnReferences(session);
      const learnerTurns = session.turns.filter((t) => t.speaker === 'learner');
      for (const item of report.rubrics.flatMap((r) => r.items)) {
        if (!item.suggestion) continue;
        const shown = references.rewrite(item.suggestion);
        expect(shown, item.suggestion).not.toMatch(/\bturns? \[?\d/i);
        // "In turn N you…" names the learner's turn at index N-1: its line number must be that turn's.
        for (const match of item.suggestion.matchAll(/\b[Ii]n turn (\d+) you\b/g)) {
          mentions += 1;
          const index = Number(match[1]) - 1;
          const line = learnerTurns.findIndex((t) => t.index === index) + 1;
          expect(line, `${item.suggestion} → ${shown}`).toBeGreaterThan(0);
          expect(shown).toMatch(new RegExp(`\\b[Ii]n your line ${line} \\(at \\d+:\\d\\d\\) you\\b`));
        }
      }
      // Evidence labels name the learner's lines the same way.
      for (const quote of report.rubrics.flatMap((r) => r.items.flatMap((i) => i.evidence))) {
        const turn = session.turns.find((t) => t.index === quote.turn);
        if (turn?.speaker !== 'learner') continue;
        const line = learnerTurns.indexOf(turn) + 1;
        expect(references.label(quote.turn)).toMatch(new RegExp(`^Your line ${line}, at \\d+:\\d\\d$`));
      }
    }
    expect(mentions).toBeGreaterThan(2);
  });
});
