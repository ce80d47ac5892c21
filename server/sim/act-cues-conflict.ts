// Cues for reassurance and conflict: premature reassurance, limits, choices, commands and threats, dismissing the
// grievance, and apology.

import { type Cue, cue, inStatements, NAMES_THEIR_GUILT } from './act-cues-shared.ts';

// Long patterns are written as named parts: `anyOf` joins whole alternatives, `oneOf` groups word lists
// ('|'-separated strings) into `(?:…)`. The compiled source is that of the one long literal it replaces.
const anyOf = (...branches: string[]): string => branches.join('|');
const oneOf = (...lists: string[]): string => `(?:${lists.join('|')})`;

/** What turns "I wasn't there" from passing the buck to asking their account, or to declining to guess. */
const TURNS_TO_THEM = oneOf(
  "but|so I'd (?:really |rather )?like|so I (?:really )?want|so (?:can|could|would) you|tell me|hear (?:it )?from you",
  "(?:won't|will not|not going to|rather not|shouldn't|can't) (?:guess|speculate)",
);

// Word lists for the patterns below, named so that each pattern reads on a line.
const DONT_YOU = oneOf(
  "don't|do not|try not to|no need to|nothing to|not to|wouldn't|would not|shouldn't",
  "should not|I'd not",
);
const WORRY = oneOf('worry|panic|be (?:afraid|scared|frightened|worried|concerned)');
const SURELY = oneOf('absolutely |totally |completely |just |perfectly |definitely |surely ');
const WILL = oneOf("'ll| will|'s going to| is going to| are going to|'re going to");
const BE_FINE = oneOf('fine|okay|ok|alright|all right|right as rain|work out');
const EVERYTHING = oneOf('everything|it|all|things|she|he|you|they');
const NOTHING_WRONG = oneOf(
  'nothing|fine|clear|ok|okay|alright|all right|benign|just|going to be fine|pull through',
  'recover|be back|wake up|get better|make it|be home|go (?:perfectly|well|smoothly|fine)',
  'turn out|work out|be normal|sort (?:it|this|things) out|fix (?:it|this)',
);
const SURE = oneOf('sure|certain|positive|confident');
const CONCERNED = oneOf('concerned|worried|scared|afraid|frightened');
const PROBABLY = oneOf('probably |likely |almost certainly |definitely ');
const SERIOUS = oneOf('serious|sinister|cancer|bad|a problem|worrying');
const ANYTHING_BAD = oneOf('cancer|serious|anything (?:serious|bad|sinister)');
const GOING_TO = oneOf("'ll| will|'s going to| is going to|'re going to| are going to");
const SOMEONE = oneOf(String.raw`he|she|it|you|everything|they|your \w+`);
const PULL_THROUGH = oneOf(
  'pull through|get through (?:this|it)|bounce back|beat (?:this|it)|come through (?:this|it)',
);
const ALL_CLEAR = oneOf('clear|fine|normal|benign|to be nothing|nothing');
const PROBLEMS = oneOf('problems|complications|issues|trouble');
const RIGHT_WHERE = oneOf('back|there|with|here|in|out|along|over|up|down');
const HARMLESS = oneOf('nothing|harmless|benign|fine|normal');
const TURN_OUT = oneOf('are|turn out to be|end up being');
const THEYRE = oneOf("they're|it's|these are|those are|they are");
const BE_HOME = oneOf('be home|be back|be out|recover|be fine|get better|walk again');
const YOURE = oneOf("you're|he's|she's|it's|they're|everything's");
const HONESTLY = oneOf("honestly|I promise|trust me|don't worry");
const LIVE_WELL = oneOf('fine|ok|okay|alright|all right|normal lives?');
const LOTS_OF = oneOf('lots of|most|many|plenty of');

// Reassurance before the facts allow it (a hedge such as "I can't promise" cancels it, see the classifier).
const REASSURANCE: readonly Cue[] = [
  cue(
    'premature-reassurance',
    0.9,
    new RegExp(
      anyOf(
        String.raw`\b${DONT_YOU} (?:you )?${WORRY}\b(?! (?:to|about asking)\b)`,
        String.raw`\b(?:don't|do not) (?:you )?(?:go )?worry(?:ing)? yourself\b`,
        String.raw`\bbe (?:home|back|out|fine|up and about)\b[^.]*\bno problem\b`,
      ),
      'i',
    ),
  ),
  cue(
    'premature-reassurance',
    0.85,
    new RegExp(String.raw`\b${EVERYTHING}${WILL} (?:all )?(?:be )?${SURELY}?${BE_FINE}\b`, 'i'),
  ),
  cue(
    'premature-reassurance',
    0.85,
    new RegExp(String.raw`\bI(?:'m| am) ${SURE}(?: that)? (?:[\w']+ ){0,5}?${NOTHING_WRONG}\b`, 'i'),
  ),
  cue(
    'premature-reassurance',
    0.8,
    new RegExp(
      anyOf(
        String.raw`\bnothing(?:'s| is| bad)? (?:is )?going to happen\b`,
        String.raw`\bnothing bad will happen\b`,
        String.raw`\bin no time\b`,
        String.raw`\bbefore you know it\b`,
        String.raw`\bright as rain\b`,
        String.raw`\bprobably (?:just|only|nothing)\b`,
        String.raw`\bback to (?:his|her|your|their) (?:old|normal|usual) (?:self|selves)\b`,
        String.raw`\bback on (?:your|his|her|their) feet\b`,
      ),
      'i',
    ),
  ),
  cue('premature-reassurance', 0.55, /^(?:oh,? )?it's (?:all )?fine\b(?! to)/i),
  cue(
    'premature-reassurance',
    0.8,
    new RegExp(
      anyOf(
        String.raw`\bno (?:reason|need|cause) (?:for you )?to (?:worry|be ${CONCERNED})\b`,
        String.raw`\bno (?:need|reason|cause) for (?:concern|alarm|worry|panic)\b`,
        String.raw`\bnothing to be (?:concerned|worried|scared|afraid|frightened) (?:about|of)\b`,
      ),
      'i',
    ),
  ),
  cue(
    'premature-reassurance',
    0.75,
    new RegExp(
      anyOf(
        String.raw`\bit(?:'s| is) ${PROBABLY}?nothing\b(?! to do| more)`,
        String.raw`\b(?:unlikely|not likely) to be (?:anything )?${SERIOUS}\b`,
        String.raw`\b(?:definitely|certainly|absolutely) (?:not|isn't|won't be) ${ANYTHING_BAD}\b`,
      ),
      'i',
    ),
  ),
  cue(
    'premature-reassurance',
    0.8,
    new RegExp(
      anyOf(
        String.raw`\bI promise(?: you)?(?: that)? ${SOMEONE}${GOING_TO} (?!be (?:honest|straight))\w+`,
        String.raw`\b(?:he|she|you|they)${GOING_TO} (?:definitely |surely |certainly )?${PULL_THROUGH}\b`,
        String.raw`\b(?:sort|work|clear|settle) (?:itself|themselves) (?:out|up|down)\b`,
        String.raw`\b(?:almost|nearly) always (?:come back |comes back |turn out |turns out )?${ALL_CLEAR}\b`,
        String.raw`\bin (?:the )?(?:best|safe|good) (?:possible )?hands\b`,
        String.raw`\bthere (?:won't|will not|shouldn't|should not) be any ${PROBLEMS}\b`,
        String.raw`\bnothing (?:will|is going to|can|could) go wrong\b`,
        String.raw`\b(?:in|at) the (?:best|right) (?:possible )?place\b`,
        String.raw`\b(?:she|he|it|you|they)(?:'ll| will) be right\b(?! ${RIGHT_WHERE})`,
        String.raw`\b(?:most|nearly all|almost all) (?:[\w']+ ){0,3}?${TURN_OUT} ${HARMLESS}\b`,
        String.raw`\blose (?:any )?sleep over\b`,
        String.raw`\beverything(?:'s| is) (?:under control|in hand)\b`,
        String.raw`\bdon't (?:you )?fret\b`,
        String.raw`\bno way (?:it's|it is|that's|it'll be)\b`,
        String.raw`\btoo young (?:for (?:it|this|that) to be|to have)\b`,
        String.raw`\b${THEYRE} (?:almost )?always (?:fine|okay|ok|benign|nothing|harmless)\b`,
        String.raw`\b(?:stay|think|keep) positive\b`,
        String.raw`\blook on the bright side\b`,
        String.raw`\bwon't hurt (?:a bit|at all|one bit)\b`,
        String.raw`\b(?:you'll|you will|he'll|he will|she'll|she will|it'll|it will) be cured\b`,
        String.raw`\b(?:definitely|certainly|surely) ${BE_HOME}\b`,
        String.raw`\b${HONESTLY},? ${YOURE} (?:fine|okay|ok|alright|all right)\b`,
        String.raw`\bnothing (?:wrong|the matter) with (?:you|him|her)\b`,
        String.raw`\b(?:sure|certain|confident) (?:it's|it is|that's|that it's) not\b`,
        String.raw`\b${LOTS_OF} people (?:have|get|live with) (?:this|it)(?: [\w']+){0,4}? ${LIVE_WELL}\b`,
        String.raw`\bI doubt (?:it's|it is|that it's|it'll be) (?:anything|cancer|serious)\b`,
        String.raw`\b(?:let's|try) not (?:to )?think (?:about|of) the worst\b`,
      ),
      'i',
    ),
  ),
];

// Word lists for the patterns below, named so that each pattern reads on a line.
const REFUSE = oneOf("can't|cannot|won't|will not");
const WILL_NOT = oneOf("won't|will not|can't|cannot|am not going to");
const BEHAVIOUR = oneOf('behaviou?r|abuse|aggression|violence|threats|language');
const DONT = oneOf("won't|will not|don't|do not");
const ACCEPTABLE = oneOf('ok|okay|acceptable|alright|all right');
const TO_WHOM = oneOf('to|for (?:you|anyone) to|here');
const OWN_FAILING = oneOf(
  'wait(?:ed|ing)?|the wait|the delay|delayed|happened to|was handled|we (?:did|let|kept|got)',
  'our (?:fault|mistake|error|care|service)',
);
const CARRY_ON = oneOf('do that |talk |help(?: you)? |keep talking |listen |do this |carry on |continue ');
const UNABLE = oneOf("can't|cannot|(?:won't|not going to|not) be able to|not able to");
const CALMER = oneOf(
  "you(?:'ve| have) calmed down|you(?:'re| are) calmer|things are calmer",
  "everyone(?:'s| is) calmer",
);
const CALM = oneOf('calm|respectful|civil|calmly|quietly');
const KEEP_IT = oneOf("keep|stay|remain|talk|are|'re");
const KEEP_TALKING = oneOf('keep talking|carry on|continue|sort|get|work|talk');
const TAKE_IT_OUT = oneOf(
  'take it out on|shout at|swear at|threaten|hit|push|grab',
  String.raw`speak to (?:me|us|them|her|him|staff|the \w+) like`,
  String.raw`talk to (?:me|us|them|her|him|staff|the \w+) like`,
);
const TALK_OR_HELP = oneOf('talk|help|sort|listen|work|keep');
const I_WILL = oneOf("'ll| will|'m going to| am going to");
const LEAVE = oneOf('leave|step|walk|go|end|stop|pause');
const SHOUT = oneOf('shout|swear|speak|talk|threaten|behave|act|carry on');
const UNWILLING = oneOf(
  String.raw`won't|will not|not (?:[\w']+ ){0,3}?(?:willing|prepared|going) to|can't|cannot`,
);
const DISCUSS = oneOf('discuss|talk about|continue|carry on|have this conversation');
const NOT_GOING_TO = oneOf("can't|cannot|won't|will not|not going to");
const NOT_OK = oneOf(String.raw`\bnot (?:fine|okay|ok|alright|all right|acceptable)|can't|cannot|won't`);
const OK_TO_FEEL = oneOf('fine|okay|ok|alright|all right|understandable|natural');
const SHOUTED = oneOf('shouted|sworn|threatened|abused|spoken to|talked to');

// A respectful limit with its reason, or what they can do instead: "The shouting at the desk has to stop, there are
// other families in here", "I can't have the desk banged", "I do need you not to hit the wall", "I'd ask that we keep
// the shouting out of the bay", "I can't move you ahead, but I can get you painkillers", "come and find me instead".
const LIMIT_WITH_REASON = new RegExp(
  anyOf(
    String.raw`\b(?:the|your|this|that|all this) [\w-]+(?: [\w-]+)?(?: at the [\w-]+)? (?:has|have|needs?) to stop\b`,
    String.raw`\bI (?:can't|cannot) have (?:the |you |anyone |people |any )?(?:[\w-]+ )?(?:shouting|swearing|banging|kicking|[\w-]+ed)\b`,
    String.raw`\bI(?: do)? need (?:to ask(?: you)?,?(?: though,)? (?:that )?you (?:not|don't)|you not to|you to (?:stop|keep))\b`,
    String.raw`\bI(?:'d| would) (?:just )?ask (?:that )?(?:you|we)\b|\bI(?:'d| would) rather you didn't\b`,
    String.raw`\bI (?:can't|cannot) (?!promise\b)[\w' ]{2,40}, but I can\b`,
    String.raw`\b(?:come (?:and find|straight to)|tell) me,? instead\b`,
    // Things kept in their place, with a reason or a rule: "I do need the chairs to stay where they are, because…",
    // "The door has to stay locked while you're on a section", "Put the bat down by the door, and we'll sit down".
    String.raw`\bI(?: do)? need (?:the|your|this|that|these|those) [\w-]+(?: [\w-]+)? (?:to stay|to stop|to be put|to come down|put down)\b`,
    String.raw`\b(?:the|this|that) [\w-]+ (?:has|have|needs?) to (?:stay|be kept) (?:locked|shut|closed|there|where|outside|down)\b`,
    String.raw`\bput (?:the|that|your) [\w-]+ down\b.*\b(?:and we'll|so we can|then we can|where you can)\b`,
    // The behaviour limited, not the feeling: "I'm not asking you to stop being angry, just to stop shouting",
    // "I'm not comfortable talking with it in your hand", "If you're cross about the wait, come and find me".
    String.raw`\bjust (?:to )?stop (?:the )?(?:shouting|swearing|banging|kicking|threatening)\b`,
    String.raw`\bnot (?:comfortable|happy) (?:talking|carrying on|going on) (?:with|while)\b`,
    String.raw`\bif you(?:'re| are) (?:angry|cross|upset|frustrated|annoyed|fed up)\b.*\b(?:tell me|come and find me|come to me)\b`,
    // The one thing asked, with what instead: "One thing I do need, Ruby: no more throwing things, because…", "What I
    // do need is for you not to pull the needles out", "One thing I'd ask: talk to me rather than at the hatch".
    String.raw`\b(?:one thing|the one thing|what) I(?: do| would|'d)? (?:need|ask)\b.{0,30}\b(?:no more|not to|rather than|instead of|to stop)\b`,
    String.raw`\bno more [\w-]+ing\b.{0,40}\b(?:because|there's|there are|it could|someone|somebody)\b`,
    // A rule for everyone, not a rebuke: "there's no smoking anywhere in the building, for anyone".
    String.raw`\bno (?:smoking|vaping)\b.{0,30}\b(?:anywhere|in the building|on site|for anyone)\b`,
  ),
  'i',
);
const REFUSED_REQUEST =
  /^(?:(?:but|sorry|i'm sorry|i'm afraid|look|so),? )?I (?:can't|cannot) (?:give|hand|open|bring|let|scan|prescribe|supply|release|unlock|do a|do the|do that|do it)\b(?!.*\b(?:cure|promise|guarantee|answers?)\b)/i;
// Asked not to, with the reason: "Please don't bang the counter, there's a little lad behind you."
const DONT_WITH_REASON =
  /\b(?:please )?don'?t (?:bang|kick|shout at|swear at|pull|hit|throw|grab|slap|punch)\b.*?\b(?:because|there'?s|there are|it can|it could|she'?s|he'?s|they'?re)\b/i;

// De-escalation: limits, choices, and the commands and threats that escalate instead.
const LIMITS: readonly Cue[] = [
  cue('limit-setting', 0.8, LIMIT_WITH_REASON, 'statement'),
  cue('limit-setting', 0.75, DONT_WITH_REASON, 'statement'),
  // A request plainly refused, which blind writers count as a limit: "I can't give you your phone, Liam", "I can't
  // open the door for you today", "I can't hand it out today, it's not on your chart".
  cue('limit-setting', 0.7, REFUSED_REQUEST, 'statement'),
  cue(
    'limit-setting',
    0.85,
    new RegExp(
      anyOf(
        String.raw`\b(?:I|we) ${REFUSE} (?:let|allow|have) (?:you|anyone|people|that)\b`,
        String.raw`\bI(?:'m| am) not (?:able|going) to (?:let|allow) (?:you|anyone)\b`,
        String.raw`\bI ${WILL_NOT} (?:be |have (?:you |people )?)?(?:spoken|talked|shouted|sworn) (?:to|at)\b`,
        String.raw`\b(?:don't|do not|won't|will not|can't|cannot) tolerate\b`,
        String.raw`\b${DONT} accept (?:that|this|any)? ?(?:kind of |sort of )?${BEHAVIOUR}\b`,
        String.raw`\bzero tolerance\b`,
        String.raw`\bnot (?:be )?tolerated\b`,
      ),
      'i',
    ),
  ),
  cue(
    'limit-setting',
    0.8,
    new RegExp(
      anyOf(
        String.raw`\b(?:it's |it is |that's |that is )?(?:not|isn't|is not) ${ACCEPTABLE}\b(?: ${TO_WHOM})?`,
        String.raw`\bunacceptable\b`,
        String.raw`\bnot fine to (?:throw|shout|swear|hit|threaten|push|kick|grab|speak|talk|break)\b`,
      ),
      'i',
    ),
    'statement',
    // Owning a failure ("you waited four hours, and that's not acceptable") is not a limit on the listener.
    new RegExp(String.raw`\b${OWN_FAILING}\b`, 'i'),
  ),
  cue(
    'limit-setting',
    0.8,
    new RegExp(
      anyOf(
        String.raw`\b${UNABLE} ${CARRY_ON}?(?:while|when|if) (?:you|you're|there's|things|the)\b`,
        String.raw`\b(?:once|when|as soon as) ${CALMER}\b`,
        String.raw`\bwon't be able to (?:hear|help|listen)\b`,
      ),
      'i',
    ),
  ),
  cue(
    'threat-or-command',
    0.6,
    /\bI need you to (?:take a step|step|calm|sit|stop|lower|leave|move|back|be quiet|go)\b/i,
  ),
  cue(
    'limit-setting',
    0.6,
    /\bI need (?:the|this|all this|that) (?:shouting |swearing |noise |aggression )?to stop\b/i,
  ),
  cue(
    'limit-setting',
    0.8,
    new RegExp(
      anyOf(
        String.raw`\bas long as (?:we|you) (?:can )?${KEEP_IT} (?:this |things |it )?${CALM}\b`,
        String.raw`\b(?:end|stop|pause|finish) (?:this|the|our) (?:conversation|discussion)\b`,
        String.raw`\bnot (?:prepared|willing) to (?:carry on|continue|keep talking|talk|discuss this)\b`,
        String.raw`\bnot going to (?:carry on|continue|keep talking) (?:while|if|when|like)\b`,
        String.raw`\bdraw the line\b`,
        String.raw`\bcross(?:es|ed|ing)? (?:a|the) line\b`,
        String.raw`\bthere are (?:some )?limits\b`,
        String.raw`\bif (?:we(?:'re| are) going to|we are to|we're to) ${KEEP_TALKING}\b`,
        String.raw`\byou (?:can't|cannot) ${TAKE_IT_OUT}\b`,
        String.raw`\byou (?:can't|cannot) (?:speak|talk) to (?:my|our|the) \w+ like (?:that|this)\b`,
        String.raw`\bif you (?:keep|carry on|continue|don't stop)\b[^.]*\b(?:step|walk) (?:away|out)\b`,
        String.raw`\b(?:step|walk) (?:away|out)\b[^.]*\bif you (?:keep|carry on|continue)\b`,
        String.raw`\b(?:keep|stay) (?:everyone|everybody|us all|all of us|the staff|people) safe\b`,
        String.raw`\bI need you to \w+(?: [\w']+){0,5}? so (?:that )?(?:we|I) can ${TALK_OR_HELP}\b`,
        String.raw`\bif you (?:keep|carry on|continue|don't stop)\b[^.]*\bI${I_WILL} (?:have to )?${LEAVE}\b`,
        String.raw`\bthere(?:'s| is) a limit\b`,
        String.raw`\bbut I need (?:you|us|everyone) to\b`,
        String.raw`\bI need us to\b`,
        String.raw`\bnot (?:if|while|when) you(?:'re| are)? (?:going to |keep |continue to )?${SHOUT}\w*\b`,
        String.raw`\byou (?:can't|cannot) (?:go|come) (?:in|through|back) (?:there|here)\b`,
        String.raw`\b(?:talk|speak|discuss (?:this|it)|do this) (?:about this |about it )?calmly\b`,
        String.raw`\b${UNWILLING} (?:put up with|tolerate)\b`,
        String.raw`\b${NOT_GOING_TO} ${DISCUSS}(?: [\w']+){0,3}? (?:while|when|if|until) you\b`,
        String.raw`\b${OK_TO_FEEL} to (?:be|feel) \w+[^.]*?\bbut\b[^.]*?${NOT_OK}\b`,
        String.raw`\b(?:won't|will not|don't|do not|can't|cannot) accept (?:being )?${SHOUTED}\b`,
      ),
      'i',
    ),
  ),
];

// Word lists for the patterns below, named so that each pattern reads on a line.
const OR_CHOICE = oneOf(
  'would you (?:rather|prefer|like)',
  'is (?:here|this|now|that) (?:ok|okay|all right|alright|fine)',
  String.raw`would (?:\w+ ){0,3}be (?:better|easier|preferable)`,
);
const IDIOM_WITH_OR = oneOf(
  'day or night|sooner or later|more or less|one way or (?:another|the other)|or so|or two',
  'or three|or anything|or something|or whatever',
);
const YOU_PREFER = oneOf(
  "you(?:'d)? (?:prefer|rather|like|want|choose)|works (?:best )?for you|suits you",
  'feels right',
);

const CHOICES: readonly Cue[] = [
  cue('offering-choices', 0.85, /\b(?:would|do) you (?:prefer|rather|like|want)\b[^.?!;]*\bor\b/i),
  cue('offering-choices', 0.85, new RegExp(String.raw`\bor ${OR_CHOICE}\b`, 'i')),
  cue(
    'offering-choices',
    0.75,
    /\b(?:we|you) (?:can|could) \w+[^.?!;]*\bor\b/i,
    'any',
    new RegExp(String.raw`\b${IDIOM_WITH_OR}\b`, 'i'),
  ),
  cue(
    'offering-choices',
    0.85,
    new RegExp(
      anyOf(
        String.raw`\b(?:whichever|whatever) ${YOU_PREFER}\b`,
        String.raw`\bwhichever you decide\b`,
        String.raw`\bup to you\b`,
        String.raw`\byour (?:choice|call|decision)\b`,
      ),
      'i',
    ),
  ),
  cue(
    'offering-choices',
    0.8,
    new RegExp(
      anyOf(
        String.raw`\b(?:two|three|a few|several|some|a couple of|different) options\b`,
        String.raw`\byou (?:can|could) (?:choose|decide|pick)\b`,
        String.raw`\bif you(?:'d)? prefer\b`,
        String.raw`\byou(?:'re| are)? (?:can|could|may|welcome to) \w+[^.?!;]*\bif you(?:'d| would)? (?:like|prefer|want|rather)\b`,
      ),
      'i',
    ),
  ),
  cue('offering-choices', 0.55, /\bwould you rather\b/i),
  cue('offering-choices', 0.7, /\bwould you prefer\b/i, 'question'),
  // Offered as what the speaker can do, or as theirs to pick: "I can get you a patch or some gum", "Or I'll ring him,
  // if you'd rather", "Juice or an ice lolly, his pick", "What would work for you, mornings or early afternoon?"
  cue(
    'offering-choices',
    0.75,
    new RegExp(
      anyOf(
        String.raw`\bI (?:can|could) (?!see\b|hear\b|tell\b|imagine\b|understand\b|sense\b|feel\b)\w+[^.?!;]*\bor\b`,
        String.raw`^or (?:I|we|you)(?:'ll| will| can| could)\b`,
        String.raw`\bif you(?:'d| would)? rather\b`,
        String.raw`\b(?:your|his|her|their) pick\b(?! up\b)|\b(?:his|her|their) (?:choice|decision)\b`,
        String.raw`\bwhat would (?:work|suit)\b[^.?!;]*\bor\b`,
      ),
      'i',
    ),
    'any',
    new RegExp(String.raw`\b${IDIOM_WITH_OR}\b`, 'i'),
  ),
];

// Word lists for the patterns below, named so that each pattern reads on a line.
const ORDER = oneOf(
  String.raw`sit (?:down|back down)|stand back|step (?:back|away)|back (?:off|away|up)\b|stop\b|shut up`,
  // "Quiet!" orders; "Quiet room, a sandwich and a drink…" offers. "Listen to me!" orders; "Listen, the reason…" only
  // opens what follows.
  String.raw`be quiet|quiet\b(?! (?:room|place|corner|space|spot|area|bay|word|one|chat)\b)|lower your voice|keep your voice down|listen to me\b|listen\b(?!,)`,
  'get (?:out|back|away)|go (?:back|away|home)|go and (?:wait|sit|stand)|move (?:away|back)',
  String.raw`watch your (?:language|tone|mouth)|relax\b|put (?:that|it|the \w+) down|drop (?:it|that)\b`,
  String.raw`hands off|let (?:go|her go|him go)\b|keep your hands`,
  String.raw`(?:that's )?enough(?:$| now$| of (?:this|that)| is enough)|behave\b|out(?: now| of here)?$`,
  "don't come (?:any )?(?:closer|near)",
);
const PREAMBLE = oneOf("sir|ma'am|madam|mate|look|right|now|okay|ok|please|just|hey|oi|I said|and");
const CALM_ORDER = oneOf(
  'calm|sit|stop|step|lower|leave|go|be quiet|relax|settle|back|move|get|keep|watch',
  'wait your turn|behave|control yourself|listen',
);
const CALL = oneOf('call(?:ing)?|get(?:ting)?|fetch|ring(?:ing)?|phon(?:e|ing)');
const CALLED_FOR = oneOf('asked|alerted|involved?|pressed the (?:alarm|buzzer) for|called|rung|phoned');
const WILL_BE = oneOf("will be|is going to be|are going to be|'ll be|has been|have been|are|is");

const COMMANDS: readonly Cue[] = [
  cue('threat-or-command', 0.85, /\b(?:calm|settle|quieten|quiet|chill) (?:yourself )?(?:down|out)\b/i),
  cue(
    'threat-or-command',
    0.85,
    new RegExp(String.raw`^(?:${PREAMBLE}\W+)*${ORDER}`, 'i'),
    'any',
    new RegExp(
      anyOf(
        String.raw`\bmake yourself (?:at home|comfortable)\b`,
        String.raw`\b(?:take|have) a seat\b`,
        String.raw`\bif you(?:'d)? like\b`,
        // "Go home and get some rest if you can": a suggestion.
        String.raw`\bif you (?:can|want|feel up to it)\b`,
        String.raw`\bwhen you(?:'re| are) ready\b`,
        // "Go home and think, or talk some more now?": one of the choices offered, not an order.
        String.raw`\bor (?!(?:I|we|you|they|he|she)(?:'ll| will| are| is)\b|else\b|security\b|the police\b)\w+`,
      ),
      'i',
    ),
  ),
  cue(
    'threat-or-command',
    0.85,
    new RegExp(
      anyOf(
        // "Is there something you need to get back for?" asks about their life; it orders nothing.
        // Nor "Where is it you need to get to?", "…if you need to go anywhere", "Where do you think you need to go?".
        String.raw`(?<!\b(?:something|anything|anywhere|somewhere|anyone|someone|what|where|who|it|if|when|whenever|unless) )(?<!\b(?:what|where|why|when|how) (?:do|did|would) you (?:think|reckon|feel) )\byou (?:really )?(?:need|have|must|'ve got|got) to ${CALM_ORDER}\b`,
        String.raw`\byou will (?:sit|calm|stop|leave|go|be quiet|step)\b`,
        String.raw`\b(?:lower|keep down) your voice\b`,
        String.raw`\bkeep your voice down\b`,
        String.raw`\bdon't (?:you )?(?:talk|speak|shout|swear|raise your voice|dare)\b`,
        String.raw`\bjust relax\b`,
        String.raw`\bI(?:'m| am) not (?:going to|gonna) (?:tell|ask) you again\b`,
        String.raw`\bI (?:won't|will not) (?:tell|ask) you again\b`,
        String.raw`\bshut it\b`,
        String.raw`\bdon't move\b`,
        String.raw`\b(?:last|final) warning\b`,
        String.raw`\bI(?:'m| am) warning you\b`,
        String.raw`\bdo (?:as|what) (?:you're|you are|I) (?:told|say)\b`,
        String.raw`\bI said (?:sit|calm|stop|be quiet|leave|get|go|move|step|back)\b`,
        String.raw`\benough is enough\b`,
      ),
      'i',
    ),
  ),
  cue(
    'threat-or-command',
    0.9,
    new RegExp(
      anyOf(
        // (Not "nobody's calling security", "I'm not going to call the police": the threat taken off the table.)
        String.raw`(?<!\b(?:nobody|no one|not|never|won't|don't)(?:'s| is| are)?(?: (?:going to|gonna))? )\b${CALL} (?:security|the police|the cops|911|999)\b`,
        String.raw`\b${CALLED_FOR} (?:for )?(?:security|the police)\b`,
        String.raw`\bsecurity ${WILL_BE} (?:called|involved|here|on (?:their|its) way|coming)\b`,
        String.raw`\b(?:have|get) (?:you )?(?:removed|escorted|thrown out|arrested)\b`,
        String.raw`\bbe (?:removed|escorted out|thrown out|arrested|asked to leave)\b`,
        String.raw`\bask you to leave\b`,
        String.raw`\bor else\b`,
        String.raw`\bnobody(?:'s| is) going anywhere until\b`,
        String.raw`\bunless you (?:calm|stop|sit)\b`,
        String.raw`\bif you don't (?:calm|stop|sit|leave|lower|back|step|go)\b`,
        String.raw`\bone more word\b`,
        String.raw`\b(?:banned|barred) from\b`,
        String.raw`\b(?:going to|will|'ll) regret\b`,
        String.raw`\bor (?:you'll|you will) (?:be|have to)\b`,
        // "…or leave that for when the nurse rings" puts something off; it sends no one away. Nor is "or I'll knock
        // gently in ten minutes": what they will do for them is no sanction.
        String.raw`\bor (?:leave(?! (?:it|that|this|them)\b)|get out|I'll(?! (?:knock|come back|check|pop|ring you|call you|give you|get you|bring|sit|stay|leave you|be)\b))\b`,
        // "You're out!", but not "once you're out" (of hospital, as planned).
        String.raw`(?<!\b(?:once|when|after|until|before|soon as|time) )\byou(?:'re| are) out\b(?! of)`,
      ),
      'i',
    ),
  ),
];

// Word lists for the patterns below, named so that each pattern reads on a line.
const SOMEONE_ELSE = oneOf('the (?:doctors?|nurses?|consultant|ward|desk|team)|someone else|somebody else');
const YOU_NEED = oneOf('you need|you should|you want');
const DEPARTMENT = oneOf('department|ward|place|hospital|night|shift');
const PRETTY = oneOf('pretty|very|fairly|quite|only a|just a');
const HAVE_TO = oneOf('have to|need to|must|should');
const OVERREACTING = oneOf(
  'over-?reacting|unreasonable|ridiculous|silly|hysterical|dramatic|difficult|precious',
  'childish|paranoid|rude',
);
const A_BIT = oneOf('a bit |a little |rather |quite |very |so |completely |totally ');
const SHOULD_HAVE = oneOf(
  'come|brought|called|rung|told|done|said|asked|mentioned|checked|read|listened|gone',
);
const MANAGE = oneOf('manage|have to|seem to|can|are able|have been waiting|are waiting|waited');
const TONIGHT = oneOf('tonight|today|at the moment|right now');
const THINGS = oneOf('it|things|the system|this place');
const UPSET = oneOf('upset|angry|worked up|so upset|so angry');
const ATTITUDE = oneOf('attitude|tone|language|rudeness|behaviour|behavior');
const GET_WORKED_UP = oneOf(
  'shout|be rude|take that tone',
  'get (?:so )?(?:angry|upset|worked up|aggressive|nasty|emotional|excited|hysterical|cross|shirty|stressed)',
);
const OUTBURST = oneOf(
  'losing your temper|shouting|getting angry|getting upset|being rude|complaining|moaning',
  'kicking off|crying|panicking|getting (?:worked up|aggressive|emotional)',
);
const WONT_HELP = oneOf("won't|will not|isn't going to|doesn't|is not going to|isn't|won't do");
const HELP_VERB = oneOf('get|help|make|change|speed|going to help|helping|(?:any|much) good');
const HOW_MANY = oneOf(String.raw`few |couple of |\d+ |two |three |twenty |ten |forty `);
const ON_A_BUSY_DAY = oneOf('a&e|the er|casualty|here|a (?:friday|saturday|weekend)');
const SPEAK = oneOf('speak|talk|take (?:it|that) up');
const TO_DO = oneOf('see|look after|do|deal with');
const COMPLAINING = oneOf('complaining|moaning|making a fuss');
const FREE = oneOf('can|free|available|gets? (?:a chance|round to (?:it|you))');
const CLINICIAN = oneOf('a doctor|someone|the doctor|they|she|he');
const OTHERS = oneOf('everyone|everybody|us|the staff|yourself');

// Arguing, minimising, blaming or deflecting.
const DISMISSIVE: readonly Cue[] = [
  // Passing the grievance on: not my job, not my call, ask someone else.
  cue(
    'dismissive',
    0.8,
    new RegExp(
      anyOf(
        String.raw`\b(?:a question|one) for ${SOMEONE_ELSE},? not me\b`,
        String.raw`\bnot the (?:person|one|people) ${YOU_NEED} to (?:speak|talk|complain)\b`,
        String.raw`\b(?:nobody|no one|no-one) (?:told|tells) me\b`,
        String.raw`\bI (?:just|only) work here\b`,
        String.raw`\b(?:can't|cannot|couldn't) do anything about (?:it|that|this)\b`,
        String.raw`\b(?:can't|cannot) make (?:an )?exceptions?\b`,
        String.raw`\bno exceptions\b`,
        String.raw`\b(?:like|same as) every(?:one|body) else\b`,
        String.raw`\bin order of (?:priority|urgency|arrival)\b`,
        String.raw`\b(?:need|have|got) to be patient\b`,
        String.raw`\b(?:not how|how) we do things\b`,
        String.raw`\b(?:it's|this is) a (?:very |really )?busy ${DEPARTMENT}\b`,
        String.raw`\bheard (?:it|all this|all that|this|that) (?:all )?before\b`,
        String.raw`\byeah,? yeah\b`,
        // Not the end of a list: "Energy drinks, weed, whatever".
        String.raw`(?<!, [\w' ]+, )\bwhatever\.?$`,
        String.raw`\b(?:worrying|worried|fussing|fuss) (?:about|over) nothing\b`,
        String.raw`\b(?:exaggerating|overdramati[sz]ing|making a mountain)\b`,
        String.raw`\b${PRETTY} (?:minor|small|trivial|little) (?:thing|issue|problem|matter|wait)\b`,
        String.raw`\b(?:could|can) be (?:a lot |much |far )?worse\b`,
        String.raw`\bnot the end of the world\b`,
        String.raw`\bno need to be like that\b`,
        String.raw`\bdon't (?:start|take that tone)\b`,
        String.raw`\bend of (?:discussion|story)\b`,
        String.raw`\b(?:try to|you need to|just) be (?:rational|sensible|realistic|logical)\b`,
        String.raw`\bkeep (?:your )?(?:emotions|feelings) out of\b`,
        String.raw`\bhow busy we are\b`,
        String.raw`\byou ${HAVE_TO} understand (?:that )?(?:we|there are|it's|this is)\b`,
        String.raw`\bnot (?:all )?about you\b`,
        String.raw`\bno point (?:in )?(?:dwelling|going over|worrying|crying)\b`,
        String.raw`\bwhat's done is done\b`,
        String.raw`\b(?:can't|cannot) change (?:the past|what(?:'s| has) happened)\b`,
        String.raw`\b(?:let's|can we) (?:just )?move on\b`,
        String.raw`\b(?:anyway|anyhow),? (?:moving on|as I was saying)\b`,
        String.raw`\bexplained (?:this|that|it) (?:twice|already|before|three times)\b`,
        String.raw`\b(?:irrelevant|beside the point)\b`,
        String.raw`\b(?:have it|are|were) (?:much |far |a lot )?worse off\b`,
        String.raw`\bhave it (?:much |far |a lot )?worse\b`,
        String.raw`\bbe (?:thankful|grateful|glad) (?:it|that|he|she|you)\b`,
        String.raw`\bat least (?:he|she|it|you|they)(?:'s| is| was|'re| are| were| has| have)\b`,
        String.raw`\b(?:didn't|did not) mean (?:anything|any harm) by it\b`,
        String.raw`\b(?:wasn't|was not) (?:intentional|deliberate|on purpose)\b`,
        String.raw`\bthat's all (?:we|I) can do\b`,
        String.raw`\bdon't (?:appreciate|like) (?:your|that) tone\b`,
        String.raw`\bdon't be (?:silly|ridiculous|daft|stupid|dramatic|childish|so dramatic)\b`,
        String.raw`\ball in your head\b`,
        String.raw`\b(?:he's|she's|they're|you're) (?:just|only) (?:old|elderly|getting on)\b`,
      ),
      'i',
    ),
  ),
  cue(
    'dismissive',
    0.9,
    new RegExp(
      anyOf(
        String.raw`\byou(?:'re| are) (?:just |being )?(?:${A_BIT}?${OVERREACTING}|making (?:a|such a) (?:fuss|scene|big deal))\b`,
        String.raw`\bfuss (?:over|about) nothing\b`,
      ),
      'i',
    ),
  ),
  cue(
    'dismissive',
    0.85,
    new RegExp(
      anyOf(
        String.raw`\bnot (?:my|our) (?:problem|fault|department|job|responsibility|area|patient|concern)\b`,
        String.raw`\bnothing to do with (?:me|us)\b`,
        String.raw`\bnot down to me\b`,
        String.raw`\btake it up with\b`,
        String.raw`\b(?:don't|do not|haven't got|have not got) (?:the )?time for (?:this|that)\b`,
        String.raw`\bwasting (?:my|our|everyone's) time\b`,
        String.raw`\bhardly (?:my|our) fault\b`,
        String.raw`\bit wasn't (?:me|my fault|our fault)\b`,
        // "I wasn't there, so I'd like to hear it from you" asks for their account; it passes nothing on. Nor does
        // "I wasn't there on Tuesday, so I can't tell you what anyone was thinking, and I won't guess", which is the
        // candour the delayed-diagnosis pre-brief asks for.
        String.raw`\bI wasn't (?:even )?(?:here|there|on (?:shift|duty)|working|the one)\b(?![^.]*\b${TURNS_TO_THEM}\b)`,
        String.raw`\b(?:I'm|I am|we're|we are) (?:just|only) doing (?:my|our) (?:job|jobs)\b`,
        String.raw`\bI don't make the rules\b`,
        String.raw`\bI didn't (?:write|make|set|do) the (?:rota|rules|policy|policies)\b`,
        String.raw`\brules are rules\b`,
        String.raw`\b(?:not up to me|out of my hands|above my pay ?grade)\b`,
      ),
      'i',
    ),
  ),
  cue(
    'dismissive',
    0.8,
    new RegExp(
      anyOf(
        String.raw`\beveryone (?:has|needs) to wait\b`,
        String.raw`\byou(?:'re| are) no different\b`,
        String.raw`\b(?:far |much |a lot )?sicker patients\b`,
        String.raw`\b(?:sicker|more unwell|more ill|worse off|more urgent) than (?:you|your|him|her|them)\b`,
        String.raw`\bnot the only (?:patient|one|person|family)\b`,
        // Not their own guilt named back: "as though you should have caught it", "whether you should have done…".
        String.raw`(?<!\b(?:${NAMES_THEIR_GUILT}) )\byou should(?:'ve| have)(?: \w+)? ${SHOULD_HAVE}\b`,
        // "Other people manage", but not "a voice other people can't hear".
        String.raw`\bother (?:families|patients|people|relatives) ${MANAGE}\b(?!'t| not)`,
        String.raw`\b(?:making|make) (?:such )?a (?:fuss|scene|drama)\b`,
        String.raw`\b(?:very|really|extremely|incredibly|so) busy ${TONIGHT}?,? (?:you know|I'm afraid)\b`,
        String.raw`\b(?:short[- ]staffed|understaffed)\b(?![^.]*\b(?:no excuse|sorry)\b)`,
        String.raw`\bwait your turn\b`,
        String.raw`\bseen when you(?:'re| are) seen\b`,
        String.raw`\b(?:you'll|you will|you) (?:just )?have to (?:be patient|accept (?:it|that))\b`,
        String.raw`\b(?:you'll|you will) just have to wait\b`,
      ),
      'i',
    ),
  ),
  cue(
    'dismissive',
    0.85,
    new RegExp(
      anyOf(
        String.raw`\bnot (?:that |such a |a )?(?:big (?:a )?deal|bad)\b`,
        String.raw`(?:\bnot|n't) that (?:serious|bad|long|big)\b`,
        String.raw`\bhardly the end of the world\b`,
        String.raw`\bsorry (?:that )?you (?:feel|see it|see things|think|took it)\b`,
        String.raw`\bthat's (?:just )?(?:the|our) (?:policy|system|rules?)\b`,
        String.raw`\bthat's (?:just )?(?:how|the way) ${THINGS} (?:works?|is|are|goes)\b`,
        String.raw`\bit is what it is\b`,
        String.raw`\bnothing (?:more|else) (?:to say|I can do)\b`,
        String.raw`\bthere(?:'s| is) nothing I can do(?: about (?:it|that))?\b`,
        String.raw`\bno (?:point|need) (?:in )?(?:getting|being|to get) ${UPSET}\b`,
        String.raw`\bthese things happen\b`,
        String.raw`\bmistakes (?:happen|get made)\b`,
        String.raw`\b(?:nobody|no one|no-one)(?:'s| is) perfect\b`,
        String.raw`\bwe(?:'re| are) only human\b`,
        String.raw`\bno need for (?:that|this|the|such)(?: kind of)? ?${ATTITUDE}\b`,
        String.raw`\b(?:there's |there is )?no need to ${GET_WORKED_UP}\b`,
        String.raw`\bbe reasonable\b`,
        String.raw`\bby the book\b`,
        String.raw`\bfollowed (?:the )?(?:protocol|procedure|guidelines)\b`,
      ),
      'i',
    ),
  ),
  cue(
    'dismissive',
    0.8,
    new RegExp(
      anyOf(
        String.raw`\b${OUTBURST}(?: at me| at us| about it)? ${WONT_HELP} ${HELP_VERB}\b`,
        String.raw`\byou(?:'re| are) not helping (?:\w+ ){0,2}?(?:by|yourself)\b`,
        String.raw`\b(?:we|the doctors|they|I) know what (?:we're|they're|I'm|we are|they are|I am) doing\b`,
        String.raw`\bit(?:'s| has) only been (?:a |an |about )?${HOW_MANY}?(?:minutes?|hours?)\b`,
        String.raw`\bthat's (?:normal|standard|pretty good|not bad|quick) for ${ON_A_BUSY_DAY}\b`,
        String.raw`\byou(?:'ve| have)? (?:must have )?misunderstood\b`,
        String.raw`\byou(?:'ve| have) got (?:it|that) wrong\b`,
        String.raw`\b(?:you'll|you will|you'd) (?:have|need) to ${SPEAK} (?:to|with) (?:someone|somebody) else\b`,
        String.raw`\bI(?:'ve| have) got (?:[\w-]+ ){0,2}?(?:other )?(?:patients|people|things) to ${TO_DO}\b`,
        String.raw`\bif you(?:'d| had) (?:brought|come|called|rung|listened|told)\b`,
        String.raw`\bwhat (?:do )?you (?:want|expect) me to do about (?:it|that)\b`,
        String.raw`\bwhat (?:do|did) you expect\b(?! (?:the|it|them|to|us|from|will)\b)`,
        String.raw`\bnothing to (?:be|get) (?:so )?(?:upset|angry|worked up|annoyed|cross) about\b`,
        String.raw`\bthat's (?:the NHS|hospitals|A&E|the ER) for you\b`,
        String.raw`\bno point (?:in )?(?:complaining|shouting|arguing|moaning|kicking off)\b`,
        String.raw`\bit's not (?:like|as if) (?:he|she|you|they)(?:'s| is|'re| are) (?:dying|going to die)\b`,
        String.raw`\bI(?:'ve| have) already (?:told|explained(?: to)?) you\b`,
        String.raw`\blet (?:us|me) do (?:our|my) (?:job|jobs|work)\b`,
        String.raw`\b(?:nobody|no one|no-one) else (?:is|has been|was) ${COMPLAINING}\b`,
        String.raw`\byou should be (?:grateful|thankful|glad)\b`,
        String.raw`\byou(?:'re| are) lucky (?:it's|you|to|that)\b`,
        String.raw`\b(?:jump|skip|push in) the queue\b`,
        String.raw`\bdrop everything\b`,
        String.raw`\b(?:isn't|is not|aren't|are not|not) (?:a|the|our|top) priority\b`,
        String.raw`\bit's (?:just )?(?:her|his|your|their) age\b`,
        String.raw`\bjust old age\b`,
        String.raw`\bnot a hotel\b`,
        String.raw`\bseen (?:when|once) ${CLINICIAN}(?:'s| is| are)? ?${FREE}\b`,
        String.raw`\bwhen (?:we|they|I) get (?:a chance|round to (?:it|you))\b`,
        String.raw`\bdon't see (?:what|why) (?:the|all the|all this) (?:problem|fuss|issue)\b`,
        String.raw`\bwhat's the big deal\b`,
        String.raw`\bmaking (?:this|things|it) (?:harder|worse|more difficult) for ${OTHERS}\b`,
        String.raw`\bgo (?:somewhere|elsewhere) else\b`,
        String.raw`\bif you don't like it\b`,
        String.raw`\bthat's your opinion\b`,
        String.raw`\bheard it all before\b`,
        String.raw`\bhappens all the time\b`,
        String.raw`\b(?:make|file|put in) a complaint(?:,)? then\b`,
      ),
      'i',
    ),
  ),
];

export const CONFLICT_CUES: readonly Cue[] = [
  ...inStatements(REASSURANCE),
  ...inStatements(LIMITS),
  ...CHOICES,
  ...COMMANDS,
  ...DISMISSIVE,
  // Apology; condolences, "sorry?" and "sorry you feel that way" are filtered out by the classifier.
  cue(
    'apology',
    0.9,
    /\bapologi[sz](?:e|ing)\b|\bapologies\b/i,
    'any',
    /\b(?:no need to|don't|do not|nothing to|you don't have to|never) apologi[sz]e\b/i,
  ),
];
