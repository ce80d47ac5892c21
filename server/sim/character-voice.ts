// Voices one planned reply: through the character model when one is configured, otherwise (or when the model
// fails) through the offline engine. Emits deltas as they come; a model reply that breaks part-way is retracted
// and replaced, never stored as if complete.

import type { ClassifiedAct } from '../content/acts.ts';
import type { Affect } from '../content/affect-types.ts';
import type { SceneCharacter, SceneSetup } from '../content/scene-setup.ts';
import type { Logger } from '../ports.ts';
import type { TurnEvent, TurnSource } from '../protocol.ts';
import type { CharacterModel } from '../providers/character-model.ts';
import { ChatModelError, type TokenUsage } from '../providers/chat-model.ts';
import { CircuitOpenError } from '../providers/resilient-chat-model.ts';
import { buildCharacterMessages, type DialogueView, type SpokenLine } from './character-prompt.ts';
import { composeReply } from './offline-engine.ts';
import type { PlannedReply } from './plan-turn.ts';
import { createSpokenTextFilter } from './spoken-text-filter.ts';

export interface VoiceRequest {
  scene: SceneSetup;
  speaker: SceneCharacter;
  reply: PlannedReply;
  affect: Affect;
  learnerActs: readonly ClassifiedAct[];
  transcript: readonly SpokenLine[];
  /** Offline line keys this character has used, oldest first. */
  usedLines: readonly string[];
  /** Where the conversation is, as this character sees it. */
  dialogue: DialogueView;
  random: () => number;
  index: number;
  /** Aborted when the learner cuts in: the model stops and the reply ends with what was said so far. */
  signal?: AbortSignal | undefined;
}

/** The turn events a reply emits while it is being voiced. */
export type VoiceEvent = Extract<TurnEvent, { type: 'delta' | 'retract' }>;

export interface VoicedReply {
  text: string;
  source: TurnSource;
  /** Offline line keys used (empty for a model reply). */
  lines: string[];
  llm: { model: string; usage: TokenUsage | null; firstTokenMs: number | null; lastTokenMs: number } | null;
  fallbackReason: string | null;
}

export async function* voiceReply(
  request: VoiceRequest,
  characterModel: CharacterModel | undefined,
  logger: Logger,
): AsyncGenerator<VoiceEvent, VoicedReply, undefined> {
  if (!characterModel) return yield* offlineReply(request, 'offline', null);
  const speaker = request.speaker.character.id;
  let streamed = false;
  const partial: PartialReply = { text: '', startedAt: performance.now(), firstTokenMs: null };
  try {
    const result = yield* modelReply(request, characterModel, partial, () => {
      streamed = true;
    });
    return result;
  } catch (error) {
    // Cut off by the learner, not a fault: the reply is what had been said.
    if (request.signal?.aborted) {
      return {
        text: partial.text.trim(),
        source: 'llm',
        lines: [],
        llm: {
          model: characterModel.model,
          usage: null,
          firstTokenMs: partial.firstTokenMs,
          lastTokenMs: performance.now() - partial.startedAt,
        },
        fallbackReason: null,
      };
    }
    const reason =
      error instanceof CircuitOpenError
        ? 'circuit-open'
        : error instanceof ChatModelError
          ? error.kind
          : 'internal';
    logger.log('warn', 'character model failed; offline engine stands in', {
      reason,
      error: error instanceof Error ? error.message : String(error),
    });
    if (streamed) yield { type: 'retract', speaker, index: request.index };
    return yield* offlineReply(request, 'offline-fallback', reason);
  }
}

/** A model reply as far as it got, kept for the caller in case the learner cuts it off. */
interface PartialReply {
  text: string;
  startedAt: number;
  firstTokenMs: number | null;
}

async function* modelReply(
  request: VoiceRequest,
  characterModel: CharacterModel,
  /** The text so far, kept for the caller in case the learner cuts the reply off. */
  partial: PartialReply,
  onFirstDelta: () => void,
): AsyncGenerator<VoiceEvent, VoicedReply, undefined> {
  const { speaker, index } = request;
  const id = speaker.character.id;
  const names = [speaker.character.name, speaker.character.name.split(' ')[0] ?? ''].filter(Boolean);
  const filter = createSpokenTextFilter(names);
  const messages = buildCharacterMessages({
    scene: request.scene,
    speaker,
    plan: request.reply.plan,
    affect: request.affect,
    learnerActs: request.learnerActs,
    transcript: request.transcript,
    dialogue: request.dialogue,
    template: characterModel.template,
    guidance: characterModel.guidance,
  });
  const started = partial.startedAt;
  let firstTokenMs: number | null = null;
  let usage: TokenUsage | null = null;
  const emit = (piece: string): VoiceEvent | null => {
    if (!piece) return null;
    if (firstTokenMs === null) {
      firstTokenMs = performance.now() - started;
      partial.firstTokenMs = firstTokenMs;
      onFirstDelta();
    }
    partial.text += piece;
    return { type: 'delta', speaker: id, index, text: piece };
  };
  const stream = characterModel.chat.stream({
    model: characterModel.model,
    messages,
    temperature: characterModel.temperature,
    maxTokens: characterModel.maxTokens,
    ...(request.signal ? { signal: request.signal } : {}),
  });
  for await (const event of stream) {
    if (event.type === 'end') {
      usage = event.usage;
      break;
    }
    const out = emit(filter.push(event.text));
    if (out) yield out;
  }
  const tail = emit(filter.end());
  if (tail) yield tail;
  const text = partial.text.trim();
  if (!text) throw new ChatModelError('bad-response', 'the model said nothing speakable');
  return {
    text,
    source: 'llm',
    lines: [],
    llm: { model: characterModel.model, usage, firstTokenMs, lastTokenMs: performance.now() - started },
    fallbackReason: null,
  };
}

async function* offlineReply(
  request: VoiceRequest,
  source: 'offline' | 'offline-fallback',
  fallbackReason: string | null,
): AsyncGenerator<VoiceEvent, VoicedReply, undefined> {
  const composed = composeReply(
    request.reply.plan,
    request.usedLines,
    request.dialogue.lines,
    request.random,
  );
  const speaker = request.speaker.character.id;
  for (const piece of speakingPieces(composed.text)) {
    yield { type: 'delta', speaker, index: request.index, text: piece };
  }
  return { text: composed.text, source, lines: composed.lines, llm: null, fallbackReason };
}

/** Splits a reply into small spoken pieces (a few words each) for streaming. */
export function speakingPieces(text: string, wordsPerPiece = 3): string[] {
  const tokens = text.match(/\S+\s*/g) ?? [];
  const pieces: string[] = [];
  for (let i = 0; i < tokens.length; i += wordsPerPiece)
    pieces.push(tokens.slice(i, i + wordsPerPiece).join(''));
  return pieces;
}
