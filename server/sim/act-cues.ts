// The phrase cues behind the learner-act classifier: our own patterns, each with the confidence it earns on its
// own. Compiled once at load; the classifier only calls `.test` on them (none is global, so none keeps state).

import type { LearnerAct } from './acts.ts';

/** Where a cue counts: in any sentence, only in questions and open prompts, or only in statements. */
export type CueScope = 'any' | 'question' | 'statement';

export interface Cue {
  act: LearnerAct;
  confidence: number;
  pattern: RegExp;
  scope: CueScope;
}

const cue = (act: LearnerAct, confidence: number, pattern: RegExp, scope: CueScope = 'any'): Cue => ({
  act,
  confidence,
  pattern,
  scope,
});

// Emotion words a clinician might name. "afraid" is left out of "I'm afraid", which is a politeness formula.
const EMOTION =
  "(?:frightened|scared|(?<!I'm |I am )afraid|terrified|fearful|worried|anxious|nervous|panicky|angry|furious|livid|cross|annoyed|irritated|frustrated|upset|distressed|sad|devastated|heartbroken|gutted|overwhelmed|shocked|stunned|confused|helpless|hopeless|guilty|ashamed|exhausted|let down|disappointed|frustrating|frightening|scary|upsetting|worrying|overwhelming|distressing|devastating|shock|shaken(?: up)?|rattled|in shock|hurt|stressed|on edge|unsettled|fed up|a lot to take in)";

// Someone attributes a feeling: "you seem", "it sounds like", "I can see", "that must have been".
const ATTRIBUTION =
  "(?:you (?:seem|look|sound|appear|must (?:be|feel))|(?:that|this|it) (?:sounds|seems|looks)|I (?:hear|am hearing)|I'm hearing|you(?:'re| are)(?: feeling)?|(?:it )?sounds like|seems like|I can (?:see|tell|hear|sense)|I (?:know|imagine|expect|sense|guess|gather)|(?:this|that|it) must (?:be|have been|feel)|you(?:'ve| have) been(?: feeling)?|right to be|okay to be|ok to be)";

const DISEASE = String.raw`(?:cancer|tumou?rs?|mass|lesion|growth|carcinoma|adenocarcinoma|neoplasm|lymphoma|leuka?emia|sarcoma|metasta\w+|haemorrhage|hemorrhage|bleed|clot|infarct|stroke|haematoma|hematoma|shadow|heart attack)`;

export const CUES: readonly Cue[] = [
  // Greeting and introducing yourself or your role.
  cue('greeting', 0.9, /^(?:oh,? )?(?:hello|hi|hiya|hey|good (?:morning|afternoon|evening|day))\b/i),
  cue('greeting', 0.9, /\b(?:nice|pleased|good|lovely) to meet you\b|\bmy name(?:'s| is)\b/i),
  cue('greeting', 0.85, /\bI(?:'m| am) (?:Dr|Doctor|Nurse|Sister|Prof|Professor)\.? [A-Z]/),
  cue(
    'greeting',
    0.8,
    /\bI(?:'m| am|'ll be| will be) (?:the|one of the|a|an|your) (?:[\w-]+ ){0,3}(?:nurses?|doctors?|consultants?|registrars?|surgeons?|physicians?|practitioners?|sister|matron|paramedics?|residents?|interns?|fellows?|midwi(?:fe|ves)|chaplain|specialists?|anaesthetists?|anesthesiologists?|hospitalists?|attending|social worker|therapist|counsell?or)\b/i,
  ),
  cue(
    'greeting',
    0.8,
    /\bI(?:'m| am) (?!Sorry\b|Afraid\b|Sure\b|Not\b|Just\b|So\b|Here\b|Glad\b|Happy\b|Really\b|Going\b|Very\b)[A-Z][a-z]+(?=,|\.|\s+(?:and|from|one|the|a|your|here)\b|$)/,
  ),

  // Perception: what the patient already knows, has been told, or thinks is going on.
  cue(
    'perception-check',
    0.9,
    /\bwhat (?:have|has) (?:you|anyone|anybody|they|the \w+|your \w+)(?: \w+)? (?:been )?(?:told|said|explained|mentioned)\b/i,
    'question',
  ),
  cue(
    'perception-check',
    0.85,
    /\bwhat (?:you(?:'ve| have| had|'d)?|you) (?:already |currently |now )?(?:know|understand|understood|been told|heard|make of|made of|think (?:is|might|may|could) (?:be )?(?:going on|happening|wrong|causing|the (?:cause|problem)))/i,
    'question',
  ),
  cue(
    'perception-check',
    0.85,
    /\byour (?:understanding|impression|sense|take) of\b|\bwhat(?:'s| is) your understanding\b/i,
    'question',
  ),
  cue(
    'perception-check',
    0.85,
    /\bwhat do you (?:already )?(?:know|understand|remember)\b|\bwhat do you think (?:is|might|may|could) (?:be )?(?:going on|happening|wrong|causing)/i,
    'question',
  ),
  cue(
    'perception-check',
    0.7,
    /\bwhy do you think\b|\bwhat were you (?:thinking|expecting|told)\b/i,
    'question',
  ),
  cue('perception-check', 0.8, /\bdo you know (?:why|what|how|about)\b/i, 'question'),
  cue(
    'perception-check',
    0.75,
    /\b(?:thoughts?|ideas?|worries) (?:about|on|as to) what (?:it|this|that|the \w+) (?:might|could|may) be\b|\bwhat (?:it|this|that) (?:might|could|may) be\b/i,
    'question',
  ),
  cue(
    'perception-check',
    0.8,
    /\b(?:has|have|did) (?:anyone|anybody|someone|they|(?:the|your) (?:doctors?|consultants?|surgeons?|team|nurses?|GP|specialists?|registrars?|hospital|oncologists?|ward|\w+ (?:team|doctors?|nurses?)))(?: \w+)? (?:explained|explain|mentioned|mention|said|say|told|tell|talked|talk|spoken|speak|discussed|discuss)\b/i,
    'question',
  ),
  cue(
    'perception-check',
    0.75,
    /\bwhat (?:[\w']+ ){1,5}(?:have|has|had) (?:said|told you|explained|mentioned)\b/i,
    'question',
  ),

  // Invitation: how much, and what kind of, information they want now.
  cue(
    'invitation',
    0.9,
    /\bhow much (?:detail|information|info|you(?:'d)? (?:like|want) to (?:know|hear)|(?:do|would) you (?:like|want) to (?:know|hear)|we (?:talk|go into|discuss))/i,
  ),
  cue(
    'invitation',
    0.85,
    /\b(?:would|do) you (?:like|want) me to (?:go (?:through|over|into)|explain|tell you|talk (?:you )?through|share|describe|show)\b/i,
  ),
  cue('invitation', 0.8, /\b(?:would|do) you (?:like|want) to (?:know|hear) (?:more|about|what|the)\b/i),
  cue(
    'invitation',
    0.85,
    /\b(?:is it|would it be) (?:all right|alright|ok|okay|fine) (?:if I|for me to) (?:explain|tell|go (?:through|over)|talk|share|describe)\b/i,
  ),
  cue('invitation', 0.85, /\bwhat would (?:be )?(?:most |more )?helpful (?:for you )?to (?:know|hear)\b/i),
  cue('invitation', 0.8, /\bhow would you like me to (?:approach|go about|share|explain|put|give|tell)\b/i),
  cue(
    'invitation',
    0.75,
    /\b(?:likes?|prefers?|wants?) to (?:know|hear) (?:everything|every detail|all the|the details)|\b(?:the big picture|the main points|the headlines)\b/i,
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
  cue('invitation', 0.75, /\bwould it help if I (?:drew|draw|explained|wrote|showed|went)\b/i),
  cue('invitation', 0.75, /\b(?:prefer|like|want|ready) to hear (?:the |about )?(?:results?|news|what)\b/i),

  // Warning shot: announcing that bad news is coming, without the news itself.
  cue('warning-shot', 0.9, /\b(?:bad|difficult|serious|sad|hard|worrying|upsetting|distressing) news\b/i),
  cue('warning-shot', 0.85, /\b(?:sorry|afraid) to (?:tell you|say|have to tell you|be the one)\b/i),
  cue(
    'warning-shot',
    0.85,
    /(?:\bnot|n't) (?:what we(?: had| were|'d)? (?:hop|expect|want)\w*|(?:very |so |looking )?(?:good|great)(?: news)?\b(?! enough))/i,
  ),
  cue(
    'warning-shot',
    0.85,
    /\b(?:more serious|worse) than (?:we(?:'d| had)?|I(?:'d)?) (?:hoped|expected|thought)\b/i,
  ),
  cue(
    'warning-shot',
    0.85,
    /\b(?:going to be|will be|may be|might be|is) (?:(?:very|really|quite) )?(?:difficult|hard|tough) to hear\b/i,
  ),
  cue('warning-shot', 0.8, /\bwish I had (?:better|different) news\b/i),
  cue(
    'warning-shot',
    0.75,
    /\b(?:this|it|things|the situation)(?:'s| is| are) (?:very |really |quite )?(?:serious|grave)\b/i,
    'statement',
  ),
  cue('warning-shot', 0.8, /(?:\bnot|n't) the (?:news|result|results|outcome) (?:we|you|I|anyone)\b/i),

  // Knowledge: the bad news itself, or the facts of a delay or error.
  cue(
    'news-delivery',
    0.9,
    /\b(?:has|have|had|'s|'ve) (?:now |already |unfortunately )?spread\b|\bmetastasi[sz]ed\b/i,
    'statement',
  ),
  cue(
    'news-delivery',
    0.85,
    /\b(?:it|this|that|is|was|are|were)(?:'s| is| was)? (?:a |an )?(?:cancer(?:ous)?|tumou?r|malignan\w+|carcinoma|lymphoma|leuka?emia|sarcoma)\b(?! (?:nurse|specialist|doctor|team|centre|center|ward|unit|clinic|service))/i,
    'statement',
  ),
  cue(
    'news-delivery',
    0.85,
    new RegExp(
      String.raw`\b(?:shows?|showed|shown|found|confirms?|confirmed|revealed?|there(?:'s| is)|had|has)\b(?:\s+[\w']+){0,4}?\s+${DISEASE}\b`,
      'i',
    ),
    'statement',
  ),
  cue(
    'news-delivery',
    0.9,
    /\b(?:can't|cannot|can not|won't be able to|not (?:able|going) to) (?:be )?cure|\bnot (?:something|anything) (?:that )?we can (?:cure|fix)\b|\b(?:incurable|no cure)\b/i,
    'statement',
  ),
  cue(
    'news-delivery',
    0.9,
    /\b(?:died|passed away|is dead|didn't survive|did not survive|(?:couldn't|could not|weren't able to|were not able to) save)\b/i,
    'statement',
  ),
  cue(
    'news-delivery',
    0.85,
    /\b(?:cancer|tumou?rs?|it|lymphoma|disease)(?:'s| has| have| is| are) (?:come back|returned|grown|progressed|got bigger|getting bigger|still there)\b/i,
    'statement',
  ),
  cue(
    'news-delivery',
    0.85,
    /\b(?:treatment|chemo\w*|transplant|operation|surgery|radiotherapy|therapy|stent|procedure|antibiotics|tablets|drugs|medicines?)\b(?:\s+[\w']+){0,3}?\s+(?:isn't|is not|hasn't|has not|didn't|did not|wasn't|aren't|are not|stopped) (?:working|worked|work|successful)\b/i,
    'statement',
  ),
  cue(
    'news-delivery',
    0.8,
    /\b(?:months|weeks|days) rather than (?:years|months|weeks)\b|\b(?:only|just) (?:a few )?(?:weeks|months|days) (?:left|to live)\b/i,
    'statement',
  ),
  cue(
    'news-delivery',
    0.8,
    /\bwrong (?:clinic|patient|ward|record|department|address|dose|drug|medication|notes|file)\b|\bunder (?:another|a different|the wrong) (?:patient|name)\b|\blater than (?:it|they|she|he|that) should\b|\bshould have been (?:seen|started|given|sent|done|spotted|picked up)\b|\bwas never (?:sent|done|booked|made|passed on)\b|\b(?:was|were|is) (?:our|my) (?:mistake|fault|error)\b|\bthe delay (?:was|happened) because\b|\bwhich is why (?:your|her|his|she|he) \w+ waited\b/i,
    'statement',
  ),
  cue(
    'news-delivery',
    0.8,
    /\b(?:he|she|they|you)(?:'s| is| are|'re) (?:septic|dying|critically ill|seriously ill|very (?:very )?(?:unwell|sick|ill))\b|\bthe damage is (?:very |extremely )?(?:severe|extensive|serious)\b|\b(?:came back|come back|tested) positive\b/i,
    'statement',
  ),
  cue(
    'news-delivery',
    0.8,
    /\b(?:kidneys?|heart|liver|lungs?|organs?|brain|bone marrow)(?: \w+)? (?:is|are|'s|has|have) (?:failing|shutting down|failed|stopped working)\b|\bwe (?:made|have made|'ve made|gave (?:him|her|you|them)) (?:a|an|the wrong) (?:mistake|error|dose|drug|medication)\b(?: \w+){0,2} (?:with|in|on|to|during)\b/i,
    'statement',
  ),

  // NURSE: naming, understanding, respecting, supporting, exploring.
  cue(
    'nurse-naming',
    0.85,
    new RegExp(String.raw`\b${ATTRIBUTION}\b(?:\s+[\w']+){0,6}?\s+${EMOTION}\b`, 'i'),
  ),
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
      String.raw`\b(?:anyone|anybody|most people|any parent|any of us|I)(?: in your (?:position|shoes|situation|place))?(?: would|'d) (?:be|feel)(?:\s+[\w']+){0,2}?\s+(?:${EMOTION}|the same|too)\b`,
      'i',
    ),
  ),
  cue(
    'nurse-understanding',
    0.8,
    /\b(?:understandable|natural|normal|okay|ok|reasonable) (?:to (?:be|feel)|way to feel|reaction|thing to feel)\b|\bunderstandable\b/i,
  ),
  cue(
    'nurse-understanding',
    0.8,
    /\bI don't blame you\b|\bevery right to (?:be|feel)\b|\bno wonder\b|\byou(?:'re| are) (?:right|entitled) to (?:be|feel)\b|\bI can(?:'t|not)? (?:only )?imagine\b|\bI (?:can )?(?:see|get) why\b|\bI get (?:it|that)\b|\bof course you(?:'re| are| feel)\b/i,
  ),
  cue(
    'nurse-understanding',
    0.75,
    /\b(?:this|that|it) must (?:be|have been|feel) (?:so |really |very |incredibly )?(?:hard|difficult|tough|awful|terrible|horrible|a lot)\b/i,
  ),
  cue(
    'nurse-respecting',
    0.85,
    /\byou(?:'ve| have)? (?:done|did) (?:everything|all the right|exactly the right|absolutely the right|just the right|the right|so well|really well|(?:a|an) (?:great|brilliant|fantastic|amazing|wonderful|incredible) job)\b/i,
  ),
  cue('nurse-respecting', 0.7, /\bthe right (?:thing|questions|call|decision)\b/i, 'statement'),
  cue(
    'nurse-respecting',
    0.85,
    /\byou(?:'ve| have) been (?:so |incredibly |really |very |amazingly |remarkably )?(?:strong|brave|patient|amazing|brilliant|wonderful|fantastic|a (?:real|great|huge) (?:advocate|support|help))\b/i,
  ),
  cue(
    'nurse-respecting',
    0.8,
    /\bhow much you (?:care|love)\b|\byou (?:clearly|obviously|really) (?:care|love)\b|\badvocate\b|\bI (?:really |truly )?(?:respect|admire)\b|\bthat (?:takes|took) (?:real )?(?:courage|strength)\b/i,
  ),
  cue('nurse-respecting', 0.75, /\bthank you for (?:telling|sharing|being|speaking|asking|letting)\b/i),
  cue(
    'nurse-respecting',
    0.8,
    /\b(?:looking after|caring for) (?:him|her|them|your \w+)(?: [\w']+){0,4}? (?:so well|brilliantly|beautifully)\b|\byou(?:'ve| have)? (?:all )?(?:handled|coped with|managed|faced) (?:it|this|so much|everything|all (?:of )?this)\b|\b(?:wasn't|isn't|was not|is not|can't have been) easy to (?:say|share|tell|ask|talk)\b|\bwith (?:real |such )?(?:grace|courage|dignity)\b|\byou(?:'ve| have)? (?:clearly |obviously |really )?(?:fought|worked|tried|pushed) (?:so |really |very |incredibly )?hard\b|\bhow hard you(?:'ve| have)? (?:worked|tried|fought|pushed)\b|\b(?:doing|done) (?:a|such a|an) (?:great|brilliant|fantastic|amazing|wonderful|incredible) job\b/i,
  ),
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
    /\bI(?:'m| am) (?:still )?here(?: for you| with you)?(?=,|\.|$| and\b)|\bnot going anywhere\b/i,
  ),
  cue(
    'nurse-supporting',
    0.85,
    /\b(?:keep|carry on|continue|won't stop|never stop|not stop) (?:looking after|caring for|supporting|taking care of) you\b|\b(?:won't|will not|never|not going to) (?:abandon|desert|give up on) you\b|\b(?:we|I)(?:'ll| will| are going to|'re going to) (?:support|look after|take care of) you\b|\b(?:make sure|ensure) (?:that )?you(?:'re| are) (?:supported|looked after|not alone|cared for)\b/i,
  ),
  cue(
    'nurse-supporting',
    0.8,
    /\b(?:do|get through|face|work through|go through) (?:this|it) together\b|\bwe(?:'ll| will) do this together\b|\bin this together\b|\b(?:keep|be) checking (?:in )?on you\b|\bI(?:'ll| will) (?:come back|pop back|check in)\b/i,
  ),
  cue(
    'nurse-exploring',
    0.85,
    /\b(?:tell me|say|talk) (?:a (?:bit|little) )?more\b|\bmore about what you mean\b/i,
    'question',
  ),
  cue(
    'nurse-exploring',
    0.85,
    /\b(?:going through|on) your mind\b|\bwhat(?:'s| is| are| was) (?:the )?(?:hardest|worst|most (?:difficult|frightening|worrying|upsetting)|scariest|biggest worry)\b/i,
    'question',
  ),
  cue(
    'nurse-exploring',
    0.85,
    /\bwhat (?:frightens|scares|worries|concerns|upsets|bothers) you\b|\bwhat are you (?:most )?(?:worried|frightened|scared|concerned|afraid) (?:about|of)\b|\b(?:worrying|frightening|bothering|troubling|upsetting|scaring) you\b/i,
    'question',
  ),
  cue(
    'nurse-exploring',
    0.8,
    /\bwhat (?:do|did) you mean\b|\bhow (?:are|were) you (?:feeling|coping|doing|holding up|managing)\b|\bhow you(?:'re| are) (?:feeling|coping|doing|holding up|managing)\b|\bhow (?:does|did) (?:that|this|it) (?:make you feel|feel)\b/i,
    'question',
  ),

  // Reassurance before the facts allow it (a hedge such as "I can't promise" cancels it, see the classifier).
  cue(
    'premature-reassurance',
    0.9,
    /\b(?:don't|do not|try not to|no need to|nothing to|not to) (?:you )?(?:worry|be (?:afraid|scared|frightened|worried))\b/i,
  ),
  cue(
    'premature-reassurance',
    0.85,
    /\b(?:everything|it|all|things|she|he|you|they)(?:'ll| will|'s going to| is going to| are going to|'re going to) (?:all )?(?:be )?(?:absolutely |totally |completely |just |perfectly )?(?:fine|okay|ok|alright|all right|right as rain|work out)\b/i,
  ),
  cue(
    'premature-reassurance',
    0.85,
    /\bI(?:'m| am) (?:sure|certain|positive) (?:it(?:'s| is|'ll| will)|they(?:'ll| will)|you(?:'ll| will)|this is|that's) (?:be )?(?:nothing|fine|clear|ok|okay|benign|just|going to be fine)\b/i,
  ),
  cue(
    'premature-reassurance',
    0.8,
    /\bnothing(?:'s| is) going to happen\b|\bin no time\b|\bright as rain\b|\bprobably (?:just|only|nothing)\b/i,
  ),
  cue('premature-reassurance', 0.55, /^(?:oh,? )?it's (?:all )?fine\b(?! to)/i),
  cue(
    'premature-reassurance',
    0.8,
    /\bno (?:reason|need|cause) (?:for you )?to (?:worry|be (?:concerned|worried|scared|afraid|frightened))\b/i,
  ),
  cue(
    'premature-reassurance',
    0.75,
    /\bit(?:'s| is) (?:probably |likely |almost certainly )?nothing\b(?! to do| more)/i,
  ),

  // De-escalation: limits, choices, and the commands and threats that escalate instead.
  cue(
    'limit-setting',
    0.85,
    /\bI (?:can't|cannot|won't|will not) (?:let|allow|have) (?:you|anyone|people)\b|\bI(?:'m| am) not (?:able|going) to (?:let|allow) (?:you|anyone)\b/i,
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
    /\b(?:can't|cannot|won't be able to|not able to) (?:do that |talk |help(?: you)? |keep talking |listen |do this )?(?:while|when|if) (?:you|you're|there's|things|the)\b|\bwon't be able to (?:hear|help|listen)\b/i,
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
  cue('offering-choices', 0.85, /\b(?:would|do) you (?:prefer|rather|like|want)\b[^.?!;]*\bor\b/i),
  cue(
    'offering-choices',
    0.85,
    /\bor (?:would you (?:rather|prefer|like)|is (?:here|this|now|that) (?:ok|okay|all right|alright|fine))\b/i,
  ),
  cue('offering-choices', 0.75, /\b(?:we|you) (?:can|could) \w+[^.?!;]*\bor\b/i),
  cue(
    'offering-choices',
    0.85,
    /\b(?:whichever|whatever) (?:you(?:'d)? (?:prefer|rather|like|want|choose|decide)|works (?:best )?for you|suits you|feels right)\b|\bup to you\b|\byour (?:choice|call|decision)\b/i,
  ),
  cue(
    'offering-choices',
    0.8,
    /\b(?:two|three|a few|several|some|a couple of|different) options\b|\byou (?:can|could) (?:choose|decide|pick)\b|\bif you(?:'d)? prefer\b/i,
  ),
  cue('offering-choices', 0.55, /\bwould you rather\b/i),
  cue('threat-or-command', 0.85, /\b(?:calm|settle|quieten|quiet) (?:yourself )?down\b/i),
  cue(
    'threat-or-command',
    0.85,
    /^(?:(?:sir|ma'am|madam|mate|look|right|now|okay|ok|please|just|hey)\W+)*(?:sit (?:down|back down)|stand back|step back|back off|stop\b|shut up|be quiet|lower your voice|keep your voice down|listen(?: to me)?\b|get (?:out|back)|go (?:back|away|home)|move (?:away|back)|watch your (?:language|tone|mouth)|relax\b)/i,
  ),
  cue(
    'threat-or-command',
    0.85,
    /\byou (?:really )?(?:need|have|must|'ve got|got) to (?:calm|sit|stop|step|lower|leave|go|be quiet|relax|settle|back|move|get|keep|watch)\b|\byou will (?:sit|calm|stop|leave|go|be quiet|step)\b|\b(?:lower|keep down) your voice\b|\bkeep your voice down\b|\bdon't (?:you )?(?:talk|speak|shout|swear|raise your voice|dare)\b|\bjust relax\b/i,
  ),
  cue(
    'threat-or-command',
    0.9,
    /\b(?:call(?:ing)?|get(?:ting)?|fetch|ring(?:ing)?|phon(?:e|ing)) (?:security|the police|the cops|911|999)\b|\b(?:have|get) (?:you )?(?:removed|escorted|thrown out|arrested)\b|\bbe (?:removed|escorted out|thrown out|arrested)\b|\bask you to leave\b|\bor else\b|\bnobody(?:'s| is) going anywhere until\b|\bunless you (?:calm|stop|sit)\b/i,
  ),
  cue(
    'summary',
    0.9,
    /\b(?:to recap|to sum up|to summari[sz]e|in summary|what I(?:'m| am) hearing is|(?:if|as) I(?:'ve| have) understood|(?:let me|I'll|can I|I'd like to) (?:just )?(?:quickly )?(?:recap|summari[sz]e|sum up)|just to (?:recap|go over|pull together|summari[sz]e|sum up)|to pull (?:it |this |everything )?together)\b/i,
  ),
  cue(
    'summary',
    0.85,
    /\blet me (?:just )?(?:check|make sure|see if) (?:that )?I(?:'ve| have)? (?:got|understood|understand)\b|\bI(?:'ve| have) got this (?:right|straight)\b|\b(?:sure|check) (?:that )?I(?:'ve| have) (?:got|understood) (?:it|that|this|you)\b|\blet me (?:just )?(?:go|run) (?:back )?(?:over|through) what\b|\bwhat we(?:'ve| have) (?:agreed|talked about|discussed|said)\b/i,
  ),

  // Arguing, minimising, blaming or deflecting.
  cue(
    'dismissive',
    0.9,
    /\byou(?:'re| are) (?:just |being )?(?:over-?reacting|(?:completely |totally |very |so )?(?:unreasonable|ridiculous|silly|hysterical|dramatic|difficult)|making (?:a|such a) (?:fuss|scene|big deal))\b|\bfuss (?:over|about) nothing\b/i,
  ),
  cue(
    'dismissive',
    0.85,
    /\bnot (?:my|our) (?:problem|fault|department|job|responsibility)\b|\bnothing to do with me\b|\bnot down to me\b|\btake it up with\b|\bdon't have time for this\b|\bwasting (?:my|our|everyone's) time\b/i,
  ),
  cue(
    'dismissive',
    0.8,
    /\beveryone (?:has|needs) to wait\b|\byou(?:'re| are) no different\b|\b(?:far |much |a lot )?sicker patients\b|\byou should(?:'ve| have) (?:come|brought|called|rung|told|done)\b|\bother (?:families|patients|people|relatives) (?:manage|have to|seem to|can|are able)\b/i,
  ),
  cue(
    'dismissive',
    0.85,
    /\bnot (?:that |such a )?(?:big (?:a )?deal|bad)\b|\bhardly the end of the world\b|\bsorry (?:that )?you (?:feel|see it|see things|think|took it)\b|\bthat's (?:just )?(?:the|our) policy\b|\bit is what it is\b|\bnothing (?:more|else) (?:to say|I can do)\b|\bno (?:point|need) (?:in )?(?:getting|being|to get) (?:upset|angry|worked up|so upset|so angry)\b|\bthese things happen\b/i,
  ),
  cue(
    'dismissive',
    0.8,
    /\b(?:losing your temper|shouting|getting angry|getting upset|being rude)(?: at me)? (?:won't|will not|isn't going to|doesn't|is not going to) (?:get|help|make|change)\b/i,
  ),

  // Apology; condolences, "sorry?" and "sorry you feel that way" are filtered out by the classifier.
  cue('apology', 0.9, /\bapologi[sz](?:e|ing)\b|\bapologies\b/i),
];

/** A "sorry" that is not an apology: condolence, asking for a repeat, or the non-apology "sorry you feel that way". */
export const SORRY = /\bsorry\b/i;
export const SORRY_NOT_APOLOGY =
  /\bsorry (?:for|about) your (?:loss|bereavement|husband|wife|partner|mum|mom|mother|dad|father|son|daughter|brother|sister|baby|child|grandmother|grandfather|gran|grandad|grandma|grandpa|nan|friend|family)\b|\bsorry to hear\b|\bsorry (?:that )?(?:this|it) (?:is |has |'s )?(?:been )?happen(?:ing|ed) to (?:you|your)\b|\bsorry for what you(?:'re| are) going through\b|^sorry\W*(?:$|what|could you|can you|I didn't|say that|come again|pardon)|\bsorry (?:that )?you (?:feel|see it|see things|think|took it)\b/i;

/** Hedges that turn reassurance into honesty: "I can't promise it'll be fine". */
export const REASSURANCE_HEDGE =
  /\b(?:can't|cannot|won't|can not|not going to|couldn't|wish I could|don't know (?:if|whether)) (?:promise|tell you|say|pretend|guarantee|know)\b/i;

/** Sentences where disease words are not news: good results or the patient's own account. */
export const NEWS_BLOCK =
  /\b(?:no|not any|without) (?:sign|signs|evidence|trace)\b|\bsorry to hear\b|\byou (?:said|told me|mentioned)\b/i;

/** An offer of help that makes a limit respectful ("but I do want to help"). */
export const HELP_OFFER =
  /\bI (?:do |really |still )?want to (?:help|keep helping|sort|understand|hear|listen)|\bI(?:'m| am) (?:listening|here to help)\b/i;
