// Shared pieces of the learner-act cue table: the cue type, its constructor, and the vocabularies several act
// families use (emotion words, attributions of feeling, serious findings and diagnoses). Our own wording.

import type { LearnerAct } from '../content/acts.ts';

/** Where a cue counts: in any sentence, only in questions and open prompts, or only in statements. */
export type CueScope = 'any' | 'question' | 'statement';

export interface Cue {
  act: LearnerAct;
  confidence: number;
  pattern: RegExp;
  scope: CueScope;
  /** When this also matches the sentence (or, with `near`, the cue's match and its neighbourhood), the cue does not count. */
  unless?: RegExp;
  /** Read `unless` only around the match, so a hedge elsewhere in a long sentence does not cancel the cue. */
  near?: boolean;
}

/** Cues for acts that only statements carry (commitments, praise, limits, reassurance): questions skip them. */
export const inStatements = (cues: readonly Cue[]): Cue[] =>
  cues.map((c) => (c.scope === 'any' ? { ...c, scope: 'statement' } : c));

export const cue = (
  act: LearnerAct,
  confidence: number,
  pattern: RegExp,
  scope: CueScope = 'any',
  unless?: RegExp,
): Cue =>
  unless === undefined ? { act, confidence, pattern, scope } : { act, confidence, pattern, scope, unless };

/** Alternatives as one non-capturing group, `(?:a|b|c)`: a long word list written a few words a line. */
export const oneOf = (alternatives: readonly string[]): string => `(?:${alternatives.join('|')})`;

/** A pattern from its top-level branches, in order: a long cue written one branch (or family) a line. */
export const regex = (branches: readonly string[], flags = 'i'): RegExp =>
  new RegExp(branches.join('|'), flags);

// Emotion words a clinician might name. "afraid" is left out of "I'm afraid", which is a politeness formula.
export const EMOTION = oneOf([
  // Fear and worry.
  "frightened|scared|(?<!I'm |I am )afraid|terrified|petrified|fearful",
  'worried|anxious|nervous|panicky|panicking',
  // Anger and frustration.
  'angry|furious|fuming|livid|cross|annoyed|irritated|frustrated|exasperated|outraged',
  // Distress, sadness and grief.
  'upset|distressed|distraught|sad|devastated|heartbroken|gutted|grieving|overwhelmed',
  // Shock, confusion and helplessness.
  'shocked|stunned|horrified|confused|bewildered|helpless|hopeless|powerless',
  // Guilt, shame, exhaustion.
  'guilty|ashamed|embarrassed|exhausted|worn out|drained',
  // Feeling let down or unheard.
  'let down|disappointed|ignored|dismissed|fobbed off|brushed off|not listened to|unheard',
  // What a situation is: "that's frightening", "it's a lot to take in".
  'frustrating|frightening|scary|terrifying|upsetting|worrying|overwhelming|distressing|devastating',
  'heartbreaking|shock|shaken(?: up)?|rattled|in shock|hurt|stressed|on edge|unsettled|fed up',
  'tearful|emotional|numb|a lot to take in|beside yourself',
  // Lonely, missing someone, put out, in words people use: "You're missing her something rotten", "narked".
  'lonely|isolated|miserable|desperate|humiliated|resentful|trapped|miffed|narked|peeved|hacked off',
  'missing (?:him|her|them|home|your \\w+)',
]);

// Someone attributes a feeling: "you seem", "it sounds like", "I can see", "that must have been".
export const ATTRIBUTION = oneOf([
  // "you seem", "you might be feeling"; not after "if" ("if you feel…" is conditional).
  'you (?:seem|look|sound|appear|must (?:be|feel))',
  String.raw`(?<!\bif )you (?:feel|felt|might (?:be )?feel(?:ing)?|may (?:be )?feel(?:ing)?)`,
  String.raw`(?<!\bif )you(?:'d| would) (?:feel|be)`,
  // "that sounds", "I'm hearing", "I can see".
  "(?:that|this|it) (?:sounds|seems|looks)|I (?:hear|am hearing)|I'm hearing|I(?:'m| am) sensing",
  "you(?:'re| are)(?: feeling)?|(?:it )?sounds like|seems like|I can (?:see|tell|hear|sense)",
  'I (?:know|imagine|expect|sense|guess|gather)|(?:this|that|it) must (?:be|have been|feel)',
  // "you've been feeling", and permission to feel: "it's okay to be".
  "you(?:'ve| have) been(?: feeling)?|right to be|okay to be|ok to be",
]);

// Findings on a scan, test or examination that are bad news when reported as present.
export const DISEASE = oneOf([
  // Growths and cancers.
  'cancer|cancers|tumou?rs?|mass|masses|lesions?|growths?|carcinoma|adenocarcinoma|neoplasm',
  String.raw`lymphoma|leuka?emia|myeloma|melanoma|mesothelioma|sarcoma|metasta\w+|secondar(?:y|ies)`,
  // Bleeds, clots and other structural findings.
  'haemorrhage|hemorrhage|bleed|bleeding|clots?|infarct|stroke|haematoma|hematoma|shadow|heart attack',
  'aneurysm|blockage|perforation|deposits|spots? (?:on|in)|fracture|fractures|cancer cells|abnormal cells',
  // Infections, dementia and organ failure.
  'sepsis|meningitis|HIV|tuberculosis|dementia|(?:heart|kidney|liver|organ) failure',
  // An inherited change, and conditions of development and the senses: "the same change in the BRCA2 gene".
  'hearing loss|autism',
  String.raw`change in (?:the |a |one )?\w+ gene|gene (?:change|mutation|variant|fault)|genetic (?:change|mutation|fault)`,
  // Pregnancy loss and named neurological disease: "the scan's shown a missed miscarriage".
  "miscarriage|no (?:fetal )?heart ?beat|no (?:fetal )?heart activity|amyotrophic lateral sclerosis|motor neurone? disease|alzheimer's",
]);

// Serious diagnoses and events, named plainly: "it's X", "you have X", "he's had X", "diagnosed with X".
// Up to two qualifiers may come first: "what we call an aggressive, fast-growing…".
const SEVERITY = oneOf([
  'advanced|aggressive|severe|serious|early|late|rare|widespread|secondary|primary|terminal|incurable',
  'chronic|acute|acutely|progressive|vascular|metastatic|invasive|fast[ -]growing|slow[ -]growing',
  'stage (?:[1-4]|one|two|three|four)',
]);
const DIAGNOSIS_QUALIFIER = [
  "(?:what(?:'s| is| we) call(?:ed)? )?(?:(?:a|an|the) )?(?:(?:type|kind|form) of )?",
  `(?:(?:very |quite )?${SEVERITY}[ -,]+){0,2}`,
].join('');

// Cancers by name.
const CANCER_NAME =
  '(?:cancer|tumou?r|carcinoma|lymphoma|leuka?emia|myeloma|melanoma|mesothelioma|sarcoma|malignancy)';

// A stroke, bleed or clot, perhaps sized: "a massive stroke", "a small bleed on the brain".
const EVENT_SIZE = '(?:massive|major|big|large|severe|serious|small|minor|mild|significant)';
const EVENT_NAME = oneOf([
  'stroke|heart attack|cardiac arrest|brain (?:haemorrhage|hemorrhage|bleed|injury|damage)|bleed on the brain',
  'haemorrhage|hemorrhage|aneurysm|pulmonary embolism|blood clot',
]);
const VASCULAR_EVENT = String.raw`(?:[\w-]+ )?(?:${EVENT_SIZE} )?${EVENT_NAME}`;

// "a serious heart problem", "a life-threatening infection".
const GRAVE = '(?:(?:serious|major|significant|severe|life[ -]threatening) )';
const PROBLEM = '(?:problem|condition|illness|disease|defect|abnormality|infection)';

export const DIAGNOSIS = `${DIAGNOSIS_QUALIFIER}${oneOf([
  // Cancers, with up to three words before the name: "small cell lung cancer".
  String.raw`(?:\w+ ){0,3}?${CANCER_NAME}`,
  // Infections.
  'sepsis|septicaemia|septicemia|meningitis|pneumonia',
  VASCULAR_EVENT,
  // Neurological and long-term conditions.
  "dementia|alzheimer'?s(?: disease)?|parkinson'?s(?: disease)?|motor neuron(?:e)? disease|MND|ALS",
  "multiple sclerosis|huntington'?s(?: disease)?|HIV|hepatitis(?: [a-e])?|tuberculosis|TB",
  // Conditions of development and the senses, and an inherited change: "Noah is autistic", "the same change in the
  // BRCA2 gene", "a permanent hearing loss".
  String.raw`autism|autistic(?: spectrum disorder)?|(?:\w+ )?hearing loss|deaf|(?:BRCA\w*|gene|genetic) (?:change|mutation|variant|fault)`,
  '(?:type [12] |type one |type two )?diabetes|(?:heart|kidney|renal|liver|lung|respiratory|organ) failure',
  'cirrhosis|cystic fibrosis',
  // Sudden confusion from an illness: "he's delirious", "it's delirium".
  'delirium|delirious',
  // Pregnancy loss.
  'miscarriage|ectopic(?: pregnancy)?',
  // Conditions named as such, and conditions from birth.
  String.raw`(?:a |an )?(?:\w+ )?condition called|down'?s syndrome|cerebral palsy|spina bifida`,
  // Blood infection in lay words.
  '(?:an )?infection in (?:her|his|your|their|the) blood|blood poisoning',
  '(?:a )?(?:heart|birth|genetic) (?:defect|condition|abnormality)',
  String.raw`${GRAVE}(?:\w+ )?${PROBLEM}`,
])}`;

// A finding that is only being looked for, risked or ruled out, or that has gone away, is not news.
const HYPOTHETICAL = [
  String.raw`(?:^|,\s*)(?:if|even if)\b`,
  String.raw`\b${oneOf([
    'whether|in case|rule[sd]? (?:it )?out|ruling out|check(?:ing)? (?:for|if)|test(?:ing)? (?:for|if)',
    'look(?:ing)? for|screen(?:ing)? for|to see (?:if|whether)|to find out|to make sure',
    String.raw`risk of|risks of|chance of|side[ -]effects?|(?:can|could|may|might) cause|prevent\w*`,
  ])}\b`,
].join('|');
const RESOLVED = String.raw`\b(?:shrunk|shrunken|shrinking|smaller|healed|healing|dissolved|resolved|cleared|gone away|stopped bleeding|settled|benign|harmless|all clear)\b`;

/** A guard for finding cues: the finding is negated close by ("it's not cancer", "hasn't spread"), hypothetical, or resolved. */
export function notAFinding(words: string): RegExp {
  return new RegExp(
    String.raw`(?:\bnot|n't|\bno|\bnever|\bwithout|\bunlikely to be)\s+(?:[\w']+\s+){0,3}?(?:${words})|${HYPOTHETICAL}|${RESOLVED}`,
    'i',
  );
}

/** Words before "you should have" that name back their own guilt ("as though you should have caught it sooner"). */
// "Are you worried you should have done something more?" asks after their guilt too.
export const NAMES_THEIR_GUILT =
  'as though|as if|like|whether|wondering if|worried that|worried|worrying that|worrying|afraid that|afraid|scared that|scared|think that|thinking that|feel that|feeling that';
