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
] as const;

export type HarmKind = (typeof HARM_KINDS)[number];
