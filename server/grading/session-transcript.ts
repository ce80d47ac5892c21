// A stored session as the grader's transcript, with the characters' display names and the lead character's
// explicit affect, so outcome items can ask how the conversation left them.

import type { Affect } from '../content/affect-types.ts';
import type { Scenario } from '../content/scenario-schema.ts';
import { leadAmong } from '../content/scene-setup.ts';
import type { PracticeSessionRow, TurnRow } from '../db/schema.ts';
import type { GradingTranscript } from './transcript.ts';

export function sessionTranscript(
  session: PracticeSessionRow,
  turns: readonly TurnRow[],
  scenario: Scenario | undefined,
): GradingTranscript {
  // The scene's lead among those in the room, who are the ones with a starting affect.
  const leadId = scenario && leadAmong(scenario, Object.keys(session.initialAffect));
  const start = leadId ? session.initialAffect[leadId] : undefined;
  return {
    // Typed turns have no speaking time, so timings are left out rather than invented.
    turns: turns.map((t, index) => ({ index, speaker: t.speaker, text: t.text })),
    names: Object.fromEntries((scenario?.characters ?? []).map((c) => [c.id, c.name])),
    ...(leadId && start
      ? {
          leadAffect: {
            start,
            afterTurns: turns.map((t) => (t.affect[leadId] ?? start) as Affect),
            id: leadId,
          },
        }
      : {}),
  };
}
