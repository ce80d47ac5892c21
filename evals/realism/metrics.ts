// Realism measures on simulated conversations, computed from what the characters said and from the probe
// labels, so they hold the engine to what a learner would notice.

import type { Scenario } from '../../server/content/scenario-schema.ts';
import { wordsOf } from '../../server/sim/dialogue-state.ts';
import { sentenceKeys } from '../../server/sim/line-variety.ts';
import { asksAgreement, asksLeave } from '../../server/sim/question-kinds.ts';
import type { SimulatedTurn } from '../../tests/support/simulate.ts';
import type { ProbeConversation } from './conversations.ts';

export interface RealismCounts {
  conversations: number;
  characterReplies: number;
  probes: number;
  onTopic: number;
  /** Probes naming who should answer, and how many of those that person answered. */
  directedProbes: number;
  rightSpeaker: number;
  /** Probes answered with an honest "I don't know" (the character has nothing authored on the topic). */
  dontKnow: number;
  stageErrors: number;
  inventedFacts: number;
  presenceLeaks: number;
  repeatedReplies: number;
  harmfulTurns: number;
  wrongDirectionAffect: number;
  /** One line per finding, for reading the failures. */
  findings: string[];
}

export interface RealismReport extends Omit<RealismCounts, 'findings'> {
  onTopicRate: number;
  rightSpeakerRate: number;
  repeatRate: number;
}

export function emptyCounts(): RealismCounts {
  return {
    conversations: 0,
    characterReplies: 0,
    probes: 0,
    onTopic: 0,
    directedProbes: 0,
    rightSpeaker: 0,
    dontKnow: 0,
    stageErrors: 0,
    inventedFacts: 0,
    presenceLeaks: 0,
    repeatedReplies: 0,
    harmfulTurns: 0,
    wrongDirectionAffect: 0,
    findings: [],
  };
}

const GREETING = /^(hello|hi|hiya|hey|afternoon|morning|evening|good (morning|afternoon|evening))\b/i;
/** Things said only while waiting for news. */
const AWAITING_NEWS =
  /\b(is it bad|what did (the|my) (scan|test|tests|results?) (show|say)|have you got (the|my) results|what'?s wrong with (me|him|her))\b/i;
/** A reply that takes a side on a yes-or-no question. */
const YES_OR_NO = /^(yes|yeah|yep|no|nope|nah)\b/i;
const REPEAT_WINDOW = 8;
/** Pain is a symptom: a question on one answered on the other is on topic to any listener. */
const SAME_TOPIC: Record<string, readonly string[]> = { symptoms: ['pain'], pain: ['symptoms'] };
/**
 * Reply intents whose lines are written as answers to questions on a topic ("what do you understand…"). Weighing a
 * choice put to them answers on their wishes: the brief's wishes are "what they want, prefer, would like to happen;
 * how they want information; choices".
 */
const INTENT_ANSWERS: Record<string, readonly string[]> = {
  'tell-understanding': ['understanding'],
  'state-preference': ['wishes'],
  'consider-choice': ['wishes'],
  'feel-heard': ['mood', 'fears'],
};

/** Adds one simulated conversation's findings to the counts. */
export function scoreConversation(
  counts: RealismCounts,
  scenario: Scenario,
  present: readonly string[],
  conversation: ProbeConversation,
  turns: readonly SimulatedTurn[],
): void {
  counts.conversations++;
  const where = (i: number) => `${scenario.id}/${conversation.id}#${i + 1}`;
  const spoken = new Map<string, string[][]>();
  let newsGiven = false;
  const learnerWords = new Set<string>();
  turns.forEach((turn, i) => {
    const label = conversation.turns[i];
    for (const w of wordsOf(turn.learner)) learnerWords.add(w);
    newsGiven ||= label?.news === true;
    for (const reply of turn.replies) {
      counts.characterReplies++;
      const mine = spoken.get(reply.speaker) ?? [];
      const stage = stageError(
        reply.text,
        mine.length > 0,
        newsGiven,
        scenario.learnerIntroduces,
        learnerWords,
      );
      if (stage) {
        counts.stageErrors++;
        counts.findings.push(`stage ${where(i)} ${reply.speaker}: ${stage}: "${reply.text}"`);
      }
      const recent = new Set(mine.slice(-REPEAT_WINDOW).flat());
      if (sentenceKeys(reply.text).some((k) => recent.has(k))) {
        counts.repeatedReplies++;
        counts.findings.push(`repeat ${where(i)} ${reply.speaker}: "${reply.text}"`);
      }
      mine.push(sentenceKeys(reply.text));
      spoken.set(reply.speaker, mine);
      const leak = presenceLeak(scenario, present, reply.speaker, reply.text, turn);
      if (leak) {
        counts.presenceLeaks++;
        counts.findings.push(`presence ${where(i)} ${reply.speaker}: ${leak}`);
      }
    }
    if (label?.probe) scoreProbe(counts, scenario, label.probe, turn, where(i));
    if (label?.harmful) {
      counts.harmfulTurns++;
      for (const id of present) {
        const before = turn.affectBefore[id];
        const after = turn.affect[id];
        if (before && after && (after.trust > before.trust || after.anger < before.anger)) {
          counts.wrongDirectionAffect++;
          counts.findings.push(
            `affect ${where(i)} ${id}: trust ${before.trust}→${after.trust}, anger ${before.anger}→${after.anger} after "${turn.learner}"`,
          );
        }
      }
    }
  });
}

/**
 * Whether a reply answers on a probe's topic: a line on it (or on a topic that counts as it), or an intent written as
 * its answer. The brief's plan is "what happens next; tests, treatment, follow-up; what they agree to": a plan put to
 * them for agreement ("Can we try that?") is answered by agreeing or not.
 */
export function answersOn(
  reply: { intent: string; meta: { topic?: unknown } },
  topic: string,
  learner = '',
): boolean {
  return (
    reply.meta.topic === topic ||
    SAME_TOPIC[topic]?.includes(String(reply.meta.topic)) === true ||
    (reply.meta.topic === undefined && INTENT_ANSWERS[reply.intent]?.includes(topic) === true) ||
    (topic === 'plan' && reply.intent === 'answer-closed' && asksAgreement(learner))
  );
}

function scoreProbe(
  counts: RealismCounts,
  scenario: Scenario,
  probe: { topic: string; to?: string | undefined },
  turn: SimulatedTurn,
  where: string,
): void {
  counts.probes++;
  const first = turn.replies[0];
  if (probe.to) {
    counts.directedProbes++;
    if (first?.speaker === probe.to) counts.rightSpeaker++;
  }
  const answering = probe.to ? turn.replies.filter((r) => r.speaker === probe.to) : turn.replies;
  const onTopic = answering.find((r) => answersOn(r, probe.topic, turn.learner));
  const character = scenario.characters.find((c) => c.id === onTopic?.speaker);
  const authored = character?.topics[onTopic?.meta.topic as keyof typeof character.topics] !== undefined;
  if (onTopic && (onTopic.meta.answer !== 'dont-know' || !authored)) {
    counts.onTopic++;
    if (onTopic.meta.answer === 'dont-know') counts.dontKnow++;
  } else {
    const said = turn.replies.map((r) => `${r.speaker}[${String(r.meta.topic ?? r.intent)}] "${r.text}"`);
    counts.findings.push(
      `off-topic ${where} (${probe.topic}${probe.to ? ` to ${probe.to}` : ''}): "${turn.learner}" → ${said.join(' ')}`,
    );
  }
  // A yes or a no that did not come from the character's facts on the topic makes a fact up; accepting an offer or
  // agreeing to a request ("Fancy a cup of tea?", "Will you wait forty minutes?") states no fact.
  const offerOrRequest = asksLeave(turn.learner) || asksAgreement(turn.learner);
  for (const reply of offerOrRequest ? [] : answering) {
    const fromFacts = reply.meta.topic !== undefined || reply.meta.revealed !== undefined;
    if (!fromFacts && YES_OR_NO.test(reply.text.trim())) {
      counts.inventedFacts++;
      counts.findings.push(`invented ${where} ${reply.speaker}: "${turn.learner}" → "${reply.text}"`);
    }
  }
}

function stageError(
  text: string,
  spokeBefore: boolean,
  newsGiven: boolean,
  learnerIntroduces: readonly string[],
  learnerWords: ReadonlySet<string>,
): string | null {
  if (spokeBefore && GREETING.test(text.trim())) return 'greets again';
  if (newsGiven && AWAITING_NEWS.test(text)) return 'waits for news already given';
  const line = ` ${wordsOf(text).join(' ')} `;
  for (const term of learnerIntroduces) {
    const words = wordsOf(term);
    if (line.includes(` ${words.join(' ')} `) && !words.every((w) => learnerWords.has(w)))
      return `says "${term}" before the learner did`;
  }
  return null;
}

/** A secret said in front of someone it is kept from, without the scenario allowing it or without their reaction. */
function presenceLeak(
  scenario: Scenario,
  present: readonly string[],
  speaker: string,
  text: string,
  turn: SimulatedTurn,
): string | null {
  const character = scenario.characters.find((c) => c.id === speaker);
  for (const fact of character?.hidden ?? []) {
    const said = fact.lines.some((line) => text.includes(line.text));
    if (!said) continue;
    const there = fact.hiddenFrom.filter((id) => present.includes(id));
    if (there.length === 0) continue;
    if (!fact.tellInFront) return `"${fact.id}" said in front of ${there.join(', ')}`;
    const silent = there.filter(
      (id) => !turn.replies.some((r) => r.speaker === id && r.meta.reactedTo === fact.id),
    );
    if (silent.length > 0) return `"${fact.id}" came out and ${silent.join(', ')} did not react`;
  }
  return null;
}

export function summarise(counts: RealismCounts): RealismReport {
  const { findings: _findings, ...rest } = counts;
  const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 1000) / 1000);
  return {
    ...rest,
    onTopicRate: ratio(counts.onTopic, counts.probes),
    rightSpeakerRate: ratio(counts.rightSpeaker, counts.directedProbes),
    repeatRate: ratio(counts.repeatedReplies, counts.characterReplies),
  };
}
