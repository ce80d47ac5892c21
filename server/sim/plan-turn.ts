// One learner turn through the simulation: acts move every character's affect, the director picks who
// speaks, and each speaker gets a reply plan (intent, band, a fact to reveal, whether to cut in).

import type { HiddenFact } from '../content/scenario-schema.ts';
import { ACT_THRESHOLD, type ClassifiedAct, EMPATHY_ACTS, type LearnerAct } from './acts.ts';
import { affectBand, updateAffect } from './affect-model.ts';
import type { Affect, SceneAffect } from './affect-types.ts';
import { type Addressee, chooseSpeakers, findAddressee, type SpeakerChoice } from './director.ts';
import type { ComposedReply, ReplyPlan } from './offline-engine.ts';
import { intentForActs } from './reply-intents.ts';
import type { SceneHistory } from './scene-history.ts';
import type { SceneCharacter, SceneSetup } from './scene-setup.ts';

const INTERRUPT_AFTER_WORDS = 30;
/** Acts that open a door through which a character may tell what it has been holding back. */
const OPENINGS: readonly LearnerAct[] = [
  'open-question',
  'invitation',
  'perception-check',
  'summary',
  ...EMPATHY_ACTS,
];

export interface PlannedReply {
  choice: SpeakerChoice;
  plan: ReplyPlan;
}

export interface PlannedTurn {
  affectAfter: SceneAffect;
  addressee: Addressee;
  replies: PlannedReply[];
}

/** Plans the characters' side of a learner turn. Pure: the same inputs give the same plan. */
export function planTurn(
  scene: SceneSetup,
  history: SceneHistory,
  text: string,
  acts: readonly ClassifiedAct[],
  random: () => number,
): PlannedTurn {
  const actSet = new Set(acts.filter((a) => a.confidence >= ACT_THRESHOLD).map((a) => a.act));
  const addressee = findAddressee(text, scene.characters, history.lastCharacterSpeaker, scene.leadId);
  const wordCount = countWords(text);
  const affectAfter: SceneAffect = {};
  for (const sc of scene.characters) {
    const id = sc.character.id;
    const current = history.affect[id] ?? sc.dynamics.baseline;
    affectAfter[id] = updateAffect(current, sc.dynamics, acts, {
      addressed: addressee.characterId === id,
      perceptionChecked: history.perceptionChecked,
      warned: history.warnedLastTurn || actSet.has('warning-shot'),
      newsAlreadyDelivered: history.newsDelivered,
      wordCount,
    });
  }
  const choices = chooseSpeakers({
    addressee,
    characters: scene.characters,
    affect: affectAfter,
    acts: actSet,
    relativeConfrontation: scene.knobs.relativeConfrontation,
    turnIndex: history.nextIndex,
    lastInterjection: history.lastInterjection,
    random,
  });
  // News restated inside a summary, once it has been given, is heard as the summary.
  const intentActs = new Set(actSet);
  if (history.newsDelivered && actSet.has('summary')) intentActs.delete('news-delivery');
  const replies = choices.map((choice, order): PlannedReply => {
    const sc = scene.characters.find((c) => c.character.id === choice.characterId) as SceneCharacter;
    const affect = affectAfter[choice.characterId] as Affect;
    const band = affectBand(affect);
    const intent = choice.reason === 'interjects-overwhelmed' ? 'interject' : intentForActs(intentActs);
    const reveal =
      choice.reason === 'addressed' && OPENINGS.some((act) => actSet.has(act))
        ? factReadyToTell(sc, affect, band, history.revealed.get(sc.character.id))
        : null;
    const interrupt = order === 0 && band === 'angry' && wordCount > INTERRUPT_AFTER_WORDS;
    const wasCutOff = order === 0 && history.cutOffSpeaker === choice.characterId;
    return { choice, plan: { character: sc.character, intent, band, reveal, interrupt, wasCutOff } };
  });
  return { affectAfter, addressee, replies };
}

/** What a stored reply turn remembers of how it was made (read back by buildHistory). */
export function replyMeta(
  reply: PlannedReply,
  spoken: Pick<ComposedReply, 'lines'>,
): Record<string, unknown> {
  return {
    intent: reply.plan.intent,
    band: reply.plan.band,
    reason: reply.choice.reason,
    lines: spoken.lines,
    ...(reply.plan.reveal ? { revealed: reply.plan.reveal.id } : {}),
  };
}

/** The least guarded hidden fact whose trust threshold is met, unless the character is too upset to say it. */
function factReadyToTell(
  sc: SceneCharacter,
  affect: Affect,
  band: ReturnType<typeof affectBand>,
  alreadyTold: ReadonlySet<string> | undefined,
): HiddenFact | null {
  if (band === 'overwhelmed' || band === 'angry') return null;
  const ready = sc.character.hidden
    .filter((fact) => !alreadyTold?.has(fact.id) && affect.trust >= (sc.revealThresholds[fact.id] ?? 1))
    .sort((a, b) => (sc.revealThresholds[a.id] ?? 1) - (sc.revealThresholds[b.id] ?? 1));
  return ready[0] ?? null;
}

export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}'’-]+/gu);
  return matches ? matches.length : 0;
}
