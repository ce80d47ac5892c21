// The kinds of harmful thing a clinician can say, shared by the phrase lists, the shapes and the finder.

export const HARM_KINDS = [
  'threat',
  'coercion',
  'labelling',
  'dismissal',
  'sarcasm',
  'arguing',
  'blaming',
  'false-promise',
  'lecturing',
] as const;

export type HarmKind = (typeof HARM_KINDS)[number];

/**
 * Harm done to the person in the room (force, labels, brush-offs, mockery, argument, blame), as opposed to a promise
 * nobody can keep: what provokes, confronts and answers feeling with harm.
 */
export const INTERPERSONAL_HARMS: readonly HarmKind[] = HARM_KINDS.filter((k) => k !== 'false-promise');
