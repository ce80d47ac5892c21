// What a learner's question can be about. Characters answer a topic from their authored `topics:` lines, and the
// scenario linter checks that every character covers the common ones.

export const TOPICS = [
  'events',
  'understanding',
  'symptoms',
  'pain',
  'sleep',
  'eating',
  'substances',
  'medication',
  'history',
  'mood',
  'fears',
  'wishes',
  'family',
  'home',
  'work',
  'support',
  'safety',
  'plan',
] as const;

export type Topic = (typeof TOPICS)[number];

/** Topics every character must be able to speak to. */
export const COMMON_TOPICS: readonly Topic[] = [
  'events',
  'understanding',
  'family',
  'mood',
  'fears',
  'wishes',
  'support',
];

/** Topics a patient must also cover: their own body and life. */
export const PATIENT_TOPICS: readonly Topic[] = [
  'symptoms',
  'pain',
  'sleep',
  'eating',
  'substances',
  'medication',
  'history',
  'home',
  'work',
];

/**
 * Questions only the patient can answer for themselves (their body, sleep and eating): asked of nobody by name, the
 * patient answers them.
 */
export const PATIENT_OWN_TOPICS: readonly Topic[] = [
  'symptoms',
  'sleep',
  'eating',
  'pain',
  'medication',
  'history',
  'substances',
];

export function isTopic(value: string): value is Topic {
  return (TOPICS as readonly string[]).includes(value);
}
