// eval:realism: plays the scripted probe conversations through the offline engine and prints how often the
// characters answer what was asked, and every stage error, invented fact, presence leak, repeat and
// wrong-way affect it finds. The sets side by side: the newest held-out blind set (written without sight of the
// characters' lines and never used to tune anything: the measure), the older held-out and development sets (also
// written blind, but their findings were read while improving the engine) and our own set.
// Usage: npm run eval:realism [-- --json] [--findings [--heldout-findings]] [--scenario ID]

import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadScenariosOrThrow } from '../../server/content/load-scenarios.ts';
import { setUpScene } from '../../server/content/scene-setup.ts';
import { simulate } from '../../tests/support/simulate.ts';
import { loadConversations } from './conversations.ts';
import {
  emptyCounts,
  type RealismCounts,
  type RealismReport,
  scoreConversation,
  summarise,
} from './metrics.ts';
import { pairsOf, type RatedPair, readVerdicts, summariseVerdicts, writePairs } from './rated-pairs.ts';

/** A rater's verdicts on the first held-out set's replies (see rated-pairs.ts). */
export const RATINGS = 'evals/realism/ratings/heldout.jsonl';

export const SETS = {
  heldout: 'evals/realism/heldout-19',
  'heldout-18': 'evals/realism/heldout-18',
  'heldout-17': 'evals/realism/heldout-17',
  'heldout-16': 'evals/realism/heldout-16',
  'heldout-15': 'evals/realism/heldout-15',
  'heldout-14': 'evals/realism/heldout-14',
  'heldout-13': 'evals/realism/heldout-13',
  'heldout-12': 'evals/realism/heldout-12',
  'heldout-11': 'evals/realism/heldout-11',
  'heldout-10': 'evals/realism/heldout-10',
  'heldout-9': 'evals/realism/heldout-9',
  'heldout-8': 'evals/realism/heldout-8',
  'heldout-7': 'evals/realism/heldout-7',
  'heldout-6': 'evals/realism/heldout-6',
  'heldout-5': 'evals/realism/heldout-5',
  'heldout-4': 'evals/realism/heldout-4',
  'heldout-3': 'evals/realism/heldout-3',
  'heldout-2': 'evals/realism/heldout-2',
  'heldout-1': 'evals/realism/heldout',
  'blind-dev': 'evals/realism/conversations',
  own: 'evals/realism/own',
} as const;

/** Plays every conversation in a folder and returns the counts, overall and per scenario. */
export function runRealism(
  dir: string,
  only?: string,
): { all: RealismCounts; byScenario: Map<string, RealismCounts>; pairs: RatedPair[] } {
  const scenarios = loadScenariosOrThrow('prompts/scenarios');
  const all = emptyCounts();
  const byScenario = new Map<string, RealismCounts>();
  const pairs: RatedPair[] = [];
  for (const conversation of loadConversations(dir).filter((c) => !only || c.scenario === only)) {
    const scenario = scenarios.find((s) => s.id === conversation.scenario);
    if (!scenario) throw new Error(`${dir}: no scenario "${conversation.scenario}"`);
    const present = setUpScene(scenario, conversation.difficulty).characters.map((c) => c.character.id);
    const turns = simulate(
      scenario,
      conversation.difficulty,
      conversation.turns.map((t) => t.say),
      conversation.id,
    );
    const own = byScenario.get(scenario.id) ?? emptyCounts();
    byScenario.set(scenario.id, own);
    scoreConversation(all, scenario, present, conversation, turns);
    scoreConversation(own, scenario, present, conversation, turns);
    pairs.push(...pairsOf(scenario, conversation, turns));
  }
  return { all, byScenario, pairs };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      findings: { type: 'boolean', default: false },
      scenario: { type: 'string' },
      'heldout-findings': { type: 'boolean', default: false },
      'export-pairs': { type: 'string' },
      // Whose replies --export-pairs writes and the rater's verdicts are read against.
      'pairs-of': { type: 'string', default: 'heldout-1' },
    },
  });
  const runs = Object.entries(SETS).map(
    ([name, dir]) => [name, dir, runRealism(dir, values.scenario)] as const,
  );
  const heldoutPairs = runs.find(([name]) => name === values['pairs-of'])?.[2].pairs ?? [];
  if (values['export-pairs']) {
    writePairs(values['export-pairs'], heldoutPairs);
    return;
  }
  const rater =
    existsSync(RATINGS) && values['pairs-of'] === 'heldout-1'
      ? summariseVerdicts(heldoutPairs, readVerdicts(RATINGS))
      : null;
  if (values.json) {
    const [heldout, ...others] = runs.map(([name, , set]) => [name, summarise(set.all)] as const);
    console.log(JSON.stringify({ set: 'heldout', ...heldout?.[1], rater, ...Object.fromEntries(others) }));
    return;
  }
  /** One table row: each column's text and its width. */
  const row = (name: string, r: RealismReport) => {
    const cells: [string, number][] = [
      [String(r.conversations), 5],
      [String(r.probes), 6],
      [r.onTopicRate.toFixed(3), 8],
      [r.directedProbes > 0 ? r.rightSpeakerRate.toFixed(3) : '-', 8],
      [String(r.stageErrors), 6],
      [String(r.inventedFacts), 8],
      [String(r.presenceLeaks), 8],
      [r.repeatRate.toFixed(3), 7],
      [String(r.wrongDirectionAffect), 6],
    ];
    return [name.padEnd(36), ...cells.map(([text, width]) => text.padStart(width))].join(' ');
  };
  const header = `${'set / scenario'.padEnd(36)} convs probes  onTopic  speaker  stage invented presence repeat affect`;
  for (const [name, dir, set] of runs) {
    console.log(`\n${name} set (${dir})\n${header}`);
    for (const [id, counts] of set.byScenario) console.log(row(id, summarise(counts)));
    console.log(row('all', summarise(set.all)));
    // The held-out set's findings stay unread while the engine is being tuned: ask for them by name.
    const show = values.findings && (name !== 'heldout' || values['heldout-findings']);
    if (show) for (const line of set.all.findings) console.log(`  ${line}`);
  }
  if (rater) {
    console.log(
      `\nheld-out replies judged by a rater who never saw the engine (${RATINGS}): ${rater.yes} on topic, ${rater.partly} partly, ${rater.no} not, of ${rater.rated} rated (${rater.unrated} changed since rating); on topic ${rater.onTopicRate.toFixed(3)}`,
    );
  }
  console.log(
    '\ntargets: onTopic ≥ 0.85; stage, invented, presence and affect 0; repeat ≤ 0.02 (the held-out set is the measure)',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
