// Shapes of harm no phrase list can enumerate, by kind, for harm-lexicon.ts: patterns read on one normalised
// sentence (lower-case, punctuation other than ' and ? dropped, padded with spaces).

import type { HarmKind } from '../content/harm-kinds.ts';

/** Words between "you're" and a label: "you're clearly drunk", "you're being dramatic". */
const LABEL_HEDGES = [
  'clearly ',
  'obviously ',
  'just ',
  'being ',
  'acting ',
  'behaving ',
  'a bit ',
  'so ',
  'very ',
  'really ',
].join('|');
/** Labels put on a person instead of what they feel. */
const LABELS = [
  'like a (?:child|baby|toddler)',
  'drunk',
  'pathetic',
  'childish',
  'stupid',
  'impossible',
  'a nuisance',
  'a pain',
  'psychotic',
  'paranoid',
  'hysterical',
  'mad',
  'crazy',
  'mental',
  'delusional',
  'an alcoholic',
  'an addict',
  'a drunk',
  'attention seeking',
  'manipulative',
  'aggressive',
  'difficult',
  'ridiculous',
  'unreasonable',
  'dramatic',
  'overreacting',
  'high',
  'off your head',
  'off his head',
  'off her head',
].join('|');
/** Colleagues and departments a fault can be laid on. */
const COLLEAGUE_GROUPS = [
  'ed',
  'a and e',
  'a e',
  'emergency department',
  'day',
  'night',
  'other',
  'previous',
  'weekend',
  'ambulance',
  'lab',
  'laboratory',
  'junior',
  'agency',
  'gp',
  'locum',
  'triage',
].join('|');
/** The role after the group: "night team", "ambulance crew". */
const COLLEAGUE_ROLES = [
  'team',
  'staff',
  'doctor',
  'doctors',
  'nurse',
  'nurses',
  'crew',
  'department',
  'registrar',
  'shift',
  'people',
].join('|');
/** What the colleague is said to have done wrong. */
const FAULT_VERBS = [
  'should have',
  "shouldn't have",
  "should've",
  'missed it',
  'messed up',
  'dropped the ball',
  'got it wrong',
].join('|');

/** "A bit of a", "one of those", "a known": what comes before a label for a person. */
const LABEL_ARTICLES = [
  'a',
  'an',
  'the',
  'one of those',
  'one of the',
  'a bit of a',
  'a right',
  'a real',
  'a proper',
  'a classic',
  'a known',
  'always a',
  'always been a',
].join('|');
/** Names for a person instead of what they feel. */
const LABEL_NOUNS = [
  'moaner|complainer|whinger|worrier|hypochondriac|hysteric|drama queen|troublemaker|kicker off|bed blocker|blocker',
  'self harmer|attention seekers?|time wasters?|frequent flyer|awkward one|difficult one|manipulative one',
  'difficult patient|sensitive types?|anxious mums?|worried well|so and so',
].join('|');

/**
 * General shapes by kind, each a list of patterns read on one normalised sentence (lower-case, punctuation other than
 * ' and ? dropped). Written to catch new wording of the same move, not one phrase.
 */
const GENERAL_SHAPES: Readonly<Record<HarmKind, readonly RegExp[]>> = {
  threat: [
    // A consequence tied to their behaviour: "Keep refusing the tablets and we'll…", "One more outburst and you'll…",
    // "Miss this appointment again and you'll be discharged".
    /^(?: \w+){0,2} (?:keep|one more|any more|miss|swear|turn|refuse|do that|try that)\b.{0,60}\b(?:and|or) (?:we'll|we will|you'll|you will|i'll|i will|don't expect)\b/,
    // "…we'll have no choice but to stop visits", "we'll be asking whether it's safe for you to take him home".
    / (?:we'll|we will|i'll|i will) have (?:no choice|to) (?:but to )?(?:stop|involve|call|report|section|discharge|restrain|sedate|remove|ban|document)\b/,
    / (?:involve|call in|ring|refer to) (?:safeguarding|social services|the police|security|your employer)\b/,
    / (?:you'll|you will) (?:lose your place|find it takes|be discharged|be getting something)\b/,
    // A choice given with its penalty: "That's up to you, but if you leave you go to the back of the list".
    / if you (?:leave|go|walk out|refuse|don't|do not)\b.{0,40}\b(?:back of the (?:list|queue)|lose your (?:place|slot|appointment|bed))\b/,
    / (?:think (?:very )?carefully before|i'd hate for us to have to|won't look good for you|we keep notes on)\b/,
    // Force sent for, or dared: "we may have to send the police round", "Don't make me send security after you", "if
    // you're going to shout at me you can wait outside".
    / send (?:the )?(?:police|security)\b| don't make me\b| if you're going to (?:shout|swear|kick off|carry on|be like that)\b.{0,40}\b(?:wait outside|leave|go|out)\b/,
    / you'll lose your (?:licence|place|bed|job)(?: anyway)?\b| (?:i'll|we'll|i will|we will) (?:get (?:the|a) (?:nurse|doctor) to )?give (?:you|him|her) something to calm (?:you|him|her) down\b/,
    // Sedation for the ward's sake: "something to knock him out".
    / something to knock (?:him|her|you|them) out\b/,
    // Sanctions said as regret: "I'd hate for security to have to get involved", "I'd really hate for this to end with
    // you being asked to leave".
    / i'd (?:really )?hate for (?:security|the police|this to end|you to be)\b/,
    // A danger held over them: "If you go up that top field in March, it'll be Glenys finding you in the hedge, and I
    // don't think you want that".
    / (?:it'll|it will|you'll|you will)\b.{0,80}\band i don't think you(?:'d)? want (?:that|this)\b/,
    // Force named as the other arm of a choice, or the sanction left unsaid: "sit down on that chair or I ring the
    // transport police", "step back or I can radio security", "that's a breach, and you know what happens then", "I
    // can't give you anything if you're going to be like that".
    / or i(?:'ll| will| can| could)? (?:ring|call|radio|phone|bleep|get|fetch) (?:the )?(?:\w+ )?(?:security|police|officers)\b| and you know what (?:happens|comes next)\b| if you're going to be like (?:that|this)\b/,
  ],
  coercion: [
    // Ordered back like a dog: "Mr Barker. Back on the trolley, please. Now." ("You sit back on the trolley, I bring
    // the blanket…" offers a deal.)
    /^ (?:(?:oi|right|now|come on) )?(?:(?:mr|mrs|ms|miss) \w+ )?back on (?:the|that|your) (?:trolley|bed|chair)\b/,
    // A complaint talked down: "honestly a complaint would only upset your mum more".
    / (?:a |any )?complaint (?:would|will|might) only\b/,
    // Going decided for them, then a choice only of how: "you do need to go in, so shall we do the chair or the stretcher?"
    / you (?:do |really |definitely )?need to (?:go|come) in\b.{0,60}\b(?:shall|do you want|would you like) (?:we|to|me)\b.{0,40}\bor\b/,
    // A choice whose arms end the same ("either come in with us now, or we get you comfy first and then you come in").
    / either\b.{0,60}\bor\b.{0,60}\bthen (?:you|we)(?:'ll| will)? (?:come|go|take you|bring you|do it)\b/,
    // A choice that is running out, or an answer already known for them: "…by mouth now, while it's still your
    // choice", "Part of you already knows what the right thing to do is", "It sounds like part of you knows the
    // injection is what's kept you out of hospital" (but not both sides of them: "part of you wants…, and part of you
    // knows…").
    / while (?:it's|it is) still your (?:choice|decision)\b| (?:you|deep down)(?: already)? knows? what the right (?:thing|decision|choice) (?:to do )?is\b|(?<!\bpart of you\b.{0,80}) part of you (?:already )?knows\b/,
    // Their own words turned into the learner's answer: "You said you want to feel calmer, didn't you?", "…the
    // sensible thing is to keep things stable".
    / you said you (?:want|wanted|would)\b.{0,40}\b(?:didn't|don't|wouldn't) you\b| the sensible thing (?:is|would be)\b/,
    / yes or (?:a )?no\b| (?:need|want) (?:an answer|a decision|a yes)\b| now or never\b| (?:that's|and) that $/,
    / if you (?:really|truly) (?:loved|cared|wanted)\b| (?:a|any) (?:decent|good|sensible|proper|responsible) (?:daughter|son|mother|mum|father|dad|wife|husband|person|parent) (?:would|wouldn't|should|shouldn't|does|doesn't|knows|wants|needs)\b/,
    / be a good (?:lad|girl|boy|lass)\b| (?:decision|choice)(?:'s| has| is) (?:been )?(?:made|taken)\b| nothing (?:for you )?to decide\b/,
    / i(?:'m| am) not leaving (?:until|till)\b| just sign\b| (?:roll|pop) your (?:sleeve|signature)\b| stop (?:all )?(?:this|the) dithering\b/,
    / you(?:'re| are) having (?:the|your|it|this|an?)\b.{0,25}\b(?:now|today|tomorrow|this morning)\b| you'll be having yours\b/,
    / (?:already|have) (?:booked|told|agreed|arranged)\b.{0,40}\bso (?:there's nothing|let's not|we'll be going ahead)\b| agreed on your behalf\b/,
    // A choice made for them: "Most people go for tablets, so shall I just book that?", "I'd go for the op if I were
    // you", "I need to put something on the system".
    / shall i just (?:book|put|sign|go ahead|arrange|do)\b| (?:go for|choose|pick|have|take) (?:the )?\w+ if i were you\b| if (?:i were you|it (?:were|was) me) i(?:'d| would) (?:go for|choose|pick|have|take|get|do)\b| (?:i|we) need to (?:put|write|tick|enter) something (?:on|in|down)\b/,
    / you can't (?:go|leave)(?: yet| now| home)? $| you can't (?:just )?take (?:that|it) back\b/,
    / i'd stay put if i were you\b| think how (?:let down|upset|disappointed)\b| don't overthink it\b| no need to read\b/,
    // Silence or a nod taken as consent, the choice booked for them, or talked over: "I'll take that as a yes", "I'll
    // put you down for those, shall I?", "Mr Okafor, let me finish."
    // Their answer put in their mouth, or their choice made by guilt: "You don't really want to see him, do you?",
    // "your parents would want you to stay, wouldn't they?", "It's for your own good", "Turn your pockets out".
    // ("Seeing him like this…" is said kindly as often as not, so it is no shape.)
    / you don't really want to\b| would want you to (?:stay|have|do|take|go)\b.{0,20}\bwouldn't (?:they|she|he)\b| for your own good\b| turn (?:your|out your) pockets\b/,
    / (?:i'll|i will) take (?:that|your silence|it|this) as a yes\b| let me finish\b| (?:put you down|book you in|sign you up|pencil you in) for (?:those|that|them|the \w+|\w+) shall i\b/,
    // Ordered about like a child, or the choice made for them: "you can't go wandering about", "so sit back", "you'll
    // need to pack that in", "that'll have to stop as of today", "Shall I write them up now?", "Think about what this
    // would do to your mum".
    / you can't (?:go )?(?:wandering|walking|running|roaming) (?:about|around|off)\b| so sit (?:back|down|still)(?: now)? $/,
    / (?:need to|have to|got to|gonna have to|going to have to) (?:pack (?:that|it|this) in|knock (?:that|it|this) on the head)\b| (?:will|'ll) have to stop (?:as of )?(?:today|now|right now|immediately|tonight)\b/,
    / nothing (?:further|more|else) to discuss\b| (?:is|'s) not happening so\b| (?:that's|this is) not up for (?:discussion|debate)\b/,
    // Their answer given them as something they already know: "you know the classes are the answer", "the classes are
    // how you'll make sure you're there for the wedding".
    / you know (?:the|that|this|your) (?:\w+ ){0,2}(?:is|are) (?:the (?:answer|way forward|right thing|best thing|only way)|what you need)\b| (?:is|are) how you(?:'ll| will) (?:make sure|get|stay|keep)\b/,
    // A choice whose other half is a penalty, or praise that puts a duty on them: "either step out and let me get on,
    // or she can go without her medicine", "You've been so strong for her, and you just need to keep that up".
    / either\b.{0,60}\bor (?:she|he|you|they|your \w+)(?: can| will|'ll)? (?:go without|goes without|miss|misses|lose|loses|not get|do without|does without)\b| keep (?:that|it) up\b.{0,40}\bneeds? (?:you|him|her|them)\b| needs? (?:you|him|her|them) (?:now )?more than ever\b/,
    / shall i (?:just )?write (?:them|it|that|you) up(?: now| then)?\b| (?:think|thought) (?:about )?what (?:this|that|it) (?:would|will|'d|'ll) do to (?:your|him|her|them)\b/,
    // Orders, bare or polite, and the way out closed: "Pick that bin up first", "Back in bed. Now.", "No. Not happening.
    // Sit there.", "You must understand that you cannot simply leave", "Chloe, you're not leaving", "Most people just go
    // for the tablets, it's what I'd do".
    / pick (?:that|the|those|this) (?:\w+ )?up\b| pick up the (?!phone\b)\w+ and\b| back (?:in|into) bed\b.{0,20}\b(?:now|come on)\b|^ back in bed $|^ (?:\w+ )?sit there $| you can't be doing that\b/,
    /\bnot happening\b| you (?:can't|cannot) (?:simply |just )?walk out\b| you (?:can't|cannot) (?:simply|just) (?:leave|go)\b/,
    /^ (?:but |so |and )?you (?:can't|cannot) (?:go|leave)\b(?! in\b| through\b| there\b)(?!.*\bbut\b)| you(?:'re| are) not leaving\b| (?:must|need to) understand that you (?:can't|cannot)\b/,
    / most people (?:just )?(?:go for|choose|pick|opt for)\b| (?:it's|that's) what i'd do\b/,
    // Their answer put to them as the only one, or a choice whose other arm is to go: "You don't want to be sat at
    // home bleeding for weeks, do you?", "either sit down quietly or you can take her somewhere else".
    / you don't want to (?:be|end up|sit|spend|go|have|wait|lie)\b.{0,60}\bdo you\b/,
    / (?:sit down|calm down|quiet(?:ly)?|behave|wait your turn)\b.{0,40}\bor (?:(?:you can |you could )(?:take (?:\w+ ){1,2}somewhere else|go elsewhere|go somewhere else|leave)|take (?:\w+ ){1,2}somewhere else|go elsewhere)\b/,
    // A choice whose other arm is a refusal put on record: "you let me do your observations quietly, or I write down
    // that you refused", "It's the only choice you're getting."
    / or (?:i|we)(?:'ll| will)? (?:write|put|record|note|document)(?: it)?(?: down)?(?: that)? you(?:'ve| have)? (?:refused|declined)\b| the only (?:choice|option) you(?:'re| are) getting\b/,
    // Care held back until they comply: "I'll sort his sheets when you've put that phone down".
    / (?:i'll|i will|we'll|we will) (?:\w+ ){1,5}(?:when|once) you(?:'ve| have) (?:put (?:that|the|your|this) (?:\w+ )?down|stopped|calmed down|sat down)\b/,
    // Told to calm down: "Calm down, Jamal.", "Right, calm down."
    /^ (?:(?:just|please|now|ok|okay|right) )?calm down\b/,
  ],
  labelling: [
    // A person called by their case or cast as trouble: "You're the ten-weeker with the bleed?", "So which one of you
    // is causing all the trouble?"
    / \w+ weeker\b| causing (?:all )?(?:the|this) (?:trouble|bother|fuss)\b/,
    // A label given as the reason: "Has he got dementia? Because he's acting like it."
    / because (?:he|she|you|they)(?:'s|'re| is| are) (?:acting|behaving) like (?:it|one|that|a)\b/,
    new RegExp(
      ` (?:you're|you are|he's|he is|she's|she is|they're|they are) (?:${LABEL_ARTICLES}) (?:\\w+ ){0,2}?(?:${LABEL_NOUNS})\\b`,
    ),
    / (?:you're|you are|he's|she's|she is|he is) (?:being )?(?:a bit )?(?:awkward|stubborn|demanding|manipulative|hysterical|needy|precious|difficult|non compliant|noncompliant)\b/,
    / (?:that's|that is|you're being|you are being) (?:really |very |so |pretty |quite |a bit |a little |just |frankly )?(?:irresponsible|selfish|reckless|childish|pathetic)\b| (?:you've|you have|have you just|you've just) been kicking off\b| complaints about your\b/,
    // A label put on someone in the third person or on what they feel: "The brother's a bit aggressive", "that's a bit
    // of denial, that", "Most lads your age who end up in here have".
    new RegExp(
      [
        String.raw` (?:the|your) (?:brother|sister|husband|wife|son|daughter|mum|dad|mother|father|patient|partner|boyfriend|girlfriend)(?:'s| is) (?:a bit |very |quite |being )?(?:aggressive|difficult|hysterical|awkward|demanding|dramatic|paranoid|drunk)\b`,
        String.raw` (?:that's|that is|you're|you are|it's|this is) (?:a bit of |just |classic |typical |in )?denial\b`,
        String.raw` (?:lads|girls|people|kids|men|women|blokes) (?:your age|like you) who\b`,
      ].join('|'),
    ),
    // "Is he always this lairy?", "Bit of an attention-seeker?", "I can smell it from here", "kicking bins over is
    // what toddlers do".
    new RegExp(
      [
        String.raw` (?:people|relatives|patients|parents|families|lads|women|men|girls|blokes) like you (?:are|is|always|never)\b`,
        String.raw` (?:is|are) (?:he|she|you) always this\b`,
        String.raw` (?:bit of an?|a right|a real) (?:attention seeker|drama queen|worrier|moaner)\b`,
        String.raw` i can smell it\b`,
        String.raw` (?:is|are) what (?:toddlers|kids|children|babies) do\b`,
      ].join('|'),
    ),
    // Crude words for drunk: "you just fell over pissed?" ("pissed off" is angry, and can be named kindly.)
    / (?:you|he|she)\b.{0,30}\b(?:pissed(?! off)|hammered|off (?:your|his|her) (?:face|head|tits)|legless|plastered|steaming)\b/,
    / (?:all the same|personality disorder talking|can't be bothered|not a scrap of sense|classic case of|you fit the bill|non compliant|noncompliant|serial complainer)\b/,
    // "you reek of it", "She's not really safe left to her own devices", "We can't have dementia patients out on the
    // roads", "You can't be babysitting her every night".
    / (?:you|he|she|they) (?:reek|reeks|stink|stinks) (?:of|like)\b| safe left to (?:her|his|their|your) own devices\b| we can't have (?:\w+ ){1,2}(?:patients|people) \w+\b| babysit(?:ting)? (?:her|him|them|you)\b/,
    // "a classic picture of psychosis", "it's pretty obvious", "Don't bother lying", "secret drinkers", "You look like
    // you're about to lose it", "bothering the nurses", "is this about attention?"
    / classic (?:picture|presentation) of\b| (?:it's|it is) (?:pretty|quite|very|so|blindingly) obvious\b| don't bother lying\b| secret drinkers?\b| about to lose it\b/,
    / bothering the (?:nurses|staff|doctors)\b| (?:about|for) (?:the )?attention\?| silly (?:you're|you are)\b/,
    // Their distress called a fuss, or a label passed on as fact: "I hear we've been making a bit of a fuss?", "Nurse
    // says you're kicking off?", "So triage says you're suicidal?", "Right, Mum-to-be.", "you're basically
    // hooked on it".
    / making (?:a bit of |such |a real |all )?(?:a )?fuss\b| you(?:'re| are) (?:basically |just |clearly |obviously )?(?:kicking off|suicidal|psychotic|hooked|addicted)\b|^ (?:\w+ )?mum to be\b| you're (?:the )?mum to be\b/,
    // Self-harm asked about as a taunt: "Did she fall, or did she throw herself down them?"
    / did (?:she|he|you) (?:just )?throw (?:herself|himself|yourself) (?:down|off|in front)\b/,
    / (?:second|third|fourth|fifth) one (?:this|today|tonight)\b/,
  ],
  dismissal: [
    // Their question walled off: "I'm not able to discuss the emergency department attendance; that sits with a
    // separate governance process."
    / (?:i'm|i am|we're|we are) (?:not able|unable) to (?:discuss|go into|talk about)\b| sits with (?:a |the )?(?:separate|different|another) (?:\w+ )?(?:process|team|department|procedure)\b/,
    // A need put off until it suits staff: "You'll get your call when the sergeant says, not when you shout for it."
    / not when you (?:shout|scream|yell|demand|kick off|swear|bang|ask nicely)\b/,
    // Colleagues defended before anything is known: "I'm sure the team in A&E did everything they could".
    / i'm sure (?:the|they|he|she|everyone|everybody)\b.{0,40}\bdid (?:everything|all|their best|what) (?:they|he|she) (?:could|can)\b/,
    // A question answered for them: "How are you feeling? All right? Good.", "Any questions? No? Great."
    /\?(?: (?:no|yes|yeah|none|nothing|all right|alright|ok|okay|fine)\??)? (?:good|great|lovely|perfect|brilliant|grand|fab|super|excellent|marvellous)(?: then)? $/,
    // Their worry made small: "What are you so worried about?", "What's he getting so worked up about?"
    / what(?:'s| is| are) (?:you|he|she|they) (?:getting |being )?(?:so|all) \w+(?: \w+)? (?:about|for|of)\b/,
    // The learner's impatience: "So what is it you want from me?", "What are you after, an apology?"
    / what (?:is it|exactly) (?:do )?(?:you|they) want from (?:me|us)\b| what (?:is it|exactly is it|do) (?:you|they) actually want\b| what do you want from (?:me|us)\b|^ (?:so |right |well |and )?what (?:is it |exactly )?(?:are you|you're|you are) after\b/,
    // Their fear hurried past: "Let's not get too carried away", "no need to be thinking about that yet".
    / (?:let's not|don't|no need to) (?:get )?(?:too |so )?(?:carried away|ahead of (?:yourself|ourselves))\b| no need to (?:be )?(?:thinking|think|worrying|worry) about (?:that|this|it)\b/,
    // Their account written off before it is given, or their distress made a nuisance: "And don't say forgetting
    // things, everyone says that", "There are actually sick people in here."
    / every(?:one|body) says that\b| there are actually (?:sick|ill|poorly|other) people\b| (?:sick|ill|poorly) people in here\b/,
    // The matter passed on: "If you want to complain, that's PALS, not me." ("…so it's a doctor deciding, not me" hands
    // a decision up, kindly.)
    / that's (?:\w+ ){1,2}not me $| (?:talk|speak|complain|go) to (?:\w+ ){1,3}not me $/,
    // Disbelief put as a question: "Right, but you're not actually going to do anything, are you?"
    / you're not (?:actually|really) going to (?:do|try) anything\b/,
    // Told to stop: "Can you not interrupt?", "Could you stop shouting so we can talk?"
    / (?:can|could|would|will) you (?:just |please )?(?:not (?:interrupt|shout|talk over)|stop (?:interrupting|shouting|crying|swearing|moaning|going on|butting in))\b/,
    // Pulling rank: "I'm the doctor, not you", "I'm the doctor, I'll decide what's useful to tell you".
    / i(?:'m| am) (?:the|a) (?:consultant|doctor|nurse|professional|expert|registrar|surgeon|specialist)(?: here)?\b.{0,30}\b(?:so|i know|not you|i'll decide|i will decide|i decide)\b| i'll (?:decide|be the judge of) what\b/,
    // Handing the patient's say to someone else: "Maybe Tom should handle this" (not "Maybe we should…").
    / (?:maybe|perhaps) (?!i |we |you )\w+ (?:should|could|had better|ought to) (?:handle|deal with|take over|decide)\b/,
    // Pushing the relative aside: "Step back, I'm the doctor, let me deal with this".
    / i(?:'m| am) (?:the|a) (?:consultant|doctor|nurse|professional|registrar)(?: here)?\b.{0,10}\blet me (?:deal|handle|sort|get on)\b/,
    // Waving a grievance away: "If you want to complain, that's up to you", "Feel free to complain".
    / (?:feel free to|go ahead and) complain\b| complain if you (?:want|like)\b| complain\b.{0,15}\b(?:that's up to you|be my guest)\b/,
    // "…but don't come back here complaining when it gets worse."
    / don't come (?:back )?(?:here |to us )?(?:complaining|moaning|crying)\b/,
    /(?:not|n't) (?:really )?my (?:department|problem|job|area)\b| let me stop you\b| i(?:'ve| have) (?:already )?(?:heard|read) (?:all )?(?:that|this|it)\b/,
    / only (?:got|have) \w+ minutes\b| speed this up\b| (?:i'm sure|probably) (?:it's|it is) nothing\b| bright side\b| (?:try not to|don't) dwell\b/,
    // Hurrying them: "I'll have to be quick, I'm afraid", "I've only got a few minutes", "we're out of time",
    // "Anything else? Quickly though, I've got to get on." (Not "there's no rush", "take as long as you need".)
    / (?:i'll|i will|i'm going to|i have to|i need to|we'll|we will|we have to|let's) (?:have to )?(?:be|make (?:this|it)|keep (?:this|it)) (?:quick|brief|short)\b| quickly though\b| only (?:got|have) a few minutes\b/,
    / (?:we're|we are|i'm|i am) (?:out of|short of|short on|pushed for|tight for|running out of) time\b| i (?:haven't|have not|don't have|do not have) (?:got )?the time\b/,
    // Leaving them: "Right, I've got to go, someone else needs the room", "I've got to get on". ("I've got to go and
    // check on your scan" says where; "…but the bereavement office will ring you" and an emergency leave them cared for.)
    / (?:i've|i have|i) (?:really |just )?(?:got to|gotta|have to|need to|must) (?:go|dash|run|get on|be off|crack on|shoot)(?: now| i'm afraid| sorry)?(?: $| (?:i've|i have|i'm|someone|somebody|there's|the|sit|so|busy)\b)(?!.*\b(?:but|resus|emergency|arrest|crash)\b)/,
    // Busyness given as the reason: "I've got a full clinic out there", "a department full of patients".
    / (?:department|clinic|ward|waiting room|unit) (?:full|packed|heaving|rammed) of\b| (?:full|packed|heaving|rammed) (?:clinic|department|waiting room) out there\b| someone else needs the room\b| (?:chaos|mad|manic|heaving|rammed) out there\b| off you go\b/,
    // The clock or the queue put before them: "I've got about ten minutes", "This'll have to be quick", "I've got a
    // lot of people to see", "five bleeps going off", "Quickly, if you can".
    / (?:i've|i have|i|we've|we) (?:only |just )?got (?:about |around |roughly |maybe |like )?(?:a few|two|three|four|five|ten|fifteen|twenty|\d+) minutes\b| (?:this|it|that)(?:'ll| will) (?:have|need) to be (?:quick|brief|short)\b/,
    / (?:a lot of|lots of|loads of|so many|a load of|a list of) (?:people|patients) to (?:see|get through)\b| (?:bleeps|pagers) (?:going off|ringing)\b| quickly if you can\b/,
    // Hope closed with nothing after it: "Basically, there's nothing more we can do." ("…to cure it, but…" goes on.)
    / (?:there's|there is) nothing (?:more|else) (?:we|i|anyone|they) can (?:do|offer)(?: for (?:him|her|you|them))? $| (?:had|has had|he's had|she's had|you've had) a (?:good|long|decent|fair) (?:run|innings)\b/,
    // Their care bent to the staff's night: "give him something… It'll make tonight easier for everyone."
    / (?:make|makes|making) (?:\w+ )?(?:easier|simpler|quieter) for (?:everyone|everybody|us|the staff|the nurses|the ward)\b/,
    // Behind, and off: "I'll cut to the chase because we're an hour behind", "I'd better crack on, it's all go today".
    / (?:we're|i'm|we are|i am|clinic's|clinic is) (?:running )?(?:an hour|half an hour|\w+ minutes|way|miles|massively) behind\b| cut to the chase\b| (?:i'd|i had) (?:better|best) (?:crack on|get on|dash|be off|get going)\b| chin up\b/,
    // Hurried in from the door: "Right, let's crack on, we're running behind", "…so I'll crack on, clinic's running
    // late", "Right, let's crack on." ("Sorry, clinic's running late. Thanks for waiting" hurries nobody.)
    / (?:crack|get) on\b.* (?:running (?:late|behind)|busy list|haven't got long|have not got long)\b| running (?:late|behind)\b.* (?:crack on|get straight on|be quick)\b|^ (?:right |ok |okay |so )?let's crack on $/,
    // Calm asked for as a child is: "let's try and keep this nice and calm, shall we?"
    / nice and (?:calm|quiet) shall we\b| keep (?:this|it|things) nice and (?:calm|quiet)\b/,
    // Told not to feel it: "Now, now, let's not get hysterical", "Let's not get upset".
    / (?:let's not|don't|no need to) get (?:all )?(?:hysterical|worked up|emotional|upset|silly|dramatic|in a state)\b| now now\b/,
    // A loss made small or a harm made ordinary: "You can always try again", "falls happen", "these things just
    // happen", "hardly unusual at her age".
    / you can always (?:try again|have another)\b| (?:start )?trying again (?:\w+ ){0,5}anyway\b| (?:these things|falls|mistakes|things like this) (?:just |do )?happen(?: sometimes)? $| it (?:just )?happens $| (?:hardly|not) (?:unusual|surprising) at (?:her|his|your|their) age\b/,
    // Talked to as a child: "Are we having a nice little snooze, then?"
    / are we (?:having|feeling|being) (?:a )?(?:nice|little|good|bit)\b/,
    // A question answered for them across sentences: "Any questions? No? Great."
    /^ (?:no|none|nothing)\? (?:good|great|lovely|perfect|brilliant|grand|fab|super|excellent)\b/,
    // The wait and the worry made nothing of: "You're not special", "Three hours isn't long for A&E", "Not worth
    // asking about", "…or can we crack on?", "You both just need to accept it".
    / you're not special\b| (?:every(?:one|body)) waits\b| isn't long for\b| some people wait\b| not worth asking\b| or can we (?:crack|get|move) on\b| need to accept (?:it|this|that)\b/,
    // Stopped, told, or told what they meant: "I'm going to stop you there", "you didn't really mean what you said",
    // "What are you actually scared of?", "You're not going to go to pieces on me, are you?", "try not to get
    // hysterical".
    new RegExp(
      [
        String.raw` (?:i'm going to|i'll|i have to|i need to)(?: have to)? stop you (?:there|right there)\b`,
        String.raw` you didn't really mean\b`,
        String.raw` what (?:are|is) (?:you|he|she) actually (?:scared|worried|afraid|upset|angry)\b`,
        String.raw` (?:go to pieces|fall apart|crack up) on me\b`,
        String.raw` try not to get (?:hysterical|upset|worked up|emotional)\b`,
      ].join('|'),
    ),
    // Their questions shut down: "please stop asking me", "there's no point asking", "Let's not get into that today".
    / stop asking\b| (?:no|any) point (?:in )?asking\b| let's not get into\b| can you let me finish\b/,
    // Told how to feel or behave: "try and hold it together", "don't raise your voice at me".
    / hold it together\b| (?:don't|do not|please don't) raise your voice\b| not going to (?:talk|speak) to you (?:while|when|if|until|like)\b| don't do anything (?:stupid|silly|daft)\b/,
    // Their feeling made small or passing: "It'll pass", "Everything happens for a reason", "You've got loads to live
    // for", "you're tougher than that".
    / (?:it'll|it will|it|this'll|that'll) (?:all )?pass(?:es)?(?: soon| you'll see)? $| happens for a reason\b| (?:he's|she's|they're) at peace now\b/,
    / (?:it's|it is|that's|that is) (?:just|only|all) (?:anxiety|nerves|stress|in your head|panic)\b| you(?:'ve| have)(?: got)? (?:so much|loads|lots|everything|plenty) to live for\b| (?:whole|entire) life ahead of you\b| tougher than that\b/,
    / read too much into\b| had your say\b| next question\b| cross that bridge\b| won't know the difference\b| you'll feel (?:completely |totally )?differently\b/,
    // Hurrying them, in other words: "Briefly, if you would", "I need to get through a few bits
    // quite quickly", "It'll get done when it gets done", "I really need to crack on", "Right, back to it".
    / briefly if you (?:would|could|can|don't mind)\b/,
    / (?:get|rattle|whizz|rush) through (?:this|these|it|things|a few (?:bits|things)|the (?:\w+ )?(?:bits|rest)) (?:quite |really |very |pretty |nice and )?quick(?:ly)?\b| when it gets done\b| i (?:really|just) (?:need|have|got) to (?:crack|get|press) on\b/,
    // A question asked and answered for them across sentences: "Any questions? No? OK, let's keep going", "Are you
    // scared of something? No? Right."
    /\? (?:no|none|nothing|yes|yeah|good)\? (?:good|great|lovely|perfect|brilliant|grand|fab|super|excellent|right|ok|okay|let's|moving on)\b/,
    // Their part, or their feeling, made nothing: "There's really nothing you can do here", "getting this worked up
    // isn't going to change anything", "There's no need to get so defensive", "everyone's knackered in final year",
    // "denial isn't going to help her", "The sooner you accept it, the better", "obviously you can't smoke".
    / (?:there's|there is) (?:really |honestly )?nothing (?:you|much you) can do (?:here|for (?:him|her|them))\b| no need to (?:get|be) (?:so |all |this )?(?:defensive|stroppy|shirty|arsey|touchy|precious)\b/,
    / getting (?:this|so|all) (?:worked up|wound up|upset|angry|emotional)\b.{0,25}\b(?:isn't|is not|won't|doesn't|does not) (?:going to )?(?:help|change|bring|make)\b| denial (?:isn't|is not|won't|doesn't|will not)\b| the sooner you accept\b/,
    / (?:everyone|everybody)(?:'s| is) (?:knackered|tired|stressed|exhausted|shattered|anxious|down|struggling|the same)\b| obviously you can't\b| (?:^ |\bno )obviously (?:not|you)\b/,
    // Their care handed off or bent to the staff: "The nurses can sort out the rest", "so he settles and the nurses can
    // get on with their work", "get someone to bring you a leaflet. Sorry again. Bye!"
    / (?:nurses?|nurse'll|nurses'll|staff|someone|somebody|reception)(?: can| will|'ll)? sort (?:out )?(?:the rest|all that|the (?:\w+ )?bits)\b| (?:nurses|staff|ward|we) can get on with (?:their|our|the) (?:work|jobs|shift)\b| leaflet\b.{0,40}\bbye\b/,
    // Off to the next one: "I've got twelve more patients. We're done, yeah?", "Any questions, or shall I get going?",
    // "I need to call the next one in", "I'm off", "Quickly, love", "the nurse will take it from here", "Good day."
    / (?:i've got|i have|we've got|we have) (?:\w+ )?more (?:patients|people|scans|appointments)\b|^ (?:right |ok |okay |so )?we're done(?: here)?(?: yeah| then| ok| okay)?\?? $| or shall i (?:get going|let you (?:get off|go)|be off|crack on|get on)\b/,
    / (?:call|get|see|bring) the next (?:one|patient|person) in\b| i'm off $|^ quickly (?:love|please|then|mate)\b| (?:questions|anything else)\b.{0,40}\bquickly\? $| other bleeps\b| take it from here\b| leaflet\b.{0,40}\bgood day\b/,
    // "There's no sense getting hysterical", "Can she even manage? Realistically she probably needs a home", "someone
    // less upset", "you're in the way", "You'll have to ask the coroner", "Don't ask again", "we'll all get some peace",
    // "feeling sorry for yourself", "you don't get a say", "At his age it could go either way", "get straight on with it".
    / no sense (?:in )?getting (?:all |so )?(?:hysterical|upset|worked up|emotional)\b| (?:probably |really |just )?needs a home\b| (?:someone|somebody) less (?:upset|emotional|angry)\b| you're in the way\b/,
    / you'll (?:just )?have to ask (?:the|your) \w+ $| don't ask (?:me )?again\b| (?:we'll all|we can all|everyone can) get some (?:peace|rest|sleep|quiet)\b| feeling sorry for yourself\b| get a say\b/,
    / at (?:his|her|your|their) age (?:it could|what do you|you can't|that's)\b| (?:i'll|i will|let me|let's) get straight (?:on )?(?:with|to) it\b/,
    // Turned from them to a phone, a bleep or a full clinic: "Sorry, I need to take this call", "Sorry - bleep again",
    // "I've got a packed clinic this morning".
    new RegExp(
      [
        String.raw` (?:have|need|got) to (?:answer|take) (?:this|that)(?: call| one)?(?: sorry)? $`,
        String.raw` (?:have|need|got) to (?:answer|take) (?:this|that) (?:one|call)\b| (?:take|answer) this call\b`,
        String.raw` bleep(?:ed)? again\b`,
        String.raw` (?:i've got|i have|we've got) a (?:packed|heaving|rammed|massive) (?:clinic|list|department|ward|morning|afternoon|day)\b`,
      ].join('|'),
    ),
    // (A full clinic said as a limit does no harm; given as the reason to hand them on, it does.)
    / (?:i've got|i have|we've got) a (?:full|busy) (?:clinic|list|department|ward|morning|afternoon|day)\b.{0,20}\bso (?:the|a|someone|somebody|reception)\b/,
    // Their worry answered with "normal": "Because bleeding is normal with this."
    / because (?:\w+ ){1,2}(?:is|'s|are) (?:perfectly |completely |totally |quite )?normal\b/,
    // Sent off to look it up, or hurried: "Google it when you get in.", "Any questions? Quick ones, I've got a full
    // list".
    /^ (?:just )?google it\b|^ quick ones\b| quick ones (?:i've|i have|i'm|i am)\b/,
    // Hurried for a full room: "Any other questions, quickly, because I've got a full waiting room?"
    / quick(?:ly)?\b.{0,30}\b(?:because|as|cos) (?:i've got|i have|we've got|there's) (?:a )?(?:full|packed|busy|heaving|rammed|long)\b/,
    // An argument closed rather than heard: "It's not daft, it's addiction, plain and simple."
    / (?:it's|that's|it is|that is) (?:\w+ ){1,2}plain and simple\b/,
    // The patient talked round: "Would you rather hear the results first and then decide what to tell your dad?"
    / decide what to tell your (?:dad|mum|father|mother|husband|wife|partner|son|daughter)\b/,
    // A full list put before them: "I've got twelve patients and a doctor waiting for me".
    / (?:i've got|i have) (?:\w+ )(?:patients|people) (?:and|waiting|to see)\b/,
  ],
  sarcasm: [
    // "Who knew?" said alone mocks; "Who knew about the pregnancy?" asks.
    / (?:really|very|so) (?:clever|smart|mature|sensible|impressive)\b| never hear that one\b| the famous\b| written by the internet\b| who knew\?? $/,
    / however will you\b| let me guess\b| nice of you to (?:finally )?\b| you're the expert now\b| gold star\b| grace us with\b| i'm honoured\b/,
    / thrilled to hear from you\b| not like there's a queue\b| (?:i'm sure|definitely) (?:that'll|the best)\b| five star service\b| archbishop\b/,
    /^ (?:oh )?(?:well done|brilliant idea|fantastic another|lovely to see you again|gosh)\b/,
    // A worry thrown back: "Maybe keep them at home if you're so worried."
    / if you(?:'re| are) (?:so|that) (?:worried|concerned|bothered|clever|sure|keen)\b/,
    // "We were slightly busy trying to save his life", "there's a surprise", "believe it or not", "Do you even know…?"
    / (?:we were|i was|i'm|we're) (?:slightly|a little bit|a tad|just a bit) busy\b| running commentary\b| (?:there's|what) a surprise\b| believe it or not\b| do you even (?:know|understand)\b/,
    // "how are you feeling, apart from cross with me?", "Tie him to the bed?", "you just go home and do what, exactly?"
    / apart from (?:being )?(?:cross|angry|annoyed|furious|rude|difficult) (?:with|at) me\b| tie (?:him|her|them|you) (?:to|down)\b| do what exactly\b/,
    // "your little book", "fall over your own feet", "just the hangover", "not exactly complicated", "a liquid dinner",
    // "just you and the telly", "or just have a go at me?"
    / your little (?:book|list|notebook|notes|diary)\b| (?:fall|fell|falling|trip|tripped) over your own feet\b| just the hangover\b| not exactly (?:complicated|difficult|hard|rocket science)\b/,
    / liquid (?:dinner|lunch|tea|breakfast|supper)\b| just you and the (?:telly|tv|cat|dog|bottle)\b| (?:just )?have a go at me\b| do you actually want to\b/,
    / i (?:thought|assumed) (?:that|it) was (?:obvious|clear|self explanatory)\b/,
  ],
  arguing: [
    // A confused person's sense of where they are flatly corrected: "You're not in your house, Irene, you're in hospital".
    / you're not (?:in|at) (?:your )?(?:house|home|flat)\b.{0,30}\byou're in (?:the )?hospital\b/,
    // Agreement taken back in the same breath: "You're right that it's unfair, but the cut-off is the cut-off".
    /^ you're right\b.{0,50} but\b/,
    /^ (?:no )+(?:that's (?:wrong|not)(?! what i\b)|you (?:didn't|did not|weren't|were not|can't|don't|haven't)|your \w+ (?:is|was|isn't|wasn't))\b(?!.*\b(?:fault|to blame|anything wrong)\b)/,
    / i disagree\b| (?:you must|you've|you have) (?:have )?(?:misheard|got (?:that|it) (?:completely )?(?:backwards|wrong))\b| (?:not|n't) remembering it (?:properly|right)\b/,
    / you(?:'re| are) (?:muddling|mixing|confusing) (?:up )?\b| i'll say it again\b| i'm telling you\b| (?:not|n't)\b.{0,50} full stop\b| end of $| whatever you think\b/,
    / (?:that|it|this)(?:'s| is)(?: not|n't) (?:a |an )?\w+(?: \w+)? (?:it's|it is) (?:just|only|simply)\b| you can't be \w+ your\b| simply not (?:true|what)\b/,
    / (?:the|your) (?:system|log|notes|monitor|records?|computer|chart|bloods|sats|scan|buzzer log) (?:says?|shows?)\b.{0,40}\b(?:not|n't|never)\b| (?:not|n't) \w+ (?:the|your) (?:system|log|notes|monitor) (?:says?|shows?)\b/,
    / can i (?:just )?finish\b| you do (?:understand|realise)\b| you don't need a second opinion\b| would never have said that\b| isn't being bullied\b| can't hurt that much\b/,
    // "Well, with respect, the scan says she isn't fine", "tired people don't score eleven out of thirty, do they?"
    / with (?:all )?(?:due )?respect\b(?! to\b)| \w+ people (?:don't|do not|can't|cannot|wouldn't) .{3,60}\b(?:do|can|would|will) they\b/,
    / what exactly (?:do|did) you want (?:us|me) to\b| (?:arguing|shouting|getting angry|kicking off)\b.{0,30}\b(?:is|'s) (?:pointless|not going to get you anywhere)\b| nobody(?: here)? is out to get you\b/,
    // A confused person's seeing flatly contradicted: "There's no dog."
    /^ there(?:'s| is) no (?:dog|cat|one|body|man|woman|child|baby|intruder|spiders?|bugs?|insects?|rats?|mice)(?: (?:here|there|in here))? $/,
    // Rank or years put up against them: "I've been a GP for twenty-two years", "I've been doing this eleven years".
    / i(?:'ve| have) been (?:a \w+|doing this|nursing|qualified) for (?:\w+ ){1,2}years\b/,
    / (?:followed|were following|was following) the (?:\w+ )?(?:policy|procedure|protocol)\b/,
  ],
  blaming: [
    // Help not sought made the cause: "if he'd been having chest pain and hadn't seen anyone about it, that would have
    // put him at considerably higher risk".
    / (?:hadn't|had not|didn't|did not|never) (?:seen|see|gone to|been to|rung|called|told) (?:anyone|anybody|a doctor|the gp|his gp|her gp|your gp)\b.{0,60}\b(?:risk|would have|could have|might have)\b/,
    // Shame put through someone they love: "What do you think your mum would say if she saw your arms?", "What do your
    // boys think when they see you with a glass in your hand?"
    / what (?:do you think |would )?(?:your|the) (?:mum|mam|mom|dad|mother|father|parents|boys|girls|kids|children|son|daughter|husband|wife|partner|family|grandchildren|nan|gran) (?:would )?(?:say|think|feel)s? (?:if|when) (?:she|he|they) (?:saw|see|sees|found|find|finds)\b/,
    // Giving in named as the cause: "So you've been giving in to keep the peace, and she's learnt that screaming…"
    / you(?:'ve| have) been (?:giving in|too soft|letting (?:her|him|them) get away)\b/,
    // A choice called selfish: "Suicide is an incredibly selfish thing to do to a family."
    / (?:is|'s|was) (?:a |an )?(?:\w+ )?selfish (?:thing|act|way|choice|decision)\b/,
    // A colleague singled out: "I think one of the healthcare assistants turned it off", "one of the nurses forgot".
    / one of the (?:healthcare assistants|hcas|nurses|carers|porters|students|juniors|agency staff|night staff|doctors|registrars|receptionists) (?:must have |probably )?(?:turned|switched|forgot|left|gave|missed|didn't|did not|took|put|lost|filed)\b/,
    // Doubt cast on how they took their medicines: "Had he been taking his blood pressure tablets properly?"
    / (?:had|has|have) (?:he|she|you) been taking (?:his|her|your) (?:\w+ ){0,3}(?:tablets|pills|medicines?|medication|meds|inhaler|insulin) properly\b/,
    // Their feeling made the cause: "you standing there getting upset is probably winding him up more".
    / (?:you|your) (?:\w+ ){0,3}(?:getting upset|crying|shouting|fussing|panicking) (?:is|isn't|is not) (?:probably |really |just |only )?(?:winding|making|upsetting|setting|helping)\b/,
    // A colleague's failing apologised for as theirs alone: "I'm so sorry Priya did that", "I'm sorry Dr Okafor didn't
    // come up sooner", "…that he should have reviewed him straight away". ("I'm sorry we didn't", "she should have
    // gone home in a cast" own it.)
    / sorry (?:that )?(?!(?:we|i|you|it|this|that|they|things|he|she|there|your|you've|i've|we've)\b)(?:dr |nurse )?\w+ (?:did that|didn't|did not|forgot|missed|failed)\b/,
    / (?:he|she|they|dr \w+|nurse \w+) should (?:have|'ve) (?:checked|reviewed|spotted|noticed|picked|rung|called|escalated|acted|listened|read|looked)\b/,
    // The failing put on someone else's job: "it's the radiologist's job to phone us if something's worrying".
    / (?:it's|it is) (?:the \w+'s|their|his|her) (?:job|responsibility) to (?:phone|ring|call|tell|let|flag|check|chase|report)\b/,
    // The fault passed to a colleague: "it was the locum", "she was probably rushed off her feet".
    / it was (?:the|a|an|our) (?:locum|agency (?:nurse|staff|doctor)|night staff|new (?:nurse|doctor|girl|lad)|student|porter|receptionist)\b| (?:was|were) (?:probably |just |obviously )?rushed off (?:her|his|their) feet\b/,
    // A telling-off for what they did: "Raising your voice on a ward isn't acceptable", "Kicking bins over is not on".
    // ("Threatening staff isn't acceptable, but I do want to understand" sets a limit and turns to them.)
    / (?:raising your voice|shouting|swearing|kicking|throwing|hitting|threatening|grabbing|banging|behaving like (?:this|that)|talking to (?:me|us|staff|people) like (?:this|that))\b.{0,50}\b(?:isn't|is not|is never|won't be) (?:acceptable|tolerated|appropriate|on|okay|ok)\b(?!.*\bbut\b)/,
    // "You've kicked a bin over. That is not acceptable behaviour in a hospital." (Not when it turns to them with "but".)
    / (?:that|this|it)(?:'s| is| was)(?: not|n't) acceptable behaviour\b(?!.*\bbut\b)/,
    // Giving up laid at their door: "So you've tried two things for a week each and given up".
    / you(?:'ve| have)\b.{0,60}\b(?:and|then) (?:just )?given up\b| you (?:just )?gave up\b/,
    // A failing laid at the family's door: "How come nobody noticed he wasn't drinking?", "Why didn't you ring us?"
    / how come (?:nobody|no one|none of you|you (?:didn't|did not|never|haven't|hadn't))\b| why (?:didn't|did not) (?:you|anyone|anybody|somebody|someone) (?:notice|spot|realise|realize|see|bring|call|ring|check|tell|stop)\b/,
    // Shame invoked: "What are your parents going to say when they hear about this?"
    / what (?:are|will|would|is|do) your (?:parents|mum|dad|mother|father|family|wife|husband|partner|kids|children|boss|friends) (?:going to |gonna )?(?:say|think)\b/,
    // Staffing given as the reason: "it's just we were really short last night".
    / (?:we were|we're|we are|they were) (?:really |very |so |a bit |badly |quite )?short(?: staffed| of staff| last night| that night| on the ward)?\b(?! of breath)/,
    // "Why did you take her home if you were so worried?", "Why would you say that if you didn't mean it?"
    / why (?:did|would|didn't|wouldn't|do|don't) you \w+\b.{0,60} if you (?:were|was|are|knew|know|had|didn't|did not|thought|cared|meant)\b/,
    // "Had you brought him in sooner, …" blames; "Had you noticed anything?" asks.
    / had you (?:\w+ed|brought|come|done|listened|taken|rung|called|told)\b(?![^?]*\?)| if (?:the|your) \w+ (?:hadn't|had not)\b| if you'd actually\b/,
    / (?:wasn't|was not|isn't|is not) (?:down to|on) us\b| can (?:hardly|not|n't) blame us\b| (?:that|this) (?:was|is) your (?:own )?(?:choice|decision|doing)\b/,
    / what happens when (?:people|you|patients)\b| dropped the ball\b| whose (?:bright )?idea\b| (?:the|that) (?:weight|drinking|smoking) didn't\b| it's the (?:drinking|smoking|weight)\b/,
    // Their habits made the cause: "Were you drinking or smoking? Because that doesn't help, you know.", "Forty years
    // of smoking will do that to you", "Skunk does this to lads your age", "…that can't have helped".
    / (?:that|which) (?:can't|cannot|can not|won't|doesn't|does not) (?:have )?help(?:ed)?(?: you know)? $| (?:will|'ll|can|does) do that to you\b| does this to (?:lads|girls|people|men|women|kids|you)\b/,
    / (?:that|it) would explain a lot\b| there's usually something\b| more than they let on\b| (?:were|was|are) you (?:just|only) saying (?:it|that)\b/,
    // An apology made conditional: "I'm sorry if it's been uncomfortable", "sorry if that's how it came across".
    // (Not "I'm sorry if this is hard to hear".)
    / sorry if (?:it|that|there|you|the \w+|your \w+)(?:'s|'ve| has| have| had| was| were| came| come| felt| seemed| gave| given)\b(?! (?:hard|difficult|a lot|a shock|painful|upsetting)\b)/,
    / because you (?:kept|keep|carried on)\b| you did leave\b| (?:was|were) (?:a )?(?:shambles|illegible|a mess)\b| management won't\b| followed policy\b| if anyone feels\b| for any inconvenience\b/,
    // Doubt or fault put as a question or a saw: "How much does he really drink?", "it catches up with you in the end", "Did
    // you smoke or have a drink at all, before you found out?", "were you being serious, or was that just something
    // you said?"
    / how much (?:do|does) (?:you|he|she|they) really (?:drink|take|smoke|use)\b| (?:it|that|this|drink|drinking|smoking) (?:always |all |eventually |does )?catch(?:es)? up with (?:you|him|her|them|people)\b| come home to roost\b/,
    / (?:smoke|smoked|drink|drank|drinking|smoking|drugs)\b.{0,40}\b(?:before|after) you (?:found out|knew)\b| (?:were|are) you (?:being )?serious\b.{0,30}\bor\b| just something you said\b/,
    // "this is basically what smoking does", "Those things add up, you know", "he should have been seeing his GP a lot
    // more", "You were not exercising vigorously, I hope", "you'll want to take it easy next time", "drank yourself
    // stupid", "that's on you", "Why didn't you get her help sooner?"
    / what (?:smoking|drinking|drink|drugs|the booze|the drink|fags) does\b| (?:those|these) things add up\b| (?:you|she|he|they) (?:really )?should(?: have|'ve) been \w+ing\b/,
    / (?:you|she|he) (?:weren't|were not|didn't|did not|haven't|have not)\b.{0,50}\bi hope $| take it easy next time\b| (?:drank|drunk|drinking) (?:yourself|himself|herself) (?:stupid|silly|senseless)\b| that's on you $/,
    / why (?:didn't|did not) (?:you|anyone|anybody|somebody|someone) (?:get|take|seek) (?:her|him|them|help)\b/,
    // Told off after the fact, or the fault made theirs: "next time, please book your review when you're asked, then
    // none of this happens", "It stops being just your business when you've passed it on", "sorry the system let you
    // down".
    / then none of this\b| none of this would (?:have )?happen(?:ed)? if you\b| stops being (?:just )?your (?:business|choice|decision|problem)\b| sorry (?:that )?(?:the system|the process|things) (?:let you down|failed you)\b/,
    // Their account doubted as a group's habit: "People get their dates wrong all the time."
    / (?:people|patients|women|men|everyone|parents) get (?:their|the|it|things) (?:\w+ )?wrong all the time\b/,
    // What they should have done, or how often they ask: "If you'd checked your phone you'd have saved yourself the
    // trip", "this is the third time you've rung today", "I'm sorry if Callum felt let down".
    / if you(?:'d| had) (?:checked|read|listened|rung|looked|worn|told|come)\b.{0,40}\b(?:you'd|you would)\b| (?:second|third|fourth|fifth) time you(?:'ve| have) (?:rung|called|phoned|been in)\b| sorry if (?:\w+ )?(?:felt|feels)\b/,
  ],
  lecturing: [
    // Told to grow up: "You're a grown man, act like it." ("…when you're a grown man, that would make me cross too"
    // takes their side.)
    /^ (?:come on |look )?you're a grown (?:man|woman|adult)\b/,
    // A telling-off on its way to an order: "…so it's really important you cut them out", "so it's vital that you stop".
    / so (?:it's|it is) (?:really |very |so |absolutely )?(?:important|vital|essential|crucial) (?:that )?you (?:cut|stop|keep|take|do|come|attend|make sure|give up|start)\b/,
    // Persuaded by their own interest: "…so it's really in your own interest to stick with it".
    / (?:it's|it is) (?:really |very much |very |totally )?in your (?:own )?(?:best )?interests? to\b/,
    // A moral drawn for them: "that's exactly why it's so important to always tell the hospital", "I'd hope you can
    // see that recovery means taking some responsibility", "it would be a shame to throw all that away".
    / (?:that's|that is) (?:exactly |precisely )?why (?:it's|it is) (?:so |really |very )?important\b| (?:it's|it is) (?:so |really |very )?important (?:to|that you) always\b/,
    / (?:if you don't use it,? you lose it|use it or lose it)\b| i'd hope you (?:can|could|would) (?:see|understand|appreciate)\b| (?:you|recovery|means)\b.{0,25}\btak(?:e|ing) (?:some |a bit of |more )?responsibility\b/,
    / (?:a shame|a pity|such a waste) to (?:throw|waste|let) (?:all )?(?:that|it|this)\b| rules are (?:there|rules)\b| (?:should|ought to) know better\b/,
    // A quiz put as a question: "What do you think that number's telling us?", "what do you think happens to the
    // blood vessels…?", "what do you think it means when someone needs their inhaler that often?"
    / what do you think (?:happens to|that (?:number|result|reading|level)(?:'s| is)|it means when (?:someone|somebody|people))\b/,
    / why would you (?:want to |even )?(?:risk|throw away|jeopardise|gamble)\b/,
  ],
  'false-promise': [
    // Hope held out against the news: "we'll give you some IVIG and see; you never know, sometimes they pick up a bit".
    / you never know\b.{0,40}\b(?:pick up|perk up|get better|recover|come back|come round|turn (?:around|the corner)|improve|work)\b/,
    // Always there, any hour: "We're always here for you, Janet, any time, day or night."
    / always (?:here|there|available) for you\b.* any ?time\b/,
    // Recovery promised by a date: "this will all be gone by the morning and he'll be back to himself tomorrow",
    // "he'll be back to normal in a day or two".
    / (?:he|she|you|it|this|that)(?:'ll| will) (?:all )?be (?:back to (?:himself|herself|yourself|normal|(?:his|her|your) old self)|(?:all )?gone) (?:by|tomorrow|in a (?:day|couple of days|few days|week))\b/,
    / (?:wouldn't|would not|won't|didn't|did not) have felt (?:a thing|anything)\b| guarantee(?:d)?\b| i swear\b| you have my word\b| no (?:doubt|question) about it\b| dead cert\b| i'm sure of it\b| trust me\b/,
    / (?:definitely|completely|totally) (?:get rid|cure|fix|disappear|back to normal)\b| for good\b| won't feel a thing\b| no chance (?:this|it|that) is\b/,
    / (?:you'll|you will|he'll|she'll|it'll) never (?:have|need|feel|happen|come)\b| (?:will|'ll) be perfect\b| (?:they|it) always do(?:es)?\b| years left in (?:her|him)\b/,
    / whatever (?:you tell me|happens) .{0,20}(?:stays|i'll personally)\b| (?:i|we) promise (?:you )?(?:the|she|he|it|this|that|nothing|you'll)\b/,
    // Worry waved off with comfort it cannot promise: "Don't you worry, a bit of pink is nothing", "Don't you go
    // worrying". (Heard as reassurance too soon, as the labelled acts have it.)
    / don't you (?:go )?(?:worry|worrying|fret|fretting)\b| i can assure you\b/,
    // A place in the queue promised over others: "I'll get you in next, before anyone else"; a fear ruled out: "You're
    // not going to drop dead".
    / (?:in|seen|see you) (?:next|first)\b.{0,15}\bbefore (?:anyone|everyone|anybody) else\b| (?:you're|you are|he's|she's) not going to (?:die|drop dead|have another)\b(?!.*\bbut\b)/,
    // An outcome nobody can promise: "we'll beat this together", "I'll get that fine cancelled for you today, I promise".
    / (?:we'll|we will|we're going to|you'll|you will|you're going to) beat (?:this|it)\b| throw everything at (?:this|it)\b.{0,40}\bbeat\b| (?:i'll|i will) (?:get|have) (?:that|it|the|your)(?: \w+){0,2} (?:cancelled|waived|refunded|dropped|overturned|sorted)\b.{0,40}\bi promise\b/,
    // "You'll probably be fine", "it'll be nothing", "You'll feel much better after a good night's sleep, I'm sure".
    / you'll (?:probably|definitely) be (?:fine|okay|alright|all right)\b| it'll be nothing\b| you'll (?:feel|be) (?:much |loads |so )?better\b.{0,40}\bi'm sure\b/,
    // A cure promised for what has none: "We'll start donepezil. That'll sort the memory out."
    / (?:that|this|it)(?:'ll| will) (?:soon |quickly )?sort (?:\w+ ){0,2}out\b| (?:that|this|it)(?:'ll| will) fix (?:it|you|that|everything|things)\b/,
    / i'll make sure (?:they're|he's|she's|you're|someone's) (?:with you|seen|here)\b|^ i promise $/,
  ],
};

/** A feeling shown, and what it is said not to do: "Getting angry isn't going to bring him back". */
const SHOWN_FEELING = String.raw`(?:arguing with me|shouting|getting upset|getting angry|getting worked up|crying|being angry|kicking off|swearing|raising your voice|kicking (?:\w+ )?(?:over)?|banging \w+)`;
const WONT_HELP = String.raw`(?:(?:isn't|is not|won't|will not|doesn't|does not) (?:going to )?(?:help|get|change|make|solve)|is only going to (?:make|wind|upset|get))`;

/** Shapes of harm that phrase lists cannot enumerate, read on one normalised sentence. */
const SHAPES: ReadonlyArray<readonly [HarmKind, RegExp]> = [
  // A condition with a sanction: "if you don't settle, I'll have to give you something".
  [
    'threat',
    / if (?:you|he|she|they) (?:don't|do not|doesn't|does not|won't|will not|can't|keep|keeps|carry on|carries on)\b.{0,60}\b(?:i'll|i will|we'll|we will|i'm going to|we're going to|i have to|we have to|i'll have to|we'll have to|security|the police)\b/,
  ],
  // Any condition followed by a sanction: "if you pull that out again I'll have to give you something".
  [
    'threat',
    / if (?:you|he|she|they) .{0,50}\b(?:i'll|i will|we'll|we will)(?: have to)? (?:give (?:you|him|her) something|sedate|section|restrain|call|ring|get security|get the police|discharge|stop)\b/,
  ],
  // "Sit down or I'm calling security", "…or you'll be sectioned".
  ['threat', / or (?:i'm|i am|we're|we are) (?:calling|getting|ringing)\b/],
  [
    'threat',
    / or (?:you'll|you will) (?:be|get) (?:sectioned|detained|restrained|removed|sedated|thrown out|arrested)\b/,
  ],
  [
    'threat',
    /\b(?:security|the police) (?:will|are going to|can) (?:stop|remove|restrain|take|hold|deal with|escort)\b/,
  ],
  // "You're also not going anywhere until…", "She can't really be trusted with money".
  ['coercion', / (?:you're|you are) (?:\w+ )?not going anywhere\b/],
  ['labelling', / can't (?:really |ever |always )?be trusted\b/],
  // Their mind called unsound: "She clearly isn't thinking straight", "you're not in your right mind".
  [
    'labelling',
    / (?:you're|you are|you|he's|he is|he|she's|she is|she) (?:clearly |obviously |just )?(?:isn't|is not|aren't|are not|not) (?:thinking straight|in (?:your|his|her) right mind)\b/,
  ],
  // A telling-off for what they are doing: "You're kicking bins over…, that's not acceptable", "Your behaviour is
  // unacceptable". ("It's not acceptable that you waited" owns a failing, so the shape needs the behaviour.)
  [
    'blaming',
    / you(?:'re| are) \w+ing\b.{0,60}\b(?:that's|that is|it's|it is|this is) (?:not acceptable|unacceptable|out of order|not on)\b| (?:your|this|that|such) behaviou?r (?:is|isn't|is not|won't be)(?: not)?(?: completely| totally| absolutely| just)? (?:acceptable|unacceptable|tolerated|on)\b/,
  ],
  // An order closed to discussion: "You'll have to stop driving today. Full stop."
  // Reporting them over their head, before they are asked to do it themselves: "I'll notify the DVLA."
  [
    'coercion',
    / (?:i'll|i will|we'll|we will) (?:notify|inform|tell|write to|report (?:you|her|him) to) the dvla\b/,
  ],
  ['coercion', / (?:full stop|end of (?:story|discussion)|no arguments|no buts) $/],
  // Force called in: "Security's on its way", "I'll have security bring you back".
  [
    'threat',
    /\b(?:security|the police|police)(?:'s| is| are)? (?:on (?:its|their) way|coming|will|are going to|can|bring|called)\b|\b(?:have|get|call|ring|fetch) (?:security|the police)\b/,
  ],
  // A consequence for carrying on: "Carry on like this and you'll go to the back of the queue".
  [
    'threat',
    // Said to them, not of the treatment: "antibiotics and fluids carry on, … and I'll ring you" threatens nothing.
    /(?:^ |\b(?:you|just|but|and|so|now|look|right|okay|ok|well|sweetheart|love|mate|pal) )(?:just )?(?:carry on|keep (?:this|that|doing|on)|do that again|any more of (?:this|that)).{0,40}\b(?:and|or) (?:you'll|you will|i'll|i will|we'll|we will)\b/,
  ],
  // Everyone has it: "Everyone's got stress", "We all get tired".
  [
    'dismissal',
    // Not a question that follows: "I ask everyone. Have you had any thoughts of hurting yourself?"
    /\b(?:everyone|everybody|we all|(?:lots|plenty|loads) of (?:people|students|lads))(?:'s)? (?:gets?|has|have|got|feels?|goes through)\b(?! you\b)/,
  ],
  // Sorry for their feeling, not for what happened: "I'm sorry you're upset".
  [
    'blaming',
    / sorry (?:that |if )?(?:you're|you are|you feel|you felt|you were|you've been|you've|you have) (?:upset|angry|unhappy|disappointed|that way|like that|frustrated|cross)\b/,
  ],
  // A feeling waved off as useless: "Getting upset isn't going to help your mum".
  ['dismissal', new RegExp(String.raw`\b${SHOWN_FEELING}\b.{0,25}\b${WONT_HELP}\b`)],
  // What might have been: "if someone had brought her back on the Wednesday", "because you stopped your insulin".
  [
    'blaming',
    /\bif (?:you|she|he|they|the family|your \w+) had\b|\bif you'd (?:come|called|rung|told|said|listened|gone|brought|stopped|mentioned)\b/,
  ],
  // What the person did wrong: "she really shouldn't have been pushing herself on a treadmill".
  ['blaming', /\b(?:you|she|he|they) (?:really )?(?:shouldn't|should not) have been \w+ing\b/],
  ['blaming', /\bbecause you (?:stopped|didn't|did not|never|forgot|left|ignored|refused)\b/],
  // What they should have seen or done: "Did you not notice your dad losing weight?", "Had nobody looked into getting
  // her some care?", "someone would've spotted she was going off", "if you hadn't sunk eight pints", "Forty years of
  // cigarettes does catch up with you", "was he actually taking his tablets?"
  [
    'blaming',
    / (?:did you not|didn't you|did nobody|didn't anyone|did no one|had nobody|had no one|hadn't anyone) (?:\w+ )?(?:notice|see|spot|realise|check|look into|think)\b| someone would(?:'ve| have) (?:spotted|noticed|seen|picked up|checked)\b/,
  ],
  // The cause laid on them or theirs: "that'll be what's causing all this", "that might be the real problem here",
  // "You really should have brought them", "You shouldn't have let him get in that state", "doesn't do the heart any
  // favours", "that's all it takes", "You've done this to yourself", "You being here is winding him up".
  [
    'blaming',
    new RegExp(
      [
        String.raw` (?:that'll|that will|that's|that'd) be what(?:'s| is) causing\b`,
        String.raw` (?:might|may|could) be the real problem\b`,
        String.raw` (?:it's|it is|that's|that is) up to (?:the patient|the family|her|him|them|you) to (?:use|ring|press|ask|call|tell|say|let)\b`,
        String.raw` you (?:really )?should have (?:brought|told|rung|called|come|mentioned|said|waited|asked|listened|stayed)\b`,
        String.raw` you (?:really )?(?:shouldn't|should not) (?:really )?have (?:let|left|given|allowed)\b`,
        String.raw` (?:doesn't|does not|won't) do (?:the|your|his|her) \w+ any favours\b`,
        String.raw` that's all it takes\b`,
        String.raw` doesn't exactly help\b`,
        String.raw` you(?:'ve| have) done this to yourself\b`,
        String.raw` brought (?:this|it) on yourself\b`,
        String.raw` you being here is\b`,
        String.raw` (?:it's|that's) on you if\b`,
      ].join('|'),
    ),
  ],
  [
    'blaming',
    new RegExp(
      [
        String.raw` if you hadn't (?:sunk|drunk|had|been drinking|taken|smoked|stopped|gone|left|skipped)\b`,
        String.raw` if you'd (?:just )?(?:sat|waited|calmed|listened|stayed)\b`,
        String.raw` (?:years|decades) of (?:\w+ )?(?:cigarettes|smoking|drinking|booze|fags|the bottle)\b.{0,25}\b(?:catch(?:es)? up|do(?:es)? that|take(?:s)? (?:its|their) toll)\b`,
        String.raw` (?:was|were) (?:he|she|you|they) actually taking\b`,
      ].join('|'),
    ),
  ],
  // "That's your choice." said to wash one's hands of it; "It's your choice" offered with help is not this.
  // Said bare, "Your choice." washes hands too ("It's your call." need not).
  [
    'dismissal',
    /^ (?:well |fine |ok |okay )?(?:that's your (?:choice|decision|lookout|problem)|your (?:choice|lookout|problem))(?: sir| madam| mate| love| pal)? $/,
  ],
  // "If you walk out now you can forget about getting any treatment from us."
  [
    'threat',
    /\byou can (?:forget|kiss goodbye to)\b|\bif you (?:walk|leave|go|storm)\b.{0,40}\byou(?:'ll| will) (?:lose|not get|never get)\b/,
  ],
  // "Twenty years of drinking is what's caused this."
  [
    'blaming',
    /\b(?:drinking|smoking|drugs|your weight|the weight|eating) (?:is|was) what(?:'s| has)? (?:caused|done|brought)\b/,
  ],
  // "Do you want to see him or not, because the nurses need to know."
  ['coercion', /\b(?:want|like) to \w+(?: \w+){0,3} or not\b/],
  // A generalisation with a tag that dares them to disagree: "nobody puts on half a stone by hardly eating, do they".
  [
    'arguing',
    /\b(?:nobody|no one|everyone|everybody) .{3,60}\b(?:do they|does it|did they|can they|is it)\b/,
  ],
  // Guessing at colleagues: "I suspect the crew had already called it vertigo".
  [
    'blaming',
    /\b(?:i suspect|my guess is|i imagine|i'd guess|i would guess|presumably|i expect)\b.{0,60}\b(?:crew|doctor|doctors|nurse|nurses|team|staff|lab|gp|registrar|paramedics)\b/,
  ],
  // A colleague's omission named as the cause: "The day staff didn't sign the chart".
  [
    'blaming',
    /\b(?:day|night|other|ambulance|ed|lab|agency|weekend|ward|junior) (?:staff|team|nurse|nurses|doctor|doctors|crew) (?:didn't|did not|never|forgot to|failed to)\b/,
  ],
  // Staffing offered as the reason.
  [
    'blaming',
    /\b(?:how stretched|so stretched|short staffed|understaffed|short of staff)\b|\btwo nurses for\b|\b(?:two|three|four|five|a few|several) (?:nurses|doctors|staff|midwives|carers) (?:down|short)\b/,
  ],
  // Making less of a loss: "at least she went quickly".
  ['dismissal', / at least (?:she|he|they|it|you)\b/],
  // Behaviour talked to like a child's.
  ['coercion', / (?:behave yourself|behave himself|behave herself|are you going to behave)\b/],
  // A label on the person: "you're acting like a child", "you're clearly drunk", "you're obviously psychotic".
  [
    'labelling',
    new RegExp(
      ` (?:you're|you are|he's|she's|he is|she is|you (?:sound|seem|look)|(?:he|she) (?:sounds|seems|looks)) (?:${LABEL_HEDGES})*(?:${LABELS})\\b`,
    ),
  ],
  // Orders given as to a child: "don't do anything silly", "don't kick anything else over".
  ['coercion', /(?:^|[.!?] )(?:and )?don't (?:do anything|kick|touch|throw|you dare|make a)\b/],
  // Rushing off to someone who matters more: "I've got a sick patient waiting".
  ['dismissal', / (?:i've got|i have) (?:a |another )?(?:\w+ )?(?:patient|patients|emergency) waiting\b/],
  // Taking someone's say away: "you don't get to make decisions".
  ['dismissal', / (?:you|he|she) (?:don't|doesn't) get to (?:decide|make|choose|say)\b/],
  // Passing the person on to go elsewhere: "I've got three other wards to cover".
  ['dismissal', / (?:i've got|i have|we've got|we have) (?:\w+ )?other (?:patients|wards|people|jobs)\b/],
  // Fault laid on colleagues: "the night team should have checked", "the ED missed it", "A&E was very busy".
  [
    'blaming',
    new RegExp(`\\b(?:${COLLEAGUE_GROUPS})(?: \\w+)? (?:${COLLEAGUE_ROLES})? ?(?:${FAULT_VERBS})\\b`),
  ],
  [
    'blaming',
    /\b(?:we|they|it|the department|the ward|the ed|a and e|a e)(?: was| were| are| is|'re|'s) (?:very |so |really |incredibly |extremely |just )?(?:busy|short staffed|short of staff|understaffed|stretched|overwhelmed|swamped|rammed|chaotic|heaving|slammed|snowed under)\b/,
  ],
];

/** Every shape of a kind, specific and general. */
export function shapesOf(kind: HarmKind): RegExp[] {
  return [...SHAPES.filter(([k]) => k === kind).map(([, r]) => r), ...GENERAL_SHAPES[kind]];
}
