// Cues for reassurance and conflict: premature reassurance, limits, choices, commands and threats, dismissing the
// grievance, and apology.

import { type Cue, cue, inStatements } from './act-cues-shared.ts';

// Reassurance before the facts allow it (a hedge such as "I can't promise" cancels it, see the classifier).
const REASSURANCE: readonly Cue[] = [
  cue(
    'premature-reassurance',
    0.9,
    /\b(?:don't|do not|try not to|no need to|nothing to|not to|wouldn't|would not|shouldn't|should not|I'd not) (?:you )?(?:worry|panic|be (?:afraid|scared|frightened|worried|concerned))\b(?! (?:to|about asking)\b)|\b(?:don't|do not) (?:you )?(?:go )?worry(?:ing)? yourself\b|\bbe (?:home|back|out|fine|up and about)\b[^.]*\bno problem\b/i,
  ),
  cue(
    'premature-reassurance',
    0.85,
    /\b(?:everything|it|all|things|she|he|you|they)(?:'ll| will|'s going to| is going to| are going to|'re going to) (?:all )?(?:be )?(?:absolutely |totally |completely |just |perfectly |definitely |surely )?(?:fine|okay|ok|alright|all right|right as rain|work out)\b/i,
  ),
  cue(
    'premature-reassurance',
    0.85,
    /\bI(?:'m| am) (?:sure|certain|positive|confident)(?: that)? (?:[\w']+ ){0,5}?(?:nothing|fine|clear|ok|okay|alright|all right|benign|just|going to be fine|pull through|recover|be back|wake up|get better|make it|be home|go (?:perfectly|well|smoothly|fine)|turn out|work out|be normal|sort (?:it|this|things) out|fix (?:it|this))\b/i,
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
    /\bI promise(?: you)?(?: that)? (?:he|she|it|you|everything|they|your \w+)(?:'ll| will|'s going to| is going to|'re going to| are going to) (?!be (?:honest|straight))\w+|\b(?:he|she|you|they)(?:'ll| will|'s going to| is going to|'re going to| are going to) (?:definitely |surely |certainly )?(?:pull through|get through (?:this|it)|bounce back|beat (?:this|it)|come through (?:this|it))\b|\b(?:sort|work|clear|settle) (?:itself|themselves) (?:out|up|down)\b|\b(?:almost|nearly) always (?:come back |comes back |turn out |turns out )?(?:clear|fine|normal|benign|to be nothing|nothing)\b|\bin (?:the )?(?:best|safe|good) (?:possible )?hands\b|\bthere (?:won't|will not|shouldn't|should not) be any (?:problems|complications|issues|trouble)\b|\bnothing (?:will|is going to|can|could) go wrong\b|\b(?:in|at) the (?:best|right) (?:possible )?place\b|\b(?:she|he|it|you|they)(?:'ll| will) be right\b(?! (?:back|there|with|here|in|out|along|over|up|down))|\b(?:most|nearly all|almost all) (?:[\w']+ ){0,3}?(?:are|turn out to be|end up being) (?:nothing|harmless|benign|fine|normal)\b|\blose (?:any )?sleep over\b|\beverything(?:'s| is) (?:under control|in hand)\b|\bdon't (?:you )?fret\b|\bno way (?:it's|it is|that's|it'll be)\b|\btoo young (?:for (?:it|this|that) to be|to have)\b|\b(?:they're|it's|these are|those are|they are) (?:almost )?always (?:fine|okay|ok|benign|nothing|harmless)\b|\b(?:stay|think|keep) positive\b|\blook on the bright side\b|\bwon't hurt (?:a bit|at all|one bit)\b|\b(?:you'll|you will|he'll|he will|she'll|she will|it'll|it will) be cured\b|\b(?:definitely|certainly|surely) (?:be home|be back|be out|recover|be fine|get better|walk again)\b|\b(?:honestly|I promise|trust me|don't worry),? (?:you're|he's|she's|it's|they're|everything's) (?:fine|okay|ok|alright|all right)\b|\bnothing (?:wrong|the matter) with (?:you|him|her)\b|\b(?:sure|certain|confident) (?:it's|it is|that's|that it's) not\b|\b(?:lots of|most|many|plenty of) people (?:have|get|live with) (?:this|it)(?: [\w']+){0,4}? (?:fine|ok|okay|alright|all right|normal lives?)\b|\bI doubt (?:it's|it is|that it's|it'll be) (?:anything|cancer|serious)\b|\b(?:let's|try) not (?:to )?think (?:about|of) the worst\b/i,
  ),
];

// De-escalation: limits, choices, and the commands and threats that escalate instead.
const LIMITS: readonly Cue[] = [
  cue(
    'limit-setting',
    0.85,
    /\b(?:I|we) (?:can't|cannot|won't|will not) (?:let|allow|have) (?:you|anyone|people|that)\b|\bI(?:'m| am) not (?:able|going) to (?:let|allow) (?:you|anyone)\b|\bI (?:won't|will not|can't|cannot|am not going to) (?:be |have (?:you |people )?)?(?:spoken|talked|shouted|sworn) (?:to|at)\b|\b(?:don't|do not|won't|will not|can't|cannot) tolerate\b|\b(?:won't|will not|don't|do not) accept (?:that|this|any)? ?(?:kind of |sort of )?(?:behaviou?r|abuse|aggression|violence|threats|language)\b|\bzero tolerance\b|\bnot (?:be )?tolerated\b/i,
  ),
  cue(
    'limit-setting',
    0.8,
    /\b(?:it's |it is |that's |that is )?(?:not|isn't|is not) (?:ok|okay|acceptable|alright|all right)\b(?: (?:to|for (?:you|anyone) to|here))?|\bunacceptable\b|\bnot fine to (?:throw|shout|swear|hit|threaten|push|kick|grab|speak|talk|break)\b/i,
    'statement',
    // Owning a failure ("you waited four hours, and that's not acceptable") is not a limit on the listener.
    /\b(?:wait(?:ed|ing)?|the wait|the delay|delayed|happened to|was handled|we (?:did|let|kept|got)|our (?:fault|mistake|error|care|service))\b/i,
  ),
  cue(
    'limit-setting',
    0.8,
    /\b(?:can't|cannot|(?:won't|not going to|not) be able to|not able to) (?:do that |talk |help(?: you)? |keep talking |listen |do this |carry on |continue )?(?:while|when|if) (?:you|you're|there's|things|the)\b|\b(?:once|when|as soon as) (?:you(?:'ve| have) calmed down|you(?:'re| are) calmer|things are calmer|everyone(?:'s| is) calmer)\b|\bwon't be able to (?:hear|help|listen)\b/i,
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
    /\bas long as (?:we|you) (?:can )?(?:keep|stay|remain|talk|are|'re) (?:this |things |it )?(?:calm|respectful|civil|calmly|quietly)\b|\b(?:end|stop|pause|finish) (?:this|the|our) (?:conversation|discussion)\b|\bnot (?:prepared|willing) to (?:carry on|continue|keep talking|talk|discuss this)\b|\bnot going to (?:carry on|continue|keep talking) (?:while|if|when|like)\b|\bdraw the line\b|\bcross(?:es|ed|ing)? (?:a|the) line\b|\bthere are (?:some )?limits\b|\bif (?:we(?:'re| are) going to|we are to|we're to) (?:keep talking|carry on|continue|sort|get|work|talk)\b|\byou (?:can't|cannot) (?:take it out on|shout at|swear at|threaten|hit|push|grab|speak to (?:me|us|them|her|him|staff|the \w+) like|talk to (?:me|us|them|her|him|staff|the \w+) like)\b|\byou (?:can't|cannot) (?:speak|talk) to (?:my|our|the) \w+ like (?:that|this)\b|\bif you (?:keep|carry on|continue|don't stop)\b[^.]*\b(?:step|walk) (?:away|out)\b|\b(?:step|walk) (?:away|out)\b[^.]*\bif you (?:keep|carry on|continue)\b|\b(?:keep|stay) (?:everyone|everybody|us all|all of us|the staff|people) safe\b|\bI need you to \w+(?: [\w']+){0,5}? so (?:that )?(?:we|I) can (?:talk|help|sort|listen|work|keep)\b|\bif you (?:keep|carry on|continue|don't stop)\b[^.]*\bI(?:'ll| will|'m going to| am going to) (?:have to )?(?:leave|step|walk|go|end|stop|pause)\b|\bthere(?:'s| is) a limit\b|\bbut I need (?:you|us|everyone) to\b|\bI need us to\b|\bnot (?:if|while|when) you(?:'re| are)? (?:going to |keep |continue to )?(?:shout|swear|speak|talk|threaten|behave|act|carry on)\w*\b|\byou (?:can't|cannot) (?:go|come) (?:in|through|back) (?:there|here)\b|\b(?:talk|speak|discuss (?:this|it)|do this) (?:about this |about it )?calmly\b|\b(?:won't|will not|not (?:[\w']+ ){0,3}?(?:willing|prepared|going) to|can't|cannot) (?:put up with|tolerate)\b|\b(?:can't|cannot|won't|will not|not going to) (?:discuss|talk about|continue|carry on|have this conversation)(?: [\w']+){0,3}? (?:while|when|if|until) you\b|\b(?:fine|okay|ok|alright|all right|understandable|natural) to (?:be|feel) \w+[^.]*?\bbut\b[^.]*?(?:\bnot (?:fine|okay|ok|alright|all right|acceptable)|can't|cannot|won't)\b|\b(?:won't|will not|don't|do not|can't|cannot) accept (?:being )?(?:shouted|sworn|threatened|abused|spoken to|talked to)\b/i,
  ),
];

const CHOICES: readonly Cue[] = [
  cue('offering-choices', 0.85, /\b(?:would|do) you (?:prefer|rather|like|want)\b[^.?!;]*\bor\b/i),
  cue(
    'offering-choices',
    0.85,
    /\bor (?:would you (?:rather|prefer|like)|is (?:here|this|now|that) (?:ok|okay|all right|alright|fine)|would (?:\w+ ){0,3}be (?:better|easier|preferable))\b/i,
  ),
  cue(
    'offering-choices',
    0.75,
    /\b(?:we|you) (?:can|could) \w+[^.?!;]*\bor\b/i,
    'any',
    /\b(?:day or night|sooner or later|more or less|one way or (?:another|the other)|or so|or two|or three|or anything|or something|or whatever)\b/i,
  ),
  cue(
    'offering-choices',
    0.85,
    /\b(?:whichever|whatever) (?:you(?:'d)? (?:prefer|rather|like|want|choose)|works (?:best )?for you|suits you|feels right)\b|\bwhichever you decide\b|\bup to you\b|\byour (?:choice|call|decision)\b/i,
  ),
  cue(
    'offering-choices',
    0.8,
    /\b(?:two|three|a few|several|some|a couple of|different) options\b|\byou (?:can|could) (?:choose|decide|pick)\b|\bif you(?:'d)? prefer\b|\byou(?:'re| are)? (?:can|could|may|welcome to) \w+[^.?!;]*\bif you(?:'d| would)? (?:like|prefer|want|rather)\b/i,
  ),
  cue('offering-choices', 0.55, /\bwould you rather\b/i),
  cue('offering-choices', 0.7, /\bwould you prefer\b/i, 'question'),
];

const COMMANDS: readonly Cue[] = [
  cue('threat-or-command', 0.85, /\b(?:calm|settle|quieten|quiet|chill) (?:yourself )?(?:down|out)\b/i),
  cue(
    'threat-or-command',
    0.85,
    /^(?:(?:sir|ma'am|madam|mate|look|right|now|okay|ok|please|just|hey|oi|I said|and)\W+)*(?:sit (?:down|back down)|stand back|step (?:back|away)|back (?:off|away|up)\b|stop\b|shut up|be quiet|quiet\b|lower your voice|keep your voice down|listen(?: to me)?\b|get (?:out|back|away)|go (?:back|away|home)|go and (?:wait|sit|stand)|move (?:away|back)|watch your (?:language|tone|mouth)|relax\b|put (?:that|it|the \w+) down|drop (?:it|that)\b|hands off|let (?:go|her go|him go)\b|keep your hands|(?:that's )?enough(?:$| now$| of (?:this|that)| is enough)|behave\b|out(?: now| of here)?$|don't come (?:any )?(?:closer|near))/i,
    'any',
    /\bmake yourself (?:at home|comfortable)\b|\b(?:take|have) a seat\b|\bif you(?:'d)? like\b|\bwhen you(?:'re| are) ready\b/i,
  ),
  cue(
    'threat-or-command',
    0.85,
    /\byou (?:really )?(?:need|have|must|'ve got|got) to (?:calm|sit|stop|step|lower|leave|go|be quiet|relax|settle|back|move|get|keep|watch|wait your turn|behave|control yourself|listen)\b|\byou will (?:sit|calm|stop|leave|go|be quiet|step)\b|\b(?:lower|keep down) your voice\b|\bkeep your voice down\b|\bdon't (?:you )?(?:talk|speak|shout|swear|raise your voice|dare)\b|\bjust relax\b|\bI(?:'m| am) not (?:going to|gonna) (?:tell|ask) you again\b|\bI (?:won't|will not) (?:tell|ask) you again\b|\bshut it\b|\bdon't move\b|\b(?:last|final) warning\b|\bI(?:'m| am) warning you\b|\bdo (?:as|what) (?:you're|you are|I) (?:told|say)\b|\bI said (?:sit|calm|stop|be quiet|leave|get|go|move|step|back)\b|\benough is enough\b/i,
  ),
  cue(
    'threat-or-command',
    0.9,
    /\b(?:call(?:ing)?|get(?:ting)?|fetch|ring(?:ing)?|phon(?:e|ing)) (?:security|the police|the cops|911|999)\b|\b(?:asked|alerted|involved?|pressed the (?:alarm|buzzer) for|called|rung|phoned) (?:for )?(?:security|the police)\b|\bsecurity (?:will be|is going to be|are going to be|'ll be|has been|have been|are|is) (?:called|involved|here|on (?:their|its) way|coming)\b|\b(?:have|get) (?:you )?(?:removed|escorted|thrown out|arrested)\b|\bbe (?:removed|escorted out|thrown out|arrested|asked to leave)\b|\bask you to leave\b|\bor else\b|\bnobody(?:'s| is) going anywhere until\b|\bunless you (?:calm|stop|sit)\b|\bif you don't (?:calm|stop|sit|leave|lower|back|step|go)\b|\bone more word\b|\b(?:banned|barred) from\b|\b(?:going to|will|'ll) regret\b|\bor (?:you'll|you will) (?:be|have to)\b|\bor (?:leave|get out|I'll)\b|\byou(?:'re| are) out\b(?! of)/i,
  ),
];

// Arguing, minimising, blaming or deflecting.
const DISMISSIVE: readonly Cue[] = [
  // Passing the grievance on: not my job, not my call, ask someone else.
  cue(
    'dismissive',
    0.8,
    /\b(?:a question|one) for (?:the (?:doctors?|nurses?|consultant|ward|desk|team)|someone else|somebody else),? not me\b|\bnot the (?:person|one|people) (?:you need|you should|you want) to (?:speak|talk|complain)\b|\b(?:nobody|no one|no-one) (?:told|tells) me\b|\bI (?:just|only) work here\b|\b(?:can't|cannot|couldn't) do anything about (?:it|that|this)\b|\b(?:can't|cannot) make (?:an )?exceptions?\b|\bno exceptions\b|\b(?:like|same as) every(?:one|body) else\b|\bin order of (?:priority|urgency|arrival)\b|\b(?:need|have|got) to be patient\b|\b(?:not how|how) we do things\b|\b(?:it's|this is) a (?:very |really )?busy (?:department|ward|place|hospital|night|shift)\b|\bheard (?:it|all this|all that|this|that) (?:all )?before\b|\byeah,? yeah\b|\bwhatever\.?$|\b(?:worrying|worried|fussing|fuss) (?:about|over) nothing\b|\b(?:exaggerating|overdramati[sz]ing|making a mountain)\b|\b(?:pretty|very|fairly|quite|only a|just a) (?:minor|small|trivial|little) (?:thing|issue|problem|matter|wait)\b|\b(?:could|can) be (?:a lot |much |far )?worse\b|\bnot the end of the world\b|\bno need to be like that\b|\bdon't (?:start|take that tone)\b|\bend of (?:discussion|story)\b|\b(?:try to|you need to|just) be (?:rational|sensible|realistic|logical)\b|\bkeep (?:your )?(?:emotions|feelings) out of\b|\bhow busy we are\b|\byou (?:have to|need to|must|should) understand (?:that )?(?:we|there are|it's|this is)\b|\bnot (?:all )?about you\b|\bno point (?:in )?(?:dwelling|going over|worrying|crying)\b|\bwhat's done is done\b|\b(?:can't|cannot) change (?:the past|what(?:'s| has) happened)\b|\b(?:let's|can we) (?:just )?move on\b|\b(?:anyway|anyhow),? (?:moving on|as I was saying)\b|\bexplained (?:this|that|it) (?:twice|already|before|three times)\b|\b(?:irrelevant|beside the point)\b|\b(?:have it|are|were) (?:much |far |a lot )?worse off\b|\bhave it (?:much |far |a lot )?worse\b|\bbe (?:thankful|grateful|glad) (?:it|that|he|she|you)\b|\bat least (?:he|she|it|you|they)(?:'s| is| was|'re| are| were| has| have)\b|\b(?:didn't|did not) mean (?:anything|any harm) by it\b|\b(?:wasn't|was not) (?:intentional|deliberate|on purpose)\b|\bthat's all (?:we|I) can do\b|\bdon't (?:appreciate|like) (?:your|that) tone\b|\bdon't be (?:silly|ridiculous|daft|stupid|dramatic|childish|so dramatic)\b|\ball in your head\b|\b(?:he's|she's|they're|you're) (?:just|only) (?:old|elderly|getting on)\b/i,
  ),
  cue(
    'dismissive',
    0.9,
    /\byou(?:'re| are) (?:just |being )?(?:(?:a bit |a little |rather |quite |very |so |completely |totally )?(?:over-?reacting|unreasonable|ridiculous|silly|hysterical|dramatic|difficult|precious|childish|paranoid|rude)|making (?:a|such a) (?:fuss|scene|big deal))\b|\bfuss (?:over|about) nothing\b/i,
  ),
  cue(
    'dismissive',
    0.85,
    /\bnot (?:my|our) (?:problem|fault|department|job|responsibility|area|patient|concern)\b|\bnothing to do with (?:me|us)\b|\bnot down to me\b|\btake it up with\b|\b(?:don't|do not|haven't got|have not got) (?:the )?time for (?:this|that)\b|\bwasting (?:my|our|everyone's) time\b|\bhardly (?:my|our) fault\b|\bit wasn't (?:me|my fault|our fault)\b|\bI wasn't (?:even )?(?:here|there|on (?:shift|duty)|working|the one)\b(?![^.]*\bbut\b)|\b(?:I'm|I am|we're|we are) (?:just|only) doing (?:my|our) (?:job|jobs)\b|\bI don't make the rules\b|\bI didn't (?:write|make|set|do) the (?:rota|rules|policy|policies)\b|\brules are rules\b|\b(?:not up to me|out of my hands|above my pay ?grade)\b/i,
  ),
  cue(
    'dismissive',
    0.8,
    /\beveryone (?:has|needs) to wait\b|\byou(?:'re| are) no different\b|\b(?:far |much |a lot )?sicker patients\b|\b(?:sicker|more unwell|more ill|worse off|more urgent) than (?:you|your|him|her|them)\b|\bnot the only (?:patient|one|person|family)\b|\byou should(?:'ve| have)(?: \w+)? (?:come|brought|called|rung|told|done|said|asked|mentioned|checked|read|listened|gone)\b|\bother (?:families|patients|people|relatives) (?:manage|have to|seem to|can|are able|have been waiting|are waiting|waited)\b|\b(?:making|make) (?:such )?a (?:fuss|scene|drama)\b|\b(?:very|really|extremely|incredibly|so) busy (?:tonight|today|at the moment|right now)?,? (?:you know|I'm afraid)\b|\b(?:short[- ]staffed|understaffed)\b(?![^.]*\b(?:no excuse|sorry)\b)|\bwait your turn\b|\bseen when you(?:'re| are) seen\b|\b(?:you'll|you will|you) (?:just )?have to (?:be patient|accept (?:it|that))\b|\b(?:you'll|you will) just have to wait\b/i,
  ),
  cue(
    'dismissive',
    0.85,
    /\bnot (?:that |such a |a )?(?:big (?:a )?deal|bad)\b|(?:\bnot|n't) that (?:serious|bad|long|big)\b|\bhardly the end of the world\b|\bsorry (?:that )?you (?:feel|see it|see things|think|took it)\b|\bthat's (?:just )?(?:the|our) (?:policy|system|rules?)\b|\bthat's (?:just )?(?:how|the way) (?:it|things|the system|this place) (?:works?|is|are|goes)\b|\bit is what it is\b|\bnothing (?:more|else) (?:to say|I can do)\b|\bthere(?:'s| is) nothing I can do(?: about (?:it|that))?\b|\bno (?:point|need) (?:in )?(?:getting|being|to get) (?:upset|angry|worked up|so upset|so angry)\b|\bthese things happen\b|\bmistakes (?:happen|get made)\b|\b(?:nobody|no one|no-one)(?:'s| is) perfect\b|\bwe(?:'re| are) only human\b|\bno need for (?:that|this|the|such)(?: kind of)? ?(?:attitude|tone|language|rudeness|behaviour|behavior)\b|\b(?:there's |there is )?no need to (?:shout|be rude|take that tone|get (?:so )?(?:angry|upset|worked up|aggressive|nasty|emotional|excited|hysterical|cross|shirty|stressed))\b|\bbe reasonable\b|\bby the book\b|\bfollowed (?:the )?(?:protocol|procedure|guidelines)\b/i,
  ),
  cue(
    'dismissive',
    0.8,
    /\b(?:losing your temper|shouting|getting angry|getting upset|being rude|complaining|moaning|kicking off|crying|panicking|getting (?:worked up|aggressive|emotional))(?: at me| at us| about it)? (?:won't|will not|isn't going to|doesn't|is not going to|isn't|won't do) (?:get|help|make|change|speed|going to help|helping|(?:any|much) good)\b|\byou(?:'re| are) not helping (?:\w+ ){0,2}?(?:by|yourself)\b|\b(?:we|the doctors|they|I) know what (?:we're|they're|I'm|we are|they are|I am) doing\b|\bit(?:'s| has) only been (?:a |an |about )?(?:few |couple of |\d+ |two |three |twenty |ten |forty )?(?:minutes?|hours?)\b|\bthat's (?:normal|standard|pretty good|not bad|quick) for (?:a&e|the er|casualty|here|a (?:friday|saturday|weekend))\b|\byou(?:'ve| have)? (?:must have )?misunderstood\b|\byou(?:'ve| have) got (?:it|that) wrong\b|\b(?:you'll|you will|you'd) (?:have|need) to (?:speak|talk|take (?:it|that) up) (?:to|with) (?:someone|somebody) else\b|\bI(?:'ve| have) got (?:[\w-]+ ){0,2}?(?:other )?(?:patients|people|things) to (?:see|look after|do|deal with)\b|\bif you(?:'d| had) (?:brought|come|called|rung|listened|told)\b|\bwhat (?:do )?you (?:want|expect) me to do about (?:it|that)\b|\bwhat (?:do|did) you expect\b(?! (?:the|it|them|to|us|from|will)\b)|\bnothing to (?:be|get) (?:so )?(?:upset|angry|worked up|annoyed|cross) about\b|\bthat's (?:the NHS|hospitals|A&E|the ER) for you\b|\bno point (?:in )?(?:complaining|shouting|arguing|moaning|kicking off)\b|\bit's not (?:like|as if) (?:he|she|you|they)(?:'s| is|'re| are) (?:dying|going to die)\b|\bI(?:'ve| have) already (?:told|explained(?: to)?) you\b|\blet (?:us|me) do (?:our|my) (?:job|jobs|work)\b|\b(?:nobody|no one|no-one) else (?:is|has been|was) (?:complaining|moaning|making a fuss)\b|\byou should be (?:grateful|thankful|glad)\b|\byou(?:'re| are) lucky (?:it's|you|to|that)\b|\b(?:jump|skip|push in) the queue\b|\bdrop everything\b|\b(?:isn't|is not|aren't|are not|not) (?:a|the|our|top) priority\b|\bit's (?:just )?(?:her|his|your|their) age\b|\bjust old age\b|\bnot a hotel\b|\bseen (?:when|once) (?:a doctor|someone|the doctor|they|she|he)(?:'s| is| are)? ?(?:can|free|available|gets? (?:a chance|round to (?:it|you)))\b|\bwhen (?:we|they|I) get (?:a chance|round to (?:it|you))\b|\bdon't see (?:what|why) (?:the|all the|all this) (?:problem|fuss|issue)\b|\bwhat's the big deal\b|\bmaking (?:this|things|it) (?:harder|worse|more difficult) for (?:everyone|everybody|us|the staff|yourself)\b|\bgo (?:somewhere|elsewhere) else\b|\bif you don't like it\b|\bthat's your opinion\b|\bheard it all before\b|\bhappens all the time\b|\b(?:make|file|put in) a complaint(?:,)? then\b/i,
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
