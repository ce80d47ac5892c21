// The scene director: after each learner turn, decides whom the learner addressed and who speaks, in order.

import { EMPATHY_ACTS, type LearnerAct } from '../content/acts.ts';
import type { SceneAffect } from '../content/affect-types.ts';
import type { SceneCharacter } from '../content/scene-setup.ts';
import { PATIENT_OWN_TOPICS, type Topic } from '../content/topics.ts';
import type { QuestionFocus } from './question-focus.ts';

export interface Addressee {
  characterId: string;
  /**
   * How it was found: by the rules below, the learned model overruling them, or as the one in the room asked who
   * they are who has not yet said (both in addressee.ts).
   */
  reason: 'named' | 'own-body' | 'follows-reply' | 'lead' | 'learned' | 'unnamed';
}

export interface SpeakerChoice {
  characterId: string;
  /** Why this character speaks now. */
  reason: 'addressed' | 'interjects-overwhelmed' | 'interjects-challenge' | 'reacts-to-reveal';
}

const SECOND_PERSON = /\b(you|your|you're|youre|yourself)\b/i;
const OVERWHELMED_DISTRESS = 0.72;
const CHALLENGING_ANGER = 0.55;
const CHALLENGE_TRIGGERS: readonly LearnerAct[] = [
  'news-delivery',
  'jargon',
  'premature-reassurance',
  'dismissive',
  'threat-or-command',
];

/** What a carer is asked after for themselves. */
const CARERS_OWN: readonly Topic[] = ['sleep', 'eating'];
/** "yourself" said of the one asked, not as the object of a verb ("in yourself", "hurt yourself"). */
const ASKED_AFTER_THEMSELVES =
  /(?<!\b(?:in|hurt|harm|harmed|hurting|harming|cut|cutting|injure|injured|kill|look after|take care of|to) )\byourself\b/i;

/**
 * Whom the learner spoke to: a character named or called by role or relation ("your dad" to the son), the patient
 * when asked about their own body, the one who just spoke, or the lead.
 */
export function findAddressee(
  text: string,
  characters: readonly SceneCharacter[],
  lastCharacterSpeaker: string | null,
  leadId: string,
  focus?: QuestionFocus,
  acts?: ReadonlySet<LearnerAct>,
  /** Whom the learner's last turns were put to, and how; without it, "you" follows whoever spoke last. */
  recent?: readonly { id: string; by: string }[],
  /** The one who spoke last only cut in, unasked, after the answer to the learner's last turn. */
  lastSpeakerCutIn = false,
): Addressee {
  const asking = askingPart(text);
  // A name in the question itself outweighs one earlier in the turn ("Tom, I hear you. Before I answer that, Alan,
  // what are you most afraid of?").
  const named =
    calledOn(asking, characters) ??
    calledAtEnd(asking, characters) ??
    firstNamed(asking, characters) ??
    lastCalledOn(text, characters) ??
    firstNamed(text, characters);
  if (named) return { characterId: named, reason: 'named' };
  if (
    focus?.followsReply &&
    lastCharacterSpeaker &&
    characters.some((c) => c.character.id === lastCharacterSpeaker)
  )
    return { characterId: lastCharacterSpeaker, reason: 'follows-reply' };
  const patient = characters.find((c) => c.character.role === 'patient');
  // "Has he been like this before? Any falls?", "Would you like to stay a bit longer with him?": with the patient
  // spoken of as he or she anywhere in the turn, the question is put to someone with them, even about the body.
  // "…or would you like some minutes alone with Tom first?" is not said to Tom. ("Tom mentioned that you look after
  // his mam": a he or she after a relative spoken of by name may be that relative, not the patient.)
  const talkedAbout = spokenOf(text, characters);
  const relativeSpokenOf = characters.some(
    (c) => c.character.role !== 'patient' && talkedAbout.has(c.character.id),
  );
  if (patient && focus?.asks && !relativeSpokenOf && speaksOfPatient(text, patient.character)) {
    const relative = relativeToAsk(characters, lastCharacterSpeaker);
    if (relative) return { characterId: relative, reason: 'follows-reply' };
  }
  // "Geoffrey, how are you doing?" … "And are you sleeping yourself?": "yourself" (not "in yourself") turns to the
  // one just named and answering, even about the body.
  const justNamed = recent?.at(-1)?.by === 'named' ? recent.at(-1)?.id : undefined;
  if (justNamed && justNamed === lastCharacterSpeaker && /(?<!\bin )\byourself\b/i.test(asking))
    return { characterId: justNamed, reason: 'follows-reply' };
  const ownBody =
    focus?.asks && focus.topic && PATIENT_OWN_TOPICS.includes(focus.topic) && focus.about !== 'third-party';
  // "Are you managing to sleep yourself?", "Are you eating properly yourself?": sleep or meals asked after with
  // "yourself" are the carer's (in the read probe sets, 25 such questions were put to a relative, none to the patient).
  // ("Have you ever hurt yourself?" asks the patient.)
  // So are they asked of a relative who leads the scene, when the learner is talking with them ("Julie, you've been
  // let down." … "Have you had any sleep?"); a relative who only answered for the patient does not take them.
  const talkingWithRelative =
    lastCharacterSpeaker === leadId &&
    leadId !== patient?.character.id &&
    recent?.at(-1)?.id === leadId &&
    !lastSpeakerCutIn;
  if (
    patient &&
    ownBody &&
    CARERS_OWN.includes(focus.topic as Topic) &&
    (ASKED_AFTER_THEMSELVES.test(text) || talkingWithRelative)
  ) {
    const relative = relativeToAsk(characters, lastCharacterSpeaker);
    if (relative) return { characterId: relative, reason: 'follows-reply' };
  }
  if (patient && ownBody) return { characterId: patient.character.id, reason: 'own-body' };
  // "Has he been eating?" is asked of a relative about the patient: the relative who spoke last, or the first.
  // ("How is your wife?" to the patient names someone else, so only a bare he or she counts; with the patient's sex
  // known, the rule above has heard it, and "Shall I bring her in?" of a man speaks of someone else.)
  const patientSexKnown = patient?.character.appearance?.sex !== undefined;
  if (focus?.asks && focus.about === 'third-party' && focus.relationWord === null && !patientSexKnown) {
    const relative = relativeToAsk(characters, lastCharacterSpeaker);
    if (relative) return { characterId: relative, reason: 'follows-reply' };
  }
  const lastIsPresent = characters.some((c) => c.character.id === lastCharacterSpeaker);
  // "You" follows whoever just spoke when the learner asks them something or answers their feeling; news and
  // plans told to the room are for the lead.
  const turnsToThem =
    focus === undefined || focus.asks || (acts !== undefined && EMPATHY_ACTS.some((a) => acts.has(a)));
  // A relative who cut in, or answered a question put to the room, does not take over the conversation: "you"
  // stays with them only while the learner is talking with them (named them in one of the last two turns, or put
  // both to them).
  const talkingWith =
    recent === undefined ||
    lastCharacterSpeaker === leadId ||
    recent.some((r) => r.id === lastCharacterSpeaker && r.by === 'named') ||
    (recent.length >= 2 && recent.every((r) => r.id === lastCharacterSpeaker));
  // "Aisha, please, I'm talking to Chloe." … "How are you feeling?": the one the learner said they were talking to.
  const turnedTo = recent?.at(-1)?.by === TURNED_TO ? recent.at(-1)?.id : undefined;
  if (
    turnedTo !== undefined &&
    focus?.asks &&
    SECOND_PERSON.test(text) &&
    characters.some((c) => c.character.id === turnedTo) &&
    !talkedAbout.has(turnedTo)
  )
    return { characterId: turnedTo, reason: 'follows-reply' };
  // Someone who only cut in after the last turn's answer does not take the next question: "you" stays with the one
  // the learner was talking to ("Priya, when did you last eat?" … Josh cuts in … "Have you been under pressure?").
  const lastAddressee = recent?.at(-1)?.id;
  if (
    lastSpeakerCutIn &&
    focus?.asks &&
    lastAddressee !== undefined &&
    lastAddressee !== lastCharacterSpeaker &&
    characters.some((c) => c.character.id === lastAddressee) &&
    SECOND_PERSON.test(text) &&
    !talkedAbout.has(lastAddressee)
  ) {
    return { characterId: lastAddressee, reason: 'follows-reply' };
  }
  if (
    lastCharacterSpeaker &&
    lastIsPresent &&
    SECOND_PERSON.test(text) &&
    turnsToThem &&
    talkingWith &&
    !talkedAbout.has(lastCharacterSpeaker)
  ) {
    return { characterId: lastCharacterSpeaker, reason: 'follows-reply' };
  }
  if (talkedAbout.has(leadId) && SECOND_PERSON.test(text)) {
    const other = characters.find((c) => !talkedAbout.has(c.character.id));
    if (other) return { characterId: other.character.id, reason: 'follows-reply' };
  }
  return { characterId: leadId, reason: 'lead' };
}

/**
 * What follows a name that is talked about rather than to: "Kyle stays with you", "while Margaret can decide",
 * "are you happy for Tom to stay?", "Are you Mrs Brennan's daughter?"
 */
const SPOKEN_OF =
  /^(?:['’]s\b|\s+(?:will|'ll|can|could|would|should|might|may|must|stays|stayed|knows|says|thinks|wants|needs|lives|goes|comes|gets|takes|looks|seems|feels|works|helps|does|did|is(?! it\b)|was|has|had|staying|to stay|to be here|said|told|tells|mentioned|reckons|reckoned)\b)/i;

/** The relative who spoke last, or the first relative in the room. */
function relativeToAsk(
  characters: readonly SceneCharacter[],
  lastCharacterSpeaker: string | null,
): string | null {
  const relatives = characters.filter((c) => c.character.role === 'relative');
  const last = relatives.find((c) => c.character.id === lastCharacterSpeaker) ?? relatives[0];
  return last?.character.id ?? null;
}

const OTHER_PEOPLE = [
  'mum|mother|dad|father|sister|brother|wife|husband|partner|daughter|son|friend|mate|boyfriend|girlfriend',
  'gran|grandma|grandad|nan|aunt|uncle|cousin|boss|gp|doctor|nurse|consultant|midwife',
].join('|');
const OTHER_PERSON = new RegExp(`\\b(?:your|the|a) (?:${OTHER_PEOPLE})\\b`, 'i');

/** Whether a question speaks of the patient as he or she ("…stay a bit longer with him?", "Has she eaten?"). */
function speaksOfPatient(question: string, patient: SceneCharacter['character']): boolean {
  // "Shall we ring your mum and tell her?": the pronoun may be someone else named in it.
  if (OTHER_PERSON.test(question)) return false;
  const sex = patient.appearance?.sex;
  if (sex === 'male') return /\b(?:he|he's|he'd|he'll|him|his|himself)\b/i.test(question);
  if (sex === 'female') return /\b(?:she|she's|she'd|she'll|her|hers|herself)\b/i.test(question);
  return false;
}

/**
 * What comes before a name that is talked about: "some minutes alone with Tom", "besides Geoffrey", "for Sheila",
 * "And will Grace be on her own tonight?", "Is Sheila staying?", "How have things been for you, seeing Chloe like
 * this?".
 */
const SPOKEN_OF_AFTER = new RegExp(
  `\\b(?:${[
    // "What's Harold like at home?", "How's Amara?"
    "(?:what|how|where|who)['’]s",
    'with|without|besides|for|about|from|than|like|including|except|beside|to',
    'if|when|once|until|before|after',
    // "Is it Julie?" calls on her; "is Julie…" speaks of her.
    "will|would|can|could|does|did|(?<!\\bit )is|has|should|might|was|won't|isn't|doesn't|hasn't",
    'seeing|watching|visiting|caring for|looking after|supporting',
    // "What have you noticed? You, I mean, not Geoffrey."
    'not',
  ].join('|')})\\s+$`,
  'i',
);

function onlySpokenOf(text: string, at: number, length: number): boolean {
  // "About your mum, …" is said to the daughter: a relation form always addresses.
  if (/^your\b/i.test(text.slice(at, at + length))) return false;
  return SPOKEN_OF.test(text.slice(at + length)) || SPOKEN_OF_AFTER.test(text.slice(0, at));
}

/** The characters a turn names only to talk about them, never calling on them. */
export function spokenOf(text: string, characters: readonly SceneCharacter[]): Set<string> {
  const about = new Set<string>();
  for (const { character, addressPatterns } of characters) {
    const matches = addressPatterns.flatMap((p) => [...text.matchAll(new RegExp(p.source, 'gi'))]);
    if (matches.length > 0 && matches.every((m) => onlySpokenOf(text, m.index, m[0].length)))
      about.add(character.id);
  }
  return about;
}

/** How the scene history marks the one the learner said they were talking to (see `turnsTo`). */
export const TURNED_TO = 'turned-to';

const SAYS_WHOM_THEY_ASK =
  /\b(?:I(?:'m| am|'ve been| was) (?:talking|speaking) (?:to|with)|(?:my|this|that) question(?:'s| is| was) for|I(?:'d| would) like to hear (?:it )?from|I(?:'m| am) asking) ([A-Z][\w'-]+)/;

/** The one the learner says they are talking to ("Aisha, please, I'm talking to Chloe"), who takes the next "you". */
export function turnsTo(text: string, characters: readonly SceneCharacter[]): string | null {
  const name = SAYS_WHOM_THEY_ASK.exec(text)?.[1];
  return name ? firstNamed(name, characters) : null;
}

/** The character named first in `text`, if any, leaving out names only spoken of. */
function firstNamed(text: string, characters: readonly SceneCharacter[]): string | null {
  let earliest: { id: string; at: number } | null = null;
  for (const { character, addressPatterns } of characters) {
    for (const pattern of addressPatterns) {
      for (const match of text.matchAll(new RegExp(pattern.source, 'gi'))) {
        const at = match.index;
        if (onlySpokenOf(text, at, match[0].length)) continue;
        if (earliest === null || at < earliest.at) earliest = { id: character.id, at };
        break;
      }
    }
  }
  return earliest?.id ?? null;
}

/** The character a sentence opens by calling on ("Margaret, what's…"), not one it only mentions. */
function calledOn(sentence: string, characters: readonly SceneCharacter[]): string | null {
  // "Mrs Hale, sorry, Mr Hale, is she sleeping?": a name corrected gives way to the one said after it.
  const corrected = /^([^,]{1,25}),\s*(?:sorry|I mean|no|er|um|pardon)\b,?\s*(.+)$/is.exec(sentence);
  if (corrected?.[1] && corrected[2] && firstNamed(corrected[1], characters)) {
    const meant = calledOn(corrected[2], characters);
    if (meant) return meant;
  }
  const opening = sentence.replace(/^(?:and|so|now|okay|ok|right)[, ]+/i, '').split(',')[0] ?? '';
  if (opening.split(/\s+/).length > 3) return null;
  return firstNamed(opening, characters);
}

const NOT_A_CALL =
  /^(?:besides|with|and|or|for|about|apart|except|like|including|to|from|than|as|not|unlike|plus)\b/i;

/** The character a question ends by calling on ("Geoffrey mentioned tiredness. How have you slept, Margaret?"). */
/**
 * The one the latest sentence opening with a name calls on: "Congratulations, Tom. Mr Whitfield, you were telling me
 * about your dad. What happened at the end for him?" is put to Mr Whitfield.
 */
function lastCalledOn(text: string, characters: readonly SceneCharacter[]): string | null {
  const sentences = text.split(/(?<=[.!?])\s+/);
  for (let i = sentences.length - 1; i >= 0; i -= 1) {
    const called = calledOn(sentences[i] as string, characters);
    if (called) return called;
  }
  return null;
}

function calledAtEnd(question: string, characters: readonly SceneCharacter[]): string | null {
  const tail = /,\s*([^,?]+)\?\s*$/.exec(question)?.[1];
  // "Who do you lean on, besides Tom?" ends on a name it does not call on.
  if (!tail || tail.split(/\s+/).length > 3 || NOT_A_CALL.test(tail)) return null;
  return firstNamed(tail, characters);
}

/**
 * The last question of the turn, from the end of the sentence before it: in "Mr Hale, let her answer, please.
 * Margaret, what's the date today?" the question calls on Margaret, whoever was named first.
 */
function askingPart(text: string): string {
  const end = text.lastIndexOf('?');
  if (end < 0) return '';
  const before = text.slice(0, end);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '));
  return text.slice(start < 0 ? 0 : start + 2, end + 1);
}

export interface SpeakerInput {
  addressee: Addressee;
  characters: readonly SceneCharacter[];
  /** Affect after the learner's turn. */
  affect: SceneAffect;
  acts: ReadonlySet<LearnerAct>;
  /** How readily relatives cut in, from the difficulty level. */
  relativeConfrontation: number;
  turnIndex: number;
  lastInterjection: ReadonlyMap<string, number>;
  /** A number in [0,1) from the session's seeded random source. */
  random: () => number;
}

/**
 * Who speaks, in order (one or two characters). The addressee always answers; a relative also cuts in when
 * the patient is overwhelmed, or challenges the learner when angry enough and the difficulty allows.
 */
export function chooseSpeakers(input: SpeakerInput): SpeakerChoice[] {
  const choices: SpeakerChoice[] = [{ characterId: input.addressee.characterId, reason: 'addressed' }];
  const patient = input.characters.find((c) => c.character.role === 'patient');
  const patientOverwhelmed =
    patient !== undefined && (input.affect[patient.character.id]?.distress ?? 0) >= OVERWHELMED_DISTRESS;
  for (const { character } of input.characters) {
    if (character.role !== 'relative' || character.id === input.addressee.characterId) continue;
    const recentlyInterjected = input.turnIndex - (input.lastInterjection.get(character.id) ?? -100) <= 3;
    if (recentlyInterjected) continue;
    if (patientOverwhelmed && input.addressee.characterId === patient?.character.id) {
      choices.push({ characterId: character.id, reason: 'interjects-overwhelmed' });
      break;
    }
    const anger = input.affect[character.id]?.anger ?? 0;
    const provoked = CHALLENGE_TRIGGERS.some((act) => input.acts.has(act));
    if (provoked && anger >= CHALLENGING_ANGER && input.random() < input.relativeConfrontation) {
      choices.push({ characterId: character.id, reason: 'interjects-challenge' });
      break;
    }
  }
  return choices;
}
