// A stored session as the grader's transcript, with the characters' display names.

import type { Scenario } from '../content/scenario-schema.ts';
import type { TurnRow } from '../db/schema.ts';
import type { GradingTranscript } from './transcript.ts';

export function sessionTranscript(
  turns: readonly TurnRow[],
  scenario: Scenario | undefined,
): GradingTranscript {
  return {
    // Typed turns have no speaking time, so timings are left out rather than invented.
    turns: turns.map((t, index) => ({ index, speaker: t.speaker, text: t.text })),
    names: Object.fromEntries((scenario?.characters ?? []).map((c) => [c.id, c.name])),
  };
}
