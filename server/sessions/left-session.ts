// A session the learner left: opted out of, or ended before saying anything. The pre-brief promises that leaving
// costs nothing, so such a session is never graded and counts nowhere; this module holds that rule and its words.

import type { LeftReason, LeftReportDto } from '../protocol.ts';

/** Why a session that is ending now is left ungraded, or null when it is graded as usual. */
export function leftReasonAtEnd(input: { optOut: boolean; learnerSpoke: boolean }): LeftReason | null {
  if (input.optOut) return 'opted_out';
  return input.learnerSpoke ? null : 'no_words';
}

/** The report of a left session: what happened, in one plain sentence, and no scores. */
export function leftReport(reason: LeftReason): LeftReportDto {
  return { left: reason, message: leftMessage(reason) };
}

function leftMessage(reason: LeftReason): string {
  const nothingCounted = 'It was not graded and does not count towards your progress or skill ratings.';
  switch (reason) {
    case 'opted_out':
      return `You opted out of this session. ${nothingCounted}`;
    case 'no_words':
      return `This session ended before anything was said. ${nothingCounted}`;
  }
}
