// Plays learner lines through the real simulation (classifier, affect, director, offline engine) in memory,
// for tests that look at the authored content rather than at HTTP.

import type { SceneAffect } from '../../server/content/affect-types.ts';
import { loadScenariosOrThrow } from '../../server/content/load-scenarios.ts';
import type { ReplyIntent } from '../../server/content/reply-intents.ts';
import type { DifficultyLevel, Scenario } from '../../server/content/scenario-schema.ts';
import { initialAffect, setUpScene } from '../../server/content/scene-setup.ts';
import { heardActs } from '../../server/sim/heard-acts.ts';
import { composeReply } from '../../server/sim/offline-engine.ts';
import { learnerMeta, planTurn, replyMeta } from '../../server/sim/plan-turn.ts';
import { buildHistory, lineContextFor, recordTurn } from '../../server/sim/scene-history.ts';
import { seededRandom } from '../../shared/seeded-random.ts';

export interface SimulatedReply {
  speaker: string;
  text: string;
  intent: ReplyIntent;
  band: string;
  lines: string[];
  interrupted: boolean;
  revealed: string | null;
  /** Everything the stored turn would remember (topic, answer kind, reason…). */
  meta: Record<string, unknown>;
}

export interface SimulatedTurn {
  learner: string;
  /** What the stored learner turn would remember (addressee, stage, topic…). */
  learnerMeta: Record<string, unknown>;
  /** Affect before the turn. */
  affectBefore: SceneAffect;
  affect: SceneAffect;
  replies: SimulatedReply[];
}

let cached: Scenario[] | undefined;
export function shippedScenario(id: string): Scenario {
  cached ??= loadScenariosOrThrow('prompts/scenarios');
  const found = cached.find((s) => s.id === id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
}

export function simulate(
  scenario: Scenario,
  difficulty: DifficultyLevel,
  learnerLines: string[],
  seed = 's',
): SimulatedTurn[] {
  const scene = setUpScene(scenario, difficulty);
  const history = buildHistory(initialAffect(scene), []);
  const out: SimulatedTurn[] = [];
  for (const text of learnerLines) {
    const acts = heardActs(text);
    const random = seededRandom(`${seed}:${history.nextIndex}`);
    const affectBefore = history.affect;
    const plan = planTurn(scene, history, text, acts, random);
    const learnerTurnMeta = learnerMeta(plan);
    recordTurn(history, {
      index: history.nextIndex,
      speaker: 'learner',
      text,
      acts,
      affect: plan.affectAfter,
      meta: learnerTurnMeta,
    });
    const present = scene.characters.map((c) => c.character.id);
    const replies: SimulatedReply[] = [];
    for (const reply of plan.replies) {
      const { choice, plan: p } = reply;
      const composed = composeReply(
        p,
        history.usedLines.get(choice.characterId) ?? [],
        lineContextFor(history, scenario.learnerIntroduces, choice.characterId, text),
        random,
      );
      const meta = replyMeta(reply, composed, present);
      recordTurn(history, {
        index: history.nextIndex,
        speaker: choice.characterId,
        text: composed.text,
        acts: [],
        affect: plan.affectAfter,
        meta,
      });
      replies.push({
        speaker: choice.characterId,
        text: composed.text,
        intent: p.intent,
        band: p.band,
        lines: composed.lines,
        interrupted: p.interrupt,
        revealed: p.reveal?.id ?? null,
        meta,
      });
    }
    out.push({
      learner: text,
      learnerMeta: learnerTurnMeta,
      affectBefore,
      affect: plan.affectAfter,
      replies,
    });
  }
  return out;
}
