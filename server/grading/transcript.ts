// The transcript the grader reads: from a stored session or from a file (the CLI's format), validated at the edge.

import { z } from 'zod';
import type { Affect } from '../content/affect-types.ts';

export const transcriptFileSchema = z.strictObject({
  turns: z
    .array(
      z.strictObject({
        speaker: z.string().trim().min(1),
        text: z.string(),
        start: z.number().min(0).optional(),
        end: z.number().min(0).optional(),
      }),
    )
    .min(1, 'at least one turn'),
});

export type TranscriptFile = z.output<typeof transcriptFileSchema>;

export interface GradingTurn {
  /** Position in the transcript, 0-based; quotes cite it. */
  index: number;
  /** `learner` or a character id. */
  speaker: string;
  text: string;
  /** Seconds from the start, when known. */
  start?: number | undefined;
  end?: number | undefined;
}

export interface GradingTranscript {
  turns: GradingTurn[];
  /** Display names for character ids, when known. */
  names?: Record<string, string>;
  /**
   * For simulated sessions: the lead character's explicit affect at the start and after each turn, so outcome items
   * can ask whether the conversation left them calmer or more trusting. Absent for transcripts from elsewhere.
   */
  leadAffect?: { start: Affect; afterTurns: Affect[] /** The lead character's id. */; id?: string };
}

export const LEARNER = 'learner';

export function fromFile(file: TranscriptFile): GradingTranscript {
  return { turns: file.turns.map((turn, index) => ({ index, ...turn })) };
}
