// Within the lines on a topic, the ones that share words with the question answer it best: asked about
// smoking, a line about cigarettes beats one about beer. Words are compared by their first letters, which is
// enough to match smoke/smoking or drink/drinking without a stemmer.

const PREFIX = 4;
/** Short words count too ("any pets?", "your job", "feeling low"), unless common. */
const SHORTEST = 3;

/** Words too common to say what a question is about. */
const COMMON = new Set(
  `about above after again also always anybody anyone anything around because been before being both bring
could didn't does doesn't doing done don't down each else even ever every feel felt from getting give going
gone good have having here he's hers himself how i'm into isn't it's just keep kind know last like little look
made make many maybe mean might more most much must need never next nothing now okay once only other over
please pretty quite rather really right said same say says seem should since some someone something still
such sure take tell than thank that that's their them then there these they they're thing things think this
those though through time today told very want was wasn't well went were what what's when where which
while who whole why will with without would yeah yes you you're your yours yourself you've you'd you'll
the and are any how has had was her his him she for not but can did get got out one all our its may too let see
yet off own who why yes put use try ask lot bit way much thought thoughts thinking
who's where's how's`.split(/\s+/),
);

/**
 * Someone's usual self, in words too common to compare: "Is he normally like this?" is answered by "He's never been
 * like this" or "He's not been himself", which share no word with it. Both get one key for it.
 */
const USUAL_SELF =
  /\b(?:normally|usually|always) (?:like (?:this|that)|this (?:way|confused|muddled))|\blike (?:this|that) before\b|\bnormal (?:self|for (?:him|her))\b|\busual self\b|\bnever (?:been )?(?:confused )?like (?:this|that)\b|\bnot (?:been )?(?:himself|herself)\b/i;
const USUAL_SELF_KEY = '~usual';

/** Each word of 3+ letters as its comparison key (its first four letters), in order. */
export function wordKeys(text: string): string[] {
  const keys: string[] = [];
  for (const word of text.toLowerCase().match(/[a-z][a-z']+/g) ?? []) {
    if (word.length >= SHORTEST) keys.push(word.replace(/'s$/, '').slice(0, PREFIX));
  }
  if (USUAL_SELF.test(text)) keys.push(USUAL_SELF_KEY);
  return keys;
}

/** The content words of a question, as comparison keys (and its asking after someone's usual self). */
export function questionKeys(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z][a-z']+/g) ?? [];
  const keys = new Set(wordKeys(words.filter((word) => !COMMON.has(word)).join(' ')));
  if (text.includes('?') && USUAL_SELF.test(text)) keys.add(USUAL_SELF_KEY);
  return keys;
}

/** "Would you like to see him?", "Do you want to stay?": what they are offered to do, asked as their wish. */
const OFFERED_ACTION =
  /\b(?:would you like|would you want|do you want|d'you want|do you wanna)\s+to\s+([a-z']+)/;

/**
 * For an offer of something to do, the key of the action offered, kept even when the word is a common one ("see",
 * "stay"): a wish line with the same action answers the offer.
 */
export function offerKeys(text: string): ReadonlySet<string> {
  const lower = text.toLowerCase();
  const action = OFFERED_ACTION.exec(lower)?.[1] ?? elidedAction(lower);
  return action ? new Set(wordKeys(action)) : NO_KEYS;
}

/** "Would you like to?" with its verb left out: the one the turn offered ("You can both see him when you're ready"). */
const ELIDED_OFFER = /\b(?:would you like|would you want|do you want|d'you want) to\s*\?/;
const OFFERED_EARLIER = /\byou (?:can|could|may|are welcome to)(?: both| all| now)? ([a-z']+)/;

function elidedAction(lower: string): string | undefined {
  return ELIDED_OFFER.test(lower) ? OFFERED_EARLIER.exec(lower)?.[1] : undefined;
}

/** Words that name who someone is to the character, or that there is nobody: what a "who" question wants. */
const PERSON_KEYS: ReadonlySet<string> = new Set(
  wordKeys(`husband wife partner son daughter mum mother dad father brother sister kids children child family friend
mate boyfriend girlfriend grandchildren neighbour nobody alone own live lives`),
);
const NO_KEYS: ReadonlySet<string> = new Set();

/** For "Who's at home with you?": the words of a line that names people, or says there is nobody. */
export function personKeys(text: string): ReadonlySet<string> {
  return /\bwho(?:'s|s)?\b/i.test(text) ? PERSON_KEYS : NO_KEYS;
}

/** How many of the question's keys a line's keys (from `wordKeys`) use. */
export function sharedKeys(lineKeys: readonly string[], keys: ReadonlySet<string>): number {
  return keysHit(lineKeys, keys).size;
}

/** Which of `keys` a line's keys hit. */
export function keysHit(lineKeys: readonly string[], keys: ReadonlySet<string>): Set<string> {
  const seen = new Set<string>();
  if (keys.size === 0) return seen;
  for (const key of lineKeys) {
    // "pet" asks about "pets": a three-letter key matches the longer keys it begins.
    const hit = keys.has(key) ? key : [...keys].find((k) => k.length < PREFIX && key.startsWith(k));
    if (hit) seen.add(hit);
  }
  return seen;
}

/** Words an echo question may hold besides the word it throws back ("Threaten me?", "Calm down?"). */
const ECHO_FILLER = new Set(
  'me you him her us them it that this what now really eh sorry pardon meaning and so who why how down out up my your his a the'.split(
    ' ',
  ),
);
/** A reply that opens by throwing back a word of one to three words: "Sectioned?", "Threaten me?", "Capacity?". */
const ECHO_QUESTION = /^\s*((?:[A-Za-z'’-]+[ ,]*){1,3})\?/;

/**
 * Whether a line opens by throwing back a word the learner did not say this turn ("Sectioned? For falling down some
 * steps?" when nobody spoke of sectioning): such a line only answers the words it echoes.
 */
export function echoesUnsaid(line: string, turnKeys: ReadonlySet<string> | undefined): boolean {
  if (!turnKeys) return false;
  const echoed = ECHO_QUESTION.exec(line)?.[1];
  if (!echoed) return false;
  const words = echoed.toLowerCase().match(/[a-z']+/g) ?? [];
  const content = wordKeys(words.filter((w) => !ECHO_FILLER.has(w)).join(' '));
  return content.length > 0 && !content.some((key) => turnKeys.has(key));
}
