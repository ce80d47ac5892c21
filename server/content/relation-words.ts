// How a learner speaks to someone through their relation to another person in the room: "your dad" is said to
// the patient's son, "your son" to the patient. Derived from each relative's `relation`, so authors need not
// list every form.

import type { Character } from './scenario-schema.ts';

type Sex = 'female' | 'male' | undefined;

/** What the patient is to a relative, given the relative's relation to the patient and the patient's sex. */
const PATIENT_IS_TO_RELATIVE: Record<string, (sex: Sex) => string[]> = {
  daughter: parentWords,
  son: parentWords,
  child: parentWords,
  stepdaughter: parentWords,
  stepson: parentWords,
  wife: spouseWords,
  husband: spouseWords,
  partner: (sex) => [...spouseWords(sex), 'partner'],
  spouse: spouseWords,
  mother: childWords,
  mum: childWords,
  father: childWords,
  dad: childWords,
  brother: siblingWords,
  sister: siblingWords,
  granddaughter: grandparentWords,
  grandson: grandparentWords,
  friend: () => ['friend', 'mate'],
  flatmate: () => ['flatmate', 'friend'],
};

/** Extra words (beyond `addressedAs`) that address this character, given who else is present. */
export function relationAddresses(character: Character, present: readonly Character[]): string[] {
  const taken = new Set(present.flatMap((c) => c.addressedAs.map((w) => w.toLowerCase())));
  // A form that could mean two people in the room is left out.
  const counts = new Map<string, number>();
  for (const c of present) for (const w of formsFor(c, present)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return formsFor(character, present).filter((w) => !taken.has(w) && (counts.get(w) ?? 0) <= 1);
}

/** "Sir" or "madam" for the one man or woman in the room, and the relation forms ("your dad", "your son"). */
function formsFor(character: Character, present: readonly Character[]): string[] {
  const sex = character.appearance?.sex;
  const polite = sex === 'male' ? ['sir'] : sex === 'female' ? ['madam', "ma'am"] : [];
  return [...polite, ...relationForms(character, present)];
}

function relationForms(character: Character, present: readonly Character[]): string[] {
  const patient = present.find((c) => c.role === 'patient');
  if (character.role === 'relative' && character.relation) {
    const inverse =
      PATIENT_IS_TO_RELATIVE[character.relation.toLowerCase()]?.(patient?.appearance?.sex) ?? [];
    return inverse.map((w) => `your ${w}`);
  }
  return present
    .filter((o) => o.role === 'relative' && o.relation && character.role === 'patient')
    .map((o) => `your ${o.relation?.toLowerCase()}`);
}

function parentWords(sex: Sex): string[] {
  const mother = ['mum', 'mother', 'mam', 'mom'];
  const father = ['dad', 'father'];
  return sex === 'female' ? mother : sex === 'male' ? father : [...mother, ...father];
}

function spouseWords(sex: Sex): string[] {
  return sex === 'female' ? ['wife'] : sex === 'male' ? ['husband'] : ['wife', 'husband'];
}

function childWords(sex: Sex): string[] {
  return sex === 'female' ? ['daughter'] : sex === 'male' ? ['son'] : ['daughter', 'son'];
}

function siblingWords(sex: Sex): string[] {
  return sex === 'female' ? ['sister'] : sex === 'male' ? ['brother'] : ['sister', 'brother'];
}

function grandparentWords(sex: Sex): string[] {
  const gran = ['gran', 'nan', 'grandma', 'grandmother'];
  const grandad = ['grandad', 'grandpa', 'grandfather'];
  return sex === 'female' ? gran : sex === 'male' ? grandad : [...gran, ...grandad];
}
