// Scripted learner conversations for the realism eval, with labels on the lines that probe a topic, give the
// news or do harm. Blind sets are written by people who never saw the characters' lines; own sets by us.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { TOPICS } from '../../server/content/topics.ts';

const turnSchema = z.strictObject({
  say: z.string().trim().min(1),
  probe: z.strictObject({ topic: z.enum(TOPICS), to: z.string().optional() }).optional(),
  news: z.boolean().optional(),
  harmful: z.boolean().optional(),
});

const conversationSchema = z.strictObject({
  id: z.string().min(1),
  style: z.enum(['skilled', 'poor']),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  turns: z.array(turnSchema).min(1),
});

const fileSchema = z.strictObject({
  scenario: z.string().min(1),
  conversations: z.array(conversationSchema).min(1),
});

export type ProbeTurn = z.output<typeof turnSchema>;
export type ProbeConversation = z.output<typeof conversationSchema> & { scenario: string };

/** Every conversation in the YAML files of a folder; a malformed file fails loudly with its name. */
export function loadConversations(dir: string): ProbeConversation[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  return files.flatMap((file) => {
    const parsed = fileSchema.safeParse(parseYaml(readFileSync(join(dir, file), 'utf8')));
    if (!parsed.success) throw new Error(`${join(dir, file)}: ${parsed.error.message}`);
    return parsed.data.conversations.map((c) => ({ ...c, scenario: parsed.data.scenario }));
  });
}
