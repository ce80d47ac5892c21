// Which topic a question is about, by a learned model: one logistic model per topic over the words and word pairs
// of the whole utterance, marked apart those of its last question, and the cue lists' topic. Trained by
// `npm run train:topics` on labelled questions written blind (evals/topics, evals/realism); it hears wordings no cue
// list has and learns when the lists are right. Deterministic and fast: a dictionary lookup per feature per topic.

import { TOPICS, type Topic } from '../content/topics.ts';
import { type LogisticModel, modelFeatures, probability } from './logistic-model.ts';
import trained from './topic-model.json' with { type: 'json' };
import { classFeatures } from './word-classes.ts';

/** What `npm run train:topics` wrote. */
export const SHIPPED = trained as unknown as TopicModel;

export interface TopicModel {
  /** The probability at or above which the model's topic is taken over the cue lists' (chosen in training). */
  threshold: number;
  topics: Partial<Record<Topic, Omit<LogisticModel, 'threshold'>>>;
}

/** The last sentence that asks (ends in a question mark), else the last sentence. */
function lastQuestion(text: string): string {
  const sentences = text.split(/(?<=[.?!])\s+/);
  for (let i = sentences.length - 1; i >= 0; i -= 1) {
    const sentence = sentences[i] as string;
    if (sentence.includes('?')) return sentence;
  }
  return sentences[sentences.length - 1] ?? text;
}

export function topicFeatures(text: string, cueTopic: Topic | null): string[] {
  return [
    ...modelFeatures(text),
    ...modelFeatures(lastQuestion(text)).map((f) => `q:${f}`),
    ...classFeatures(text),
    ...classFeatures(lastQuestion(text)).map((f) => `q:${f}`),
    `cue:${cueTopic ?? 'none'}`,
  ];
}

export interface TopicGuess {
  topic: Topic;
  probability: number;
}

/** The model's likeliest topic for an utterance, with its probability. */
export function guessTopic(
  text: string,
  cueTopic: Topic | null,
  model: TopicModel = SHIPPED,
): TopicGuess | null {
  const features = topicFeatures(text, cueTopic);
  let best: TopicGuess | null = null;
  for (const topic of TOPICS) {
    const weights = model.topics[topic];
    if (!weights) continue;
    const p = probability(weights, features);
    if (!best || p > best.probability) best = { topic, probability: p };
  }
  return best;
}

/**
 * The topic to take. The model hears the cue lists' topic (or that they found none) among its features, so it has
 * learned when to trust them: where they found one, its own best guess is the topic (better on every probe set left
 * out of training than keeping the lists' topic when it was unsure); where they found none, a topic only when it is
 * sure enough, since many questions are on no topic. Offers and choices never reach it (question-focus.ts keeps them
 * without a topic).
 */
export function settleTopic(text: string, cueTopic: Topic | null, model: TopicModel = SHIPPED): Topic | null {
  const guess = guessTopic(text, cueTopic, model);
  if (!guess) return cueTopic;
  if (cueTopic !== null) return guess.topic;
  return guess.probability >= model.threshold ? guess.topic : null;
}
