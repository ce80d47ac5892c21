// Loads prompts/templates/character-guidance.yaml: the prompt's words for each learner act and reply intent.

import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { LEARNER_ACTS } from './acts.ts';
import { ContentError, describeIssues } from './content-error.ts';
import { REPLY_INTENTS } from './reply-intents.ts';

const text = z.string().trim().min(1);
const guidanceSchema = z.strictObject({
  version: z.number().int().min(1),
  acts: z.strictObject(
    Object.fromEntries(LEARNER_ACTS.map((act) => [act, text])) as Record<
      (typeof LEARNER_ACTS)[number],
      typeof text
    >,
  ),
  intents: z.strictObject(
    Object.fromEntries(REPLY_INTENTS.map((intent) => [intent, text])) as Record<
      (typeof REPLY_INTENTS)[number],
      typeof text
    >,
  ),
  interrupt: text,
  /** Said when the learner cut this character off mid-reply just before. */
  cutOff: text,
});

export type CharacterGuidance = z.output<typeof guidanceSchema>;

export function loadCharacterGuidance(path: string, displayPath = path): CharacterGuidance {
  const result = guidanceSchema.safeParse(parseYaml(readFileSync(path, 'utf8')));
  if (!result.success) throw new ContentError(displayPath, describeIssues(result.error.issues));
  return result.data;
}
