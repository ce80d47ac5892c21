// Each present character's distress, anger and trust turn by turn, for the debrief's plots.

import {
  AFFECT_DIMENSIONS,
  type Affect,
  type AffectDimension,
  type CharacterSummaryDto,
  type SessionWithTurnsDto,
} from '../../../server/protocol.ts';

/** One of the plotted feelings: the affect model's dimensions. */
export type Feeling = AffectDimension;

export interface AffectSeries {
  character: CharacterSummaryDto;
  /** x values: 0 for the start, then each turn's number as the transcript shows it (its index + 1). */
  turns: number[];
  /** y values in [0,1], one per x; null until the character's feelings are first known. */
  values: Record<Feeling, (number | null)[]>;
}

type Ended = Pick<SessionWithTurnsDto, 'characters' | 'initialAffect' | 'turns'>;

/** One series per present character, in the session's character order. */
export function affectSeries(ended: Ended): AffectSeries[] {
  const turns = [...ended.turns].sort((a, b) => a.index - b.index);
  return ended.characters
    .filter((character) => character.present)
    .map((character) => {
      const values: AffectSeries['values'] = { distress: [], anger: [], trust: [] };
      // A turn that does not mention the character leaves its feelings where they were.
      let last: Affect | undefined;
      const push = (affect: Affect | undefined): void => {
        if (affect && AFFECT_DIMENSIONS.every((feeling) => Number.isFinite(affect[feeling]))) last = affect;
        for (const feeling of AFFECT_DIMENSIONS) values[feeling].push(last ? clampUnit(last[feeling]) : null);
      };
      push(ended.initialAffect[character.id]);
      for (const turn of turns) push(turn.affect[character.id]);
      return { character, turns: [0, ...turns.map((turn) => turn.index + 1)], values };
    });
}

/** The transcript's 0-based turn index for a plotted x value; null for the start. */
export function turnIndexOf(turnNumber: number): number | null {
  return Number.isInteger(turnNumber) && turnNumber >= 1 ? turnNumber - 1 : null;
}

/** The first and last known value of a feeling, for a spoken summary. */
export function startAndEnd(series: AffectSeries, feeling: Feeling): { start: number; end: number } | null {
  const known = series.values[feeling].filter((value): value is number => value !== null);
  const start = known[0];
  const end = known[known.length - 1];
  return start === undefined || end === undefined ? null : { start, end };
}

function clampUnit(value: number): number {
  return Math.min(1, Math.max(0, value));
}
