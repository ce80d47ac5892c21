// The offline conversation engine: composes a character's reply from the scenario's authored lines for the
// character's affect band and the reply intent, never repeating a line while an alternative remains.

import type { Character, HiddenFact, LinesByBand } from '../content/scenario-schema.ts';
import type { AffectBand } from './affect-types.ts';
import type { ReplyIntent } from './reply-intents.ts';

export interface ReplyPlan {
  character: Character;
  intent: ReplyIntent;
  band: AffectBand;
  /** A hidden fact the character is ready to tell now. */
  reveal: HiddenFact | null;
  /** An angry character cuts the learner off before answering. */
  interrupt: boolean;
  /** The learner cut this character off mid-reply just before this turn. */
  wasCutOff: boolean;
}

/** How a character who was cut off picks up, by band (none when overwhelmed: they have no words to spare). */
const AFTER_CUT_OFF: Partial<Record<AffectBand, string>> = {
  angry: "I hadn't finished.",
  guarded: 'Sorry.',
  open: 'Sorry, go on.',
  settled: 'Sorry, go on.',
};

export interface ComposedReply {
  text: string;
  /** Keys of the authored lines used, in order (stored so later turns avoid them). */
  lines: string[];
}

/** Composes the reply for a plan; `usedLines` lists line keys already spoken by this character, oldest first. */
export function composeReply(
  plan: ReplyPlan,
  usedLines: readonly string[],
  random: () => number,
): ComposedReply {
  const used = new Set(usedLines);
  const parts: { key: string; text: string }[] = [];
  const { character, band } = plan;
  const pickUp = plan.wasCutOff ? AFTER_CUT_OFF[band] : undefined;
  if (plan.interrupt) {
    const cutIn = pickLine(
      character,
      [
        ['interrupt', band],
        ['interrupt', 'any'],
      ],
      used,
      usedLines,
      random,
    );
    if (cutIn) parts.push(cutIn);
  }
  const brief = band === 'overwhelmed';
  const revealLine = plan.reveal ? pickFromPools([revealPool(plan.reveal)], used, usedLines, random) : null;
  // Someone in shock says one short thing; otherwise the intent line leads and the revealed fact follows.
  if (!(revealLine && (plan.intent === 'fallback' || plan.intent === 'answer-open'))) {
    const main = pickLine(
      character,
      [
        [plan.intent, band],
        [plan.intent, 'any'],
        ['fallback', band],
        ['fallback', 'any'],
      ],
      used,
      usedLines,
      random,
    );
    if (main) parts.push(main);
  }
  if (revealLine && !(brief && parts.length > 0)) parts.push(revealLine);
  for (const part of parts) used.add(part.key);
  const text = parts.map((p) => p.text).join(' ');
  return { text: pickUp ? `${pickUp} ${text}` : text, lines: parts.map((p) => p.key) };
}

type PoolRef = readonly [ReplyIntent, AffectBand | 'any'];
interface Pool {
  keyPrefix: string;
  lines: readonly string[];
}

type Picked = { key: string; text: string };

function pickLine(
  character: Character,
  refs: readonly PoolRef[],
  used: ReadonlySet<string>,
  usedInOrder: readonly string[],
  random: () => number,
): Picked | null {
  const pools: Pool[] = [];
  for (const [intent, band] of refs) {
    const lines = (character.lines[intent] as LinesByBand | undefined)?.[band];
    if (lines && lines.length > 0) pools.push({ keyPrefix: `${intent}.${band}`, lines });
  }
  return pickFromPools(pools, used, usedInOrder, random);
}

/** The most specific pool with an unused line wins; when all are spent, the least recently used line returns. */
function pickFromPools(
  pools: readonly Pool[],
  used: ReadonlySet<string>,
  usedInOrder: readonly string[],
  random: () => number,
): Picked | null {
  for (const pool of pools) {
    const fresh = pool.lines.map((_, i) => i).filter((i) => !used.has(`${pool.keyPrefix}.${i}`));
    if (fresh.length > 0) return lineAt(pool, fresh[Math.floor(random() * fresh.length)] as number);
  }
  const first = pools[0];
  return first ? leastRecentlyUsed(first, usedInOrder) : null;
}

function revealPool(fact: HiddenFact): Pool {
  return { keyPrefix: `reveal.${fact.id}`, lines: fact.lines };
}

function leastRecentlyUsed(pool: Pool, usedInOrder: readonly string[]): Picked {
  let best = 0;
  let bestAt = Number.POSITIVE_INFINITY;
  pool.lines.forEach((_, i) => {
    const at = usedInOrder.lastIndexOf(`${pool.keyPrefix}.${i}`);
    if (at < bestAt) {
      best = i;
      bestAt = at;
    }
  });
  return lineAt(pool, best);
}

function lineAt(pool: Pool, i: number): Picked {
  return { key: `${pool.keyPrefix}.${i}`, text: pool.lines[i] as string };
}
