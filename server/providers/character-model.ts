// The model behind LLM-voiced characters and the prompt content it speaks from. Here, below the simulation that
// uses it and beside the adapters that build it, so neither has to import the other.

import type { CharacterPrompts } from '../content/load-character-prompts.ts';
import type { ChatModel } from './chat-model.ts';

export interface CharacterModel extends CharacterPrompts {
  chat: ChatModel;
  model: string;
  temperature: number;
  maxTokens: number;
}
