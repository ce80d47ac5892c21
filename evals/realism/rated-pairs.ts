// On-topic as a reader judges it: the probe questions with the replies they got, exported for a rater who never
// sees the engine, and the rater's verdicts read back. A verdict counts only while the reply is still the one
// rated, so a changed engine shows as unrated pairs rather than stale figures.

import { readFileSync, writeFileSync } from 'node:fs';
import type { Scenario } from '../../server/content/scenario-schema.ts';
import type { SimulatedTurn } from '../../tests/support/simulate.ts';
import type { ProbeConversation } from './conversations.ts';

export interface RatedPair {
  key: string;
  scenario: string;
  setting: string;
  question: string;
  answeredBy: string;
  reply: string;
}

export type Verdict = 'yes' | 'partly' | 'no';

/** The pairs of one conversation: each probe question and what the expected person (or the first) said. */
export function pairsOf(
  scenario: Scenario,
  conversation: ProbeConversation,
  turns: readonly SimulatedTurn[],
): RatedPair[] {
  return turns.flatMap((turn, i) => {
    const probe = conversation.turns[i]?.probe;
    if (!probe) return [];
    const reply = turn.replies.find((r) => r.speaker === probe.to) ?? turn.replies[0];
    if (!reply) return [];
    const who = scenario.characters.find((c) => c.id === reply.speaker);
    const role = who?.role === 'patient' ? 'the patient' : `the ${who?.relation ?? 'relative'}`;
    return [
      {
        key: `${scenario.id}/${conversation.id}#${i + 1}`,
        scenario: scenario.title,
        setting: scenario.summary,
        question: turn.learner,
        answeredBy: `${who?.name ?? reply.speaker}, ${role}`,
        reply: reply.text,
      },
    ];
  });
}

export function writePairs(path: string, pairs: readonly RatedPair[]): void {
  writeFileSync(path, `${pairs.map((p) => JSON.stringify(p)).join('\n')}\n`);
}

/** Verdicts by key, each with the reply it judged. */
export function readVerdicts(path: string): Map<string, { reply: string; verdict: Verdict }> {
  const verdicts = new Map<string, { reply: string; verdict: Verdict }>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { key: string; reply: string; verdict: Verdict };
    verdicts.set(row.key, { reply: row.reply, verdict: row.verdict });
  }
  return verdicts;
}

export interface RaterSummary {
  rated: number;
  unrated: number;
  yes: number;
  partly: number;
  no: number;
  /** Share judged on topic ("yes"), of the pairs rated. */
  onTopicRate: number;
}

export function summariseVerdicts(
  pairs: readonly RatedPair[],
  verdicts: ReadonlyMap<string, { reply: string; verdict: Verdict }>,
): RaterSummary {
  const summary = { rated: 0, unrated: 0, yes: 0, partly: 0, no: 0, onTopicRate: 0 };
  for (const pair of pairs) {
    const verdict = verdicts.get(pair.key);
    if (!verdict || verdict.reply !== pair.reply) {
      summary.unrated++;
      continue;
    }
    summary.rated++;
    summary[verdict.verdict]++;
  }
  summary.onTopicRate = summary.rated === 0 ? 0 : Math.round((summary.yes / summary.rated) * 1000) / 1000;
  return summary;
}
