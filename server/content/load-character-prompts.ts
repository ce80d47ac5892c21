// Loads the character prompt template and its guidance words from prompts/templates/.

import { join } from 'node:path';
import { type CharacterGuidance, loadCharacterGuidance } from './character-guidance.ts';
import { loadPromptTemplate, type PromptTemplate } from './prompt-template.ts';

/** What the character template fills in: the loader refuses a template that misses one or names another. */
export const CHARACTER_PLACEHOLDERS = [
  'name',
  'firstName',
  'age',
  'who',
  'setting',
  'learnerRole',
  'others',
  'persona',
  'speechStyle',
  'knows',
  'fears',
  'wants',
  'mayReveal',
  'revealNow',
  'feelings',
  'heard',
  'guidance',
  'interrupt',
  'difficulty',
  'maxWords',
  'conversation',
  'facts',
] as const;
export type CharacterPlaceholder = (typeof CHARACTER_PLACEHOLDERS)[number];

export interface CharacterPrompts {
  template: PromptTemplate<CharacterPlaceholder>;
  guidance: CharacterGuidance;
}

export const CHARACTER_TEMPLATE_FILE = 'templates/character.md';
export const CHARACTER_GUIDANCE_FILE = 'templates/character-guidance.yaml';

export function loadCharacterPrompts(promptsDir: string, displayRoot = 'prompts'): CharacterPrompts {
  return {
    template: loadPromptTemplate(
      join(promptsDir, CHARACTER_TEMPLATE_FILE),
      CHARACTER_PLACEHOLDERS,
      `${displayRoot}/${CHARACTER_TEMPLATE_FILE}`,
    ),
    guidance: loadCharacterGuidance(
      join(promptsDir, CHARACTER_GUIDANCE_FILE),
      `${displayRoot}/${CHARACTER_GUIDANCE_FILE}`,
    ),
  };
}
