// Shared pieces of the learner-act cue table: the cue type, its constructor, and the vocabularies several act
// families use (emotion words, attributions of feeling, serious findings and diagnoses). Our own wording.

import type { LearnerAct } from './acts.ts';

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

// Emotion words a clinician might name. "afraid" is left out of "I'm afraid", which is a politeness formula.
export const EMOTION =
  "(?:frightened|scared|(?<!I'm |I am )afraid|terrified|petrified|fearful|worried|anxious|nervous|panicky|panicking|angry|furious|fuming|livid|cross|annoyed|irritated|frustrated|exasperated|outraged|upset|distressed|distraught|sad|devastated|heartbroken|gutted|grieving|overwhelmed|shocked|stunned|horrified|confused|bewildered|helpless|hopeless|powerless|guilty|ashamed|embarrassed|exhausted|worn out|drained|let down|disappointed|ignored|dismissed|fobbed off|brushed off|not listened to|unheard|frustrating|frightening|scary|terrifying|upsetting|worrying|overwhelming|distressing|devastating|heartbreaking|shock|shaken(?: up)?|rattled|in shock|hurt|stressed|on edge|unsettled|fed up|tearful|emotional|numb|a lot to take in|beside yourself)";

// Someone attributes a feeling: "you seem", "it sounds like", "I can see", "that must have been".
export const ATTRIBUTION =
  "(?:you (?:seem|look|sound|appear|must (?:be|feel))|(?<!\\bif )you (?:feel|felt|might (?:be )?feel(?:ing)?|may (?:be )?feel(?:ing)?)|(?<!\\bif )you(?:'d| would) (?:feel|be)|(?:that|this|it) (?:sounds|seems|looks)|I (?:hear|am hearing)|I'm hearing|I(?:'m| am) sensing|you(?:'re| are)(?: feeling)?|(?:it )?sounds like|seems like|I can (?:see|tell|hear|sense)|I (?:know|imagine|expect|sense|guess|gather)|(?:this|that|it) must (?:be|have been|feel)|you(?:'ve| have) been(?: feeling)?|right to be|okay to be|ok to be)";

// Findings on a scan, test or examination that are bad news when reported as present.
export const DISEASE = String.raw`(?:cancer|cancers|tumou?rs?|mass|masses|lesions?|growths?|carcinoma|adenocarcinoma|neoplasm|lymphoma|leuka?emia|myeloma|melanoma|mesothelioma|sarcoma|metasta\w+|secondar(?:y|ies)|haemorrhage|hemorrhage|bleed|bleeding|clots?|infarct|stroke|haematoma|hematoma|shadow|heart attack|aneurysm|blockage|perforation|deposits|spots? (?:on|in)|fracture|fractures|cancer cells|abnormal cells|sepsis|meningitis|HIV|tuberculosis|dementia|(?:heart|kidney|liver|organ) failure)`;

// Serious diagnoses and events, named plainly: "it's X", "you have X", "he's had X", "diagnosed with X".
const DIAGNOSIS_QUALIFIER = `(?:what(?:'s| is| we) call(?:ed)? )?(?:(?:a|an|the) )?(?:(?:type|kind|form) of )?(?:(?:very |quite )?(?:advanced|aggressive|severe|serious|early|late|rare|widespread|secondary|primary|terminal|incurable|chronic|acute|progressive|vascular|metastatic|invasive|fast[ -]growing|slow[ -]growing|stage (?:[1-4]|one|two|three|four))[ -,]+){0,2}`;

export const DIAGNOSIS = String.raw`${DIAGNOSIS_QUALIFIER}(?:(?:\w+ ){0,3}?(?:cancer|tumou?r|carcinoma|lymphoma|leuka?emia|myeloma|melanoma|mesothelioma|sarcoma|malignancy)|sepsis|septicaemia|septicemia|meningitis|pneumonia|(?:[\w-]+ )?(?:(?:massive|major|big|large|severe|serious|small|minor|mild|significant) )?(?:stroke|heart attack|cardiac arrest|brain (?:haemorrhage|hemorrhage|bleed|injury|damage)|bleed on the brain|haemorrhage|hemorrhage|aneurysm|pulmonary embolism|blood clot)|dementia|alzheimer'?s(?: disease)?|parkinson'?s(?: disease)?|motor neuron(?:e)? disease|MND|ALS|multiple sclerosis|huntington'?s(?: disease)?|HIV|hepatitis(?: [a-e])?|tuberculosis|TB|(?:type [12] |type one |type two )?diabetes|(?:heart|kidney|renal|liver|lung|respiratory|organ) failure|cirrhosis|cystic fibrosis|miscarriage|ectopic(?: pregnancy)?|(?:a |an )?(?:\w+ )?condition called|down'?s syndrome|cerebral palsy|spina bifida|(?:an )?infection in (?:her|his|your|their|the) blood|blood poisoning|(?:a )?(?:heart|birth|genetic) (?:defect|condition|abnormality)|(?:(?:serious|major|significant|severe|life[ -]threatening) )(?:\w+ )?(?:problem|condition|illness|disease|defect|abnormality|infection))`;

// A finding that is only being looked for, risked or ruled out, or that has gone away, is not news.
const HYPOTHETICAL = String.raw`(?:^|,\s*)(?:if|even if)\b|\b(?:whether|in case|rule[sd]? (?:it )?out|ruling out|check(?:ing)? (?:for|if)|test(?:ing)? (?:for|if)|look(?:ing)? for|screen(?:ing)? for|to see (?:if|whether)|to find out|to make sure|risk of|risks of|chance of|side[ -]effects?|(?:can|could|may|might) cause|prevent\w*)\b`;
const RESOLVED = String.raw`\b(?:shrunk|shrunken|shrinking|smaller|healed|healing|dissolved|resolved|cleared|gone away|stopped bleeding|settled|benign|harmless|all clear)\b`;

/** A guard for finding cues: the finding is negated close by ("it's not cancer", "hasn't spread"), hypothetical, or resolved. */
export function notAFinding(words: string): RegExp {
  return new RegExp(
    String.raw`(?:\bnot|n't|\bno|\bnever|\bwithout|\bunlikely to be)\s+(?:[\w']+\s+){0,3}?(?:${words})|${HYPOTHETICAL}|${RESOLVED}`,
    'i',
  );
}
