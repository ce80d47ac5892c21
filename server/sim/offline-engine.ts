// The offline conversation engine: composes a character's reply from the scenario's authored lines for the reply
// intent (or the topic asked about) and the character's affect band. A line is said only when the conversation
// allows it (before or after the news; no word the learner has not yet brought up), never twice while an
// alternative remains, and never with a sentence the character said in its last few replies.

import type { AffectBand } from '../content/affect-types.ts';
import type { ReplyIntent } from '../content/reply-intents.ts';
import type { AuthoredLine, Character, HiddenFact, LinesByBand } from '../content/scenario-schema.ts';
import { TOPICS, type Topic } from '../content/topics.ts';
import { usesUnsaidTerm } from './dialogue-state.ts';
import { FOLLOWS_UP, RARE_IN_LINES } from './follow-up.ts';
import { echoesUnsaid, keysHit, questionKeys, sharedKeys, wordKeys } from './line-relevance.ts';
import { sentenceKeys } from './line-variety.ts';

/** How a character answers a question on a topic: from its lines, deflecting (trust too low), or not knowing. */
export type TopicAnswer = 'topic' | 'deflect' | 'dont-know';

export interface ReplyPlan {
  character: Character;
  intent: ReplyIntent;
  band: AffectBand;
  /**
   * The topic asked about and how this character answers it (intent `answer-topic`); a topic of null is a closed
   * question on something the character has no fact for (intent `answer-closed`, answered as not knowing).
   */
  topic: {
    topic: Topic | null;
    answer: TopicAnswer;
    aboutSelf?: boolean;
    /** Not asked: the learner told what happens next, and the character answers from the plan if they can. */
    followsStatement?: boolean;
    /**
     * Asked harshly: the character answers in the words it has for its state, then says what it thinks of being
     * asked so ("Course it hurts. I fell down steps. Call who you like. I'm going.").
     */
    withIntent?: boolean;
  } | null;
  /**
   * The learner offered them something ("Would you like some water?", "Would you like a minute?"): a yes or a no
   * is taken as an offer is, not given as leave ("Of course, take your time").
   */
  offered?: boolean;
  /** A hidden fact the character is ready to tell now. */
  reveal: HiddenFact | null;
  /** For intent `react-to-reveal`: the fact someone just told in front of this character. */
  reactTo: HiddenFact | null;
  /** An angry character cuts the learner off before answering. */
  interrupt: boolean;
  /** The learner cut this character off mid-reply just before this turn. */
  wasCutOff: boolean;
}

/** What the conversation allows this character to say now. */
export interface LineContext {
  newsGiven: boolean;
  /** Words only the learner may introduce that it has not yet said. */
  unsaidTerms: readonly string[];
  /** The sentences of this character's last few replies. */
  recent: readonly (readonly string[])[];
  /** The character has not spoken yet in this session. */
  firstReply: boolean;
  /** The content words of the learner's question, to prefer the answer that speaks to them. */
  questionKeys?: ReadonlySet<string> | undefined;
  /** The content words of the last of several questions, which count three times: it is the one left to answer. */
  lastQuestionKeys?: ReadonlySet<string> | undefined;
  /** For a "who" question, words naming people, which count as the question's words do. */
  personKeys?: ReadonlySet<string> | undefined;
  /** The question asks who they want in the room ("Are you happy for Tom to stay?"). */
  asksWhoStays?: boolean | undefined;
  /** The content words of a learner turn that asks nothing: a line asking back only about them is not fresh. */
  statedKeys?: ReadonlySet<string> | undefined;
  /** Every word of the learner's turn, as comparison keys: a line throwing a word back needs it said. */
  turnKeys?: ReadonlySet<string> | undefined;
  /** The words of the learner's question that this character said in its last reply (see follow-up.ts). */
  followUpKeys?: ReadonlySet<string> | undefined;
  /** The hidden facts this character has already told. */
  revealed?: ReadonlySet<string> | undefined;
}

/** Pools of answers on the topic asked, where the words of the question choose among the lines. */
const ANSWER_POOL = /^(?:topic|self)\./;

/** How a character who was cut off picks up, by band (none when overwhelmed: they have no words to spare). */
const AFTER_CUT_OFF: Partial<Record<AffectBand, string>> = {
  angry: "I hadn't finished.",
  guarded: 'Sorry.',
  open: 'Sorry.',
  settled: 'Sorry.',
};

/** An honest "I don't know" for a character whose file has none. */
const DEFAULT_DONT_KNOW: readonly AuthoredLine[] = [
  { text: "I don't know, to be honest." },
  { text: "I couldn't tell you." },
  { text: "I'm not sure. I've not thought about it." },
];

/** Taking up an offer, by state. The characters' own yes-or-no lines give leave, and answer a request. */
const DEFAULT_ACCEPT: Readonly<Record<AffectBand, readonly AuthoredLine[]>> = {
  overwhelmed: [{ text: 'I… yes. Thank you.' }, { text: "I don't know. Yes. Please." }],
  angry: [{ text: "Fine. That's not what I need, though." }, { text: 'Whatever. Just get on with it.' }],
  guarded: [{ text: 'Alright. Thanks.' }, { text: 'Go on, then.' }],
  open: [{ text: 'Yes, please. Thank you.' }, { text: 'That would help, thank you.' }],
  settled: [{ text: "That's kind. Yes, please." }, { text: 'Thank you. I will.' }],
};

/** Intents a revealed fact can follow: the character is already talking about itself. */
const REVEAL_FOLLOWS: readonly ReplyIntent[] = [
  'feel-heard',
  'feel-respected',
  'state-preference',
  'tell-understanding',
  'confirm-summary',
];

export interface ComposedReply {
  text: string;
  /** Keys of the authored lines used, in order (stored so later turns avoid them). */
  lines: string[];
}

/** Composes the reply for a plan; `usedLines` lists line keys already spoken by this character, oldest first. */
export function composeReply(
  plan: ReplyPlan,
  usedLines: readonly string[],
  context: LineContext,
  random: () => number,
): ComposedReply {
  const picker = new LinePicker(usedLines, context, random);
  const { character, band } = plan;
  const parts: Picked[] = [];
  const add = (picked: Picked | null) => {
    if (picked) {
      parts.push(picked);
      picker.markUsed(picked);
    }
  };
  if (plan.interrupt) add(picker.pick(bandPools(character.lines.interrupt, 'interrupt', band)));
  if (plan.intent === 'give-name') {
    // The name is the character's own; a first reply goes on to the greeting, if the author wrote one.
    const first = character.name.split(' ')[0] ?? character.name;
    const greeting = context.firstReply ? picker.pick(bandPools(character.lines.greet, 'greet', band)) : null;
    // A greeting that gives the name itself ("I'm Grace, Peter's wife") needs no "I'm Grace." before it.
    if (!greeting?.text.toLowerCase().includes(first.toLowerCase()))
      parts.push({
        key: 'name',
        text:
          band === 'angry' || band === 'guarded' || band === 'overwhelmed' ? `${first}.` : `I'm ${first}.`,
      });
    add(greeting);
    return finish(plan, parts);
  }
  const revealLine = plan.reveal ? picker.pick([revealPool(plan.reveal)]) : null;
  // A fact told on a question's topic follows the answer to that question; otherwise it follows a compatible
  // intent line, or stands alone where the intent has nothing of its own to say.
  if (revealLine && plan.intent !== 'answer-topic' && !REVEAL_FOLLOWS.includes(plan.intent)) {
    add(revealLine);
  } else {
    // The answer comes first: many answers are written to follow the question at once ("That you lot will…").
    // Asked again, harshly, they say it again ("Tuesday. I brought her in on Tuesday…"), but never a line just said.
    if (plan.topic?.withIntent) add(picker.pick(answerInState(plan), { unechoedOnly: true }));
    const followUp =
      context.followUpKeys && context.followUpKeys.size > 0 && FOLLOWS_UP.includes(plan.intent)
        ? picker.pickFollowUp(
            followUpPools(character, band, context.revealed ?? new Set()),
            context.followUpKeys,
          )
        : null;
    add(followUp ?? picker.pick(mainPools(plan)) ?? picker.pick(dontKnowPools(plan.character, band)));
    if (revealLine && band !== 'overwhelmed') add(revealLine);
  }
  return finish(plan, parts);
}

function finish(plan: ReplyPlan, parts: readonly Picked[]): ComposedReply {
  const pickUp = plan.wasCutOff ? AFTER_CUT_OFF[plan.band] : undefined;
  const text = parts.map((p) => p.text).join(' ');
  return {
    text: pickUp ? `${pickUp} ${text}` : text,
    lines: parts.map((p) => p.key).filter((k) => k !== 'name'),
  };
}

/** The pools a reply's main line comes from, most specific first. */
function mainPools(plan: ReplyPlan): Pool[] {
  const { character, band } = plan;
  if (plan.intent === 'react-to-reveal' && plan.reactTo) {
    const lines = plan.reactTo.reactions[character.id] ?? [];
    return [{ keyPrefix: `react.${plan.reactTo.id}`, lines }];
  }
  if (plan.topic?.followsStatement && plan.topic.topic) {
    // What they think of the plan, else whatever follows any information: never "I don't know" to a statement.
    return [
      ...bandPools(character.topics[plan.topic.topic], `topic.${plan.topic.topic}`, band),
      ...bandPools(character.lines[plan.intent], plan.intent, band),
      ...bandPools(character.lines.fallback, 'fallback', band),
    ];
  }
  if (plan.topic && (plan.intent === 'answer-topic' || plan.intent === 'answer-closed')) {
    const { topic, answer } = plan.topic;
    const authored = topic ? character.topics[topic] : undefined;
    const dontKnow = dontKnowPools(character, band);
    if (answer === 'topic' && authored) {
      // A relative asked about themselves answers from their own lines where the author wrote some (and never
      // from the lines about the patient, even once their own are spent).
      const own = plan.topic.aboutSelf ? bandPools(authored.self, `self.${topic}`, band) : [];
      return own.length > 0 ? own : [...bandPools(authored, `topic.${topic}`, band), ...dontKnow];
    }
    if (answer === 'deflect' && authored?.deflect)
      return [...bandPools(authored.deflect, `deflect.${topic}`, band), ...dontKnow];
    return dontKnow;
  }
  if (plan.offered && plan.intent === 'answer-closed')
    return [{ keyPrefix: `accept.${band}`, lines: DEFAULT_ACCEPT[band] }];
  return [
    ...bandPools(character.lines[plan.intent], plan.intent, band),
    ...bandPools(character.lines.fallback, 'fallback', band),
  ];
}

/**
 * The answer said with a hostile line: only one written for the character's state will do (a calm answer beside
 * "Don't talk to me like that" would clash).
 */
function answerInState(plan: ReplyPlan): Pool[] {
  const topic = plan.topic?.topic;
  const authored = topic ? plan.character.topics[topic] : undefined;
  if (!topic || !authored) return [];
  return bandPools(authored, `topic.${topic}`, plan.band).filter((p) => !p.keyPrefix.endsWith('.any'));
}

/** The character's honest "I don't know", then the engine's own. */
function dontKnowPools(character: Character, band: AffectBand): Pool[] {
  return [
    ...bandPools(character.dontKnow, 'dont-know', band),
    { keyPrefix: 'dont-know.default', lines: DEFAULT_DONT_KNOW },
  ];
}

interface Pool {
  keyPrefix: string;
  lines: readonly AuthoredLine[];
}

type Picked = { key: string; text: string };

/** The band's own lines, then the `any` lines. */
function bandPools(lines: LinesByBand | undefined, prefix: string, band: AffectBand): Pool[] {
  const pools: Pool[] = [];
  for (const key of [band, 'any'] as const) {
    const list = lines?.[key];
    if (list && list.length > 0) pools.push({ keyPrefix: `${prefix}.${key}`, lines: list });
  }
  return pools;
}

function revealPool(fact: HiddenFact): Pool {
  return { keyPrefix: `reveal.${fact.id}`, lines: fact.lines };
}

/** Every line the character may answer a follow-up with in this state: each topic's lines, and the facts it told. */
function followUpPools(character: Character, band: AffectBand, revealed: ReadonlySet<string>): Pool[] {
  return [
    ...TOPICS.flatMap((topic) => bandPools(character.topics[topic], `topic.${topic}`, band)),
    ...character.hidden.filter((fact) => revealed.has(fact.id)).map(revealPool),
  ];
}

/** A reply that asks for the learner's words again. */
const ASKS_TO_REPEAT =
  /\b(?:lost (?:that|you|the thread)|say (?:it|that) again|say again|zoned out|didn't catch|mind went somewhere|missed that)\b/i;
/** Words (of three letters or more) in a learner turn clear enough that a character would not ask for it again. */
const CLEAR_TURN_WORDS = 5;

/** Picks lines for one reply, remembering what this reply and earlier ones used. */
class LinePicker {
  private readonly used: Set<string>;
  private readonly recent: ReadonlySet<string>;
  constructor(
    private readonly usedInOrder: readonly string[],
    private readonly context: LineContext,
    private readonly random: () => number,
  ) {
    this.used = new Set(usedInOrder);
    this.recent = new Set(context.recent.flat());
  }

  private echoes(line: AuthoredLine): boolean {
    return this.recent.size > 0 && keysOf(line).sentences.some((key) => this.recent.has(key));
  }

  /** "Can it be cured?" just after "It can't be cured, but…": a question the learner's words have just answered. */
  private asksWhatWasSaid(line: AuthoredLine): boolean {
    const stated = this.context.statedKeys;
    if (!stated || stated.size === 0) return false;
    return keysOf(line).questions.some((keys) => keys.length > 0 && keys.every((k) => stated.has(k)));
  }

  markUsed(picked: Picked): void {
    this.used.add(picked.key);
  }

  /**
   * The most specific pool with a line never used and not echoing a recent reply wins; then a used line that
   * echoes nothing recent (least recently used first); then any line the conversation allows. With `unechoedOnly`,
   * only the first two: null rather than a line that echoes a recent reply.
   */
  pick(pools: readonly Pool[], options: { unechoedOnly?: boolean } = {}): Picked | null {
    const candidates = this.allowedIn(pools);
    const fresh = this.freshIn(candidates);
    const company = this.context.asksWhoStays ? firstKeptFor('who-stays', fresh) : null;
    if (company) return company;
    const relevant = this.mostRelevant(fresh);
    if (relevant) return relevant;
    // Past here a line is not chosen for the question's words, so a line kept for being asked is left out.
    const unasked = (pool: Pool, lines: readonly number[]) =>
      lines.filter((i) => !(pool.lines[i] as AuthoredLine).ifAsked);
    for (const { pool, lines } of fresh) {
      const open = unasked(pool, lines);
      if (open.length > 0) return lineAt(pool, open[Math.floor(this.random() * open.length)] as number);
    }
    const rest = candidates.map(({ pool, allowed }) => ({ pool, allowed: unasked(pool, allowed) }));
    for (const { pool, allowed } of rest) {
      const quiet = allowed.filter((i) => !this.echoes(pool.lines[i] as AuthoredLine));
      if (quiet.length > 0) return this.leastRecentlyUsed(pool, quiet);
    }
    if (options.unechoedOnly) return null;
    const first = rest.find((c) => c.allowed.length > 0);
    return first ? this.leastRecentlyUsed(first.pool, first.allowed) : null;
  }

  private allowedIn(pools: readonly Pool[]): { pool: Pool; allowed: number[] }[] {
    return pools.map((pool) => ({
      pool,
      allowed: pool.lines.map((_, i) => i).filter((i) => this.allowed(pool.lines[i] as AuthoredLine, pool)),
    }));
  }

  private freshIn(candidates: readonly { pool: Pool; allowed: readonly number[] }[]) {
    return candidates.map(({ pool, allowed }) => ({
      pool,
      lines: allowed.filter(
        (i) =>
          !this.used.has(`${pool.keyPrefix}.${i}`) &&
          !this.echoes(pool.lines[i] as AuthoredLine) &&
          !this.asksWhatWasSaid(pool.lines[i] as AuthoredLine),
      ),
    }));
  }

  /**
   * A fresh line that speaks again of a word the character said and the learner asks about, where that word names
   * something particular (it is in few of the character's lines); the rarer the words it shares, the better.
   */
  pickFollowUp(pools: readonly Pool[], keys: ReadonlySet<string>): Picked | null {
    const linesWith = new Map<string, number>();
    for (const pool of pools)
      for (const line of pool.lines)
        for (const key of keysHit(keysOf(line).words, keys))
          linesWith.set(key, (linesWith.get(key) ?? 0) + 1);
    const rare = new Set([...keys].filter((k) => (linesWith.get(k) ?? 0) <= RARE_IN_LINES));
    if (rare.size === 0) return null;
    let best: Picked | null = null;
    let bestScore = 0;
    for (const { pool, lines } of this.freshIn(this.allowedIn(pools)))
      for (const i of lines) {
        const hits = keysHit(keysOf(pool.lines[i] as AuthoredLine).words, rare);
        const score = [...hits].reduce((sum, k) => sum + 1 / (linesWith.get(k) ?? 1), 0);
        if (score > bestScore) {
          bestScore = score;
          best = lineAt(pool, i);
        }
      }
    return best;
  }

  /**
   * Among fresh answers on the topic, one that shares the most words with the question, if any does. A word shared
   * with fewer of the answers weighs more: to "Have you made any plans to end your life?" among lines that all speak
   * of ending her life, the one that speaks of a plan answers it.
   */
  private mostRelevant(fresh: readonly { pool: Pool; lines: readonly number[] }[]): Picked | null {
    const keys = this.context.questionKeys ?? new Set<string>();
    const people = this.context.personKeys ?? new Set<string>();
    if (keys.size === 0 && people.size === 0) return null;
    const last = this.context.lastQuestionKeys ?? new Set<string>();
    const answers = fresh
      .filter(({ pool }) => ANSWER_POOL.test(pool.keyPrefix))
      .flatMap(({ pool, lines }) =>
        lines.map((i) => {
          const line = keysOf(pool.lines[i] as AuthoredLine);
          return { pool, i, line, onContent: keysHit(line.words, keys) };
        }),
      );
    const linesWith = new Map<string, number>();
    for (const { onContent } of answers)
      for (const key of onContent) linesWith.set(key, (linesWith.get(key) ?? 0) + 1);
    const weighed = (hits: ReadonlySet<string>) =>
      [...hits].reduce((sum, key) => sum + 1 / (linesWith.get(key) ?? 1), 0);
    let best = 0;
    let picks: Picked[] = [];
    for (const { pool, i, line, onContent } of answers) {
      // A line that only says the question's words back ("To leave." to "What's making you want to leave?")
      // shares them without answering: it is not preferred.
      if (line.content.every((k) => keys.has(k))) continue;
      const kept = (pool.lines[i] as AuthoredLine).ifAsked;
      if (kept === 'who-stays' || (kept && onContent.size === 0)) continue;
      const shared =
        weighed(onContent) + 2 * weighed(keysHit(line.words, last)) + sharedKeys(line.words, people);
      if (shared > best + 1e-9) {
        best = shared;
        picks = [];
      }
      if (Math.abs(shared - best) <= 1e-9 && shared > 0) picks.push(lineAt(pool, i));
    }
    return picks.length > 0 ? (picks[Math.floor(this.random() * picks.length)] as Picked) : null;
  }

  private allowed(line: AuthoredLine, pool: Pool): boolean {
    if (line.when === 'before-news' && this.context.newsGiven) return false;
    if (line.when === 'after-news' && !this.context.newsGiven) return false;
    // "Sorry, mate, lost that. Say it again?" answers words that did not carry, not a clear sentence.
    if (
      pool.keyPrefix.startsWith('fallback.') &&
      ASKS_TO_REPEAT.test(line.text) &&
      (this.context.turnKeys?.size ?? 0) >= CLEAR_TURN_WORDS
    )
      return false;
    return (
      !usesUnsaidTerm(line.text, this.context.unsaidTerms) && !echoesUnsaid(line.text, this.context.turnKeys)
    );
  }

  private leastRecentlyUsed(pool: Pool, indexes: readonly number[]): Picked {
    let best = indexes[0] as number;
    let bestAt = Number.POSITIVE_INFINITY;
    for (const i of indexes) {
      const at = this.usedInOrder.lastIndexOf(`${pool.keyPrefix}.${i}`);
      if (at < bestAt) {
        best = i;
        bestAt = at;
      }
    }
    return lineAt(pool, best);
  }
}

/** The first fresh line kept for a kind of question. */
function firstKeptFor(
  kind: AuthoredLine['ifAsked'],
  fresh: readonly { pool: Pool; lines: readonly number[] }[],
): Picked | null {
  for (const { pool, lines } of fresh) {
    const i = lines.find((index) => (pool.lines[index] as AuthoredLine).ifAsked === kind);
    if (i !== undefined) return lineAt(pool, i);
  }
  return null;
}

/** An authored line's sentence and word keys, worked out once per line (lines live as long as their scenario). */
interface LineKeys {
  sentences: string[];
  words: string[];
  /** The content words of each question the line asks. */
  questions: string[][];
  /** The line's content words (common words left out). */
  content: string[];
}
const LINE_KEYS = new WeakMap<AuthoredLine, LineKeys>();
function keysOf(line: AuthoredLine): LineKeys {
  let keys = LINE_KEYS.get(line);
  if (!keys) {
    const questions = (line.text.match(/[^.?!]*\?/g) ?? []).map((q) => [...questionKeys(q)]);
    const content = [...questionKeys(line.text)];
    keys = { sentences: sentenceKeys(line.text), words: wordKeys(line.text), questions, content };
    LINE_KEYS.set(line, keys);
  }
  return keys;
}

function lineAt(pool: Pool, i: number): Picked {
  return { key: `${pool.keyPrefix}.${i}`, text: (pool.lines[i] as AuthoredLine).text };
}
