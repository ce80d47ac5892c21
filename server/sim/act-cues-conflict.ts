// Cues for reassurance and conflict: premature reassurance, limits, choices, commands and threats, dismissing the
// grievance, and apology.

import { type Cue, cue } from './act-cues-shared.ts';

// Reassurance before the facts allow it (a hedge such as "I can't promise" cancels it, see the classifier).
const REASSURANCE: readonly Cue[] = [
  cue(
    'premature-reassurance',
    0.9,
    /\b(?:don't|do not|try not to|no need to|nothing to|not to|wouldn't|would not|shouldn't|should not|I'd not) (?:you )?(?:worry|be (?:afraid|scared|frightened|worried|concerned))\b(?! (?:to|about asking)\b)/i,
  ),
  cue(
    'premature-reassurance',
    0.85,
    /\b(?:everything|it|all|things|she|he|you|they)(?:'ll| will|'s going to| is going to| are going to|'re going to) (?:all )?(?:be )?(?:absolutely |totally |completely |just |perfectly |definitely |surely )?(?:fine|okay|ok|alright|all right|right as rain|work out)\b/i,
  ),
  cue(
    'premature-reassurance',
    0.85,
    /\bI(?:'m| am) (?:sure|certain|positive|confident)(?: that)? (?:[\w']+ ){0,5}?(?:nothing|fine|clear|ok|okay|alright|all right|benign|just|going to be fine|pull through|recover|be back|wake up|get better|make it|be home|go (?:perfectly|well|smoothly|fine)|turn out|work out|be normal)\b/i,
  ),
  cue(
    'premature-reassurance',
    0.8,
    /\bnothing(?:'s| is| bad)? (?:is )?going to happen\b|\bnothing bad will happen\b|\bin no time\b|\bbefore you know it\b|\bright as rain\b|\bprobably (?:just|only|nothing)\b|\bback to (?:his|her|your|their) (?:old|normal|usual) (?:self|selves)\b|\bback on (?:your|his|her|their) feet\b/i,
  ),
  cue('premature-reassurance', 0.55, /^(?:oh,? )?it's (?:all )?fine\b(?! to)/i),
  cue(
    'premature-reassurance',
    0.8,
    /\bno (?:reason|need|cause) (?:for you )?to (?:worry|be (?:concerned|worried|scared|afraid|frightened))\b|\bno (?:need|reason|cause) for (?:concern|alarm|worry|panic)\b|\bnothing to be (?:concerned|worried|scared|afraid|frightened) (?:about|of)\b/i,
  ),
  cue(
    'premature-reassurance',
    0.75,
    /\bit(?:'s| is) (?:probably |likely |almost certainly |definitely )?nothing\b(?! to do| more)|\b(?:unlikely|not likely) to be (?:anything )?(?:serious|sinister|cancer|bad|a problem|worrying)\b|\b(?:definitely|certainly|absolutely) (?:not|isn't|won't be) (?:cancer|serious|anything (?:serious|bad|sinister))\b/i,
  ),
  cue(
    'premature-reassurance',
    0.8,
    /\bI promise(?: you)?(?: that)? (?:he|she|it|you|everything|they|your \w+)(?:'ll| will|'s going to| is going to|'re going to| are going to) (?!be (?:honest|straight))\w+|\b(?:he|she|you|they)(?:'ll| will|'s going to| is going to|'re going to| are going to) (?:definitely |surely |certainly )?(?:pull through|get through (?:this|it)|bounce back|beat (?:this|it)|come through (?:this|it))\b|\b(?:sort|work|clear|settle) (?:itself|themselves) (?:out|up|down)\b|\b(?:almost|nearly) always (?:come back |comes back |turn out |turns out )?(?:clear|fine|normal|benign|to be nothing)\b|\bin (?:the )?(?:best|safe|good) (?:possible )?hands\b/i,
  ),
];

// De-escalation: limits, choices, and the commands and threats that escalate instead.
const LIMITS: readonly Cue[] = [
  cue(
    'limit-setting',
    0.85,
    /\bI (?:can't|cannot|won't|will not) (?:let|allow|have) (?:you|anyone|people)\b|\bI(?:'m| am) not (?:able|going) to (?:let|allow) (?:you|anyone)\b|\bI (?:won't|will not|can't|cannot|am not going to) (?:be |have (?:you |people )?)?(?:spoken|talked|shouted|sworn) (?:to|at)\b|\b(?:don't|do not|won't|will not|can't|cannot) tolerate\b|\b(?:won't|will not|don't|do not) accept (?:that|this|any)? ?(?:kind of |sort of )?(?:behaviou?r|abuse|aggression|violence|threats|language)\b|\bzero tolerance\b|\bnot (?:be )?tolerated\b/i,
  ),
  cue(
    'limit-setting',
    0.8,
    /\b(?:it's |it is |that's |that is )?(?:not|isn't|is not) (?:ok|okay|acceptable|alright|all right)\b(?: (?:to|for (?:you|anyone) to|here))?|\bunacceptable\b/i,
    'statement',
  ),
  cue(
    'limit-setting',
    0.8,
    /\b(?:can't|cannot|won't be able to|not able to) (?:do that |talk |help(?: you)? |keep talking |listen |do this |carry on |continue )?(?:while|when|if) (?:you|you're|there's|things|the)\b|\bwon't be able to (?:hear|help|listen)\b/i,
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
    /\bas long as (?:we|you) (?:can )?(?:keep|stay|remain|talk|are|'re) (?:this |things |it )?(?:calm|respectful|civil|calmly|quietly)\b|\b(?:end|stop|pause|finish) (?:this|the|our) (?:conversation|discussion)\b|\bnot (?:prepared|willing) to (?:carry on|continue|keep talking|talk|discuss this)\b|\bnot going to (?:carry on|continue|keep talking) (?:while|if|when|like)\b|\bdraw the line\b|\bcross(?:es|ed|ing)? (?:a|the) line\b|\bthere are (?:some )?limits\b|\bif (?:we(?:'re| are) going to|we are to|we're to) (?:keep talking|carry on|continue|sort|get|work|talk)\b|\byou (?:can't|cannot) (?:take it out on|shout at|swear at|threaten|hit|push|grab|speak to (?:me|us|them|her|him|staff|the \w+) like|talk to (?:me|us|them|her|him|staff|the \w+) like)\b|\bif you (?:keep|carry on|continue|don't stop)\b[^.]*\b(?:step|walk) (?:away|out)\b|\b(?:step|walk) (?:away|out)\b[^.]*\bif you (?:keep|carry on|continue)\b|\b(?:keep|stay) (?:everyone|everybody|us all|all of us|the staff|people) safe\b/i,
  ),
];

const CHOICES: readonly Cue[] = [
  cue('offering-choices', 0.85, /\b(?:would|do) you (?:prefer|rather|like|want)\b[^.?!;]*\bor\b/i),
  cue(
    'offering-choices',
    0.85,
    /\bor (?:would you (?:rather|prefer|like)|is (?:here|this|now|that) (?:ok|okay|all right|alright|fine)|would (?:\w+ ){0,3}be (?:better|easier|preferable))\b/i,
  ),
  cue('offering-choices', 0.75, /\b(?:we|you) (?:can|could) \w+[^.?!;]*\bor\b/i),
  cue(
    'offering-choices',
    0.85,
    /\b(?:whichever|whatever) (?:you(?:'d)? (?:prefer|rather|like|want|choose)|works (?:best )?for you|suits you|feels right)\b|\bwhichever you decide\b|\bup to you\b|\byour (?:choice|call|decision)\b/i,
  ),
  cue(
    'offering-choices',
    0.8,
    /\b(?:two|three|a few|several|some|a couple of|different) options\b|\byou (?:can|could) (?:choose|decide|pick)\b|\bif you(?:'d)? prefer\b/i,
  ),
  cue('offering-choices', 0.55, /\bwould you rather\b/i),
];

const COMMANDS: readonly Cue[] = [
  cue('threat-or-command', 0.85, /\b(?:calm|settle|quieten|quiet|chill) (?:yourself )?(?:down|out)\b/i),
  cue(
    'threat-or-command',
    0.85,
    /^(?:(?:sir|ma'am|madam|mate|look|right|now|okay|ok|please|just|hey|oi|I said|and)\W+)*(?:sit (?:down|back down)|stand back|step (?:back|away)|back (?:off|away|up)\b|stop\b|shut up|be quiet|quiet\b|lower your voice|keep your voice down|listen(?: to me)?\b|get (?:out|back|away)|go (?:back|away|home)|go and (?:wait|sit|stand)|move (?:away|back)|watch your (?:language|tone|mouth)|relax\b|put (?:that|it|the \w+) down|drop (?:it|that)\b|hands off|let (?:go|her go|him go)\b|keep your hands|(?:that's )?enough(?:$| now$| of (?:this|that)| is enough)|behave\b|out(?: now| of here)?$|don't come (?:any )?(?:closer|near))/i,
  ),
  cue(
    'threat-or-command',
    0.85,
    /\byou (?:really )?(?:need|have|must|'ve got|got) to (?:calm|sit|stop|step|lower|leave|go|be quiet|relax|settle|back|move|get|keep|watch|wait your turn|behave|control yourself|listen)\b|\byou will (?:sit|calm|stop|leave|go|be quiet|step)\b|\b(?:lower|keep down) your voice\b|\bkeep your voice down\b|\bdon't (?:you )?(?:talk|speak|shout|swear|raise your voice|dare)\b|\bjust relax\b|\bI(?:'m| am) not (?:going to|gonna) (?:tell|ask) you again\b|\bI won't (?:tell|ask) you again\b|\b(?:last|final) warning\b|\bI(?:'m| am) warning you\b|\bdo (?:as|what) (?:you're|you are|I) (?:told|say)\b|\bI said (?:sit|calm|stop|be quiet|leave|get|go|move|step|back)\b|\benough is enough\b/i,
  ),
  cue(
    'threat-or-command',
    0.9,
    /\b(?:call(?:ing)?|get(?:ting)?|fetch|ring(?:ing)?|phon(?:e|ing)) (?:security|the police|the cops|911|999)\b|\bsecurity\b|\b(?:have|get) (?:you )?(?:removed|escorted|thrown out|arrested)\b|\bbe (?:removed|escorted out|thrown out|arrested|asked to leave)\b|\bask you to leave\b|\bor else\b|\bnobody(?:'s| is) going anywhere until\b|\bunless you (?:calm|stop|sit)\b|\bif you don't (?:calm|stop|sit|leave|lower|back|step|go)\b|\bone more word\b|\byou(?:'re| are) out\b(?! of)/i,
  ),
];

// Arguing, minimising, blaming or deflecting.
const DISMISSIVE: readonly Cue[] = [
  cue(
    'dismissive',
    0.9,
    /\byou(?:'re| are) (?:just |being )?(?:(?:a bit |a little |rather |quite |very |so |completely |totally )?(?:over-?reacting|unreasonable|ridiculous|silly|hysterical|dramatic|difficult|precious|childish|paranoid)|making (?:a|such a) (?:fuss|scene|big deal))\b|\bfuss (?:over|about) nothing\b/i,
  ),
  cue(
    'dismissive',
    0.85,
    /\bnot (?:my|our) (?:problem|fault|department|job|responsibility|area|patient|concern)\b|\bnothing to do with (?:me|us)\b|\bnot down to me\b|\btake it up with\b|\b(?:don't|do not|haven't got|have not got) (?:the )?time for (?:this|that)\b|\bwasting (?:my|our|everyone's) time\b|\bhardly (?:my|our) fault\b|\bit wasn't (?:me|my fault|our fault)\b|\bI wasn't (?:even )?(?:here|there|on (?:shift|duty)|working|the one)\b(?![^.]*\bbut\b)|\b(?:I'm|I am|we're|we are) (?:just|only) doing (?:my|our) (?:job|jobs)\b|\bI don't make the rules\b|\bI didn't (?:write|make|set|do) the (?:rota|rules|policy|policies)\b|\brules are rules\b|\b(?:not up to me|out of my hands|above my pay ?grade)\b/i,
  ),
  cue(
    'dismissive',
    0.8,
    /\beveryone (?:has|needs) to wait\b|\byou(?:'re| are) no different\b|\b(?:far |much |a lot )?sicker patients\b|\b(?:sicker|more unwell|more ill|worse off|more urgent) than (?:you|your|him|her|them)\b|\bnot the only (?:patient|one|person|family)\b|\byou should(?:'ve| have)(?: \w+)? (?:come|brought|called|rung|told|done|said|asked|mentioned|checked|read|listened|gone)\b|\bother (?:families|patients|people|relatives) (?:manage|have to|seem to|can|are able)\b|\bwait your turn\b|\bseen when you(?:'re| are) seen\b|\b(?:you'll|you will|you) (?:just )?have to (?:be patient|accept (?:it|that))\b|\b(?:you'll|you will) just have to wait\b/i,
  ),
  cue(
    'dismissive',
    0.85,
    /\bnot (?:that |such a |a )?(?:big (?:a )?deal|bad)\b|\bnot that (?:serious|bad|long)\b|\bhardly the end of the world\b|\bsorry (?:that )?you (?:feel|see it|see things|think|took it)\b|\bthat's (?:just )?(?:the|our) (?:policy|system|rules?)\b|\bthat's (?:just )?(?:how|the way) (?:it|things|the system|this place) (?:works?|is|are|goes)\b|\bit is what it is\b|\bnothing (?:more|else) (?:to say|I can do)\b|\bthere(?:'s| is) nothing I can do(?: about (?:it|that))?\b|\bno (?:point|need) (?:in )?(?:getting|being|to get) (?:upset|angry|worked up|so upset|so angry)\b|\bthese things happen\b|\bmistakes (?:happen|get made)\b|\b(?:nobody|no one|no-one)(?:'s| is) perfect\b|\bwe(?:'re| are) only human\b|\bno need for (?:that|this|the|such)(?: kind of)? ?(?:attitude|tone|language|rudeness|behaviour|behavior)\b|\b(?:there's |there is )?no need to (?:shout|be rude|take that tone|get (?:so )?(?:angry|upset|worked up|aggressive|nasty))\b|\bbe reasonable\b|\bby the book\b|\bfollowed (?:the )?(?:protocol|procedure|guidelines)\b/i,
  ),
  cue(
    'dismissive',
    0.8,
    /\b(?:losing your temper|shouting|getting angry|getting upset|being rude|complaining|moaning|kicking off|getting (?:worked up|aggressive))(?: at me| at us| about it)? (?:won't|will not|isn't going to|doesn't|is not going to|isn't) (?:get|help|make|change|speed|going to help|helping)\b|\byou(?:'re| are) not helping (?:\w+ ){0,2}?(?:by|yourself)\b|\b(?:we|the doctors|they|I) know what (?:we're|they're|I'm|we are|they are|I am) doing\b|\bit(?:'s| has) only been (?:a |an |about )?(?:few |couple of |\d+ |two |three |twenty |ten |forty )?(?:minutes?|hours?)\b|\bthat's (?:normal|standard|pretty good|not bad|quick) for (?:a&e|the er|casualty|here|a (?:friday|saturday|weekend))\b|\byou(?:'ve| have)? (?:must have )?misunderstood\b|\byou(?:'ve| have) got (?:it|that) wrong\b|\b(?:you'll|you will|you'd) (?:have|need) to (?:speak|talk|take (?:it|that) up) (?:to|with) (?:someone|somebody) else\b|\bI(?:'ve| have) got (?:other|lots of|loads of|\d+|twenty|ten) (?:other )?(?:patients|people) to (?:see|look after)\b/i,
  ),
];

export const CONFLICT_CUES: readonly Cue[] = [
  ...REASSURANCE,
  ...LIMITS,
  ...CHOICES,
  ...COMMANDS,
  ...DISMISSIVE,
  // Apology; condolences, "sorry?" and "sorry you feel that way" are filtered out by the classifier.
  cue('apology', 0.9, /\bapologi[sz](?:e|ing)\b|\bapologies\b/i),
];
