import { describe, expect, it } from 'vitest';
import { findJargon, hasJargon, JARGON_ENTRY_COUNT } from './jargon-lexicon.ts';

describe('findJargon', () => {
  it('finds terms case-insensitively, in order, lower-cased', () => {
    expect(findJargon('The CT shows Metastatic ADENOCARCINOMA.')).toEqual([
      'ct',
      'metastatic',
      'adenocarcinoma',
    ]);
  });

  it('hears psychiatric and ward words said as to a colleague', () => {
    expect(findJargon('any auditory hallucinations or paranoid ideation? We need a cannula in.')).toEqual([
      'auditory',
      'ideation',
      'cannula',
    ]);
  });

  it('knows UK and US spellings', () => {
    expect(findJargon('a haemorrhage, a hemorrhage, oedema and edema')).toEqual([
      'haemorrhage',
      'hemorrhage',
      'oedema',
      'edema',
    ]);
  });

  it('hears pharmacology said as to a colleague', () => {
    expect(
      findJargon(
        'their opioid tolerance drops, so there is a risk of respiratory depression; we need a re-titration',
      ),
    ).toEqual(['opioid tolerance', 'respiratory depression', 're titration']);
  });

  it('hears Latin for where in the body', () => {
    expect(findJargon('an intra-articular steroid injection, or intrathecal')).toEqual([
      'intra articular',
      'intrathecal',
    ]);
  });

  it('hears words shouted together as words, not abbreviations', () => {
    expect(findJargon('MRS BRENNAN! Any burning when you pass water?')).toEqual([]);
    expect(findJargon('Options are MVA or ERPC.')).toEqual(['mva', 'erpc']);
  });

  it('hears screening and imaging shorthand', () => {
    expect(findJargon("It's come back as a higher chance for T21.")).toEqual(['t21']);
    expect(findJargon("There's a big mass at your right hilum.")).toEqual(['hilum']);
  });

  it('matches whole words only', () => {
    // "ct" inside "expect", "echo" inside "echoes", "mets" inside "helmets"
    expect(findJargon('We expect the helmets and echoes to be fine.')).toEqual([]);
    expect(findJargon('ctx lesions?')).toEqual(['lesions']);
  });

  it('prefers the longest entry and tolerates hyphens and spacing in phrases', () => {
    expect(findJargon('A pleural effusion, node-positive, on the PET-CT.')).toEqual([
      'pleural effusion',
      'node positive',
      'pet ct',
    ]);
  });

  it('recognises pattern families', () => {
    expect(findJargon('hyponatraemia after the hemicolectomy')).toEqual(['hyponatraemia', 'hemicolectomy']);
  });

  it('keeps repeats so callers can count occurrences', () => {
    expect(findJargon('MRI today, another MRI tomorrow')).toEqual(['mri', 'mri']);
  });

  it('takes an abbreviation spelled out beside it as explained, either way round', () => {
    expect(findJargon('PALS, the Patient Advice and Liaison Service, can help.')).toEqual([]);
    expect(findJargon('The Patient Advice and Liaison Service (PALS) can help.')).toEqual([]);
    expect(findJargon('The Serious Incident Review (SIR) starts today.')).toEqual([]);
    expect(findJargon('You can talk to PALS.')).toEqual(['pals']);
    expect(hasJargon('PALS, the Patient Advice and Liaison Service, can help.')).toBe(false);
  });

  it('leaves plain words alone', () => {
    expect(findJargon('The scan shows the cancer has spread to your liver.')).toEqual([]);
    expect(findJargon('')).toEqual([]);
  });

  it('is stable across calls despite the shared global regex', () => {
    const text = 'sepsis and sepsis';
    expect(findJargon(text)).toEqual(findJargon(text));
    expect(hasJargon(text)).toBe(true);
    expect(hasJargon(text)).toBe(true);
    expect(hasJargon('a swollen gland')).toBe(false);
  });

  it('is a lexicon of at least 150 entries', () => {
    expect(JARGON_ENTRY_COUNT).toBeGreaterThanOrEqual(150);
  });

  it('takes an abbreviation in capitals for jargon, unless lay people use it themselves', () => {
    expect(findJargon("An RFO, so it's classed as a never event.")).toEqual(['rfo']);
    expect(findJargon('There is PALS, or the ICB.')).toEqual(['pals', 'icb']);
    expect(findJargon('Is he on any DOACs?')).toEqual(['doac']);
    expect(hasJargon("I'll let your GP know, and the NHS covers it.")).toBe(false);
    expect(hasJargon("I'm Dr Patel, and this is Sam from the ICU.")).toBe(false);
  });

  it('hears the words of brain scans and incident reports', () => {
    expect(findJargon('The scan shows cortical atrophy with hippocampal volume loss.')).toEqual([
      'cortical',
      'atrophy',
      'hippocampal',
    ]);
    expect(findJargon('We have a statutory duty of candour.')).toEqual(['statutory', 'duty of candour']);
  });

  it('does not take shouting for abbreviations', () => {
    expect(findJargon('STOP SHOUTING AT ME')).toEqual([]);
  });
});
