// Loads prompts/templates/judge.md, the judge's prompt, checked against the placeholders the grader fills in.

import { join } from 'node:path';
import { loadPromptTemplate, type PromptTemplate } from './prompt-template.ts';

export const JUDGE_PLACEHOLDERS = ['rubricTitle', 'rubricSource', 'items', 'findings'] as const;
export type JudgePlaceholder = (typeof JUDGE_PLACEHOLDERS)[number];

export const JUDGE_TEMPLATE_FILE = 'templates/judge.md';

export function loadJudgeTemplate(promptsDir: string): PromptTemplate<JudgePlaceholder> {
  return loadPromptTemplate(
    join(promptsDir, JUDGE_TEMPLATE_FILE),
    JUDGE_PLACEHOLDERS,
    `prompts/${JUDGE_TEMPLATE_FILE}`,
  );
}
