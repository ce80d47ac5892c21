// The learner model as the lobby shows it: plain skill names, and logit ratings turned into a 0-100 scale.

import type { HistoryPoint, Skill } from '../../../server/protocol.ts';
import type { BedsideState } from './bedside-state.ts';

/** Plain names for the model's skills, in the order the lobby lists them. */
export const SKILL_LABELS: Readonly<Record<Skill, string>> = {
  'delivering-bad-news': 'Breaking bad news',
  'responding-to-emotion': 'Responding to emotion',
  'de-escalation': 'Calming an agitated person',
  listening: 'Listening',
  'sharing-information': 'Explaining information',
};

export const SKILL_ORDER = Object.keys(SKILL_LABELS) as Skill[];

/** A rating on the 0-100 scale, with the band one standard deviation either side. */
export interface ScaledRating {
  value: number;
  low: number;
  high: number;
}

/** Maps a logit rating (0 = a typical learner at level 2) and its uncertainty to 0-100 with the logistic. */
export function scaleRating(rating: number, uncertainty: number): ScaledRating {
  return {
    value: percent(rating),
    low: percent(rating - uncertainty),
    high: percent(rating + uncertainty),
  };
}

function percent(logit: number): number {
  return Math.round(100 / (1 + Math.exp(-logit)));
}

/** The history as scaled points, oldest first; the chart needs at least two. */
export function scaledHistory(history: readonly HistoryPoint[]): ScaledRating[] {
  return [...history]
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((point) => scaleRating(point.rating, point.uncertainty));
}

/** Whether the lobby asks for the cold-start self-rating: a new learner, not rated, who has not skipped it. */
export function wantsSelfRating(
  state: Pick<BedsideState, 'progress' | 'sessions' | 'selfRatingSkipped'>,
): boolean {
  const { progress } = state;
  return progress !== null && !progress.selfRated && state.sessions.length === 0 && !state.selfRatingSkipped;
}
