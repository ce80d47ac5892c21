// Cues for the SPIKES-shaped acts: greeting, perception, invitation, warning shot, the news itself, and summary.

import { type Cue, cue, DIAGNOSIS, DISEASE, notAFinding } from './act-cues-shared.ts';

const NOT_SPREAD = notAFinding('spread|gone|in the');
const NOT_DISEASE = notAFinding(`${DISEASE}|${DIAGNOSIS}|anything|serious|sinister|sign|signs|evidence`);
const NOT_RETURNED = notAFinding('come back|returned|grown|progressed|bigger|growing|spread');

const GREETING: readonly Cue[] = [
  cue('greeting', 0.9, /^(?:oh,? )?(?:hello|hi|hiya|hey(?!$)|good (?:morning|afternoon|evening|day))\b/i),
  cue(
    'greeting',
    0.85,
    /^(?:morning|afternoon|evening|welcome)\b(?=\s*(?:,|$|!|everyone|all\b|there|folks|(?:mr|mrs|ms|miss|dr)\b|I'm|my\b|to\b))/i,
  ),
  cue(
    'greeting',
    0.9,
    /\b(?:nice|pleased|good|lovely) to (?:meet|see) you\b|\bmy name(?:'s| is)\b|\bintroduce myself\b|\bI(?:'m| am) (?:\w+ )?from the (?:[\w-]+ ){0,3}(?:team|department|ward|unit|service)\b/i,
  ),
  cue(
    'greeting',
    0.85,
    /\bI(?:'m| am) (?:Dr|Doctor|Nurse|Sister|Prof|Professor)\.? [a-z]+\b(?<!\b(?:enough|here|and|so|too|now|today))/i,
  ),
  cue(
    'greeting',
    0.8,
    /\bI(?:'m| am|'ll be| will be) (?:the|one of the|a|an|your) (?:[\w&-]+ ){0,3}(?:nurses?|doctors?|docs?|consultants?|registrars?|surgeons?|physicians?|practitioners?|sister|sisters|matron|paramedics?|residents?|interns?|fellows?|midwi(?:fe|ves)|chaplain|specialists?|anaesthetists?|anesthesiologists?|hospitalists?|attending|social worker|therapist|counsell?or|house officers?|SHOs?|FY[12]s?|managers?|lead|coordinators?|nurse in charge|in charge|team|porters?|healthcare assistants?|HCAs?|students?|physios?|dietitians?|pharmacists?|radiographers?|sonographers?|GPs?|clinicians?)\b/i,
  ),
  cue(
    'greeting',
    0.8,
    /\bI(?:'m| am) (?!Sorry\b|Afraid\b|Sure\b|Not\b|Just\b|So\b|Here\b|Glad\b|Happy\b|Really\b|Going\b|Very\b|Certain\b|Confident\b|Impressed\b|Worried\b|Concerned\b)[A-Z][a-z]+(?: [A-Z][\w'-]+)?(?=,|\.|\s+(?:and|from|one|the|a|your|here)\b|$)/,
  ),
];

const PERCEPTION: readonly Cue[] = [
  cue(
    'perception-check',
    0.9,
    /\bwhat (?:have|has) (?:you|anyone|anybody|they|the \w+|your \w+)(?: \w+)? (?:been )?(?:told|said|explained|mentioned)\b|\bwhat did (?:anyone|anybody|they|the \w+|your \w+)(?: \w+){0,4}? (?:tell|say|explain|mention)\b|\bwhat (?:were|are) you (?:worried|afraid|scared|frightened|concerned) (?:it|this|that) (?:might|could|may|was|is)\b/i,
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
  cue(
    'perception-check',
    0.85,
    /\byour (?:own )?(?:understanding|impression|sense|take|view|feeling|idea|thoughts?) (?:of|about|on|as to) (?:how|what|why|where|whether|things|it all|everything|the (?:situation|scan|results?|illness|treatment|diagnosis))|\byour (?:understanding|impression|sense|take) of\b|\bwhat(?:'s| is) your understanding\b/i,
    'question',
  ),
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
  cue(
    'perception-check',
    0.8,
    /\b(?:has|have|did) (?:anyone|anybody|someone|they|(?:the|your) (?:doctors?|consultants?|surgeons?|team|nurses?|GP|specialists?|registrars?|hospital|oncologists?|ward|paramedics?|ambulance crew|\w+ (?:team|doctors?|nurses?)))(?: \w+)? (?:explained|explain|mentioned|mention|said|say|told|tell|talked|talk|spoken|speak|discussed|discuss)\b/i,
    'question',
  ),
  cue(
    'perception-check',
    0.75,
    /\bwhat (?:[\w']+ ){1,5}(?:have|has|had) (?:said|told you|explained|mentioned)\b|\bwhat have you (?:heard|picked up|gathered|read|been able to find out)\b|\bhow much (?:do you know|have you been told|has been (?:explained|said|discussed))\b|\bwhat did you make of\b|\bin your own words\b|\bas far as you(?: know|'re aware| are aware)\b|\bdid you know (?:why|what|how|about|that)\b|\b(?:thoughts?|ideas?) (?:about|on|as to) (?:what|why)\b|\b(?:have|had) you been (?:told|given|informed)\b|\bwere you told\b|\bhow much do you (?:understand|remember)\b|\bhow do you see (?:things|it|the situation|what's happening)\b|\b(?:from )?your (?:point of view|perspective)\b|\b(?:were|had) you (?:been )?expecting (?:this|that|something|bad news|news like this|it)\b/i,
    'question',
  ),
];

const INVITATION: readonly Cue[] = [
  cue(
    'invitation',
    0.9,
    /\bhow much (?:detail|information|info|you(?:'d)? (?:like|want) to (?:know|hear)|(?:do|would) you (?:like|want) (?:me )?to (?:know|hear|tell|explain|go into|say|share)|we (?:talk|go into|discuss))/i,
  ),
  cue(
    'invitation',
    0.85,
    /\b(?:would|do) you (?:like|want) me to (?:go (?:through|over|into|on)|explain|tell you|talk (?:you )?through|share|describe|show|continue|carry on|keep going)\b/i,
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
    /\bhow would you like me to (?:approach|go about|share|explain|put|give|tell)\b|\bhow would you like to (?:hear|get|receive|do) (?:the |this|it)/i,
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
  cue(
    'invitation',
    0.8,
    /\bare you ready (?:for me to|to (?:hear|talk|go through|discuss))\b|\bis (?:now|this|it) a (?:good|ok|okay|bad) time to (?:talk|go through|discuss|go over)\b|\bwhat (?:else )?(?:would|do) you (?:like|want) to know\b|\banything you(?:'d| would) (?:rather|prefer) (?:I )?(?:not|didn't) (?:know|hear|go into|talk about)\b|\b(?:ok|okay|alright|all right) (?:for me )?to (?:go on|carry on|continue)\b|\b(?:shall|can|should) I (?:go on|carry on|continue)\b|\b(?:would|do) you (?:like|want) me to be (?:\w+ )?(?:honest|straight|direct|frank|upfront|open|blunt)\b|\b(?:shall|should|can) we (?:go through|go over|talk about|look at|discuss) (?:the|what|your)\b|\bare you (?:happy|okay|ok|alright|all right|comfortable) (?:for me )?(?:to|with me) (?:explain|tell|go|talk|share|discuss)|\bwhere would you like (?:me )?to start\b|\b(?:someone|somebody|a person|the (?:kind|type|sort) of person) who (?:likes|wants|prefers)\b|\bwhat would you like me to (?:cover|explain|go through|go over|focus on|tell you)\b|\banything you (?:don't|do not|wouldn't|would not) want to (?:know|hear)\b|\b(?:part|bit|thing)s? you(?:'d| would) like me to (?:explain|go (?:through|over)|talk about|cover)\b/i,
    'question',
  ),
];

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
    /(?:\bnot|n't) (?:what (?:we|any of us|anyone|you|I)(?: had| were|'d)? (?:hop|expect|want)\w*|(?:have |got |look(?:ing)? |sound(?:ing)? )?(?:very |so |too |looking )?(?:good|great)(?: news)?\b(?! (?:enough|idea|to|at|for|with)\b))/i,
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
  cue('warning-shot', 0.8, /(?:\bnot|n't) the (?:news|result|results|outcome) (?:we|you|I|anyone)\b/i),
  cue(
    'warning-shot',
    0.8,
    /\b(?:talk|speak|tell you|discuss|share)(?: with you| to you)?(?: \w+){0,2} (?:something|things) (?:serious|difficult|hard|important and difficult|worrying|upsetting)\b|\b(?:shown|showed|shows|found|picked up|there(?:'s| is)) (?:something|a problem|an abnormality|some (?:changes|problems)) (?:that(?:'s| is)? )?(?:concerning|worrying|serious|abnormal|we didn't expect)\b|\b(?:results?|scans?|tests?|bloods|they|findings)(?:'re| are| is|'s| were| was) (?:a (?:bit|little) |quite |very )?(?:worrying|concerning)\b(?! (?:you|him|her|about|for)\b)|\bthey show (?:a|some) (?:problem|problems|changes)\b|\b(?:something|some things|some news) (?:really |very |quite )?(?:difficult|hard|serious|upsetting|worrying|sad|important) to (?:tell|say|share|discuss|talk about)\b|\bsomething I (?:need|have|'ve got) to (?:tell|say to) you\b|\bsomething (?:we|I) (?:need|have) to (?:talk about|discuss)\b|\b(?:it's|it is|this is|that's|things are|the news is) (?:really |very |pretty )?bad\b(?! (?:for|at|idea|habit)\b)/i,
    'statement',
  ),
  cue(
    'warning-shot',
    0.7,
    /\bI(?:'m| am) (?:really |very |quite |extremely |a (?:bit|little) )?(?:worried|concerned) (?:about|by) (?:him|her|them|your (?:mum|mom|mother|dad|father|husband|wife|partner|son|daughter|baby|child|brother|sister|nan|gran|grandma|grandad|granddad)|what the (?:scan|test|results?) (?:show|shows|showed))\b/i,
    'statement',
  ),
];

// Bad news in plain words: a serious diagnosis, spread, failure of treatment, a death, a poor prognosis, or the
// facts of an error or delay. Guards in the classifier drop it for good results, hypotheticals and recounting.
const NEWS: readonly Cue[] = [
  cue(
    'news-delivery',
    0.9,
    /\b(?:has|have|had|'s|'ve) (?:now |already |unfortunately |sadly |also )?spread\b|\bmetastasi[sz]ed\b|\b(?:it|cancer|tumou?r|disease|lymphoma|growth|infection)(?:'s| is| has| has got| has gone|'s got|'s gone) (?:now |also |already )?(?:in|into) (?:the |your |his |her |both )?(?:bones?|liver|lungs?|brain|lymph nodes|glands|spine|blood|bowel|stomach|skin|bladder|kidneys?)\b/i,
    'statement',
    NOT_SPREAD,
  ),
  cue(
    'news-delivery',
    0.85,
    /\b(?:it|this|that|is|was|are|were)(?:'s| is| was)? (?:a |an )?(?:\w+ ){0,3}?(?:cancer(?:ous)?|tumou?r|malignan\w+|carcinoma|lymphoma|leuka?emia|myeloma|melanoma|sarcoma)\b(?! (?:nurse|specialist|doctor|team|centre|center|ward|unit|clinic|service|charity|support)s?\b)/i,
    'statement',
    NOT_DISEASE,
  ),
  cue(
    'news-delivery',
    0.85,
    new RegExp(
      String.raw`\b(?:shows?|showed|shown|showing|found|confirms?|confirmed|revealed?|picked up|suffered|sustained|developed|indicates?|indicated|suggests?|suggested|consistent with|in keeping with|signs? of|evidence of|there(?:'s| is| are)|had|has|have|got)\b(?:\s+[\w']+){0,4}?\s+${DISEASE}\b(?! (?:nurse|specialist|doctor|team|centre|center|clinic|service|charity)s?\b)`,
      'i',
    ),
    'statement',
    NOT_DISEASE,
  ),
  cue(
    'news-delivery',
    0.85,
    new RegExp(
      String.raw`\b(?:it(?:'s| is)|this is|that(?:'s| is)|(?:he|she|you|they|your \w+|the baby)(?:'ve| have|'s| has)(?: got| had| been diagnosed with| developed)?|(?:he|she|you|they)(?:'re| are|'s| is) suffering from|diagnosed with|diagnosed (?:you|him|her|them) with|(?:the |your |her |his )?diagnosis (?:is|was)|(?:it |this |that )?(?:looks?|looked) like|(?:it |this |that )?(?:appears|seems) to be|(?:he|she|they|you)(?:'ve| have|'s| has) had|(?:shows?|showed|confirms?|confirmed) (?:that )?(?:it(?:'s| is)|(?:he|she|you|they) (?:has|have|had)))\s+(?:definitely |probably |most likely |almost certainly |actually |now |also )?${DIAGNOSIS}\b(?! (?:nurse|specialist|team|clinic|service|charity|support|risk|test)s?\b)`,
      'i',
    ),
    'statement',
    NOT_DISEASE,
  ),
  cue(
    'news-delivery',
    0.9,
    /\b(?:can't|cannot|can not|won't|will not|won't be able to|not (?:able|going) to|isn't going to) (?:be )?cure|\bnot (?:something|anything) (?:that )?we can (?:cure|fix)\b|\b(?:incurable|no cure|not curable|no longer curable|untreatable|not treatable|terminal|terminally ill|end[ -]stage|life[ -]limiting|inoperable)\b|\b(?:can't|cannot|won't be able to|unable to|not able to) operate\b|\b(?:nothing|not anything|isn't anything|is not anything)(?: more| else| further)? (?:that )?(?:we|anyone|the doctors|the team|they) (?:can|could) do\b(?! (?:about|for) (?:the|your|this) (?:wait|delay|queue|parking))|\b(?:nothing|not anything|isn't anything)(?: more| else)? (?:that )?(?:we|they) can (?:do|give) to (?:cure|get rid of|remove|stop|shrink|fix|reverse)\b|\bnothing more (?:can|could) be done\b|\b(?:run|ran) out of (?:treatment )?options\b|\bno (?:more|further|other) (?:treatment|treatments|options)\b/i,
    'statement',
  ),
  cue(
    'news-delivery',
    0.9,
    /\b(?:died|passed away|passed on|(?:she|he|your \w+)(?: has)? passed(?! (?:out|the|a|an|his|her|it|that|through|by|over|urine|water|blood|wind|stool)\b)|is dead|didn't survive|did not survive|didn't make it|did not make it|(?:couldn't|could not|weren't able to|were not able to|wasn't able to|was not able to|unable to) (?:save|revive|resuscitate|restart|bring (?:him|her|them) back)|(?:we(?:'ve| have)?|you(?:'ve| have)?) lost (?:him|her|them|the baby|your \w+)|(?:his|her|the baby's|their|your \w+'s) heart (?:had |has )?stopped|(?:she|he)(?:'s| has| is) gone\b(?! (?:home|to|for|back|out|up|down|into|through|off|in|over|away|ahead|quiet|well|very|really|a bit|pale|grey|downhill|blue|yellow))|no heartbeat|brain[ -](?:stem )?dead|on life support|in a coma|no longer with us|(?:was|were|has been|have been) killed|stillborn|stillbirth|born sleeping|deceased|lost (?:his|her|their) li(?:fe|ves)|(?:pronounced|declared|confirmed) dead|time of death|no (?:signs of )?brain (?:activity|function)|stopped growing|(?:is|are|'s|'re) (?:likely|going|expected) to die|(?:may|might|will|could) die\b(?! (?:without|if|unless))|(?:not|isn't|is not) survivable|(?:didn't|did not|never) (?:pull through|wake up|woke up|regain(?:ed)? consciousness)|heart (?:gave out|gave up|(?:wouldn't|would not|didn't|did not|couldn't|could not) (?:restart|start again|beat again))|slipped away|tried to (?:resuscitate|revive|restart (?:his|her|their) heart) (?:him|her|them)?)\b|\b(?:did|done) (?:everything|all) (?:we|they|the team) (?:could|possibly could)\b(?! to\b)/i,
    'statement',
  ),
  cue(
    'news-delivery',
    0.85,
    /\b(?:cancer|tumou?rs?|lymphoma|disease|leuka?emia|myeloma|melanoma|growth|mass|lump)(?:'s| has| have| is| are) (?:actually |now |also |unfortunately |sadly )?(?:come back|returned|grown|progressed|got bigger|gotten bigger|getting bigger|still there|spreading|growing)\b|\bit(?:'s| has| is) (?:actually |now |also |unfortunately |sadly )?(?:come back|returned|grown|progressed|got bigger|gotten bigger|getting bigger)\b|\b(?:new|more) (?:spots|tumou?rs|growths|areas of cancer)\b|\b(?:has|have|'s|'ve) relapsed\b|\b(?:cancer|tumou?r|lymphoma|leuka?emia|myeloma|disease)(?:'s| is| has come) back\b|\b(?:condition|he|she|they)(?:'s| has| have) (?:(?:really|badly|very|quite|a lot|significantly) )?(?:deteriorated|worsened|got(?:ten)? (?:much |a lot )?worse)\b|\b(?:hasn't|has not|haven't|have not|didn't|did not|isn't|is not|aren't|not) (?:responded|responding|respond) to\b|\b(?:disease|cancer|condition|illness) (?:has )?progress(?:ed|ing)\b/i,
    'statement',
    NOT_RETURNED,
  ),
  cue(
    'news-delivery',
    0.85,
    /\b(?:treatment|chemo\w*|transplant|operation|surgery|radiotherapy|therapy|stent|procedure|antibiotics|tablets|drugs|medicines?|immunotherapy|trial)\b(?:\s+[\w']+){0,5}?\s+(?:isn't|is not|hasn't|has not|didn't|did not|wasn't|was not|aren't|are not|stopped|is no longer|are no longer|has stopped|have stopped|weren't|won't) (?:working|worked|work|successful|helping|helped|shrunk|shrunken|controlled|effective|going to work|able to remove)\b|\b(?:not|isn't|aren't) responding to (?:the )?(?:treatment|chemo\w*|antibiotics|drugs)\b|\b(?:don't|do not) think (?:the )?(?:treatment|chemo\w*|antibiotics|drugs|tablets|medicines?|immunotherapy|radiotherapy) (?:is|are) (?:working|helping)\b|\b(?:couldn't|could not|weren't able to|were not able to|can't|cannot|not able to) (?:remove|take out|get (?:it|all of it|it all|the \w+) out)\b/i,
    'statement',
  ),
  cue(
    'news-delivery',
    0.8,
    /\b(?:months|weeks|days) rather than (?:years|months|weeks)\b|\b(?:only|just) (?:have |has |got |be )?(?:a (?:few|couple of) |hours or )?(?:hours|days|weeks|months) (?:left|to live)\b|\b(?:may|might|probably) only (?:have|has|live) (?:a (?:few|couple of) )?(?:hours|days|weeks|months)\b|\b(?:hours|days|weeks) to (?:days|weeks|months)\b|\bnot (?:got |have )?(?:very )?long (?:left|to live)\b|\b(?:he|she|they|you|the baby|your \w+)(?: \w+)? (?:won't|will not|may not|might not|could not|may never|might never|will never|won't ever) (?:survive|wake up|recover|make it|get better|walk again|pull through|live)\b|\btoo (?:advanced|far gone|widespread|late) (?:for|to)\b|\b(?:cancer|tumou?r|disease|it)(?:'s| is) (?:very |quite |now |too |already )?(?:advanced|aggressive|widespread|extensive)\b|\bstage (?:4|four|IV)\b|\b(?:prognosis|outlook|chances?)(?: of [\w']+)? (?:is|are|isn't|is not|looks?) (?:very |extremely |quite )?(?:poor|bleak|grim|low|slim|small|not good|not great)\b|\b(?:stop|withdraw|withdrawing|stopping|switch off|switching off|turn off|turning off) (?:active |life[- ]sustaining |his |her |the )?(?:treatment|support|ventilator|life support|machines?)\b|\b(?:won't|will not|never|may never|might never|not) be able to (?:breathe|walk|talk|speak|eat|swallow|see|move|come home|go home|live)\b(?:[\w' ]*?\b(?:again|on (?:his|her|their) own|independently))|\bnever (?:walk|talk|speak|see|wake up|breathe|eat) (?:[\w']+ ){0,3}?again\b|\b(?:rather than|instead of) (?:trying to )?cur(?:e|ing)\b|\b(?:can|could) only (?:make|keep) (?:her|him|you|them) comfortable\b|\b(?:machines?|ventilator|life support) (?:is|are) (?:the only thing )?keeping (?:him|her|them) alive\b|\b(?:is|are) (?:permanent|irreversible|not reversible)\b|\bstarved of oxygen\b|\b(?:end|last (?:days|weeks|hours)) of (?:her|his|your|their) life\b|\b(?:not|isn't|is not) viable\b|\b(?:isn't|is not|aren't|are not|won't|will not|not|unlikely|not expected) (?:going |likely |expected )?to (?:survive|recover|wake up|get better|pull through|come home|make it)\b|\b(?:don't|do not) (?:think|expect) (?:he|she|they|you|your \w+)(?:'ll| will|'s going to| is going to|'re going to| are going to) (?:survive|recover|wake up|get better|pull through|come home|make it|live)\b/i,
    'statement',
  ),
  cue(
    'news-delivery',
    0.8,
    /\bwrong (?:clinic|patient|ward|record|department|address|dose|drug|medication|notes|file|blood|leg|side|result)\b|\bunder (?:another|a different|the wrong) (?:patient|name)\b|\blater than (?:it|they|she|he|that) should\b|\bshould have been (?:seen|started|given|sent|done|spotted|picked up|acted on|followed up|treated|diagnosed|admitted|referred|reported|urgent|flagged|escalated|chased|caught|found|recognised|recognized)\b|\b(?:was|were) never (?:sent|done|booked|made|passed on|reported|acted on|followed up|seen|checked)\b|\b(?:was|were|is) (?:our|my) (?:mistake|fault|error)\b|\bthe delay (?:was|happened) because\b|\bwhich is why (?:your|her|his|she|he) \w+ waited\b|\b(?:was|were|had been|got|has been|have been) (?:completely )?(?:missed|overlooked|misread|misreported|misdiagnosed|mislabelled|mislabeled|misfiled|lost|not (?:acted on|followed up|passed on|reported|checked|read|seen|reviewed|looked at|picked up|spotted|noticed))\b|\b(?:wasn't|weren't|hadn't been|hasn't been|haven't been) (?:acted on|followed up|passed on|reported|checked|read|reviewed|looked at|picked up|spotted|noticed|sent|seen|given|started|done)\b|\bmissed (?:\w+ )?doses?\b|\bmixed up (?:her|his|your|the|their) (?:sample|samples|results?|notes|medication|medicines|tablets|bloods|scans?)\b|\bwe should(?:'ve| have) (?:scanned|tested|checked|x-rayed|treated|given|started|spotted|picked up|diagnosed|referred|admitted|operated|seen|examined|monitored)\b|\b(?:has|have|'s|'ve|had) been (?:cancell?ed|postponed|put back|pushed back)\b|\b(?:was|were|got) (?:cancell?ed|postponed)\b|\bthere(?:'s| is| has been| was) (?:been )?(?:a|another|a long|a further) delay\b|\b(?:something|it|things|everything|this|the \w+)(?: \w+)? (?:went|has gone|'s gone|had gone) (?:badly |terribly |seriously )?wrong\b|\b(?:didn't|did not) go (?:as (?:planned|we (?:hoped|wanted|expected))|well|smoothly)\b|\b(?:hours|days|weeks) (?:too )?late\b|\b(?:we|they|the (?:\w+ )?(?:team|doctors?|nurses?|ward|staff|hospital|lab|GP|radiologist|surgeon|consultant)) (?:didn't|did not|failed to) (?:recognise|recognize|spot|notice|pick up|realise|realize|act|follow|escalate|check|chase|read|review|see|send|pass)\b|\b(?:we|they|the (?:\w+ )?(?:team|doctors?|GP|radiologist|surgeon|consultant|lab)) missed (?:it|the|a|an|her|his|your|something)\b|\bthere(?:'s| has| have) been (?:a |an )?(?:serious |terrible |significant )?(?:mistake|error|incident)\b|\b(?:gave|given|prescribed)(?: [\w']+){0,5}? (?:allergic|allergy)\b|\bdelay(?:s|ed)? in (?:reading|reporting|acting|diagnos\w+|treating|treatment|getting|spotting|referring|sending|the diagnosis)\b|\b(?:even though|despite)(?: [\w']+){0,5}? (?:allergic|allergy|allergies)\b|\b(?:lost|misplaced|mislaid) (?:the|your|her|his) (?:sample|samples|results?|referral|notes|scan|letter|bloods)\b|\b(?:nobody|no one|no-one) (?:looked at|checked|acted on|followed up|read|reviewed|chased|saw|realised|realized|noticed|recognised|recognized|spotted|picked up)\b|\b(?:the \w+|he|she|they|I) should(?:'ve| have) (?:ordered|scanned|tested|checked|spotted|picked up|referred|admitted|seen|examined|given|started|diagnosed|noticed|recognised|recognized|acted)\b|\b(?:badly|severely|permanently|seriously) damaged\b|\b(?:in time|quickly enough|soon enough|early enough|fast enough)\b(?<=(?:n't|\bnot)(?: [\w']+){0,4} (?:in time|quickly enough|soon enough|early enough|fast enough))|\b(?:diagnosis|treatment|surgery|operation|scan|referral|antibiotics|results?) (?:was|were|has been|had been|got) delayed\b|\bit took (?:[\w-]+ ){0,2}?(?:hours|days|weeks|months) (?:for|to|before)\b|\bthere (?:was|were) (?:a |an )?(?:serious |terrible |significant )?(?:mistake|error)s?\b|\bgot (?:her|his|your|their|the) (?:\w+ ){0,2}?wrong\b|\b(?:we|they|the (?:\w+ )?(?:team|doctors?|nurses?|ward|staff)) (?:didn't|did not|failed to) (?:give|start|order|book|refer|treat|monitor|scan|test|x-ray|examine)\b|\bproblem with (?:the|your|her|his|their) (?:baby's )?(?:heart|brain|kidneys?|lungs?|liver|spine)\b|\b(?:a|an) (?:mistake|error) (?:in|by|at|on) the (?:lab|pharmacy|ward|system|prescription|chart)\b|\b(?:another|a different|the wrong) patient's\b|\b(?:by mistake|in error|by accident)\b|\b(?:a )?double (?:the )?dose\b|\ban overdose\b|\b(?:a|an) (?:mistake|error) (?:was made|happened|in (?:the|her|his|your) (?:care|prescription|treatment|medication|dose))\b/i,
    'statement',
  ),
  cue(
    'news-delivery',
    0.8,
    /\b(?:he|she|they|you)(?:'s| is| are|'re) (?:septic|dying|critically ill|critically unwell|seriously ill|seriously unwell|gravely ill|desperately ill|extremely unwell|very (?:very )?(?:unwell|sick|ill|poorly))\b|\bin (?:a )?critical condition\b|\bfighting for (?:his|her|their|your) li(?:fe|ves)\b|\b(?:has|'s|have|'ve) (?:broken|fractured) (?:her|his|your|their) (?:hip|neck|leg|arm|back|pelvis|spine|skull|femur|wrist|ankle)\b|\b(?:the )?(?:damage|injuries|injury|bleed|bleeding|stroke|infection|burns)(?: [\w']+){0,3}? (?:is|are|was|were|'s) (?:too |very |extremely |so |really )?(?:severe|extensive|serious|catastrophic|devastating|massive)\b|\b(?:unsurvivable|non-survivable)\b|\b(?:there (?:were|was|have been|has been) (?:a |some )?(?:serious |major |unexpected |significant )?complications?)\b|\blost a lot of blood\b|\b(?:came back|come back|tested|it(?:'s| is| was)) positive\b|\b(?:biopsy|test|tests|result|results|swab|screening|bloods|culture|cultures)(?: \w+)? (?:was|were|is|are|came back|has come back|have come back) (?:\w+ )?positive\b|\bpositive (?:for|result)\b|\b(?:severe|serious|major|catastrophic|significant|devastating|life[ -]threatening|extensive|permanent) (?:brain |head |spinal |internal )?(?:injury|injuries|damage|bleeding)\b|\b(?:been|was|were) (?:involved )?in (?:a|an) (?:serious |bad |major |terrible )?(?:car |road |traffic |motorbike |bike )?(?:accident|crash|collision)\b|\b(?:paralysed|paralyzed)\b/i,
    'statement',
  ),
  cue(
    'news-delivery',
    0.8,
    /\b(?:kidneys?|heart|liver|lungs?|organs?|brain|bone marrow)(?: \w+)? (?:is|are|'s|has|have|isn't|aren't|is not|are not) (?:no longer |now )?(?:failing|shutting down|failed|stopped working|working any ?more|working properly any ?more|not working)\b|\bwe (?:made|have made|'ve made|gave (?:him|her|you|them)) (?:a|an|the wrong) (?:mistake|error|dose|drug|medication)\b(?: \w+){0,2} (?:with|in|on|to|during)\b|\b(?:we|they|the \w+)(?: \w+)? (?:gave|give|given|administered|prescribed) (?:him|her|you|them|your \w+) (?:the wrong|too much|too many|an overdose|\w+ times the|double the|twice the)\b/i,
    'statement',
  ),
];

const SUMMARY: readonly Cue[] = [
  cue(
    'summary',
    0.9,
    /\b(?:to recap|to sum up|to summari[sz]e|in summary|in short(?! supply)|in a nutshell|what I(?:'m| am) hearing is|(?:if|as) I(?:'ve| have) understood|if I(?:'ve| have) got (?:this|that|it|you|everything) (?:right|straight)|if I understand (?:you )?(?:correctly|right)|if I(?:'m| am) understanding (?:you )?(?:correctly|right)|(?:let me|I'll|can I|I'd like to) (?:just )?(?:quickly )?(?:recap|summari[sz]e|sum up|play (?:that|it) back|read (?:that|it) back)|just to (?:recap|go over|pull together|summari[sz]e|sum up)|to pull (?:it |this |everything )?together|putting (?:it|this|that|everything) (?:all )?together|(?:just )?so (?:that )?we(?:'re| are) (?:both )?(?:on the same page|clear)|to make sure we(?:'re| are) (?:both )?(?:on the same page|clear))\b/i,
  ),
  cue(
    'summary',
    0.85,
    /\blet me (?:just )?(?:check|make sure|see if) (?:that )?I(?:'ve| have)? (?:got|understood|understand)\b|\bI(?:'ve| have) got this (?:right|straight)\b|\b(?:sure|check) (?:that )?I(?:'ve| have) (?:got|understood)(?: (?:it|that|this|you|everything))?(?= right|,|$)|\blet me (?:just )?(?:go|run) (?:back )?(?:over|through) what\b|\bwhat we(?:'ve| have) (?:agreed|talked about|discussed|said)\b|\b(?:so )?what you(?:'re| are) (?:saying|telling me) is\b|\bso you(?:'re| are) saying\b|\byou(?:'ve| have) (?:told me|mentioned|raised) (?:two|three|four|a few|several|a couple of) (?:things|worries|concerns|problems)\b|\bthe main (?:worries|concerns|things|problems|issues) (?:are|seem to be)\b/i,
  ),
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
