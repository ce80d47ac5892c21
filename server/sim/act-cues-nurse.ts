// Cues for the NURSE empathic statements: naming, understanding, respecting, supporting, exploring.

import { ATTRIBUTION, type Cue, cue, EMOTION, inStatements } from './act-cues-shared.ts';

const NAMING: readonly Cue[] = [
  cue(
    'nurse-naming',
    0.85,
    new RegExp(
      String.raw`\b${ATTRIBUTION}\b(?:\s+[\w']+){0,6}?\s+${EMOTION}\b(?! (?:other|the|everyone|everybody|people|patients|staff|them|him|her|me|us|about nothing|over nothing)\b)`,
      'i',
    ),
    'statement',
  ),
  cue(
    'nurse-naming',
    0.8,
    /\b(?:this|that|it|all this|all of this)(?:'s| is| has been| was| must be| must have been| can be| would be)(?:\s+(?:so|really|very|incredibly|absolutely|truly|such|quite|a|an|huge|big|real|terrible|awful))*\s+(?:frightening|scary|upsetting|overwhelming|distressing|devastating|frustrating|terrifying|heartbreaking|shocking|shock|blow)\b(?! (?:news|results?|scan)\b)/i,
    'statement',
  ),
  cue(
    'nurse-naming',
    0.75,
    /\byour (?:anger|frustration|fear|fears|grief|distress|sadness|upset|shock|anxiety|worry|worries)\b|\b(?:a lot of|so much|such) (?:anger|fear|worry|sadness|frustration|grief|emotion|distress|anxiety)\b|\b(?:this|that|it)(?:'s| is| has been) (?:a lot|so much|too much)(?: to (?:take in|deal with|process|absorb|cope with))?(?=,|$| and\b| for you\b)/i,
    'statement',
  ),
];

const UNDERSTANDING: readonly Cue[] = [
  cue(
    'nurse-understanding',
    0.8,
    /\bI (?:can |do |completely |totally |fully |really )*understand\b(?! (?:if|whether)\b)/i,
  ),
  cue(
    'nurse-understanding',
    0.85,
    /\b(?:that|it|this) (?:all )?(?:makes|would make) (?:complete |total |perfect |a lot of )?sense\b/i,
    'statement',
  ),
  cue(
    'nurse-understanding',
    0.8,
    new RegExp(
      String.raw`\b(?:anyone|anybody|most people|any parent|any of us|I)(?: in your (?:position|shoes|situation|place))?(?: would|'d) (?:be|feel)(?:\s+[\w']+){0,2}?\s+(?:${EMOTION}|the same|too)\b|\bwho (?:wouldn't|would not) (?:be|feel)\b`,
      'i',
    ),
  ),
  cue(
    'nurse-understanding',
    0.8,
    /\b(?:understandable|natural|normal|okay|ok|fine|alright|all right|reasonable|human|common|fair) (?:to (?:be|feel|cry|want|ask)|way to feel|reaction|response|thing to (?:feel|want|ask))\b(?! (?:a bit |a little |slightly |quite )?(?:sick|sore|tired|drowsy|dizzy|nauseous|bruised|swollen|groggy|achy|stiff|breathless|hungry|thirsty|cold|hot|itchy)\b)|\bunderstandable\b/i,
  ),
  cue(
    'nurse-understanding',
    0.8,
    /\bI don't blame you\b|\bevery (?:right|reason) to (?:be|feel)\b|\bno wonder\b|\b(?:it's )?no surprise (?:that )?you\b|\byou(?:'re| are) (?:right|entitled) to (?:be|feel)\b|\bI can(?:'t|not)? (?:only )?imagine\b|\bI (?:can )?(?:see|get) why\b|\bI get (?:it|that)\b|\bof course you(?:'re| are| feel| would)\b|\b(?:anger|frustration|feelings?|concerns?|worries|fears?|reaction|upset|distress) (?:is|are|'s) (?:completely |totally |entirely |perfectly |absolutely )?(?:justified|valid|legitimate|understandable|reasonable)\b|\byou(?:'re| are) (?:absolutely |completely |quite |totally )?right\b(?:,| that| and)[^.]*?\b(?:shouldn't|should not|should have|too long|not good enough|wrong|unacceptable|not okay|not ok)\b|\bI know (?:how|just how) (?:hard|difficult|tough|awful|frightening|painful|upsetting|frustrating|horrible)\b/i,
  ),
  cue(
    'nurse-understanding',
    0.75,
    /\b(?:this|that|it) must (?:be|have been|feel) (?:so |really |very |incredibly )?(?:hard|difficult|tough|awful|terrible|horrible|a lot|exhausting|painful|lonely)\b/i,
  ),
];

const RESPECTING: readonly Cue[] = [
  cue(
    'nurse-respecting',
    0.85,
    /\byou(?:'ve| have)? (?:done|did) (?:everything|all the right|exactly the right|absolutely the right|just the right|the right|so well|really well|(?:a|an) (?:great|brilliant|fantastic|amazing|wonderful|incredible) job)\b/i,
  ),
  cue('nurse-respecting', 0.7, /\bthe right (?:thing|questions|call|decision)\b/i, 'statement'),
  cue(
    'nurse-respecting',
    0.85,
    /\byou(?:'ve| have) been (?:so |incredibly |really |very |amazingly |remarkably |absolutely )?(?:strong|brave|patient|amazing|brilliant|wonderful|fantastic|incredible|remarkable|so good|calm|a (?:real |great |huge )?(?:advocate|support|help|rock|star|tower of strength|credit))\b|\byou(?:'re| are) (?:being )?(?:so |incredibly |really |very )?(?:strong|brave|courageous|resilient)\b(?! enough)/i,
  ),
  cue(
    'nurse-respecting',
    0.8,
    /\bhow much you (?:care|love)\b|\byou (?:clearly|obviously|really) (?:care|love)\b|\bI can (?:see|tell) (?:that )?you (?:really |clearly )?(?:love|care)\b|\badvocate\b|\bI (?:really |truly )?(?:respect|admire)\b|\bthat (?:takes|took) (?:real )?(?:courage|strength)\b|\b(?:takes|took) (?:a lot of|real|great|so much) (?:courage|guts|strength|bravery)\b/i,
  ),
  cue(
    'nurse-respecting',
    0.75,
    /\b(?:thank you|thanks) (?:so much |very much )?for (?:telling|sharing|being|speaking|asking|letting|bringing|raising|pointing|flagging|noticing|looking after|caring for|your patience|keeping)\b/i,
  ),
  cue(
    'nurse-respecting',
    0.8,
    /\b(?:looking after|looked after|caring for|cared for) (?:him|her|them|your \w+)(?: [\w']+){0,4}? (?:so well|brilliantly|beautifully|so lovingly)\b|\byou(?:'ve| have)? (?:all )?(?:handled|coped with|managed|faced) (?:it|this|so much|everything|all (?:of )?this)\b|\b(?:wasn't|was not|can't have been|cannot have been) easy (?:for you )?to (?:say|share|tell|ask|talk)\b|\bwith (?:real |such )?(?:grace|courage|dignity)\b|\byou(?:'ve| have)? (?:clearly |obviously |really )?(?:fought|worked|tried|pushed) (?:so |really |very |incredibly )?hard\b|\bhow hard you(?:'ve| have)? (?:been )?(?:worked|working|tried|trying|fought|fighting|pushed|pushing)\b|\bdone your (?:research|homework)\b|\byou(?:'ve| have) kept (?:him|her|them|things|everyone|the family|the house) going\b|\b(?:brave|courageous) (?:thing|question|decision)\b|\b(?:doing|done) (?:a|such a|an) (?:great|brilliant|fantastic|amazing|wonderful|incredible) job\b/i,
  ),
  cue(
    'nurse-respecting',
    0.8,
    /\byou(?:'ve| have)?(?: been| stayed| sat| stood| remained| were)(?: right)? (?:by|at) (?:his|her|their|your \w+(?:'s)?) (?:side|bedside)\b|\b(?:haven't|have not|never) left (?:his|her|their) side\b|\bhow (?:devoted|dedicated|committed|caring|loving) you are\b|\b(?:devoted|dedicated|caring|loving|attentive|wonderful|brilliant|good|great|lovely|amazing|fantastic) (?:son|daughter|mum|mom|mother|dad|father|wife|husband|partner|parent|carer|brother|sister|friend|family)\b|\byou know (?:him|her|them|your \w+) better than (?:anyone|we do|any of us|anybody)\b|\byou (?:clearly |obviously |really )?know (?:him|her|them|your \w+) (?:so |really |very )?well\b|\b(?:lucky|fortunate) to have (?:you|such)\b|\ba credit to\b|\bI(?:'m| am) (?:really |so |very )?(?:impressed|amazed|struck) (?:by|with|at)\b|\bproud of you\b|\bwell done\b|\bgood on you\b/i,
  ),
  cue(
    'nurse-respecting',
    0.75,
    /\b(?:a |such a |that's a |that is a )?(?:really |very )?(?:good|great|excellent|important|fair|brilliant|sensible) question\b|\byou(?: were| did| are|'re) (?:absolutely |completely |quite )?right to\b(?! (?:be|feel)\b)|\b(?:glad|pleased) you (?:told|mentioned|said|came|brought|asked|spoke up|raised|rang|called)\b|\byou (?:noticed|spotted|picked up on|caught|saw)(?: [\w']+){0,4}? (?:before (?:any of us|we did|anyone|anybody|the doctors)|straight away|nobody else)\b|\bthat (?:really )?(?:matters|means) (?:a lot|a great deal|so much|a huge amount)\b|\bwhat you(?:'re| are| have|'ve) (?:saying|telling me|told me|said|noticed) (?:really |truly )?(?:matters|is (?:really |so )?(?:important|helpful|valuable))\b/i,
    'statement',
  ),
];

const SUPPORTING: readonly Cue[] = [
  cue(
    'nurse-supporting',
    0.85,
    /\b(?:be|stay|remain) (?:right )?(?:with you|here for you|there for you|by your side)\b(?! in (?:a|one) (?:minute|moment|second|sec)\b)|\bevery step of the way\b/i,
  ),
  cue(
    'nurse-supporting',
    0.85,
    /\b(?:won't|will not|don't|do not|not|never|aren't|are not|isn't)\b(?:\s+[\w']+){0,8}?\s+(?:alone|on your own|by yourself)\b/i,
    'statement',
  ),
  cue(
    'nurse-supporting',
    0.8,
    /\b(?:I(?:'m| am)|we(?:'re| are)|I(?:'ll| will) be|we(?:'ll| will) be)(?: all)? (?:still |right )?here(?: for you| with you| for you and \w+(?: \w+)?)?(?=,|\.|$| and\b| if you need| whenever| any ?time)|\bnot going anywhere\b|\b(?:I(?:'m| am)|we(?:'re| are)) (?:all )?here (?:for|to support|to help) you\b|\bwhat we(?:'re| are) here for\b|\bon your side\b|\blean on (?:us|me)\b/i,
  ),
  cue(
    'nurse-supporting',
    0.85,
    /\b(?:keep|carry on|continue|won't stop|never stop|not stop) (?:looking after|caring for|supporting|taking care of) (?:you|him|her|them|your \w+)\b|\bmake sure (?:that )?you (?:get|have) (?:the|all the|what|everything|any) (?:\w+ )?(?:you need|support|help|answers)\b|\bask for me\b|\b(?:look(?:ing)? after|car(?:e|ing) for|be with|watch(?:ing)? over) (?:you|him|her|them)(?: [\w']+){0,2}? (?:every (?:minute|hour|moment)|round the clock|around the clock|day and night)\b|\bI(?:'ll| will| can|'m going to| am going to) (?:sit|stay|wait) (?:here )?with you\b|\b(?:our team|the team|everyone here|all of us|the (?:nurses|staff))(?:'ll| will| are going to) (?:support|look after|take care of|be there for|help) you\b|\b(?:won't|will not|never|not going to) (?:abandon|desert|give up on) (?:you|him|her)\b|\b(?:we|I)(?:'ll| will| are going to|'re going to| am going to|'m going to) (?:(?:all|always|still|personally) )?(?:support|look after|take care of|be there for|stand by|help) (?:you|him|her|them|your \w+)\b(?! (?:to|with|into|onto|up|out|on|off)\b)(?!,? but\b)|\b(?:make sure|ensure) (?:that )?(?:you(?:'re| are)|you (?:have|get)) (?:supported|looked after|not alone|cared for|(?:all )?the support)\b|\b(?:make sure|ensure) (?:that )?(?:someone|somebody|a nurse|one of us|a member of (?:the )?staff|one of the nurses) (?:is|stays|will be|can be|can stay) (?:with|here for) you\b/i,
  ),
  cue(
    'nurse-supporting',
    0.8,
    /\b(?:do|get through|face|work through|go through) (?:this|it|all this) together\b|\bwe(?:'ll| will) do this together\b|\bin this together\b|\b(?:keep|be) checking (?:in )?on (?:you|him|her|them|your \w+)\b|\bI(?:'ll| will) (?:come back|pop back|check in)\b(?! (?:when|once|after|as soon as|in|later|with|to|at|tomorrow|tonight)\b)|\b(?:help|get|see) you through (?:this|it)\b/i,
  ),
  cue(
    'nurse-supporting',
    0.8,
    /\b(?:ring|call|phone|contact|message|page|find|come to|talk to|speak to|come straight to) (?:me|us)(?: [\w']+){0,3}? (?:any ?time|whenever|day or night|at any point|with anything)\b|\b(?:we|I)(?:'ll| will|'re| are| am|'m)? (?:going to )?(?:do|doing) (?:everything|all|whatever) (?:we|I) (?:can|possibly can)\b|\bI(?:'ll| will) be your (?:main |named |key )?(?:contact|point of contact|key worker)\b|\bwe(?:'re| are) with you\b|\bwhatever you need\b|\b(?:count|rely|depend) on (?:us|me)\b|\b(?:I'm|I am|we're|we are) always here\b|\bin your corner\b|\bdoor is always open\b|\bwe(?:'ll| will)\b[^.]*\btogether\b|\bget through (?:this|it) with you\b|\b(?:won't|will not|not going to|never going to|I'll never) leave you\b(?! (?:to|with|here|for|in|on))|\bcall on (?:us|me)\b|\bI(?:'ll| will) be (?:just )?(?:outside|nearby|close by|around|next door|down the corridor|at the desk)(?: [\w']+){0,2}? if you need\b|\bget you (?:all )?(?:the )?(?:help|support) (?:you need)?|\bI(?:'ll| will) be (?:right )?here when you\b|\b(?:stay|be here|be with you) (?:for )?as long as you (?:need|want|like)\b|\b(?:take|have) (?:all )?the time you need\b|\bthere's no rush\b|\b(?:you have|I give you|you've got) my word\b|\byou(?:'ve| have) got (?:us|me)\b|\b(?:stay|be|remain) (?:right )?here (?:with|for|beside) you\b|\b(?:sort|figure|work) (?:this|it|things) out together\b|\b(?:done|doing) everything (?:we|I) (?:can|possibly can) (?:to|for)\b|\bI(?:'m| am) with you\b(?! in (?:a|one))/i,
  ),
];

const EXPLORING: readonly Cue[] = [
  cue(
    'nurse-exploring',
    0.85,
    /\b(?:tell me|say|talk) (?:a (?:bit|little) )?more\b|\bmore about what you mean\b|\b(?:tell me|talk me through|share) (?:\w+ ){0,2}?(?:your|those|these|the) (?:worries|fears|concerns|feelings)\b/i,
    'question',
  ),
  cue(
    'nurse-exploring',
    0.85,
    /\b(?:going through|on|in) your (?:mind|head)\b|\bgoing on for you\b|\bwhat(?:'s| is| are| was)(?: been)? (?:the )?(?:hardest|worst|most (?:difficult|frightening|worrying|upsetting)|scariest|biggest worry)\b|\byour (?:biggest|main|greatest) (?:worry|fear|concern|worries|fears|concerns)\b/i,
    'question',
  ),
  cue(
    'nurse-exploring',
    0.85,
    /\b(?:frightens|scares|worries|concerns|upsets|bothers|troubles) you\b|\bwhat are you (?:most )?(?:worried|frightened|scared|concerned|afraid) (?:about|of)\b|\b(?:worrying|frightening|bothering|troubling|upsetting|scaring) you\b|\b(?:scared|frightened|afraid) of what\b/i,
    'question',
  ),
  cue(
    'nurse-exploring',
    0.8,
    /\bwhat (?:do|did) you mean\b|\bhow (?:are|were) you (?:feeling|coping|doing|holding up|managing|in yourself|finding (?:this|it|all|things|everything))\b|\bhow (?:have|had) you been (?:feeling|coping|doing|managing|holding up)\b|\bhow you(?:'re| are) (?:feeling|coping|doing|holding up|managing)\b|\bhow (?:does|did|do) (?:that|this|it|you) (?:make you feel|feel)\b|\bwhat(?:'s| has| was| is) (?:that|this|it|all this|all of this) (?:been )?like for you\b|\b(?:affecting|affected|impacting) you\b|\bwhat(?:'s| is) making you (?:feel|say)\b|\bwhat makes you (?:feel|say)\b|\bhow(?:'s| is| are) (?:everyone|the (?:rest of the )?family|your (?:family|children|kids|husband|wife|partner)|the kids) (?:coping|doing|holding up|taking it|managing)\b|\bwhat does (?:that|this|it) mean (?:to|for) you\b|\bhow (?:has|is|was) (?:this|that|it|all this|all of this) (?:been )?(?:for you|affecting you)\b|\bwhat you(?:'re| are) feeling\b|\bhow are you really\b|\bwhat(?:'s| was| has| is) (?:that|it|this|all this) (?:been )?like\b(?! (?:outside|out there|today|on))|\bwhat are you feeling\b|\byou(?:'re| are) (?:most )?(?:worried|frightened|scared|concerned|anxious|afraid) (?:about|of)\b/i,
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
