// Which of the browser's own voices speaks which character, when the server has no synthesiser: a different voice
// for each character where the browser has enough, matched to the character's sex where the voice's name tells it,
// in the language of the page; pitch and rate set by sex and age so that even one shared voice sounds like two people.

/** What we use of a SpeechSynthesisVoice. */
export interface VoiceInfo {
  name: string;
  lang: string;
  voiceURI: string;
  localService: boolean;
}

export interface CharacterVoiceInput {
  id: string;
  age: number;
  appearance: { sex: 'female' | 'male' };
}

export interface BrowserVoiceChoice {
  /** The voice's URI, or null to leave the choice to the browser (it has no voice in this language). */
  voiceURI: string | null;
  pitch: number;
  rate: number;
}

/** Common names of the voices shipped by browsers and systems, by the sex they sound. */
const FEMALE =
  /\b(female|woman|zira|hazel|susan|libby|sonia|aria|jenny|emma|samantha|karen|moira|tessa|fiona|victoria|kate|serena|martha|catherine|allison|ava|joanna|amy|salli|kimberly|natasha|clara|heather|linda)\b/i;
const MALE =
  /\b(male|man|david|george|mark|ryan|guy|daniel|alex|fred|oliver|arthur|thomas|james|brian|matthew|justin|joey|russell|liam|william|gordon|aaron|rishi)\b/i;

export function voiceSex(name: string): 'female' | 'male' | null {
  // "Female" contains "male": test it first.
  if (FEMALE.test(name)) return 'female';
  if (MALE.test(name)) return 'male';
  return null;
}

/** Pitch and rate for a character: lower for men, a little lower and slower with age. */
export function prosodyFor(character: CharacterVoiceInput): { pitch: number; rate: number } {
  const older = Math.min(1, Math.max(0, (character.age - 40) / 40));
  const pitch = (character.appearance.sex === 'male' ? 0.9 : 1.1) - 0.1 * older;
  const rate = 1 - 0.12 * older;
  return { pitch: round2(pitch), rate: round2(rate) };
}

/**
 * One choice per character, in the characters' order: an unused voice of the right sex first, then any unused
 * voice, then (more characters than voices) the best match again. Voices in the page's language come first, local
 * ones before network ones (they answer at once and fire word boundaries).
 */
export function pickBrowserVoices(
  characters: readonly CharacterVoiceInput[],
  voices: readonly VoiceInfo[],
  lang = 'en',
): Map<string, BrowserVoiceChoice> {
  const base = lang.toLowerCase().split('-')[0] ?? 'en';
  const fitting = voices
    .filter((v) => v.lang.toLowerCase().replace('_', '-').split('-')[0] === base)
    .sort((a, b) => rank(a, lang) - rank(b, lang));
  const used = new Set<string>();
  const choices = new Map<string, BrowserVoiceChoice>();
  for (const character of characters) {
    const sex = character.appearance.sex;
    const voice =
      fitting.find((v) => !used.has(v.voiceURI) && voiceSex(v.name) === sex) ??
      fitting.find((v) => !used.has(v.voiceURI) && voiceSex(v.name) === null) ??
      fitting.find((v) => !used.has(v.voiceURI)) ??
      fitting.find((v) => voiceSex(v.name) === sex) ??
      fitting[0] ??
      null;
    if (voice) used.add(voice.voiceURI);
    choices.set(character.id, { voiceURI: voice?.voiceURI ?? null, ...prosodyFor(character) });
  }
  return choices;
}

/** Lower is better: the exact regional language, then local voices. */
function rank(voice: VoiceInfo, lang: string): number {
  const exact = voice.lang.toLowerCase().replace('_', '-') === lang.toLowerCase() ? 0 : 1;
  return exact * 2 + (voice.localService ? 0 : 1);
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
