// Cues for the SPIKES-shaped acts: greeting, perception, invitation, warning shot, the news itself, and summary.

import { type Cue, cue, DIAGNOSIS, DISEASE, notAFinding, oneOf, regex } from './act-cues-shared.ts';

const NOT_SPREAD = notAFinding('spread|gone|in the');
const NOT_DISEASE = notAFinding(`${DISEASE}|${DIAGNOSIS}|anything|serious|sinister|sign|signs|evidence`);
const NOT_RETURNED = notAFinding('come back|returned|grown|progressed|bigger|growing|spread');

// Roles someone introduces themselves by: "I'm one of the nurses", "I'll be your anaesthetist today".
const ROLE = oneOf([
  'nurses?|doctors?|docs?|consultants?|registrars?|surgeons?|physicians?|practitioners?|sister|sisters|matron',
  'paramedics?|residents?|interns?|fellows?|midwi(?:fe|ves)|chaplain|specialists?|anaesthetists?',
  'anesthesiologists?|hospitalists?|attending|social worker|therapist|counsell?or|house officers?|SHOs?',
  'FY[12]s?|managers?|lead|coordinators?|nurse in charge|in charge|team|porters?|healthcare assistants?|HCAs?',
  'students?|physios?|dietitians?|pharmacists?|radiographers?|sonographers?|GPs?|clinicians?',
]);
const INTRODUCES_ROLE = new RegExp(
  String.raw`\bI(?:'m| am|'ll be| will be) (?:the|one of the|a|an|your) (?:[\w&-]+ ){0,3}${ROLE}\b`,
  'i',
);

/** Saying who they are: a name, a title and name, or a role ("I'm Dr Patel", "My name's Sue", "I'm one of the nurses"). */
const SELF_INTRODUCTIONS: readonly (readonly [number, RegExp])[] = [
  [
    0.9,
    /\b(?:nice|pleased|good|lovely) to (?:meet|see) you\b|\bmy name(?:'s| is)\b|\bintroduce myself\b|\bI(?:'m| am) (?:\w+ )?from the (?:[\w-]+ ){0,3}(?:team|department|ward|unit|service)\b/i,
  ],
  [
    0.85,
    /\bI(?:'m| am) (?:Dr|Doctor|Nurse|Sister|Prof|Professor)\.? [a-z]+\b(?<!\b(?:enough|here|and|so|too|now|today))/i,
  ],
  [0.8, INTRODUCES_ROLE],
  [
    0.8,
    /\bI(?:'m| am) (?!Sorry\b|Afraid\b|Sure\b|Not\b|Just\b|So\b|Here\b|Glad\b|Happy\b|Really\b|Going\b|Very\b|Certain\b|Confident\b|Impressed\b|Worried\b|Concerned\b)[A-Z][a-z]+(?: [A-Z][\w'-]+)?(?=,|\.|\s+(?:and|from|one|the|a|your|here)\b|$)/,
  ],
  // On the phone or at the door: "It's Sue, one of the district nurses", "This is Dr Reilly", "it's Ruth Danso, your
  // care coordinator".
  [
    0.8,
    /\b(?:[Tt]his is|[Ii]t's) (?:(?:Dr|Doctor|Nurse|Sister)\.? [A-Z][a-z]+|[A-Z][a-z]+(?: [A-Z][a-z]+)?,? (?:from|one of|the|your)\b)/,
  ],
];

/** Whether a sentence says who the speaker is (not only "hello"). */
export function introducesSelf(text: string): boolean {
  return SELF_INTRODUCTIONS.some(([, pattern]) => pattern.test(text));
}

const GREETING: readonly Cue[] = [
  cue('greeting', 0.9, /^(?:oh,? )?(?:hello|hi|hiya|hey(?!$)|good (?:morning|afternoon|evening|day))\b/i),
  cue(
    'greeting',
    0.85,
    /^(?:morning|afternoon|evening|welcome)\b(?=\s*(?:,|$|!|everyone|all\b|there|folks|(?:mr|mrs|ms|miss|dr)\b|I'm|my\b|to\b))/i,
  ),
  ...SELF_INTRODUCTIONS.map(([confidence, pattern]) => cue('greeting', confidence, pattern)),
];

// What they have been told, and by whom; what they feared it was.
const TOLD = '(?:told|said|explained|mentioned)';
const FEARED = '(?:worried|afraid|scared|frightened|concerned)';
const ASKS_WHAT_TOLD = regex([
  String.raw`\bwhat (?:have|has) (?:you|anyone|anybody|they|the \w+|your \w+)(?: \w+)? (?:been )?${TOLD}\b`,
  // "What have the nurses or the other doctors told you?"
  String.raw`\bwhat (?:have|has|did) the \w+ (?:or|and) (?:the )?(?:other )?\w+ (?:told|tell|said|say)\b`,
  String.raw`\byour (?:own )?hunch\b|\bwhat(?:'s| is) making you think\b`,
  String.raw`\bwhat did (?:anyone|anybody|they|the \w+|your \w+)(?: \w+){0,4}? (?:tell|say|explain|mention)\b`,
  String.raw`\bwhat (?:were|are) you ${FEARED} (?:it|this|that) (?:might|could|may|was|is)\b`,
]);

// "Your understanding of what's happening", "your sense of how things are".
const VIEW = '(?:understanding|impression|sense|take|view|feeling|idea|thoughts?)';
const VIEW_OF = oneOf([
  'how|what|why|where|whether|things|it all|everything',
  'the (?:situation|scan|results?|illness|treatment|diagnosis)',
]);
const ASKS_THEIR_VIEW = regex([
  String.raw`\byour (?:own )?${VIEW} (?:of|about|on|as to) ${VIEW_OF}`,
  String.raw`\byour (?:understanding|impression|sense|take) of\b`,
  String.raw`\bwhat(?:'s| is) your understanding\b`,
]);

// "Has anyone from the team explained…?", "Did the doctors say…?"
const CLINICIANS = oneOf([
  'doctors?|consultants?|surgeons?|team|nurses?|GP|specialists?|registrars?|hospital|oncologists?|ward',
  String.raw`paramedics?|ambulance crew|\w+ (?:team|doctors?|nurses?)`,
]);
const EXPLAINED = oneOf([
  'explained|explain|mentioned|mention|said|say|told|tell',
  'talked|talk|spoken|speak|discussed|discuss',
]);
const ASKS_WHO_EXPLAINED = new RegExp(
  String.raw`\b(?:has|have|did) (?:anyone|anybody|someone|they|(?:the|your) ${CLINICIANS})(?: \w+)? ${EXPLAINED}\b`,
  'i',
);

// Other ways of asking what they know or make of it.
const ASKS_WHAT_THEY_KNOW = regex([
  // What they have heard, and how much.
  String.raw`\bwhat (?:[\w']+ ){1,5}(?:have|has|had) (?:said|told you|explained|mentioned)\b`,
  String.raw`\bwhat have you (?:heard|picked up|gathered|read|been able to find out)\b`,
  String.raw`\bhow much (?:do you know|have you been told|has been (?:explained|said|discussed))\b`,
  String.raw`\bwhat did you make of\b`,
  String.raw`\bin your own words\b`,
  String.raw`\bas far as you(?: know|'re aware| are aware)\b`,
  String.raw`\bdid you know (?:why|what|how|about|that)\b`,
  String.raw`\b(?:thoughts?|ideas?) (?:about|on|as to) (?:what|why)\b`,
  String.raw`\b(?:have|had) you been (?:told|given|informed)\b`,
  String.raw`\bwere you told\b`,
  String.raw`\bhow much do you (?:understand|remember)\b`,
  // Their own view, and whether this was expected.
  String.raw`\bhow do you see (?:things|it|the situation|what's happening)\b`,
  String.raw`\b(?:from )?your (?:point of view|perspective)\b`,
  String.raw`\b(?:were|had) you (?:been )?expecting (?:this|that|something|bad news|news like this|it)\b`,
]);

const THEIR_OWN_READING = regex([
  String.raw`\bwhat(?:'s| has) been going (?:through|round|around) your (?:mind|head)\b|\byour gut (?:been )?telling you\b`,
  String.raw`\bwhat did (?:she|he) (?:say|tell)(?: to)? you\b|\bwhat you were told\b|\bwhat (?:did )?you (?:take|took) away\b`,
  // Someone named: "What did Becky say to you this morning?", "What did Dr Ford say last time?"
  String.raw`\bwhat did (?!you\b|I\b|we\b)(?:dr |doctor |nurse |sister |mr |mrs |ms )?[A-Z][\w']+ (?:say|tell you)\b`,
  String.raw`\bwhat you(?:'ve| have) been expecting\b|\bwhere (?:have you|you've|you have)(?: both| all)? got to in your (?:own )?(?:heads?|minds?)\b`,
  String.raw`\bhow are you making sense of\b|\bwhat have you made of\b`,
  // "how you've been making sense of what's been happening", "What's your own sense of it?", "what you've read".
  String.raw`\bhow you(?:'ve| have) been making sense of\b|\byour (?:own )?sense of (?:it|this|things|what)\b|\bwhat you(?:'ve| have) (?:read|looked up)\b`,
]);

const PERCEPTION: readonly Cue[] = [
  cue('perception-check', 0.9, ASKS_WHAT_TOLD, 'question'),
  // What they have made of it, said back: "You've been wondering if it's something serious", "You've already joined
  // up the dots about the drink".
  cue(
    'perception-check',
    0.75,
    /\byou(?:'ve| have)(?: both)? (?:already )?(?:been (?:wondering|putting two and two together)|joined up the dots|put two and two together)\b/i,
  ),
  // A question put before anything is told: "Before I say anything, have you done a home test at all?"
  cue(
    'perception-check',
    0.75,
    // Not a check of who they are ("…can I just take your date of birth?").
    /^before (?:I|we) (?:say|tell you|explain|go (?:through|into)|give you|share) (?:anything|what|the|more|it)\b(?!.*\b(?:date of birth|address|postcode|full name|spell your|hospital number|NHS number)\b)/i,
    'question',
  ),
  cue(
    'perception-check',
    0.85,
    /\bwhat(?:'s| has| have) (?:already )?been (?:said|explained|discussed|mentioned|told|shared)\b/i,
    'question',
  ),
  cue(
    'perception-check',
    0.85,
    /\bwhat (?:you(?:'ve| have| had|'d)?|you) (?:already |currently |now )?(?:know|understand|understood|been told|heard|make of|made of|think (?:is|might|may|could) (?:be )?(?:going on|happening|wrong|causing|the (?:cause|problem)))/i,
    'question',
  ),
  cue('perception-check', 0.85, ASKS_THEIR_VIEW, 'question'),
  cue(
    'perception-check',
    0.85,
    /\bwhat do you (?:already )?(?:know|understand|remember|make of)\b|\bwhat do you think(?:'s| is| it is| it's| this is| that is| it might be| this might be| it could be| might be| may be| could be)? ?(?:going on|happening|wrong|causing|the (?:cause|problem)|(?:it|this|that) means)/i,
    'question',
  ),
  cue(
    'perception-check',
    0.7,
    /\bwhy do you think\b|\bwhat were you (?:thinking|expecting|told)\b|\bwhat (?:are|were) you (?:expecting|thinking)\b|\bwhat (?:do|did) you expect (?:the|it|them|to|us|from)\b/i,
    'question',
  ),
  cue('perception-check', 0.8, /\bdo you know (?:why|what|how|about)\b/i, 'question'),
  // "What have you been thinking about the biopsy?", "What do you think has been happening with your memory?"
  cue(
    'perception-check',
    0.8,
    /\bwhat you remember\b.{0,40}\b(?:for|about|why)\b|\btell me\b.{0,40}\bin your own words\b|\bwhat (?:have|had) you been (?:thinking|told|making of)\b|\bwhat you(?:'ve| have) been thinking\b|\bwhat do you think (?:has|had|'s) been (?:going on|happening)\b|\byour (?:own )?sense of what\b/i,
    'question',
  ),
  cue(
    'perception-check',
    0.8,
    /\b(?:were|are) you aware (?:of|that|about)\b|\bdo you have (?:any|an) idea (?:why|what|about)\b|\bhave you (?:had|got) any (?:thoughts|ideas)\b/i,
    'question',
  ),
  cue(
    'perception-check',
    0.75,
    /\b(?:thoughts?|ideas?|worries) (?:about|on|as to) what (?:it|this|that|the \w+) (?:might|could|may) be\b|\bwhat (?:it|this|that|the \w+) (?:might|could|may) be\b|\bwhat (?:might|could|may) be (?:causing|going on|happening|wrong|behind)\b/i,
    'question',
  ),
  cue('perception-check', 0.8, ASKS_WHO_EXPLAINED, 'question'),
  cue('perception-check', 0.75, ASKS_WHAT_THEY_KNOW, 'question'),
  // Their own reading of it, in other words: "What's been going through your mind since this morning?", "What's your
  // gut been telling you?", "What did she say to you in the scan room?", "Where have you got to in your own head?"
  cue('perception-check', 0.8, THEIR_OWN_READING, 'question'),
];

/** Who is in the room: "just the two of us", "someone here with you". */
const WHO_IS_THERE =
  /\b(?:just the (?:two|three|four) of us|on your own|(?:someone|somebody|anyone|anybody) (?:would be |to be |else )?(?:here|with you|in with you))\b/i;

// Invitations asked as questions: readiness, timing, what to cover, how plainly to say it.
const FRANK = '(?:honest|straight|direct|frank|upfront|open|blunt)';
const AT_EASE = '(?:happy|okay|ok|alright|all right|comfortable)';
const ASKS_READINESS = regex([
  // Readiness and timing.
  String.raw`\bare you ready (?:for me to|to (?:hear|talk|go through|discuss))\b`,
  String.raw`\bis (?:now|this|it) a (?:good|ok|okay|bad) time to (?:talk|go through|discuss|go over)\b`,
  // How much to hear, and what not to.
  String.raw`\bwhat (?:else )?(?:would|do) you (?:like|want) to know\b`,
  String.raw`\banything you(?:'d| would) (?:rather|prefer) (?:I )?(?:not|didn't) (?:know|hear|go into|talk about)\b`,
  // Leave to go on.
  String.raw`\b(?:ok|okay|alright|all right) (?:for me )?to (?:go on|carry on|continue)\b`,
  String.raw`\b(?:shall|can|should) I (?:go on|carry on|continue)\b`,
  String.raw`\b(?:would|do) you (?:like|want) me to be (?:\w+ )?${FRANK}\b`,
  String.raw`\b(?:shall|should|can) we (?:go through|go over|talk about|look at|discuss) (?:the|what|your)\b`,
  String.raw`\bare you ${AT_EASE} (?:for me )?(?:to|with me) (?:explain|tell|go|talk|share|discuss)`,
  // What to cover, and what kind of person they are about news.
  String.raw`\bwhere would you like (?:me )?to start\b`,
  String.raw`\b(?:someone|somebody|a person|the (?:kind|type|sort) of person) who (?:likes|wants|prefers)\b`,
  String.raw`\bwhat would you like me to (?:cover|explain|go through|go over|focus on|tell you)\b`,
  String.raw`\banything you (?:don't|do not|wouldn't|would not) want to (?:know|hear)\b`,
  String.raw`\b(?:part|bit|thing)s? you(?:'d| would) like me to (?:explain|go (?:through|over)|talk about|cover)\b`,
]);

/** Ways of telling more: "go through", "explain", "talk you through". */
const TELLING_VERBS =
  'go (?:through|over|into|on)|explain|tell you|talk (?:you )?through|share|describe|show';
/** Ways of carrying on: "continue", "say a bit more". */
const GOING_ON_VERBS = 'continue|carry on|keep going|say (?:more|a bit more|a little more)';

// How much to hear, asked as a choice: "Do you want it straight, or a bit at a time?", "the headline, or the whole
// lot?", "as much or as little as you want today", "Would you like the plan today, or just the first step?"
const HOW_MUCH_AS_CHOICE = regex([
  String.raw`\b(?:straight|a bit at a time|bit by bit|the headline|the whole lot|all of it|the main bit|the first step|in one go|another (?:day|time))\b[^?]*\bor\b`,
  String.raw`\bor\b[^?]*\b(?:a bit at a time|bit by bit|the whole lot|in one go|the main bit|another (?:day|time)|the rest another day)\b`,
  String.raw`\bas much or as little\b`,
  // The order or the way of telling, as a choice: "Would you rather I give you the conclusion first, or walk you
  // through what we saw?", "I can tell you now on the phone, or together when you get here, whichever you'd rather."
  String.raw`\b(?:rather|prefer|like|want)\b[^?]*\b(?:first|the detail|the details|the main point|the conclusion|the headline)\b[^?]*\bor\b`,
  String.raw`\b(?:tell|explain|go through)\b[^?.]*\bor\b[^?.]*\bwhichever you(?:'d| would)? ?(?:rather|prefer|like)\b`,
]);

const INVITATION: readonly Cue[] = [
  cue('invitation', 0.8, HOW_MUCH_AS_CHOICE),
  cue(
    'invitation',
    0.8,
    /\bwould it be (?:ok|okay|all right|alright) if I (?:told|tell|gave|give|explained|explain|shared|share)\b/i,
  ),
  cue(
    'invitation',
    0.9,
    /\bhow much (?:more )?(?:detail|information|info|you(?:'d)? (?:like|want) to (?:know|hear)|(?:do|would) you (?:like|want) (?:me )?to (?:know|hear|tell|explain|go into|say|share)|we (?:talk|go into|discuss))/i,
  ),
  // "Would you like me to go through it?", "Do you want me to say a bit more?"
  cue(
    'invitation',
    0.85,
    new RegExp(`\\b(?:would|do) you (?:like|want) me to (?:${TELLING_VERBS}|${GOING_ON_VERBS})\\b`, 'i'),
  ),
  cue(
    'invitation',
    0.85,
    /\bwould it help (?:if|for) (?:I|me to) (?:go (?:through|over)|explain|talk (?:you )?through)\b/i,
  ),
  // "Would you like me to talk about that now, or…?", "Would it be alright if I went through the results?"
  cue(
    'invitation',
    0.8,
    /\b(?:would|do) you (?:like|want) (?:me )?to talk about (?:that|it|this|those|them)(?: now)?\b|\b(?:would it be|is it) (?:alright|all right|ok|okay) if I (?:went|go) (?:through|over)\b|\bshall we stop there\b/i,
  ),
  cue(
    'invitation',
    0.8,
    /\b(?:would|do) you (?:like|want) to (?:know|hear) (?:more|about|what|the|everything|all|how|if|whether|now)\b/i,
  ),
  cue(
    'invitation',
    0.85,
    /\b(?:is it|would it be|is that) (?:all right|alright|ok|okay|fine) (?:if (?:I|we)|for me to|to) (?:explain|tell|go (?:through|over)|talk (?:about|you through|through)|share|describe|discuss|look at)\b/i,
  ),
  cue('invitation', 0.85, /\bwhat would (?:be )?(?:most |more )?helpful (?:for you )?to (?:know|hear)\b/i),
  cue(
    'invitation',
    0.8,
    /\bhow would you like me to (?:approach|go about|share|explain|put|give|tell|do (?:this|it))\b|\bhow would you like to (?:hear|get|receive|do) (?:the |this|it)/i,
  ),
  cue(
    'invitation',
    0.75,
    /\b(?:likes?|prefers?|wants?) to (?:know|hear) (?:everything|every detail|all the|the details)|\b(?:the big picture|the main points|the headlines)\b|\bsome (?:people|patients|families) (?:like|want|prefer)\b/i,
  ),
  cue(
    'invitation',
    0.8,
    /\b(?:shall|should|can|could|may) I (?:tell you|explain|go (?:through|over)|talk you through|share|describe)\b/i,
    'question',
  ),
  cue(
    'invitation',
    0.8,
    /\bif (?:it's|that's|it is) (?:ok|okay|alright|all right|fine)(?: with you)?,? I(?:'ll| will|'d like to| would like to) (?:explain|tell you|go (?:through|over)|talk you through|share)\b/i,
  ),
  cue('invitation', 0.7, /\ball the details\b|\bevery detail\b|\bthe main (?:things|facts)\b/i, 'question'),
  cue(
    'invitation',
    0.75,
    /\bwould it (?:help|be (?:helpful|useful)) if I (?:drew|draw|explained|wrote|showed|went|told|talked)\b/i,
  ),
  cue(
    'invitation',
    0.75,
    /\b(?:prefer|like|want|ready) to hear (?:the |about )?(?:results?|news|what(?! you|'s happened| happened|'s going on| matters))/i,
    'question',
  ),
  // Who is to be there is the setting, not how much to hear: "Are you alright to go ahead with just the two of us, or
  // were you hoping someone would be here with you?"
  cue('invitation', 0.8, ASKS_READINESS, 'question', WHO_IS_THERE),
];

// "I need to talk to you about something serious", "the scan has shown something concerning".
const TALK = '(?:talk|speak|tell you|discuss|share)(?: with you| to you)?';
const GRAVE_THING = '(?:serious|difficult|hard|important and difficult|worrying|upsetting)';
const FOUND = "(?:shown|showed|shows|found|picked up|there(?:'s| is))";
const SOMETHING_AMISS = '(?:something|a problem|an abnormality|some (?:changes|problems))';
const AMISS = "(?:concerning|worrying|serious|abnormal|we didn't expect)";
const RATHER = '(?:a (?:bit|little) |quite |very )?';
const RESULTS = '(?:results?|scans?|tests?|bloods|they|findings)';
const TO_SAY = '(?:tell|say|share|discuss|talk about)';
const HARD_TO_SAY = '(?:difficult|hard|serious|upsetting|worrying|sad|important)';
// "worrying for you", "bad for him", "a bad idea": about the listener or a plan, not the news.
const NOT_FOR_SOMEONE = String.raw`(?! (?:you|him|her|about|for)\b)`;
const NOT_BAD_AT = String.raw`(?! (?:for|at|idea|habit)\b)`;
const SOMETHING_SERIOUS = regex([
  String.raw`\b${TALK}(?: \w+){0,2} (?:something|things) (?:very |really |quite )?${GRAVE_THING}\b`,
  String.raw`\b${FOUND} ${SOMETHING_AMISS} (?:that(?:'s| is)? )?${AMISS}\b`,
  // "The results do show something serious."
  String.raw`\b(?:do|does|did) (?:show|find) (?:something|a problem) (?:serious|significant|worrying|concerning)\b`,
  String.raw`\b(?:do|does|did) show some changes\b`,
  // "The latest results show they've gone down faster than we'd hoped."
  String.raw`\b(?:faster|further|quicker|more|worse) than (?:we|I)(?:'d| had| would have)? (?:hoped|liked|wanted|expected)\b`,
  String.raw`\bwhat I(?:'ve| have)? (?:seen|found) is (?:very |really |quite )?serious\b`,
  String.raw`\b${RESULTS}(?:'re| are| is|'s| were| was) ${RATHER}(?:worrying|concerning)\b${NOT_FOR_SOMEONE}`,
  String.raw`\bthey show (?:a|some) (?:problem|problems|changes)\b`,
  String.raw`\b(?:something|some things|some news) (?:really |very |quite )?${HARD_TO_SAY} to ${TO_SAY}\b`,
  String.raw`\bsomething I (?:need|have|'ve got) to (?:tell|say to) you\b`,
  String.raw`\bsomething (?:we|I) (?:need|have) to (?:talk about|discuss)\b`,
  String.raw`\b(?:it's|it is|this is|that's|things are|the news is) (?:really |very |pretty )?bad\b${NOT_BAD_AT}`,
]);

// "I'm very worried about your mum", "I'm concerned by what the scan shows", "I'm worried by what I'm seeing".
const RELATIVE = oneOf([
  'mum|mom|mother|dad|father|husband|wife|partner|son|daughter|baby|child',
  'brother|sister|nan|gran|grandma|grandad|granddad',
]);
const WORRIED = '(?:really |very |quite |extremely |a (?:bit|little) )?(?:worried|concerned)';
const SCAN_SHOWS = '(?:scan|test|results?) (?:show|shows|showed)';
const WORRIED_ABOUT_THEM = new RegExp(
  String.raw`\bI(?:'m| am) ${WORRIED} (?:about|by) (?:him|her|them|your ${RELATIVE}|what the ${SCAN_SHOWS}|what (?:I'm|I am|we're|we are) (?:seeing|finding)|what I can see)\b`,
  'i',
);

const WARNING_SHOT: readonly Cue[] = [
  cue(
    'warning-shot',
    0.9,
    /\b(?:bad|difficult|serious|sad|hard|worrying|upsetting|distressing|tough) news\b/i,
  ),
  cue(
    'warning-shot',
    0.85,
    /\b(?:sorry|afraid) to (?:tell you|say|have to tell you|be the one)\b|\bafraid I (?:have|need|'ve got) to (?:tell|say|give|share|let you know)\b/i,
  ),
  cue(
    'warning-shot',
    0.85,
    new RegExp(
      `(?:\\bnot|n't)(?: shown?| found| given us| look like)? (?:${[
        "(?:quite |exactly )?what (?:we|any of us|anyone|you|I)(?: had| were|'d)? (?:hop|expect|want)\\w*",
        "the (?:one|result|news) (?:you|we)(?:'d| would)?(?: have)? (?:wanted|hoped)",
        '(?:have |got |look(?:ing)? |sound(?:ing)? )?(?:very |so |too |looking )?(?:good|great)(?: news)?\\b(?! (?:enough|idea|to|at|for|with)\\b)',
      ].join('|')})`,
      'i',
    ),
  ),
  cue(
    'warning-shot',
    0.85,
    /\b(?:more serious|worse) than (?:we(?:'d| had)?|I(?:'d)?|anyone) (?:first |initially |originally )?(?:hoped|expected|thought|wanted)\b/i,
  ),
  cue(
    'warning-shot',
    0.85,
    /\b(?:going to be|will be|may be|might be|is) (?:(?:very|really|quite) )?(?:difficult|hard|tough) to hear\b|\bno easy way to (?:say|tell|put)\b|\b(?:this|it)(?:'s| is)(?:n't| not) (?:an )?easy (?:thing )?to (?:say|tell you|hear)\b|\b(?:brace|prepare) yourself\b/i,
  ),
  cue(
    'warning-shot',
    0.8,
    /\bwish I had (?:better|different) news\b|\bwish I (?:didn't|did not) have to tell you\b/i,
  ),
  cue(
    'warning-shot',
    0.75,
    /\b(?:this|it|things|the situation)(?:'s| is| are) (?:very |really |quite )?(?:serious|grave)\b|\b(?:taken|took) a turn for the worse\b/i,
    'statement',
  ),
  // "It's not the news we wanted", "it isn't the answer you were hoping for", "I'm not ringing with the news you…"
  cue(
    'warning-shot',
    0.8,
    /(?:\bnot|n't)(?: \w+){0,2} the (?:news|result|results|outcome|answer) (?:we|you|I|anyone)\b/i,
  ),
  cue('warning-shot', 0.8, SOMETHING_SERIOUS, 'statement'),
  cue('warning-shot', 0.7, WORRIED_ABOUT_THEM, 'statement'),
  // A finding named only as something, before what it is: "I'm afraid the scan has shown something that's a bit
  // worrying", "the tests do point to something serious", "more complicated than we'd hoped", "not the all-clear".
  cue(
    'warning-shot',
    0.8,
    regex([
      String.raw`\b(?:tests?|scans?|results?|biopsy|bloods?|x-rays?|pictures?) (?:do |does |has |have )?(?:shown?|found|point(?:s|ed)? to|show) (?:something|some changes|a problem)\b(?! (?:called|named|known as)\b)`,
      String.raw`\b(?:more|less) (?:\w+ ){0,2}than (?:we(?:'d| had)?|I(?:'d)?|you(?:'d)?) (?:hoped|like|wanted)\b`,
      String.raw`\bnot the all[- ]clear\b|\bnot (?:seeing|what) (?:\w+ ){0,2}(?:hope|hoped|hoping|want|wanted) to (?:see|hear)\b`,
      String.raw`\b(?:aren't|isn't|are not|is not) (?:as good as|what) (?:\w+ ){0,3}(?:hoped|wanted|hoping)\b`,
    ]),
    'statement',
  ),
];

// Bad news in plain words: a serious diagnosis, spread, failure of treatment, a death, a poor prognosis, or the
// facts of an error or delay. Guards in the classifier drop it for good results, hypotheticals and recounting.

// "the cancer nurse", "a tumour clinic", "a stroke risk": a service or a test named, not a finding.
const notBefore = (words: string): string => String.raw`(?! (?:${words})s?\b)`;

// "It has spread to the liver", "the cancer is now in the bones".
const SPREADER = '(?:it|cancer|tumou?r|disease|lymphoma|growth|infection)';
const IS_IN = "(?:'s| is| has| has got| has gone|'s got|'s gone)";
const ORGAN = oneOf([
  'bones?|liver|lungs?|brain|lymph nodes|glands|spine',
  'blood|bowel|stomach|skin|bladder|kidneys?',
]);
const HAS_SPREAD = regex([
  String.raw`\b(?:has|have|had|'s|'ve) (?:now |already |unfortunately |sadly |also )?spread\b`,
  String.raw`\bmetastasi[sz]ed\b`,
  String.raw`\b${SPREADER}${IS_IN} (?:now |also |already )?(?:in|into) (?:the |your |his |her |both )?${ORGAN}\b`,
]);

// "It's a cancer", "this is a tumour".
const CANCER = oneOf([
  String.raw`cancer(?:ous)?|tumou?r|malignan\w+|carcinoma`,
  'lymphoma|leuka?emia|myeloma|melanoma|sarcoma',
]);
const IS_CANCER = new RegExp(
  String.raw`\b(?:it|this|that|is|was|are|were)(?:'s| is| was)? (?:a |an )?(?:\w+ ){0,3}?${CANCER}\b` +
    notBefore('nurse|specialist|doctor|team|centre|center|ward|unit|clinic|service|charity|support'),
  'i',
);

// "The scan shows a mass", "she has suffered a bleed".
const REPORTS = oneOf([
  'shows?|showed|shown|showing|found|confirms?|confirmed|revealed?|picked up',
  'suffered|sustained|developed|indicates?|indicated|suggests?|suggested',
  "consistent with|in keeping with|signs? of|evidence of|there(?:'s| is| are)|had|has|have|got",
  'meets? the criteria for',
  'fits? with|fit in with',
]);
const REPORTS_FINDING = new RegExp(
  String.raw`\b${REPORTS}\b(?:\s+[\w']+){0,4}?\s+${DISEASE}\b` +
    notBefore('nurse|specialist|doctor|team|centre|center|clinic|service|charity'),
  'i',
);

// A diagnosis named plainly: "it's X", "you have X", "he's had X", "diagnosed with X", "it looks like X".
const HAS_GOT = "(?:'ve| have|'s| has)(?: got| had| been diagnosed with| developed)?";
const NAMES_IT = oneOf([
  "it(?:'s| is)|this is|that(?:'s| is)",
  String.raw`(?:he|she|you|they|your \w+|the baby)${HAS_GOT}`,
  "(?:he|she|you|they)(?:'re| are|'s| is) suffering from",
  'diagnosed with|diagnosed (?:you|him|her|them) with|(?:the |your |her |his )?diagnosis (?:is|was)',
  '(?:it |this |that )?(?:looks?|looked) like|(?:it |this |that )?(?:appears|seems) to be',
  "(?:he|she|they|you)(?:'ve| have|'s| has) had",
  "(?:shows?|showed|confirms?|confirmed) (?:that )?(?:it(?:'s| is)|(?:he|she|you|they) (?:has|have|had))",
  // A team's conclusion about someone by name: "The team agreed that Noah is autistic."
  "(?:agreed|think|found|confirmed|concluded) that [\\w']+ (?:is|has)",
]);
const CERTAINTY = '(?:definitely |probably |most likely |almost certainly |actually |now |also )?';
const NAMES_DIAGNOSIS = new RegExp(
  String.raw`\b${NAMES_IT}\s+${CERTAINTY}${DIAGNOSIS}\b` +
    notBefore('nurse|specialist|team|clinic|service|charity|support|risk|test'),
  'i',
);

// No cure, nothing more to do, no options left.
const CANNOT =
  "(?:can't|cannot|can not|won't|will not|won't be able to|not (?:able|going) to|isn't going to)";
const INCURABLE = oneOf([
  'incurable|no cure|not curable|no longer curable|untreatable|not treatable',
  'terminal|terminally ill|end[ -]stage|life[ -]limiting|inoperable',
]);
const NOTHING = "(?:nothing|not anything|isn't anything|is not anything)";
// "Nothing we can do about the wait" is about the service, not the illness.
const NOT_ABOUT_WAIT = '(?! (?:about|for) (?:the|your|this) (?:wait|delay|queue|parking))';
const WHO_COULD = '(?:we|anyone|the doctors|the team|they)';
const DO_TO = '(?:do|give) to (?:cure|get rid of|remove|stop|shrink|fix|reverse)';
const NO_CURE = regex([
  String.raw`\b${CANNOT} (?:be )?cure`,
  String.raw`\bnot (?:something|anything) (?:that )?we can (?:cure|fix)\b`,
  String.raw`\b${INCURABLE}\b`,
  String.raw`\b(?:can't|cannot|won't be able to|unable to|not able to) operate\b`,
  String.raw`\b${NOTHING}(?: more| else| further)? (?:that )?${WHO_COULD} (?:can|could) do\b${NOT_ABOUT_WAIT}`,
  String.raw`\b(?:nothing|not anything|isn't anything)(?: more| else)? (?:that )?(?:we|they) can ${DO_TO}\b`,
  String.raw`\bnothing more (?:can|could) be done\b`,
  String.raw`\b(?:run|ran) out of (?:treatment )?options\b`,
  String.raw`\bno (?:more|further|other) (?:treatment|treatments|options)\b`,
]);

// A death, said plainly or softened. "passed" is not "passed out" or "passed urine"; "gone" is not "gone home".
const PASSED_WHAT = oneOf(['out|the|a|an|his|her|it|that|through|by|over', 'urine|water|blood|wind|stool']);
const NOT_PASSED_SOMETHING = String.raw`(?! ${PASSED_WHAT}\b)`;
const NOT_GONE_SOMEWHERE = `(?! ${oneOf([
  'home|to|for|back|out|up|down|into|through|off|in|over|away|ahead',
  'quiet|well|very|really|a bit|pale|grey|downhill|blue|yellow',
])})`;
const COULD_NOT =
  "(?:couldn't|could not|weren't able to|were not able to|wasn't able to|was not able to|unable to)";
const WOULD_NOT = "(?:wouldn't|would not|didn't|did not|couldn't|could not)";
const DEATH = oneOf([
  'died|passed away|passed on',
  String.raw`(?:she|he|your \w+)(?: has)? passed${NOT_PASSED_SOMETHING}`,
  "is dead|didn't survive|did not survive|didn't make it|did not make it",
  // "He's dead.", "Your baby's heart isn't beating."
  "(?:he|she|they)(?:'s|'re| is| are) dead",
  String.raw`(?:his|her|the baby's|their|your \w+'s) heart (?:isn't|is not|wasn't|was not|has stopped|had stopped) beating`,
  // Resuscitation that failed: "we weren't able to save him", "her heart stopped".
  `${COULD_NOT} (?:save|revive|resuscitate|restart|bring (?:him|her|them) back)`,
  String.raw`(?:we(?:'ve| have)?|you(?:'ve| have)?) lost (?:him|her|them|the baby|your \w+)`,
  String.raw`(?:his|her|the baby's|their|your \w+'s) heart (?:had |has )?stopped`,
  String.raw`(?:she|he)(?:'s| has| is) gone\b${NOT_GONE_SOMEWHERE}`,
  // Brain death, coma, stillbirth.
  'no heartbeat|brain[ -](?:stem )?dead|on life support|in a coma|no longer with us',
  '(?:was|were|has been|have been) killed|stillborn|stillbirth|born sleeping|deceased',
  'lost (?:his|her|their) li(?:fe|ves)|(?:pronounced|declared|confirmed) dead|time of death',
  'no (?:signs of )?brain (?:activity|function)|stopped growing',
  // Death expected: "is likely to die", "may die" (but not "may die without treatment").
  "(?:is|are|'s|'re) (?:likely|going|expected) to die",
  String.raw`(?:may|might|will|could) die\b(?! (?:without|if|unless))`,
  "(?:not|isn't|is not) survivable",
  "(?:didn't|did not|never) (?:pull through|wake up|woke up|regain(?:ed)? consciousness)",
  // "His heart gave out", "we tried to resuscitate him".
  `heart (?:gave out|gave up|${WOULD_NOT} (?:restart|start again|beat again))`,
  'slipped away|tried to (?:resuscitate|revive|restart (?:his|her|their) heart) (?:him|her|them)?',
]);
const DIED = regex([
  String.raw`\b${DEATH}\b`,
  // "We did everything we could", but not "everything we could to make him comfortable".
  String.raw`\b(?:did|done) (?:everything|all) (?:we|they|the team) (?:could|possibly could)\b(?! to\b)`,
]);

// The illness is back, growing, or not responding.
const GROWTH = '(?:cancer|tumou?rs?|lymphoma|disease|leuka?emia|myeloma|melanoma|growth|mass|lump)';
const SADLY = '(?:actually |now |also |unfortunately |sadly )?';
const REGROWN = 'come back|returned|grown|progressed|got bigger|gotten bigger|getting bigger';
const MUCH = '(?:(?:really|badly|very|quite|a lot|significantly) )?';
const WORSE = '(?:deteriorated|worsened|got(?:ten)? (?:much |a lot )?worse)';
const HAS_NOT = "(?:hasn't|has not|haven't|have not|didn't|did not|isn't|is not|aren't|not)";
const HAS_RETURNED = regex([
  String.raw`\b${GROWTH}(?:'s| has| have| is| are) ${SADLY}(?:${REGROWN}|still there|spreading|growing)\b`,
  String.raw`\bit(?:'s| has| is) ${SADLY}(?:${REGROWN})\b`,
  String.raw`\b(?:new|more) (?:spots|tumou?rs|growths|areas of cancer)\b`,
  String.raw`\b(?:has|have|'s|'ve) relapsed\b`,
  String.raw`\b(?:cancer|tumou?r|lymphoma|leuka?emia|myeloma|disease)(?:'s| is| has come) back\b`,
  String.raw`\b(?:condition|he|she|they)(?:'s| has| have) ${MUCH}${WORSE}\b`,
  String.raw`\b${HAS_NOT} (?:responded|responding|respond) to\b`,
  String.raw`\b(?:disease|cancer|condition|illness) (?:has )?progress(?:ed|ing)\b`,
]);

// The treatment is not working, or the growth could not be removed.
const TREATMENT = oneOf([
  String.raw`treatment|chemo\w*|transplant|operation|surgery|radiotherapy|therapy|stent|procedure`,
  'antibiotics|tablets|drugs|medicines?|immunotherapy|trial',
]);
const NOT_NOW = oneOf([
  "isn't|is not|hasn't|has not|didn't|did not|wasn't|was not|aren't|are not|stopped",
  "is no longer|are no longer|has stopped|have stopped|weren't|won't",
]);
const WORKING = oneOf([
  'working|worked|work|successful|helping|helped|shrunk|shrunken|controlled|effective',
  'going to work|able to remove',
]);
const MEDICINE = oneOf([
  String.raw`treatment|chemo\w*|antibiotics|drugs`,
  'tablets|medicines?|immunotherapy|radiotherapy',
]);
const UNABLE = "(?:couldn't|could not|weren't able to|were not able to|can't|cannot|not able to)";
const TREATMENT_FAILED = regex([
  String.raw`\b${TREATMENT}\b(?:\s+[\w']+){0,5}?\s+${NOT_NOW} ${WORKING}\b`,
  String.raw`\b(?:not|isn't|aren't) responding to (?:the )?(?:treatment|chemo\w*|antibiotics|drugs)\b`,
  String.raw`\b(?:don't|do not) think (?:the )?${MEDICINE} (?:is|are) (?:working|helping)\b`,
  // A cycle or round that failed: "this cycle hasn't worked and you're not pregnant".
  String.raw`\b(?:cycle|round|transfer|IVF|treatment) (?:hasn't|has not|didn't|did not|has not been|wasn't|was not) (?:worked|work|successful)\b`,
  // An organ's work, given low: "Your kidneys are now working at about eight per cent of normal."
  String.raw`\b(?:kidneys?|heart|liver|lungs?) (?:is|are|'s|'re) (?:now )?(?:only )?(?:working|pumping|functioning) at (?:about |around |only |just |roughly )?\w+ (?:per ?cent|%)`,
  String.raw`\b${UNABLE} (?:remove|take out|get (?:it|all of it|it all|the \w+) out)\b`,
]);

// Little time left, no recovery expected, or care turning to comfort.
const SPAN = '(?:hours|days|weeks|months)';
const PATIENT = String.raw`(?:he|she|they|you|the baby|your \w+)`;
const WONT = "(?:won't|will not|may not|might not|could not|may never|might never|will never|won't ever)";
const RECOVER = '(?:survive|wake up|recover|make it|get better|walk again|pull through|live)';
const SPREAD_WIDE = '(?:advanced|aggressive|widespread|extensive)';
const OUTLOOK = String.raw`(?:prognosis|outlook|chances?)(?: of [\w']+)?`;
const BLEAK = '(?:poor|bleak|grim|low|slim|small|not good|not great)';
const WITHDRAW = '(?:stop|withdraw|withdrawing|stopping|switch off|switching off|turn off|turning off)';
const LIFE_SUPPORT = '(?:treatment|support|ventilator|life support|machines?)';
const DAILY_LIFE = '(?:breathe|walk|talk|speak|eat|swallow|see|move|come home|go home|live)';
// "…walk again", "…breathe on her own": the loss is lasting.
const AGAIN = String.raw`(?:[\w' ]*?\b(?:again|on (?:his|her|their) own|independently))`;
const MACHINES = '(?:machines?|ventilator|life support)';
const NOT_LIKELY = "(?:isn't|is not|aren't|are not|won't|will not|not|unlikely|not expected)";
const PULL_THROUGH = 'survive|recover|wake up|get better|pull through|come home|make it';
const WILL = "(?:'ll| will|'s going to| is going to|'re going to| are going to)";
const POOR_PROGNOSIS = regex([
  // Time left.
  String.raw`\b(?:months|weeks|days) rather than (?:years|months|weeks)\b`,
  String.raw`\b(?:only|just) (?:have |has |got |be )?(?:a (?:few|couple of) |hours or )?${SPAN} (?:left|to live)\b`,
  String.raw`\b(?:may|might|probably) only (?:have|has|live) (?:a (?:few|couple of) )?${SPAN}\b`,
  String.raw`\b(?:hours|days|weeks) to (?:days|weeks|months)\b`,
  String.raw`\bnot (?:got |have )?(?:very )?long (?:left|to live)\b`,
  // No recovery; too advanced.
  String.raw`\b${PATIENT}(?: \w+)? ${WONT} ${RECOVER}\b`,
  String.raw`\btoo (?:advanced|far gone|widespread|late) (?:for|to)\b`,
  String.raw`\b(?:cancer|tumou?r|disease|it)(?:'s| is) (?:very |quite |now |too |already )?${SPREAD_WIDE}\b`,
  String.raw`\bstage (?:4|four|IV)\b`,
  String.raw`\b${OUTLOOK} (?:is|are|isn't|is not|looks?) (?:very |extremely |quite )?${BLEAK}\b`,
  // Withdrawing treatment; lasting loss of function; comfort care.
  String.raw`\b${WITHDRAW} (?:active |life[- ]sustaining |his |her |the )?${LIFE_SUPPORT}\b`,
  String.raw`\b(?:won't|will not|never|may never|might never|not) be able to ${DAILY_LIFE}\b${AGAIN}`,
  String.raw`\bnever (?:walk|talk|speak|see|wake up|breathe|eat) (?:[\w']+ ){0,3}?again\b`,
  String.raw`\b(?:rather than|instead of) (?:trying to )?cur(?:e|ing)\b`,
  String.raw`\b(?:can|could) only (?:make|keep) (?:her|him|you|them) comfortable\b`,
  String.raw`\b${MACHINES} (?:is|are) (?:the only thing )?keeping (?:him|her|them) alive\b`,
  String.raw`\b(?:is|are) (?:permanent|irreversible|not reversible)\b`,
  String.raw`\bstarved of oxygen\b`,
  String.raw`\b(?:end|last (?:days|weeks|hours)) of (?:her|his|your|their) life\b`,
  String.raw`\b(?:not|isn't|is not) viable\b`,
  // "Your transplanted kidney is not going to last", "Your heart failure has got a lot worse".
  String.raw`\b(?:kidney|heart|liver|lungs?|transplant|graft) (?:\w+ )?(?:is not|isn't|won't|will not) (?:going to )?last\b`,
  String.raw`\b(?:heart|kidney|liver|lung) failure (?:has|is) (?:got(?:ten)?|getting) (?:a lot |much |far )?worse\b`,
  // Not expected to survive.
  String.raw`\b${NOT_LIKELY} (?:going |likely |expected )?to (?:${PULL_THROUGH})\b`,
  String.raw`\b(?:don't|do not) (?:think|expect) (?:he|she|they|you|your \w+)${WILL} (?:${PULL_THROUGH}|live)\b`,
]);

// The facts of an error or delay: wrong patient or record, something missed, late, cancelled or not acted on.
const WRONG_THING = oneOf([
  'clinic|patient|ward|record|department|address|dose|drug',
  'medication|notes|file|blood|leg|side|result',
]);
const SHOULD_HAVE_BEEN = oneOf([
  'seen|started|given|sent|done|spotted|picked up|acted on|followed up|treated|diagnosed|admitted',
  'referred|reported|urgent|flagged|escalated|chased|caught|found|recognised|recognized',
]);
const FOLLOWED_UP = oneOf([
  'acted on|followed up|passed on|reported|checked|read|seen',
  'reviewed|looked at|picked up|spotted|noticed',
]);
const MISSED = oneOf([
  'missed|overlooked|misread|misreported|misdiagnosed',
  `mislabelled|mislabeled|misfiled|lost|not ${FOLLOWED_UP}`,
]);
const NEVER_DONE = '(?:sent|done|booked|made|passed on|reported|acted on|followed up|seen|checked)';
const WASNT = "(?:wasn't|weren't|hadn't been|hasn't been|haven't been)";
const ACTIONED = oneOf([
  'acted on|followed up|passed on|reported|checked|read|reviewed|looked at|picked up|spotted',
  'noticed|sent|seen|given|started|done',
]);
const RECORDS = '(?:sample|samples|results?|notes|medication|medicines|tablets|bloods|scans?)';
const WE_SHOULD_HAVE = oneOf([
  'scanned|tested|checked|x-rayed|treated|given|started|spotted|picked up',
  'diagnosed|referred|admitted|operated|seen|examined|monitored',
]);
const WHAT_WENT = String.raw`(?:something|it|things|everything|this|the \w+)(?: \w+)?`;
const WENT = "(?:went|has gone|'s gone|had gone)";
const GRAVELY = '(?:serious |terrible |significant )?';
const FAILED = "(?:didn't|did not|failed to)";
const STAFF = '(?:team|doctors?|nurses?|ward|staff|hospital|lab|GP|radiologist|surgeon|consultant)';
const NOTICE = oneOf([
  'recognise|recognize|spot|notice|pick up|realise|realize|act|follow|escalate',
  'check|chase|read|review|see|send|pass',
]);
const DIAGNOSTICIAN = '(?:team|doctors?|GP|radiologist|surgeon|consultant|lab)';
const DELAYED_STEP = oneOf([
  String.raw`reading|reporting|acting|diagnos\w+|treating|treatment`,
  'getting|spotting|referring|sending|the diagnosis',
]);
const PAPERWORK = '(?:sample|samples|results?|referral|notes|scan|letter|bloods)';
const LOOKED_AT = oneOf([
  'looked at|checked|acted on|followed up|read|reviewed|chased|saw',
  'realised|realized|noticed|recognised|recognized|spotted|picked up',
]);
const THEY_SHOULD_HAVE = oneOf([
  'ordered|scanned|tested|checked|spotted|picked up|referred|admitted|seen',
  'examined|given|started|diagnosed|noticed|recognised|recognized|acted',
]);
// "in time", "quickly enough": only after a negative ("we didn't get to him in time").
const IN_TIME = '(?:in time|quickly enough|soon enough|early enough|fast enough)';
const CARE_STEP = '(?:diagnosis|treatment|surgery|operation|scan|referral|antibiotics|results?)';
const CARE_TEAM = '(?:team|doctors?|nurses?|ward|staff)';
const GIVE = '(?:give|start|order|book|refer|treat|monitor|scan|test|x-ray|examine)';
const CARE_ITEM = '(?:care|prescription|treatment|medication|dose)';
const ERROR_OR_DELAY = regex([
  // Wrong patient, record or place.
  String.raw`\bwrong ${WRONG_THING}\b`,
  String.raw`\bunder (?:another|a different|the wrong) (?:patient|name)\b`,
  // Late, or never done.
  String.raw`\blater than (?:it|they|she|he|that) should\b`,
  String.raw`\bshould have been ${SHOULD_HAVE_BEEN}\b`,
  String.raw`\b(?:was|were) never ${NEVER_DONE}\b`,
  String.raw`\b(?:was|were|is) (?:our|my) (?:mistake|fault|error)\b`,
  String.raw`\bthe delay (?:was|happened) because\b`,
  String.raw`\bwhich is why (?:your|her|his|she|he) \w+ waited\b`,
  // Missed, misread, lost, not acted on.
  String.raw`\b(?:was|were|had been|got|has been|have been) (?:completely )?${MISSED}\b`,
  String.raw`\b${WASNT} ${ACTIONED}\b`,
  String.raw`\bmissed (?:\w+ )?doses?\b`,
  String.raw`\bmixed up (?:her|his|your|the|their) ${RECORDS}\b`,
  String.raw`\bwe should(?:'ve| have) ${WE_SHOULD_HAVE}\b`,
  // Cancelled, postponed, delayed; went wrong.
  String.raw`\b(?:has|have|'s|'ve|had) been (?:cancell?ed|postponed|put back|pushed back)\b`,
  String.raw`\b(?:was|were|got) (?:cancell?ed|postponed)\b`,
  String.raw`\bthere(?:'s| is| has been| was) (?:been )?(?:a|another|a long|a further) delay\b`,
  String.raw`\b${WHAT_WENT} ${WENT} (?:badly |terribly |seriously )?wrong\b`,
  String.raw`\b(?:didn't|did not) go (?:as (?:planned|we (?:hoped|wanted|expected))|well|smoothly)\b`,
  String.raw`\b(?:hours|days|weeks) (?:too )?late\b`,
  // Someone failed to notice or act.
  String.raw`\b(?:we|they|the (?:\w+ )?${STAFF}) ${FAILED} ${NOTICE}\b`,
  String.raw`\b(?:we|they|the (?:\w+ )?${DIAGNOSTICIAN}) missed (?:it|the|a|an|her|his|your|something)\b`,
  String.raw`\bthere(?:'s| has| have) been (?:a |an )?${GRAVELY}(?:mistake|error|incident)\b`,
  String.raw`\b(?:gave|given|prescribed)(?: [\w']+){0,5}? (?:allergic|allergy)\b`,
  String.raw`\bdelay(?:s|ed)? in ${DELAYED_STEP}\b`,
  String.raw`\b(?:even though|despite)(?: [\w']+){0,5}? (?:allergic|allergy|allergies)\b`,
  String.raw`\b(?:lost|misplaced|mislaid) (?:the|your|her|his) ${PAPERWORK}\b`,
  String.raw`\b(?:nobody|no one|no-one) ${LOOKED_AT}\b`,
  String.raw`\b(?:the \w+|he|she|they|I) should(?:'ve| have) ${THEY_SHOULD_HAVE}\b`,
  String.raw`\b(?:badly|severely|permanently|seriously) damaged\b`,
  String.raw`\b${IN_TIME}\b(?<=(?:n't|\bnot)(?: [\w']+){0,4} ${IN_TIME})`,
  String.raw`\b${CARE_STEP} (?:was|were|has been|had been|got) delayed\b`,
  String.raw`\bit took (?:[\w-]+ ){0,2}?(?:hours|days|weeks|months) (?:for|to|before)\b`,
  String.raw`\bthere (?:was|were) (?:a |an )?(?:serious |terrible |significant )?(?:mistake|error)s?\b`,
  String.raw`\bgot (?:her|his|your|their|the) (?:\w+ ){0,2}?wrong\b`,
  String.raw`\b(?:we|they|the (?:\w+ )?${CARE_TEAM}) ${FAILED} ${GIVE}\b`,
  String.raw`\bproblem with (?:the|your|her|his|their) (?:baby's )?(?:heart|brain|kidneys?|lungs?|liver|spine)\b`,
  // Errors named as such, and overdoses.
  String.raw`\b(?:a|an) (?:mistake|error) (?:in|by|at|on) the (?:lab|pharmacy|ward|system|prescription|chart)\b`,
  String.raw`\b(?:another|a different|the wrong) patient's\b`,
  String.raw`\b(?:by mistake|in error|by accident)\b`,
  String.raw`\b(?:a )?double (?:the )?dose\b`,
  String.raw`\ban overdose\b`,
  String.raw`\b(?:a|an) (?:mistake|error) (?:was made|happened|in (?:the|her|his|your) ${CARE_ITEM})\b`,
]);

// Critically ill, badly injured, or a positive result.
const GRAVELY_ILL = oneOf([
  'septic|dying|critically ill|critically unwell|seriously ill|seriously unwell|gravely ill',
  'desperately ill|extremely unwell|very (?:very )?(?:unwell|sick|ill|poorly)',
]);
const BONE = '(?:hip|neck|leg|arm|back|pelvis|spine|skull|femur|wrist|ankle)';
const HARM = '(?:damage|injuries|injury|bleed|bleeding|stroke|infection|burns)';
const SO = '(?:too |very |extremely |so |really )?';
const SEVERE = '(?:severe|extensive|serious|catastrophic|devastating|massive)';
const COMPLICATION = '(?:serious |major |unexpected |significant )?complications?';
const SAMPLE = '(?:biopsy|test|tests|result|results|swab|screening|bloods|culture|cultures)';
const CAME_BACK_AS = '(?:was|were|is|are|came back|has come back|have come back)';
const GRIEVOUS = oneOf([
  'severe|serious|major|catastrophic|significant',
  'devastating|life[ -]threatening|extensive|permanent',
]);
const VEHICLE = '(?:car |road |traffic |motorbike |bike )?';
const CRASH = `(?:serious |bad |major |terrible )?${VEHICLE}(?:accident|crash|collision)`;
const CRITICAL_ILLNESS = regex([
  String.raw`\b(?:he|she|they|you)(?:'s| is| are|'re) ${GRAVELY_ILL}\b`,
  String.raw`\bin (?:a )?critical condition\b`,
  String.raw`\bfighting for (?:his|her|their|your) li(?:fe|ves)\b`,
  String.raw`\b(?:has|'s|have|'ve) (?:broken|fractured) (?:her|his|your|their) ${BONE}\b`,
  String.raw`\b(?:the )?${HARM}(?: [\w']+){0,3}? (?:is|are|was|were|'s) ${SO}${SEVERE}\b`,
  String.raw`\b(?:unsurvivable|non-survivable)\b`,
  String.raw`\b(?:there (?:were|was|have been|has been) (?:a |some )?${COMPLICATION})\b`,
  String.raw`\blost a lot of blood\b`,
  // Positive results.
  String.raw`\b(?:came back|come back|tested|it(?:'s| is| was)) positive\b`,
  String.raw`\b${SAMPLE}(?: \w+)? ${CAME_BACK_AS} (?:\w+ )?positive\b`,
  String.raw`\bpositive (?:for|result)\b`,
  // Serious injury and accidents.
  String.raw`\b${GRIEVOUS} (?:brain |head |spinal |internal )?(?:injury|injuries|damage|bleeding)\b`,
  String.raw`\b(?:been|was|were) (?:involved )?in (?:a|an) ${CRASH}\b`,
  String.raw`\b(?:paralysed|paralyzed)\b`,
]);

// Organs failing; a wrong drug or dose given.
const ORGANS = '(?:kidneys?|heart|liver|lungs?|organs?|brain|bone marrow)';
const IS_OR_NOT = "(?:is|are|'s|has|have|isn't|aren't|is not|are not)";
const FAILING = oneOf([
  'failing|shutting down|failed|stopped working',
  'working any ?more|working properly any ?more|not working',
]);
const WE_MADE = "(?:made|have made|'ve made|gave (?:him|her|you|them))";
const WRONG_ITEM = '(?:a|an|the wrong) (?:mistake|error|dose|drug|medication)';
const GAVE = '(?:gave|give|given|administered|prescribed)';
const TOO_MUCH = String.raw`(?:the wrong|too much|too many|an overdose|\w+ times the|double the|twice the)`;
const FAILURE_OR_WRONG_DRUG = regex([
  String.raw`\b${ORGANS}(?: \w+)? ${IS_OR_NOT} (?:no longer |now )?${FAILING}\b`,
  String.raw`\bwe ${WE_MADE} ${WRONG_ITEM}\b(?: \w+){0,2} (?:with|in|on|to|during)\b`,
  String.raw`\b(?:we|they|the \w+)(?: \w+)? ${GAVE} (?:him|her|you|them|your \w+) ${TOO_MUCH}\b`,
]);

const NEWS: readonly Cue[] = [
  cue('news-delivery', 0.9, HAS_SPREAD, 'statement', NOT_SPREAD),
  cue('news-delivery', 0.85, IS_CANCER, 'statement', NOT_DISEASE),
  cue('news-delivery', 0.85, REPORTS_FINDING, 'statement', NOT_DISEASE),
  cue('news-delivery', 0.85, NAMES_DIAGNOSIS, 'statement', NOT_DISEASE),
  cue('news-delivery', 0.9, NO_CURE, 'statement'),
  cue('news-delivery', 0.9, DIED, 'statement'),
  cue('news-delivery', 0.85, HAS_RETURNED, 'statement', NOT_RETURNED),
  cue('news-delivery', 0.85, TREATMENT_FAILED, 'statement'),
  cue('news-delivery', 0.8, POOR_PROGNOSIS, 'statement'),
  cue('news-delivery', 0.8, ERROR_OR_DELAY, 'statement'),
  cue('news-delivery', 0.8, CRITICAL_ILLNESS, 'statement'),
  cue('news-delivery', 0.8, FAILURE_OR_WRONG_DRUG, 'statement'),
];

// Announcing a summary: "to recap", "if I've understood", "let me play that back".
const RECAP_VERB = '(?:recap|summari[sz]e|sum up|play (?:that|it) back|read (?:that|it) back)';
const RECAP = oneOf([
  "to recap|to sum up|to summari[sz]e|in summary|in short(?! supply)|in a nutshell|what I(?:'m| am) hearing is",
  "(?:if|as) I(?:'ve| have) understood|if I(?:'ve| have) got (?:this|that|it|you|everything) (?:right|straight)",
  "if I understand (?:you )?(?:correctly|right)|if I(?:'m| am) understanding (?:you )?(?:correctly|right)",
  `(?:let me|I'll|can I|I'd like to) (?:just )?(?:quickly )?${RECAP_VERB}`,
  'just to (?:recap|go over|pull together|summari[sz]e|sum up)|to pull (?:it |this |everything )?together',
  'putting (?:it|this|that|everything) (?:all )?together',
  "(?:just )?so (?:that )?we(?:'re| are) (?:both )?(?:on the same page|clear)",
  "(?:to make sure|to check|just to check) (?:that )?we(?:'re| are) (?:both )?(?:on the same page|clear)",
  "(?:let me|I'll|can I|I'd like to) (?:just )?(?:pull|bring|draw|put) (?:this|that|it|all this|all that|everything|things) (?:all )?together",
  "where we(?:'ve| have) got to",
]);
const SUMS_UP = new RegExp(String.raw`\b${RECAP}\b`, 'i');

// Checking what was heard: "let me check I've got that", "so what you're saying is".
const CHECK_THAT = '(?:check|make sure|see if) (?:that )?';
const WHAT_HEARD = '(?: (?:it|that|this|you|everything))?';
const SEVERAL = '(?:two|three|four|a few|several|a couple of)';
const CHECKS_UNDERSTANDING = regex([
  String.raw`\blet me (?:just )?${CHECK_THAT}I(?:'ve| have)? (?:got|understood|understand)\b`,
  String.raw`\bI(?:'ve| have) got this (?:right|straight)\b`,
  String.raw`\b(?:sure|check) (?:that )?I(?:'ve| have) (?:got|understood)${WHAT_HEARD}(?= right|,|$)`,
  String.raw`\blet me (?:just )?(?:go|run) (?:back )?(?:over|through) what\b`,
  String.raw`\bwhat we(?:'ve| have) (?:agreed|talked about|discussed|said)\b`,
  String.raw`\b(?:so )?what you(?:'re| are) (?:saying|telling me) is\b`,
  String.raw`\bso you(?:'re| are) saying\b`,
  String.raw`\byou(?:'ve| have) (?:told me|mentioned|raised) ${SEVERAL} (?:things|worries|concerns|problems)\b`,
  String.raw`\bthe main (?:worries|concerns|things|problems|issues) (?:are|seem to be)\b`,
]);

// A recap in list form: "So, you're bored on the settee, everyone treats you like glass, and you're scared."
const LIST_RECAP =
  /^(?:right,? |ok(?:ay)?,? )?so,? you(?:'re| are|'ve| have| feel|'d| want)\b[^.?!]{8,},[^.?!]{4,},[^.?!]{4,}\band\b/i;

const SUMMARY: readonly Cue[] = [
  cue('summary', 0.9, SUMS_UP),
  cue('summary', 0.85, CHECKS_UNDERSTANDING),
  cue('summary', 0.8, LIST_RECAP, 'statement'),
];

export const SPIKES_CUES: readonly Cue[] = [
  ...GREETING,
  ...PERCEPTION,
  ...INVITATION,
  ...WARNING_SHOT,
  // News guards are read near the finding: "…, so we'll scan again to see whether it has spread" keeps the news.
  ...NEWS.map((news) => ({ ...news, near: news.unless !== undefined })),
  ...SUMMARY,
];
