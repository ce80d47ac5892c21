// Kinds of question the topics do not cover: asking leave or offering something ("Is it all right if I sit
// down?", "Would you like some water?"), which a character may simply agree to; asking someone's name; and
// asking what someone has noticed in another person, which a relative answers about the patient; inviting their
// questions ("Any questions?"), answered from what they have understood; and checking a proposal ("Would that
// help?"), which is about what was just proposed.

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
  // Leave to do something for them ("Would you like me to go on?"); "Would you like to see him?" asks their wish.
  'would you like me',
  'would you like us',
  'would you prefer me',
  'would you prefer us',
  'would you prefer if',
  'would it help',
  'do you want me',
  'do you want us',
  'do you mind',
  'would you mind',
  'can i get you',
  'ok if',
  'okay if',
  'all right if',
  'alright if',
  'mind if',
  'ready',
  // Offers without a subject: "Get a drink?", "Fancy a cup of tea?", "A drink, your glasses?"
  'get a',
  'get you',
  'fancy a',
  'how about a',
  'what about a',
  'a drink',
  'a cup',
];

/** "Can I ask, is…?", "Can I just check this is…?": leave asked, then the question that is really asked. */
const ASKS_AFTER_LEAVE = new RegExp(
  [
    String.raw`^(?:can|could|may) i (?:just )?ask\b.*?\b(?:is|are|has|have|had|do|does|did|was|were|how|what|when|where|why|who|whether|if)\b`,
    String.raw`^(?:can|could|may) i (?:just )?(?:check|confirm) (?:(?:that|whether|if|how|what|when|where|who) |(?:this|that|it|you|he|she|they|there)(?:'s|'re| is| are| was| were| have| has| had)\b)`,
  ].join('|'),
);

/** The last question without the name it opens with ("Julie, can I tell you how your mum is doing now?"). */
function withoutName(text: string, last: string): string {
  const named = /(?:^|[.?!]\s+)([A-Z][a-z'-]+),\s+[^.?!]*\?\s*$/.exec(text.replace(/[’]/g, "'"));
  const name = named?.[1]?.toLowerCase();
  return name && last.startsWith(`${name} `) ? last.slice(name.length + 1) : last;
}

/** The utterance's last question, lower-cased, letters and apostrophes only. */
export function lastQuestion(text: string): string {
  const questions = text.match(/[^.?!]*\?/g) ?? [text];
  return (questions.at(-1) ?? '')
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/[^a-z' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const NAME_QUESTIONS: readonly string[] = [
  "what's your name",
  'what is your name',
  'can i get your name',
  'can i take your name',
  'could i get your name',
  'could i have your name',
  'may i ask your name',
  'can i ask your name',
  'could i ask your name',
  'can i have your name',
  'what should i call you',
  'what do you like to be called',
  'what would you like me to call you',
];

/** Name questions that must end the question ("Who are you?", not "Who are you thinking about?"). */
const NAME_QUESTIONS_AT_END: readonly string[] = [
  'who are you',
  'and you are',
  'who you are',
  'you must be',
  'and who is this',
  "and who's this",
];
/** Words of address a name question may end on: "May I ask who you are, sir?" */
const ADDRESS_AT_END = / (?:sir|madam|love|mate|pet|dear|my love|please) $/;

/** Words a name check may open with ("Hello, are you…"), unlike a tag ("You're not worried, are you, Edith?"). */
const GREETED =
  '(?:(?:hello|hi|hiya|hey|morning|afternoon|evening|good|sorry|excuse|me|and|so|now|right|ok|okay|oh|ah)\\s+)*';

/** Checking who they are by name ("Hello, are you Mrs Okafor?"), answered as a name question. */
const NAME_CHECK = new RegExp(
  `^${GREETED}(?:are you|is it|is this|you must be|you're) (?:mrs|mr|ms|miss|dr|doctor) [a-z'-]+(?: [a-z'-]+ [a-z'-]+'s (?:wife|husband|partner|daughter|son|mum|mother|dad|father|sister|brother))?$`,
);

/** Asking leave for the speaker ("Is it all right if I sit here?", "Can I examine you?", "Shall we carry on?"). */
const ASKS_PERMISSION =
  /\bif (?:i|we)\b|^(?:\w+ )?shall we\b|^(?:\w+ )?(?:can|could|may) i\b(?! (?:get|bring|fetch|make|grab|pop) )/;

/** Whether the last question asks leave for the speaker, rather than offering the listener something. */
export function asksPermission(text: string): boolean {
  return ASKS_PERMISSION.test(lastQuestion(text));
}

/** Checking who they are to the patient ("Are you Harold's wife?", "You must be his daughter?"): who they are. */
const RELATION_CHECK = new RegExp(
  `^${GREETED}(?:are you|you must be|you're) (?:[a-z'-]+'s|his|her|the patient's) (?:wife|husband|partner|daughter|son|mum|mother|dad|father|sister|brother|friend|flatmate|girlfriend|boyfriend|carer)$`,
);

/** Whether the utterance asks the listener's name, or checks it. */
export function asksName(text: string): boolean {
  // "And you must be...?" trails off into the question.
  const last = ` ${lastQuestion(text.replace(/(?:\.{2,}|…)\s*\?\s*$/, '?'))} `;
  return (
    NAME_QUESTIONS.some((q) => last.includes(` ${q} `)) ||
    NAME_QUESTIONS_AT_END.some((q) => last.replace(ADDRESS_AT_END, ' ').endsWith(` ${q} `)) ||
    NAME_CHECK.test(last.trim()) ||
    RELATION_CHECK.test(last.trim()) ||
    NAME_PREFERRED.test(text)
  );
}

/** "Is it Margaret you like, or Mrs Hale?", "Do you prefer Harold or Mr Pearson?": which name they go by. */
const NOT_A_DAY =
  '(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)\\b)';
const NAME_PREFERRED = new RegExp(
  `\\b(?:[Ii]s it|[Dd]o you prefer|[Ww]ould you prefer|[Ww]ould you rather|[Ss]hall I call you|[Ss]hould I call you|[Cc]an I call you) (?:(?:Mrs|Mr|Ms|Miss|Dr)\\.? )?${NOT_A_DAY}[A-Z][a-z]+\\b[^?]{0,25}\\bor (?:(?:Mrs|Mr|Ms|Miss|Dr)\\.? )?${NOT_A_DAY}[A-Z][a-z]+`,
);

/** Whether the question asks what the listener has noticed or seen (in someone else, usually). */
export function asksWhatWasNoticed(text: string): boolean {
  return /\b(?:notice|noticed|noticing|seen|spotted|observed)\b/.test(lastQuestion(text));
}

/** Whether the utterance's last question asks leave or offers something. */
/** "Can I go back to my question: are there any tablets at the flat?": the question after the colon is the one asked. */
const ASKED_AFTER_COLON =
  /:\s*(?:is|are|has|have|had|do|does|did|was|were|will|would|can|could|how|what|when|where|why|who|which|any)\b[^:]*\?\s*$/i;

/**
 * Whether words (lower-case, space-separated) end as a list that only gives examples: "…, a smoke, anything?",
 * "GP, school counsellor, anybody?", "Tablets, that sort of thing?"
 */
export function endsOnExamples(words: string): boolean {
  return /(?:^|\s)(?:anything|anyone|anybody|something|etc|whatever|(?:that|this) (?:sort|kind) of thing)$/.test(
    words,
  );
}

export function asksLeave(text: string): boolean {
  if (ASKED_AFTER_COLON.test(text)) return false;
  const last = lastQuestion(text);
  // "Anything on board tonight? A drink, a smoke, anything?": examples of the question before, not an offer.
  const before = beforeLastQuestion(text);
  if (endsOnExamples(last) && before.trimEnd().endsWith('?')) return asksLeave(before);
  const opening = withoutName(text, last).replace(
    /^(?:(?:and|so|right|okay|ok|now|well|first|then)\s+)*/,
    '',
  );
  // "Can I ask, is some part of you wondering…?", "Can I ask how you're sleeping?": the question after the leave
  // is the one asked.
  if (ASKS_AFTER_LEAVE.test(opening)) return false;
  return (
    LEAVE_OPENINGS.some((p) => opening.startsWith(`${p} `) || opening === p) ||
    /\b(?:is that|is it|if that's|if that is|if it's|if it is) (?:ok|okay|all right|alright)$/.test(last) ||
    // "Is now still a good time to talk?", "Is this an okay time?"
    /^(?:is|would) (?:now|this|it|today) (?:still )?(?:be )?(?:a|an) (?:good|ok|okay|alright|all right|bad) (?:time|moment)\b/.test(
      opening,
    ) ||
    // "Have you got a few minutes to talk before you go?", "Do you have a moment?"
    /^(?:have you got|do you have|could you spare|can you spare|could i have|can i have) (?:a few|a couple of|five|ten|a|a little|some) (?:minutes?|moments?|time)\b/.test(
      opening,
    )
  );
}

/**
 * Whether the last question asks them to agree to something ("Will you give it forty minutes?", "Would you stay
 * with me?"): answered yes or no in character, not with "I don't know". "Can you walk?" asks a fact, so not it.
 */
export function asksAgreement(text: string): boolean {
  const opening = lastQuestion(text).replace(/^(?:(?:and|so|then|now|ok|okay|right|well)\s+)*/, '');
  if (offersAsHelp(text)) return true;
  // One word may come first, the name of the person asked ("Samuel, would you take her home?"), not a wh-word.
  return (
    /^(?!(?:how|what|why|where|when|who|which)\b)(?:\w+ )?(?:will|would|won't|wouldn't) you (?!tell|describe|remember|recall|say|explain|think|see|hear|feel|understand|know)\w+/.test(
      opening,
    ) || checksProposal(text)
  );
}

/** "Would a glass of water or a cup of tea help?": something offered, asked as whether it would help. */
const OFFERED_AS_HELP = /^(?:\w+ )?(?:would|could|might|will) (?:a|an|some) [a-z' ]{1,60} help\b/;

export function offersAsHelp(text: string): boolean {
  const last = lastQuestion(text);
  if (OFFERED_AS_HELP.test(last)) return true;
  // "Would a hot drink help? Tea or coffee?": the choice only names what was offered.
  return (
    /^\w+(?: \w+)? or \w+(?: \w+)?$/.test(last) &&
    OFFERED_AS_HELP.test(lastQuestion(beforeLastQuestion(text)))
  );
}

/** "Would that help?", "Will this work?", "Would that be okay?" */
const PROPOSAL_HELPS =
  '(?:would|will|does|do|could|might) (?:that|this|it) (?:help|work|suit you|be (?:ok|okay|alright|all right|better|any help|a help))';
/** "How does that sound?", "Does that sound fair?", "Would this seem better?" */
const PROPOSAL_SOUNDS =
  '(?:how|what) (?:does|would) (?:that|this) sound|(?:does|would) (?:that|this) (?:sound|seem) (?:ok|okay|alright|all right|good|fair|fine|like a plan|better)';
/** "Can we try that?", "Shall we agree on that?", "Is that alright with you?", "Are you happy with that?", "Deal?" */
const PROPOSAL_AGREED = [
  '(?:can|could|shall|should) we (?:try|do|agree(?: on| to)?|go with|go for|give|settle on|start with) (?:that|this|it)(?: a go)?',
  '(?:is|would) (?:that|this) (?:be )?(?:ok|okay|alright|all right|fine|acceptable)(?: with you)?',
  '(?:are|would) you (?:be )?(?:ok|okay|alright|all right|happy|fine) with (?:that|this)',
  '(?:can|could) you (?:live|go along|manage) with (?:that|this)',
  // "…you tell me, or Kyle tells me. Agreed?", "Fair enough?"
  'deal|agreed|fair|fair enough',
].join('|');
/** Their name may close the question: "Can we try that, Reece?" */
const PROPOSAL_CHECK = new RegExp(
  `^(?:${PROPOSAL_HELPS}|${PROPOSAL_SOUNDS}|${PROPOSAL_AGREED})(?: (?:to|for) you)?(?: (?:for now|at all|then))?(?: [a-z]+)?$`,
);

/**
 * Whether the last question asks what they think of what the learner just proposed ("I can get you somewhere
 * quieter. Would that help?", "How does that sound?"): about what was proposed, or agreed to, not about help.
 */
export function checksProposal(text: string): boolean {
  const opening = lastQuestion(text).replace(/^(?:(?:and|so|then|now|ok|okay|right|well)\s+)*/, '');
  return PROPOSAL_CHECK.test(opening);
}

/**
 * "Are you happy for Tom to stay?", "Would you like Josh here?", "Would you rather Aisha stayed?": someone else in the
 * room staying.
 */
const SOMEONE_STAYS =
  /\b(?:happy|alright|all right|ok|okay|comfortable|fine|good) (?:for|with|if) (?!you\b|yourself\b)[\w' ]{1,30}? (?:to stay|stays|staying|to be here|being here|to sit in|to be in here)\b/;
const LIKE_THEM_TO_STAY =
  /\b(?:would|do) you (?:like|want|prefer) (?!to\b|me\b|us\b)[\w' ]{1,30}? (?:to stay|here|in here|with you|to be here)\b|\bwould you rather (?!you\b|we\b|i\b|me\b)[\w']+ (?:stayed|stays|was here|were here|sat in)\b/;
/** "…or would you rather we had a bit of time on our own?" ("Would you like some time on your own?" offers it.) */
const RATHER_ALONE =
  /\b(?:would you rather|would you prefer) (?:we|us|me and you|to)?[\w' ]{0,30}?(?:on (?:your|our) own|alone|by yourself|in private|privately|just the two of us|(?:a bit of |some )?privacy)\b/;

/**
 * Whether the last question asks who they would like in the room ("Are you happy for Tom to stay, or would you
 * rather we talked alone?"): a wish about company, whatever its shape (a choice, a leave question).
 */
export function asksWhoStays(text: string): boolean {
  const last = lastQuestion(text);
  return SOMEONE_STAYS.test(last) || LIKE_THEM_TO_STAY.test(last) || RATHER_ALONE.test(last);
}

/** The utterance without its last question: what a question such as "Would that help?" points back to. */
export function beforeLastQuestion(text: string): string {
  const questions = text.match(/[^.?!]*\?/g) ?? [];
  const last = questions.at(-1);
  if (last === undefined) return text;
  const at = text.lastIndexOf(last);
  return `${text.slice(0, at)}${text.slice(at + last.length)}`.trim();
}

/**
 * Whether the last question checks that someone is who the learner thinks ("Is this Josh?", "You must be Grace?",
 * "Mrs Hale, is it?").
 */
export function checksName(text: string, names: readonly string[]): boolean {
  // "You must be Julie…?" trails off into the question.
  const last = lastQuestion(text.replace(/(?:\.{2,}|…)\s*\?\s*$/, '?'));
  return names.some((name) => {
    const plain = name
      .toLowerCase()
      .replace(/[^a-z' ]+/g, ' ')
      .trim();
    return (
      plain !== '' &&
      (new RegExp(`^${GREETED}(?:are you|is this|is it|you must be|you're|this is) ${plain}$`).test(last) ||
        // The name alone, or first: "Mrs Okafor?", "Mrs Hale, is it?"
        new RegExp(`^${GREETED}${plain}(?: is it| is that right| am i right| yes| yeah| right)?$`).test(last))
    );
  });
}

/** How an invitation to ask opens: "Do you have…", "Is there…", "Got…". */
const INVITE_OPENING =
  '(?:(?:and|so|now|ok|okay|right|well) )*(?:(?:do|have) you (?:got|have) |are there |is there |(?:you )?got |what )?';
/** What it invites: "any questions", "anything you'd like to ask me", "anything else I can explain". */
const INVITED =
  "(?:any(?:thing)?(?: else)?|other) (?:questions?|you(?:'d| would)? (?:like|want) to (?:ask|know)(?: me| us)?|i can (?:answer|explain|help with))";
/** What may follow: "…at all?", "…before she comes in?", "…first?". */
const INVITE_TAIL =
  "(?: (?:for me|at all|so far|now|first|about any of that|about that|about what i've said|before (?:she|he|they|we|i|the \\w+) (?:comes?|goes?|leaves?)(?: in| back)?))?";
const INVITES_QUESTIONS = new RegExp(
  `^(?:${INVITE_OPENING}${INVITED}${INVITE_TAIL}|what questions (?:do you have|have you got)(?: for me)?)$`,
);

/**
 * Whether the last question invites the listener's own questions ("Any questions?", "Is there anything you'd like
 * to ask me?", "What questions do you have?"). A question that names what to ask about has a topic instead.
 */
export function invitesTheirQuestions(text: string): boolean {
  return INVITES_QUESTIONS.test(lastQuestion(withoutVocative(text)));
}

/** The last question without a name it opens with ("Tom, is there anything…?"). */
function withoutVocative(text: string): string {
  return text.replace(/(^|[.?!]\s+)[A-Z][a-z]+,\s*(?=[^.?!]*\?\s*$)/, '$1');
}

/** "And yourself, Tom?", "What about you?", "Same for you?": the last question again, put to the one addressed. */
const SAME_OF_THEM =
  /^(?:(?:and|so|what|how|same|the same)\s+)*(?:about |for |with )?(?:you|yourself)(?:,\s*(?:(?:mr|mrs|ms|miss|dr)\.? )?~name)?\s*\??$/;

export function asksSameOfThem(text: string): boolean {
  // Only a capitalised word after the comma is a name ("And you, Tom?"); "And you are?" asks who they are.
  const named = text.trim().replace(/,\s*((?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?)[A-Z][a-z]+\b/, ', $1~name');
  return SAME_OF_THEM.test(named.toLowerCase());
}

/**
 * "So you've not slept since Monday.", "So things have been rough since the divorce.", "Sounds like it's been a long
 * night.": what they said given back to check it, which people answer as they would a question.
 */
const GIVES_BACK =
  /^(?:(?:ok|okay|right|mm|yeah|ah)[,.]?\s+)?(?:so|(?:it )?sounds like|so what you're saying is)\b,?\s+(?!(?:i|we|i'll|we'll|i'm|we're|i've|we've|let's|let me|the plan|what happens|if|can|could|would|shall|do|does|is|are|any|anyway|now)\b)/i;

export function givesBackToCheck(text: string): boolean {
  const clean = text.trim().replace(/[‘’]/g, "'");
  return (
    !clean.includes('?') &&
    GIVES_BACK.test(clean) &&
    clean.split(/\s+/).length <= 24 &&
    !/[.!;]\s+\S/.test(clean)
  );
}
