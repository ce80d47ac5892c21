// Scores a span of an utterance against the cues in topic-lexicon.ts for question-focus.ts: the heaviest cue
// wins, a tie goes to the topic named first, a relation or a person named points at family, and a past-episode
// word turns some topics into history.

import { TOPICS, type Topic } from '../content/topics.ts';
import { type Cue, compileCue, matchCue } from './question-cues.ts';
import { type Span, type Tok, wordBefore, wordsOf } from './question-tokens.ts';
import { isIndefiniteBefore, isName, isRelation } from './question-words.ts';
import {
  CUE_WEIGHTS,
  GUARDED_CUES,
  type GuardedCue,
  PAST_EPISODE_CUES,
  PAST_EPISODE_TOPICS,
  RELATION_FAMILY_WEIGHT,
  TOPIC_CUES,
  type TopicCues,
} from './topic-lexicon.ts';

interface WeightedCue {
  topic: Topic;
  weight: number;
  cue: Cue;
  guard?: GuardedCue;
}

function buildCueIndex(): Map<string, WeightedCue[]> {
  const index = new Map<string, WeightedCue[]>();
  const add = (entry: WeightedCue): void => {
    for (const key of entry.cue.steps[0]?.alternatives ?? []) {
      const list = index.get(key);
      if (list) list.push(entry);
      else index.set(key, [entry]);
    }
  };
  for (const topic of TOPICS) {
    const cues: TopicCues = TOPIC_CUES[topic];
    for (const tier of Object.keys(CUE_WEIGHTS) as (keyof typeof CUE_WEIGHTS)[]) {
      for (const source of cues[tier] ?? [])
        add({ topic, weight: CUE_WEIGHTS[tier], cue: compileCue(source) });
    }
  }
  for (const guard of GUARDED_CUES)
    add({ topic: guard.topic, weight: guard.weight, cue: compileCue(guard.cue), guard });
  return index;
}

/** Cues by every form of their first word, built on first use. */
let cueIndex: Map<string, WeightedCue[]> | null = null;

const PAST_CUES: readonly Cue[] = PAST_EPISODE_CUES.map(compileCue);
const PAST_TOPICS: ReadonlySet<Topic> = new Set(PAST_EPISODE_TOPICS);

function guardBlocks(
  guard: GuardedCue,
  toks: readonly Tok[],
  words: readonly number[],
  first: number,
  last: number,
): boolean {
  const near = (from: number, to: number, list: readonly string[]): boolean => {
    for (let position = Math.max(0, from); position <= to && position < words.length; position += 1) {
      const tok = toks[words[position] as number] as Tok;
      if (list.includes(tok.lower) || list.includes(tok.lemma)) return true;
    }
    return false;
  };
  if (guard.unlessBefore && near(first - guard.unlessBefore.within, first - 1, guard.unlessBefore.words))
    return true;
  if (guard.unlessAfter && near(last + 1, last + guard.unlessAfter.within, guard.unlessAfter.words))
    return true;
  if (guard.unlessNext && near(last + 1, last + 1, guard.unlessNext)) return true;
  return false;
}

interface Scored {
  topic: Topic;
  weight: number;
  /** Position (in words) of the first cue of that weight. */
  first: number;
}

/** The topic a span of tokens is about, or null when no cue matches. */
export function scoreTopic(toks: readonly Tok[], span: Span): Topic | null {
  cueIndex ??= buildCueIndex();
  const words = wordsOf(toks, span);
  const best = new Map<Topic, Scored>();
  const offer = (topic: Topic, weight: number, first: number): void => {
    const current = best.get(topic);
    if (current === undefined || weight > current.weight) best.set(topic, { topic, weight, first });
  };
  for (let position = 0; position < words.length; position += 1) {
    const tok = toks[words[position] as number] as Tok;
    const seen = new Set<WeightedCue>();
    for (const key of tok.keys) {
      for (const entry of cueIndex.get(key) ?? []) {
        if (seen.has(entry)) continue;
        seen.add(entry);
        const last = matchCue(entry.cue, toks, words, position, span.end);
        if (last < 0) continue;
        if (entry.guard && guardBlocks(entry.guard, toks, words, position, last)) continue;
        offer(entry.topic, entry.weight, position);
      }
    }
    if (isRelation(tok) && !isIndefiniteBefore(toks, words[position] as number, span.start)) {
      offer('family', RELATION_FAMILY_WEIGHT, position);
    } else if (isNamedAbout(toks, words[position] as number, span.start)) {
      // "Tell me about Jean.": a person named as what to talk about.
      offer('family', RELATION_FAMILY_WEIGHT, position);
    }
  }
  let winner: Scored | null = null;
  for (const scored of best.values()) {
    if (
      winner === null ||
      scored.weight > winner.weight ||
      (scored.weight === winner.weight && scored.first < winner.first)
    ) {
      winner = scored;
    }
  }
  if (
    winner !== null &&
    PAST_TOPICS.has(winner.topic) &&
    mentionsPast(toks, words, span.end) &&
    !(winner.topic === 'safety' && mentionsFalls(toks, words))
  )
    return 'history';
  return winner?.topic ?? null;
}

/** A name straight after "about" that is not the owner of what follows ("about Jean", not "about Jean's sleep"). */
function isNamedAbout(toks: readonly Tok[], index: number, floor: number): boolean {
  if (wordBefore(toks, index, floor)?.lower !== 'about' || !isName(toks, index, floor)) return false;
  const next = toks[index + 1];
  return !(next !== undefined && next.lower === "'s");
}

/** "In the past week" is a recent stretch of time, not a past episode. */
const RECENT_SPANS: ReadonlySet<string> = new Set([
  'week',
  'weeks',
  'fortnight',
  'month',
  'months',
  'few',
  'couple',
  'day',
  'days',
  'night',
  'nights',
  'hour',
  'hours',
  'year',
]);

/**
 * Falls asked about, even before ("Has he had falls before?"), stay a matter of safety: in the read probe sets, 10 of
 * 14 such questions were labelled safety.
 */
function mentionsFalls(toks: readonly Tok[], words: readonly number[]): boolean {
  return words.some((i) => {
    const tok = toks[i];
    return tok !== undefined && (tok.lemma === 'fall' || tok.lower === 'falls' || tok.lower === 'fell');
  });
}

/** Whether a past-episode cue ("before", "previous", "in the past") occurs among the span's words. */
function mentionsPast(toks: readonly Tok[], words: readonly number[], spanEnd: number): boolean {
  for (let position = 0; position < words.length; position += 1) {
    for (const cue of PAST_CUES) {
      const last = matchCue(cue, toks, words, position, spanEnd);
      if (last < 0) continue;
      const next = toks[words[last + 1] ?? -1];
      if (next === undefined || !RECENT_SPANS.has(next.lower)) return true;
    }
  }
  return false;
}
