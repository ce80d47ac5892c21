// Closed questions that ask leave or offer something ("Is it all right if I sit down?", "Would you like some
// water?") rather than ask for a fact: a character may simply agree to them.

const LEAVE_OPENINGS: readonly string[] = [
  'is it ok',
  'is it okay',
  'is it all right',
  'is it alright',
  'is that ok',
  'is that okay',
  'is that all right',
  'is that alright',
  'are you ok with',
  'are you okay with',
  'are you happy',
  'are you ready',
  'can i',
  'could i',
  'may i',
  'shall i',
  'should i',
  'shall we',
  'can we',
  'could we',
  'would you like',
  'would you prefer',
  'would it help',
  'do you want',
  'do you mind',
  'would you mind',
  'can i get you',
  'ok if',
  'okay if',
  'all right if',
  'alright if',
  'mind if',
  'ready',
];

/** Whether the utterance's last question asks leave or offers something. */
export function asksLeave(text: string): boolean {
  const questions = text.match(/[^.?!]*\?/g) ?? [text];
  const last = (questions.at(-1) ?? '')
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/[^a-z' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const opening = last.replace(/^(?:(?:and|so|right|okay|ok|now|well|first|then)\s+)*/, '');
  return (
    LEAVE_OPENINGS.some((p) => opening.startsWith(`${p} `) || opening === p) ||
    /\b(?:is that|is it|if that's|if that is|if it's|if it is) (?:ok|okay|all right|alright)$/.test(last)
  );
}
