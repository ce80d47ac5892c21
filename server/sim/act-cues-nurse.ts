// Cues for the NURSE empathic statements: naming, understanding, respecting, supporting, exploring.

import { ATTRIBUTION, type Cue, cue, EMOTION, inStatements } from './act-cues-shared.ts';

// Long patterns are written as named parts: `anyOf` joins whole alternatives, `oneOf` groups word lists
// ('|'-separated strings) into `(?:…)`. The compiled source is that of the one long literal it replaces.
const anyOf = (...branches: string[]): string => branches.join('|');
const oneOf = (...lists: string[]): string => `(?:${lists.join('|')})`;

// Word lists for the patterns below, named so that each pattern reads on a line.
const FEELING_TARGET = oneOf(
  'other|the|everyone|everybody|people|patients|staff|them|him|her|me|us|about nothing',
  'over nothing',
);
const DISTRESSING = oneOf(
  'frightening|scary|upsetting|overwhelming|distressing|devastating|frustrating|terrifying',
  'heartbreaking|shocking|shock|blow',
);
const INTENSIFIER = oneOf(
  'so|really|very|incredibly|absolutely|truly|such|quite|a|an|huge|big|real|terrible|awful',
);
const IS_OR_WAS = oneOf("'s| is| has been| was| must be| must have been| can be| would be");
const THIS_OR_THAT = oneOf('this|that|it|all this|all of this');
const FEELING_NOUN = oneOf(
  'anger|frustration|fear|fears|grief|distress|sadness|upset|shock|anxiety|worry|worries',
);
const HEAVY_FEELING = oneOf('anger|fear|worry|sadness|frustration|grief|emotion|distress|anxiety');
const TAKE_IN = oneOf('take in|deal with|process|absorb|cope with');

// "This is a huge amount to take in", "It's very hard to hear": the weight of it named.
const HARD_TO_TAKE_IN = new RegExp(
  anyOf(
    String.raw`\b(?:a (?:huge|massive|big|great|lot|huge amount|great deal)|so much|such a lot|an awful lot) (?:\w+ )?to (?:take in|hear|process|absorb|carry|deal with)\b`,
    // Not the warning before news: "this is going to be hard to hear".
    String.raw`\b(?<!(?:going to|will|may|might|could|is|'s) be (?:very |really |so |incredibly )?)(?:very |really |so |incredibly )?(?:hard|difficult|awful|horrible|painful) to (?:hear|take in|process)\b`,
    String.raw`\bsounds like (?:the thing|what) (?:that )?(?:frightens|worries|scares|upsets) you\b`,
    // "Of course it feels impossible."
    String.raw`\b(?:it|this|that) (?:feels|must feel|seems|must seem) (?:\w+ )?(?:impossible|unbearable|unreal|too much|overwhelming|so unfair|unfair)\b`,
  ),
  'i',
);

// A feeling named with no one to say it of: "Lonely, then, on top of missing her." "Scared, mostly?"
const FEELING_ALONE = new RegExp(
  String.raw`^(?:so,? |and )?${EMOTION}(?:,| then\b| too\b| as well\b| and\b|$)`,
  'i',
);
// What it has done to them: "It's narked you, hasn't it.", "That's really shaken you.", "That's hit you hard",
// "That's come as a real blow".
const DONE_TO_YOU = new RegExp(
  anyOf(
    // (Not a question about whatever might have: "has anything happened that's worried you?")
    String.raw`(?<!\b(?:anything|something|anyone|anybody)\b.{0,60})\b(?:it|that|this)(?:'s| has)(?: really| properly| all)? (?:narked|upset|annoyed|hurt|shaken|rattled|frightened|scared|worried|got to|knocked|hit|floored|winded|knocked the wind out of) you\b`,
    String.raw`\b(?:it|that|this)(?:'s| has)(?: come as)? (?:a (?:real |huge |terrible |big )?(?:blow|shock)|such a (?:blow|shock))\b(?! to (?:the|his|her|their)\b)`,
  ),
  'i',
);

// How it sounds for them: "That sounds really hard", "That sounds like a really heavy thing to have been carrying"
// (which the read blind sets' writers labelled as naming the feeling).
const HOW_IT_SOUNDS = oneOf(
  'hard|huge|horrible|awful|terrible|tough|heavy|cruel|rotten|lonely|frightening|scary',
  'exhausting|draining|frustrating|overwhelming|upsetting|miserable|relentless|unbearable',
);
const SOUNDS_HARD = new RegExp(
  String.raw`\b(?:that|it|this) (?:sounds|sounded) (?:like )?(?:a |an |such a )?(?:really |so |very |incredibly |pretty )?${HOW_IT_SOUNDS}\b(?! (?:to (?:follow|read|understand|say)|for (?:me|us))\b)`,
  'i',
);

// Their feeling reflected: "It sounds like you've been feeling that nothing goes right at the moment."
const SOUNDS_LIKE_YOU_FEEL =
  /\b(?:sounds|seems|looks) (?:like|as if|as though) you(?:'ve| have| are|'re)? (?:been )?(?:feeling|felt|struggling|carrying|holding|running on empty|at the end of your tether)\b/i;

const NAMING: readonly Cue[] = [
  cue('nurse-naming', 0.75, SOUNDS_HARD, 'statement'),
  cue('nurse-naming', 0.8, SOUNDS_LIKE_YOU_FEEL, 'statement'),
  cue('nurse-naming', 0.8, HARD_TO_TAKE_IN, 'statement'),
  cue('nurse-naming', 0.75, FEELING_ALONE, 'statement'),
  cue('nurse-naming', 0.8, DONE_TO_YOU),
  cue(
    'nurse-naming',
    0.85,
    new RegExp(String.raw`\b${ATTRIBUTION}\b(?:\s+[\w']+){0,6}?\s+${EMOTION}\b(?! ${FEELING_TARGET}\b)`, 'i'),
    'statement',
  ),
  cue(
    'nurse-naming',
    0.8,
    new RegExp(
      String.raw`\b${THIS_OR_THAT}${IS_OR_WAS}(?:\s+${INTENSIFIER})*\s+${DISTRESSING}\b(?! (?:news|results?|scan)\b)`,
      'i',
    ),
    'statement',
  ),
  cue(
    'nurse-naming',
    0.75,
    new RegExp(
      anyOf(
        String.raw`\byour ${FEELING_NOUN}\b`,
        String.raw`\b(?:a lot of|so much|such) ${HEAVY_FEELING}\b`,
        String.raw`\b(?:this|that|it)(?:'s| is| has been) (?:a lot|so much|too much)(?: to ${TAKE_IN})?(?=,|$| and\b| for you\b)`,
      ),
      'i',
    ),
    'statement',
  ),
];

// Word lists for the patterns below, named so that each pattern reads on a line.
const ANYONE = oneOf('anyone|anybody|most people|any parent|any of us|I');
const POSITION = oneOf('position|shoes|situation|place');
const BODILY_STATE = oneOf(
  'sick|sore|tired|drowsy|dizzy|nauseous|bruised|swollen|groggy|achy|stiff|breathless|hungry',
  'thirsty|cold|hot|itchy',
);
const ACCEPTABLE = oneOf(
  'understandable|natural|normal|okay|ok|fine|alright|all right|reasonable|human|common|fair',
);
const TO_FEEL = oneOf(
  'to (?:be|feel|cry|want|ask)|way to feel|reaction|response|thing to (?:feel|want|ask|be)',
);
const SLIGHTLY = oneOf('a bit |a little |slightly |quite ');
const FEELINGS = oneOf('anger|frustration|feelings?|concerns?|worries|fears?|reaction|upset|distress');
const COMPLETELY = oneOf('completely |totally |entirely |perfectly |absolutely ');
const JUSTIFIED = oneOf('justified|valid|legitimate|understandable|reasonable');
const FAILING = oneOf(
  "shouldn't|should not|should have|too long|not good enough|wrong|unacceptable|not okay",
  'not ok',
);
const ABSOLUTELY = oneOf('absolutely |completely |quite |totally ');
const HARD_FOR_YOU = oneOf('hard|difficult|tough|awful|frightening|painful|upsetting|frustrating|horrible');
const HARD_THING = oneOf('hard|difficult|tough|awful|terrible|horrible|a lot|exhausting|painful|lonely');
const SO_OR_VERY = oneOf('so |really |very |incredibly ');

const ANYONE_AT_ALL =
  '(?<!\\bif )(?:anyone|anybody|any (?:\\w+ )?(?:mum|dad|parent|mother|father|of us)|most (?:of us|people)|almost anyone)';
const HEAVY_THING = oneOf(
  'hard|huge|big|horrible|awful|long|massive|hell of a|terrible|tough|heavy|cruel|rotten|lonely|frightening|scary',
);
const LIKE_ANYONE = new RegExp(
  anyOf(
    String.raw`\bwould (?:frighten|wear|make|worry|upset|terrify|scare|floor|knock) (?:\w+ )?(?:anyone|anybody|most (?:of us|people))\b`,
    String.raw`\b${ANYONE_AT_ALL}\b[^.?!]{0,50}\b(?:would|'d)\b`,
    String.raw`\b(?:a lot of|lots of|loads of|many|most) (?:\w+ )?(?:people|families|parents|mums|dads|carers|patients|relatives)(?: \w+){0,2} (?:feel|say|think|tell me|go through) (?:that|this|the same|exactly|something|like|just|it|guilty|angry|frightened|scared|worried)\b`,
    String.raw`\b(?:of )?course (?:you(?:'re| are| do| don't| did| got| would| feel)|this is|that's|it (?:hurts|is))\b(?! (?:can|may)\b)`,
    String.raw`\b(?:that's|that is|it's|it is|this is|what) (?:a|an|such a) (?:really |very |pretty )?${HEAVY_THING} (?:old )?(?:thing|lot|place|spot|night|road|one|swap|word|amount|time|blow|week|wait)\b`,
    // Not "Don't be daft", which tells them off.
    String.raw`(?:\bnot|(?<!\bdo)n't)(?: \w+)? (?:daft|silly|stupid|mad|crazy|making a fuss|overreacting|being dramatic)\b`,
  ),
  'i',
);

const UNDERSTANDING: readonly Cue[] = [
  cue(
    'nurse-understanding',
    0.8,
    /\bI (?:can |do |completely |totally |fully |really )*understand\b(?! (?:if|whether)\b)/i,
  ),
  cue(
    'nurse-understanding',
    0.85,
    // "That fear makes a lot of sense."
    /\b(?:that|it|this)(?: (?:fear|feeling|worry|anger|reaction|guilt|panic))? (?:all )?(?:makes|would make) (?:complete |total |perfect |a lot of )?sense\b/i,
    'statement',
  ),
  cue(
    'nurse-understanding',
    0.8,
    new RegExp(
      anyOf(
        String.raw`\b${ANYONE}(?: in your ${POSITION})?(?: would|'d) (?:be|feel)(?:\s+[\w']+){0,2}?\s+(?:${EMOTION}|the same|too)\b`,
        String.raw`\bwho (?:wouldn't|would not) (?:be|feel)\b`,
      ),
      'i',
    ),
  ),
  cue(
    'nurse-understanding',
    0.8,
    new RegExp(
      anyOf(
        String.raw`\b${ACCEPTABLE} ${TO_FEEL}\b(?! ${SLIGHTLY}?${BODILY_STATE}\b)`,
        String.raw`\bunderstandable\b`,
        // On their side of it: "Honestly, I'd not want to be sat in here either."
        String.raw`\bI(?:'d| would)(?: not|n't) (?:want|like|fancy) (?:to be )?(?:\w+ ){0,5}(?:here|there|that|this) either\b`,
        // "That's a very natural fear", "It's a normal worry to have".
        String.raw`\b(?:that's|that is|it's|it is) (?:a |such a )?(?:very |completely |perfectly |totally )?(?:natural|normal|common) (?:fear|worry|thing to (?:feel|worry about)|feeling|reaction)\b`,
        // What they went through called what it was: "Waiting around at two in the morning is miserable."
        String.raw`\b(?:waiting|being stuck|being kept|sitting) (?:\w+ ){0,6}(?:is|was|must be|sounds) (?:miserable|awful|horrible|rubbish|grim|no fun|exhausting|maddening)\b`,
      ),
      'i',
    ),
  ),
  cue(
    'nurse-understanding',
    0.8,
    new RegExp(
      anyOf(
        String.raw`\bI don't blame you\b`,
        String.raw`\bevery (?:right|reason) to (?:be|feel)\b`,
        String.raw`\bno wonder\b`,
        String.raw`\b(?:it's )?no surprise (?:that )?you\b`,
        String.raw`\byou(?:'re| are) (?:right|entitled) to (?:be|feel)\b`,
        String.raw`\bI can(?:'t|not)? (?:only )?imagine\b`,
        String.raw`\bI (?:can )?(?:see|get) why\b`,
        String.raw`\bI get (?:it|that)\b`,
        String.raw`\bof course you(?:'re| are| feel| would)\b`,
        String.raw`\b${FEELINGS} (?:is|are|'s) ${COMPLETELY}?${JUSTIFIED}\b`,
        String.raw`\byou(?:'re| are) ${ABSOLUTELY}?right\b(?:,| that| and)[^.]*?\b${FAILING}\b`,
        String.raw`\bI know (?:how|just how) ${HARD_FOR_YOU}\b`,
      ),
      'i',
    ),
  ),
  cue(
    'nurse-understanding',
    0.75,
    new RegExp(String.raw`\b(?:this|that|it) must (?:be|have been|feel) ${SO_OR_VERY}?${HARD_THING}\b`, 'i'),
  ),
  // Their reaction made the one anybody would have, in plain words: "Hearing a number like that would frighten
  // anyone", "Any mum would have been terrified", "Lots of families feel guilty", "Course you are", "That's a hell of
  // a thing to wake up to", "That's not daft".
  cue('nurse-understanding', 0.75, LIKE_ANYONE, 'statement'),
];

// Word lists for the patterns below, named so that each pattern reads on a line.
const RIGHT_THINGS = oneOf(
  'everything|all the right|exactly the right|absolutely the right|just the right|the right',
  'so well|really well|well to',
  '(?:a|an) (?:great|brilliant|fantastic|amazing|wonderful|incredible) job',
);
const STRONG_OR_BRAVE = oneOf(
  'strong|brave|patient|amazing|brilliant|wonderful|fantastic|incredible|remarkable|so good',
  'calm|a (?:real |great |huge )?(?:advocate|support|help|rock|star|tower of strength|credit)',
);
const VERY = oneOf('so |incredibly |really |very |amazingly |remarkably |absolutely ');
const RESILIENT = oneOf('strong|brave|courageous|resilient');
const THANKED_FOR = oneOf(
  'telling|sharing|being|speaking|asking|letting|bringing|raising|pointing|flagging|noticing',
  'looking after|caring for|your patience|keeping',
);
const CARED_FOR = oneOf('looking after|looked after|caring for|cared for');
const SO_WELL = oneOf('so well|brilliantly|beautifully|so lovingly');
const ALL_THIS = oneOf('it|this|so much|everything|all (?:of )?this');
const WAS_NOT = oneOf("wasn't|was not|can't have been|cannot have been");
const CLEARLY = oneOf('clearly |obviously |really ');
const TRYING = oneOf('worked|working|tried|trying|fought|fighting|pushed|pushing');
const GREAT_JOB = oneOf('great|brilliant|fantastic|amazing|wonderful|incredible');
const STAYED = oneOf(' been| stayed| sat| stood| remained| were');
const THEIR = oneOf(String.raw`his|her|their|your \w+(?:'s)?`);
const RELATIVE = oneOf(
  'son|daughter|mum|mom|mother|dad|father|wife|husband|partner|parent|carer|brother|sister',
  'friend|family',
);
const DEVOTED = oneOf(
  'devoted|dedicated|caring|loving|attentive|wonderful|brilliant|good|great|lovely|amazing',
  'fantastic',
);
const GOOD_QUESTION = oneOf('good|great|excellent|important|fair|brilliant|sensible');
const QUITE = oneOf('absolutely |completely |quite ');
const SPOKE_UP = oneOf('told|mentioned|said|came|brought|asked|spoke up|raised|rang|called');
const BEFORE_OTHERS = oneOf(
  'before (?:any of us|we did|anyone|anybody|the doctors)|straight away|nobody else',
);
const SAYING = oneOf('saying|telling me|told me|said|noticed');
const IMPORTANT = oneOf('important|helpful|valuable');

// Everyday praise of what someone keeps doing: "Looking after Bill full time takes some doing."
const EVERYDAY_PRAISE = new RegExp(
  anyOf(
    String.raw`\b(?:takes|took|taken) some doing\b`,
    String.raw`\bthat(?:'s| is) (?:some|quite a|a real|a proper) (?:record|achievement|effort|commitment|feat)\b`,
    // "Halving it in six weeks, with nobody making you, is a proper piece of work", "that isn't pretending, that's
    // turning up".
    String.raw`\b(?:is|was|'s) (?:a |quite a |some )?(?:proper|real|fine|great|serious) (?:piece of work|bit of work|going)\b`,
    String.raw`\bthat's (?:turning|showing) up\b`,
    String.raw`\bsays a lot about (?:you|the (?:\w+ )?(?:dad|mum|father|mother|son|daughter|wife|husband|person))\b`,
    String.raw`\byou(?:'ve| have) kept (?:turning up|going|coming|at it|trying)\b`,
    String.raw`\b(?:a|such a) (?:real )?rock\b`,
    String.raw`\bwhat a (?:lovely|good|great|brilliant|thoughtful) idea\b`,
    String.raw`\b(?:good for you|fair play|hats off)\b`,
    String.raw`\byou(?:'ve| have)(?:n't| not) given up\b`,
  ),
  'i',
);

// Strengths and efforts affirmed, in ordinary words: "That's a clear plan, and it's come from you", "that's not
// nothing", "it's taken a fair bit of grit", "You've done nearly a year on your own now".
const AFFIRMED_EFFORT = new RegExp(
  anyOf(
    String.raw`\b(?:that's|that is|it's|that was) (?:a |such a )?(?:really |very |pretty )?(?:clear|good|sensible|clever|brave|big|smart|great|solid|realistic) (?:plan|choice|idea|step|reason|start|place to start|decision|move)\b`,
    String.raw`\b(?:it's|that's|it has|it's all) (?:come|coming) from you\b|\bthat's not nothing\b|\bthat counts\b|\bno small thing\b`,
    String.raw`\b(?:taken|takes|took|shows?|showing) (?:a )?(?:fair bit of |real |some |a lot of )?(?:grit|guts|determination|willpower)\b`,
    String.raw`\byou don't give up\b|\byou(?:'re| are) (?:clearly |really )?capable\b|\byou were (?:really |so )?brave\b`,
    String.raw`\byou(?:'ve| have)? (?:still |already )?(?:kept|got yourself|managed|gone in|been getting|done|carried on)\b[^.?!]{0,60}\b(?:on your own|by yourself|every (?:day|morning|week|single)|all this time|for (?:years|months|a year)|nearly a year)\b`,
    String.raw`\byou(?:'ve| have)? clearly been (?:practising|working|trying)\b`,
    // "You've really thought it through", "That says a lot about how seriously you're taking this", "It's taken
    // something to pick up the phone".
    String.raw`\byou(?:'ve| have) (?:really |clearly |obviously |properly )?thought (?:it|this|that|things) through\b`,
    String.raw`\b(?:that|it) says (?:a lot|something|so much) about (?:you|how (?:much|seriously|hard))\b`,
    String.raw`\b(?:it's|it has|that's|that has) taken (?:something|a lot|some doing|real \w+)\b`,
  ),
  'i',
);

const RESPECTING: readonly Cue[] = [
  cue('nurse-respecting', 0.8, EVERYDAY_PRAISE, 'statement'),
  cue('nurse-respecting', 0.75, AFFIRMED_EFFORT, 'statement'),
  cue(
    'nurse-respecting',
    0.85,
    new RegExp(String.raw`\byou(?:'ve| have)? (?:done|did) ${RIGHT_THINGS}\b`, 'i'),
  ),
  cue('nurse-respecting', 0.7, /\bthe right (?:thing|questions|call|decision)\b/i, 'statement'),
  cue(
    'nurse-respecting',
    0.85,
    new RegExp(
      anyOf(
        String.raw`\byou(?:'ve| have) been ${VERY}?${STRONG_OR_BRAVE}\b`,
        String.raw`\byou(?:'re| are) (?:being )?(?:so |incredibly |really |very )?${RESILIENT}\b(?! enough)`,
      ),
      'i',
    ),
  ),
  cue(
    'nurse-respecting',
    0.8,
    new RegExp(
      anyOf(
        String.raw`\bhow much you (?:care|love)\b`,
        String.raw`\byou (?:clearly|obviously|really) (?:care|love)\b`,
        String.raw`\bI can (?:see|tell) (?:that )?you (?:really |clearly )?(?:love|care)\b`,
        String.raw`\badvocate\b`,
        String.raw`\bI (?:really |truly )?(?:respect|admire)\b`,
        String.raw`\bthat (?:takes|took) (?:real )?(?:courage|strength)\b`,
        String.raw`\b(?:takes|took) (?:a lot of|real|great|so much) (?:courage|guts|strength|bravery)\b`,
      ),
      'i',
    ),
  ),
  cue(
    'nurse-respecting',
    0.75,
    new RegExp(String.raw`\b(?:thank you|thanks) (?:so much |very much )?for ${THANKED_FOR}\b`, 'i'),
  ),
  cue(
    'nurse-respecting',
    0.8,
    new RegExp(
      anyOf(
        String.raw`\b${CARED_FOR} (?:him|her|them|your \w+)(?: [\w']+){0,4}? ${SO_WELL}\b`,
        String.raw`\byou(?:'ve| have)? (?:all )?(?:handled|coped with|managed|faced) ${ALL_THIS}\b`,
        String.raw`\b${WAS_NOT} easy (?:for you )?to (?:say|share|tell|ask|talk)\b`,
        String.raw`\bwith (?:real |such )?(?:grace|courage|dignity)\b`,
        String.raw`\byou(?:'ve| have)? ${CLEARLY}?(?:fought|worked|tried|pushed) ${SO_OR_VERY}?hard\b`,
        String.raw`\bhow hard you(?:'ve| have)? (?:been )?${TRYING}\b`,
        String.raw`\bdone your (?:research|homework)\b`,
        String.raw`\byou(?:'ve| have) kept (?:him|her|them|things|everyone|the family|the house) going\b`,
        String.raw`\b(?:brave|courageous) (?:thing|question|decision)\b`,
        String.raw`\b(?:doing|done) (?:a|such a|an) ${GREAT_JOB} job\b`,
      ),
      'i',
    ),
  ),
  cue(
    'nurse-respecting',
    0.8,
    new RegExp(
      anyOf(
        String.raw`\byou(?:'ve| have)?${STAYED}(?: right)? (?:by|at) ${THEIR} (?:side|bedside)\b`,
        String.raw`\b(?:haven't|have not|never) left (?:his|her|their) side\b`,
        String.raw`\bhow (?:devoted|dedicated|committed|caring|loving) you are\b`,
        String.raw`\b${DEVOTED} ${RELATIVE}\b`,
        String.raw`\byou know (?:him|her|them|your \w+) better than (?:anyone|we do|any of us|anybody)\b`,
        String.raw`\byou ${CLEARLY}?know (?:him|her|them|your \w+) (?:so |really |very )?well\b`,
        String.raw`\b(?:lucky|fortunate) to have (?:you|such)\b`,
        String.raw`\ba credit to\b`,
        String.raw`\bI(?:'m| am) (?:really |so |very )?(?:impressed|amazed|struck) (?:by|with|at)\b`,
        String.raw`\bproud of you\b`,
        String.raw`\bwell done\b`,
        String.raw`\bgood on you\b`,
      ),
      'i',
    ),
  ),
  cue(
    'nurse-respecting',
    0.75,
    new RegExp(
      anyOf(
        String.raw`\b(?:a |such a |that's a |that is a )?(?:really |very )?${GOOD_QUESTION} question\b`,
        String.raw`\byou(?: were| did| are|'re) ${QUITE}?right to\b(?! (?:be|feel)\b)`,
        String.raw`\b(?:glad|pleased) you ${SPOKE_UP}\b`,
        String.raw`\byou (?:noticed|spotted|picked up on|caught|saw)(?: [\w']+){0,4}? ${BEFORE_OTHERS}\b`,
        String.raw`\bthat (?:really )?(?:matters|means) (?:a lot|a great deal|so much|a huge amount)\b`,
        String.raw`\bwhat you(?:'re| are| have|'ve) ${SAYING} (?:really |truly )?(?:matters|is (?:really |so )?${IMPORTANT})\b`,
      ),
      'i',
    ),
    'statement',
  ),
];

// Word lists for the patterns below, named so that each pattern reads on a line.
const WITH_YOU = oneOf('with you|here for you|there for you|by your side');
const NOT_WORD = oneOf("won't|will not|don't|do not|not|never|aren't|are not|isn't");
const WE_ARE = oneOf("I(?:'m| am)|we(?:'re| are)|I(?:'ll| will) be|we(?:'ll| will) be");
const FOR_YOU = oneOf(String.raw` for you| with you| for you and \w+(?: \w+)?`);
const KEEP_ON = oneOf("keep|carry on|continue|won't stop|never stop|not stop");
const CARING = oneOf('looking after|caring for|supporting|taking care of');
const ALL_THE = oneOf('the|all the|what|everything|any');
const YOU_NEED = oneOf('you need|support|help|answers');
const ROUND_THE_CLOCK = oneOf('every (?:minute|hour|moment)|round the clock|around the clock|day and night');
const WATCH_OVER = oneOf('look(?:ing)? after|car(?:e|ing) for|be with|watch(?:ing)? over');
const OUR_TEAM = oneOf('our team|the team|everyone here|all of us|the (?:nurses|staff)');
const TEAM_SUPPORT = oneOf('support|look after|take care of|be there for|help');
const WILL = oneOf("'ll| will| are going to|'re going to| am going to|'m going to");
const STAND_BY = oneOf('support|look after|take care of|be there for|stand by|help');
const PARTICLE = oneOf('to|with|into|onto|up|out|on|off');
const ALWAYS = oneOf('all|always|still|personally');
const SUPPORTED = oneOf('supported|looked after|not alone|cared for|(?:all )?the support');
const SOMEONE_HERE = oneOf('someone|somebody|a nurse|one of us|a member of (?:the )?staff|one of the nurses');
const STAYS = oneOf('is|stays|will be|can be|can stay');
const LATER = oneOf('when|once|after|as soon as|in|later|with|to|at|tomorrow|tonight');
const REACH_US = oneOf('ring|call|phone|contact|message|page|find|come to|talk to|speak to|come straight to');
const ANY_TIME = oneOf('any ?time|whenever|day or night|at any point|with anything');
const NEVER = oneOf("won't|will not|not going to|never going to|I'll never");
const NEARBY = oneOf('outside|nearby|close by|around|next door|down the corridor|at the desk');

// Help promised in deeds: "You can ring the unit any time, day or night", "We'll do this with you", "I'll be just
// outside", "You won't be doing this on your own", "nothing gets decided without you", "you'll have my number".
const HELP_IN_DEEDS = new RegExp(
  anyOf(
    String.raw`\b(?:ring|call|phone) (?:me|us|the unit|the ward|this number)\b[^.]{0,40}\b(?:any ?time|day or night|any day|twenty-four hours)\b`,
    String.raw`\bwe(?:'ll| will) (?:do|get through|face) (?:this|it) (?:\w+ ){0,2}with you\b`,
    String.raw`\bI(?:'ll| will) be (?:there|in the room|right here|just outside|beside)\b|\bI(?:'m| am) right (?:here|beside)\b`,
    String.raw`\b(?:won't|will not) (?:be|have to)\b[^.]{0,30}\bon your own\b|\bwithout you\b`,
    String.raw`\byou(?:'ll|'ve got| will| have) (?:my|our) (?:direct |mobile )?(?:number|mobile)\b|\bat your (?:own )?pace\b`,
    // The learner's own time given: "I'll ring you back myself by four", "I'll come to that meeting with you".
    String.raw`\bI(?:'ll| will) (?:ring|call|phone) you (?:back )?myself\b|\bI(?:'ll| will) come (?:to|along to|in to) (?:that|the) (?:meeting|appointment|clinic)(?: with you)?\b`,
  ),
  'i',
);

/** Guilt lifted: "None of this is your fault", "Nothing you did or didn't do caused this." */
const NOT_YOUR_FAULT =
  /\b(?:none of (?:this|it)|this|it|that) (?:is|was|isn't|wasn't)(?: not)? (?:in any way )?your fault\b|\bnothing you (?:did|could have done|said)\b[^.?!]{0,40}\b(?:caused|would have changed|made)\b/i;

const SUPPORTING: readonly Cue[] = [
  cue('nurse-supporting', 0.75, HELP_IN_DEEDS, 'statement'),
  cue('nurse-supporting', 0.8, NOT_YOUR_FAULT, 'statement'),
  cue(
    'nurse-supporting',
    0.85,
    new RegExp(
      anyOf(
        String.raw`\b(?:be|stay|remain) (?:right )?${WITH_YOU}\b(?! in (?:a|one) (?:minute|moment|second|sec)\b)`,
        String.raw`\bevery step of the way\b`,
      ),
      'i',
    ),
  ),
  cue(
    'nurse-supporting',
    0.85,
    new RegExp(String.raw`\b${NOT_WORD}\b(?:\s+[\w']+){0,8}?\s+(?:alone|on your own|by yourself)\b`, 'i'),
    'statement',
  ),
  cue(
    'nurse-supporting',
    0.8,
    new RegExp(
      anyOf(
        String.raw`\b${WE_ARE}(?: all)? (?:still |right )?here${FOR_YOU}?(?=,|\.|$| and\b| if you need| whenever| any ?time)`,
        String.raw`\bnot going anywhere\b`,
        String.raw`\b(?:I(?:'m| am)|we(?:'re| are)) (?:all )?here (?:for|to support|to help) you\b`,
        String.raw`\bwhat we(?:'re| are) here for\b`,
        String.raw`\bon your side\b`,
        String.raw`\blean on (?:us|me)\b`,
      ),
      'i',
    ),
  ),
  cue(
    'nurse-supporting',
    0.85,
    new RegExp(
      anyOf(
        String.raw`\b${KEEP_ON} ${CARING} (?:you|him|her|them|your \w+)\b`,
        String.raw`\bmake sure (?:that )?you (?:get|have) ${ALL_THE} (?:\w+ )?${YOU_NEED}\b`,
        String.raw`\bask for me\b`,
        String.raw`\b${WATCH_OVER} (?:you|him|her|them)(?: [\w']+){0,2}? ${ROUND_THE_CLOCK}\b`,
        String.raw`\bI(?:'ll| will| can|'m going to| am going to) (?:sit|stay|wait) (?:here )?with you\b`,
        String.raw`\b${OUR_TEAM}(?:'ll| will| are going to) ${TEAM_SUPPORT} you\b`,
        String.raw`\b(?:won't|will not|never|not going to) (?:abandon|desert|give up on) (?:you|him|her)\b`,
        String.raw`\b(?:we|I)${WILL} (?:${ALWAYS} )?${STAND_BY} (?:you|him|her|them|your \w+)\b(?! ${PARTICLE}\b)(?!,? but\b)`,
        String.raw`\b(?:make sure|ensure) (?:that )?(?:you(?:'re| are)|you (?:have|get)) ${SUPPORTED}\b`,
        String.raw`\b(?:make sure|ensure) (?:that )?${SOMEONE_HERE} ${STAYS} (?:with|here for) you\b`,
      ),
      'i',
    ),
  ),
  cue(
    'nurse-supporting',
    0.8,
    new RegExp(
      anyOf(
        String.raw`\b(?:do|get through|face|work through|go through) (?:this|it|all this) together\b`,
        String.raw`\bwe(?:'ll| will) do this together\b`,
        String.raw`\bin this together\b`,
        String.raw`\b(?:keep|be) checking (?:in )?on (?:you|him|her|them|your \w+)\b`,
        String.raw`\bI(?:'ll| will) (?:come back|pop back|check in)\b(?! ${LATER}\b)`,
        String.raw`\b(?:help|get|see) you through (?:this|it)\b`,
      ),
      'i',
    ),
  ),
  cue(
    'nurse-supporting',
    0.8,
    new RegExp(
      anyOf(
        String.raw`\b${REACH_US} (?:me|us)(?: [\w']+){0,3}? ${ANY_TIME}\b`,
        String.raw`\b(?:we|I)(?:'ll| will|'re| are| am|'m)? (?:going to )?(?:do|doing) (?:everything|all|whatever) (?:we|I) (?:can|possibly can)\b`,
        String.raw`\bI(?:'ll| will) be your (?:main |named |key )?(?:contact|point of contact|key worker)\b`,
        String.raw`\bwe(?:'re| are) with you\b`,
        String.raw`\bwhatever you need\b`,
        String.raw`\b(?:count|rely|depend) on (?:us|me)\b`,
        String.raw`\b(?:I'm|I am|we're|we are) always here\b`,
        String.raw`\bin your corner\b`,
        String.raw`\bdoor is always open\b`,
        String.raw`\bwe(?:'ll| will)\b[^.]*\btogether\b`,
        String.raw`\bget through (?:this|it) with you\b`,
        String.raw`\b${NEVER} leave you\b(?! (?:to|with|here|for|in|on))`,
        String.raw`\bcall on (?:us|me)\b`,
        String.raw`\bI(?:'ll| will) be (?:just )?${NEARBY}(?: [\w']+){0,2}? if you need\b`,
        String.raw`\bget you (?:all )?(?:the )?(?:help|support) (?:you need)?`,
        String.raw`\bI(?:'ll| will) be (?:right )?here when you\b`,
        String.raw`\b(?:stay|be here|be with you) (?:for )?as long as you (?:need|want|like)\b`,
        String.raw`\b(?:take|have) (?:all )?(?:the|whatever) time you need\b`,
        String.raw`\bthere's no (?:rush|hurry)\b`,
        // "We can sit here as long as you need", "we can stay as long as you like".
        String.raw`\b(?:sit|stay|wait) (?:here )?(?:for )?as long as you (?:need|want|like)\b`,
        String.raw`\b(?:you have|I give you|you've got) my word\b`,
        String.raw`\byou(?:'ve| have) got (?:us|me)\b`,
        String.raw`\b(?:stay|be|remain) (?:right )?here (?:with|for|beside) you\b`,
        String.raw`\b(?:sort|figure|work) (?:this|it|things) out together\b`,
        String.raw`\b(?:done|doing) everything (?:we|I) (?:can|possibly can) (?:to|for)\b`,
        String.raw`\bI(?:'m| am) with you\b(?! in (?:a|one))`,
      ),
      'i',
    ),
  ),
];

// Word lists for the patterns below, named so that each pattern reads on a line.
const WORRIES = oneOf('worries|fears|concerns|feelings|thoughts');
const HARDEST = oneOf(
  'hardest|worst|most (?:difficult|frightening|worrying|upsetting)|scariest|biggest worry',
);
const COPING = oneOf(
  'feeling|coping|doing|holding up|managing|in yourself',
  'finding (?:this|it|all|things|everything)',
);
const ALL_OF_THIS = oneOf('that|this|it|all this|all of this');
const FAMILY = oneOf(
  'everyone|the (?:rest of the )?family|your (?:family|children|kids|husband|wife|partner)',
  'the kids',
);
const OUT_THERE = oneOf('outside|out there|today|on');
const WORRIED = oneOf('worried|frightened|scared|concerned|anxious|afraid');

// What it is like for them, asked in everyday words: "What's getting to you most?", "What went through your mind
// when he shouted?", "What have you been picturing?", "How's the waiting been?", "Tell me what it was like for you."
const WHAT_ITS_LIKE = new RegExp(
  anyOf(
    String.raw`\bwhat(?:'s| is) (?:getting to|eating at|bothering|eating) you\b|\bwhat(?:'s| is) the (?:bit|part|thing) (?:that(?:'s| is| keeps)? )?(?:getting to|going round|stuck|bothering|worrying)`,
    String.raw`\bwhat (?:went|goes|is going|'s going|has been going) (?:through|round) your (?:mind|head)\b`,
    String.raw`\bwhat (?:are|were|have) you (?:been )?picturing\b|\bwhat (?:do )?you replay\b`,
    String.raw`\bwhat (?:have|has|'s) (?:the|these) (?:last |past )?(?:few )?\w+(?: \w+)? been like\b|\bhow(?:'s| has) the (?:waiting|wait|nights?|weeks?|days?|evenings?|weekend|time|not sleeping) been\b`,
    String.raw`\bwhat does (?:it|that) feel like\b|\bwhat(?:'s| is) behind (?:the|that|your) question\b|\bhow are you (?:actually|really|both) (?:doing|coping)\b`,
    String.raw`\btell me what (?:it|that|this) (?:was|is|'s|has been) like\b`,
  ),
  'i',
);

const EXPLORING: readonly Cue[] = [
  cue('nurse-exploring', 0.8, WHAT_ITS_LIKE),
  cue(
    'nurse-exploring',
    0.85,
    new RegExp(
      anyOf(
        String.raw`\b(?:tell me|say|talk) (?:a (?:bit|little) )?more\b`,
        String.raw`\bmore about what you mean\b`,
        String.raw`\b(?:tell me|talk me through|share) (?:\w+ ){0,3}?(?:your|those|these|the) ${WORRIES}\b`,
      ),
      'i',
    ),
    'question',
  ),
  cue(
    'nurse-exploring',
    0.85,
    new RegExp(
      anyOf(
        String.raw`\b(?:going through|on|in) your (?:mind|head)\b`,
        String.raw`\bgoing on for you\b`,
        String.raw`\bwhat(?:'s| is| are| was)(?: been)? (?:the )?${HARDEST}\b`,
        String.raw`\byour (?:biggest|main|greatest) (?:worry|fear|concern|worries|fears|concerns)\b`,
      ),
      'i',
    ),
    'question',
  ),
  cue(
    'nurse-exploring',
    0.85,
    new RegExp(
      anyOf(
        String.raw`\b(?:frightens|scares|worries|concerns|upsets|bothers|troubles) you\b`,
        String.raw`\bwhat are you (?:most )?(?:worried|frightened|scared|concerned|afraid) (?:about|of)\b`,
        String.raw`\b(?:worrying|frightening|bothering|troubling|upsetting|scaring) you\b`,
        String.raw`\b(?:scared|frightened|afraid) of what\b`,
      ),
      'i',
    ),
    'question',
  ),
  cue(
    'nurse-exploring',
    0.8,
    new RegExp(
      anyOf(
        String.raw`\bwhat (?:do|did) you mean\b`,
        String.raw`\bhow (?:are|were) you ${COPING}\b`,
        String.raw`\bhow (?:have|had) you been (?:feeling|coping|doing|managing|holding up)\b`,
        String.raw`\bhow you(?:'re| are) (?:feeling|coping|doing|holding up|managing)\b`,
        String.raw`\bhow (?:does|did|do) (?:that|this|it|you) (?:make you feel|feel)\b`,
        String.raw`\bwhat(?:'s| has| was| is) ${ALL_OF_THIS} (?:been )?like for you\b`,
        String.raw`\b(?:affecting|affected|impacting) you\b`,
        String.raw`\bwhat(?:'s| is) making you (?:feel|say)\b`,
        String.raw`\bwhat makes you (?:feel|say)\b`,
        String.raw`\bhow(?:'s| is| are) ${FAMILY} (?:coping|doing|holding up|taking it|managing)\b`,
        String.raw`\bwhat does (?:that|this|it) mean (?:to|for) you\b`,
        String.raw`\bhow (?:has|is|was) ${THIS_OR_THAT} (?:been )?(?:for you|affecting you)\b`,
        String.raw`\bwhat you(?:'re| are) feeling\b`,
        String.raw`\bhow are you really\b`,
        String.raw`\bwhat(?:'s| was| has| is) (?:that|it|this|all this) (?:been )?like\b(?! ${OUT_THERE})`,
        String.raw`\bwhat are you feeling\b`,
        String.raw`\byou(?:'re| are) (?:most )?${WORRIED} (?:about|of)\b`,
      ),
      'i',
    ),
    'question',
  ),
];

export const NURSE_CUES: readonly Cue[] = [
  ...NAMING,
  ...UNDERSTANDING,
  ...inStatements(RESPECTING),
  ...inStatements(SUPPORTING),
  ...EXPLORING,
];
