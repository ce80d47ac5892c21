// The learner model as the lobby shows it: skills in the server's order and names, and logit ratings on 0-100.

import { type HistoryPoint, ratingOutOf100, SKILL_NAMES, type Skill } from '../../../server/protocol.ts';
import type { BedsideState } from './bedside-state.ts';

/** The skills in the order every screen lists them (names come from `SKILL_NAMES`, shared with the server). */
export const SKILL_ORDER = Object.keys(SKILL_NAMES) as Skill[];

/** A rating on the 0-100 scale, with the band one standard deviation either side. */
export interface ScaledRating {
  value: number;
  low: number;
  high: number;
}

/** Maps a logit rating (0 = a typical learner at level 2) and its uncertainty to 0-100 with the logistic. */
export function scaleRating(rating: number, uncertainty: number): ScaledRating {
  return {
    value: ratingOutOf100(rating),
    low: ratingOutOf100(rating - uncertainty),
    high: ratingOutOf100(rating + uncertainty),
  };
}

/** The history as scaled points, oldest first; the chart needs at least two. */
export function scaledHistory(history: readonly HistoryPoint[]): ScaledRating[] {
  return [...history]
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((point) => scaleRating(point.rating, point.uncertainty));
}

/**
 * Whether the lobby asks for the cold-start self-rating: a new learner, not rated, who has not skipped it. Sessions
 * the learner left (opted out of, or ended before a word) do not count: they have not practised yet.
 */
export function wantsSelfRating(
  state: Pick<BedsideState, 'progress' | 'sessions' | 'selfRatingSkipped'>,
): boolean {
  const { progress } = state;
  const practised = state.sessions.some((s) => s.left === null);
  return progress !== null && !progress.selfRated && !practised && !state.selfRatingSkipped;
}
