// Word lists behind question-focus.ts: which words point a question at which topic, and which words make a
// sentence a question. Kept as plain arrays so a reader can see (and a clinician can extend) what each topic hears.
//
// Cue syntax. A cue is one or more words separated by spaces, matched in order against a token's lemma, its
// normal form or its lower-cased text (so "slept", "sleeping" and "sleeps" all match `sleep`, and British
// spellings can be written as they are):
//   a|b   either word
//   ..    up to three other words may come between the neighbours
//   $     the clause ends here (only punctuation may follow)
//   =a|b  the word exactly as written, not its lemma ("=get" is not "got")
// When several topics match, the one with the heaviest cue wins; a tie goes to the topic mentioned first.

import type { Topic } from '../content/topics.ts';

/** Cues for one topic, by how strongly they point at it. */
export interface TopicCues {
  /** 5: settles the topic whatever else is said ("ending your life", "feel safe"). */
  decisive?: readonly string[];
  /** 4: the question is about this even when another topic's word is its object ("worried about the pain"). */
  leading?: readonly string[];
  /** 3: the topic's own words. */
  strong?: readonly string[];
  /** 2: words that usually mean the topic but give way to a topic's own word. */
  medium?: readonly string[];
  /** 1: hints, used only when nothing better is said. */
  weak?: readonly string[];
}

export const CUE_WEIGHTS = { decisive: 5, leading: 4, strong: 3, medium: 2, weak: 1 } as const;

export const TOPIC_CUES: Record<Topic, TopicCues> = {
  events: {
    decisive: [
      // How an injury came about: "How did you hurt your wrist?", "How did you hurt yourself?", "How did you get the cut?"
      'how .. you|he|she cut .. wrist|arm|arms|hand|hands|leg|legs|finger|fingers|face|head|yourself|himself|herself',
      'how .. hurt|injure|injured|break|broke|bang|banged .. wrist|arm|arms|hand|hands|leg|legs|knee|knees|ankle|foot|feet|neck|shoulder|back|hip|tummy|stomach|belly|ribs|jaw|face|eye|finger|fingers|head|cut|cuts|wound|bruise|bruises|graze|burn|stitches',
      'how did you|he|she hurt|harm|injure yourself|himself|herself',
      'how .. get|got .. cut|cuts|bruise|bruises|injury|injuries|wound|graze|burn|mark|marks',
      'how did|do you|he|she do that|this $',
      'do|did that|this to',
      // Where the injury is: "Where did you cut, and has it healed?"
      'where did you|he|she cut|hurt|injure',
    ],
    leading: [
      // Past, so not the plan's "What happens next?": "What happened after that?", "What happened then?"
      'happened after|next|then|when',
      // The wait so far: "How long have you been waiting in here?"
      'how long .. wait|waiting|waited',
      // How they came to be seen: "What made the GP send you to us?", "What made you go to the GP?"
      'what made|prompted .. send|sent|refer|referred|go|come|bring|brought|ring|call',
    ],
    strong: [
      'collapse',
      'collapsed',
      'fall|fell down|off|over|from',
      'who find|found',
      'unfold',
      'unfolded',
      'taken ill|unwell|poorly',
      'you there when',
      'first sign|signs',
      'how did you|he|she|it|things get|come to|into',
      'drive|drove here|in',
      'happened',
      'happening',
      'happen to',
      'bring|brought you',
      'come|came in',
      'end up',
      'lead|led up',
      'accident',
      'ambulance',
      'event',
      'events',
      'what go|went on',
      'get here',
      'the night before',
      // Where they were or what they were doing at the time: "Where were you when the depot rang?"
      'where be you|he|she when',
      'what be you|he|she do|doing when',
      // "What were you doing on the platform?", "Why were you out at that time?"
      'what were|was you|he|she doing',
      'why were|was you|he|she on|at|in|out|there|outside',
      // "Can I ask what you remember about tonight?"
      'remember about|of tonight|today|yesterday|earlier',
      // "Do you know who decided to send her home on Tuesday?"
      'sent|discharged .. home',
      // "How long's he been like this?"
      'how long .. be like this|that',
    ],
    medium: [
      // "Do you remember any of it?" after what happened was told; what someone said is understanding's.
      'remember any|anything|much',
      'this morning',
      'last night',
      'fall',
      'fell',
      'police',
      'come here',
      'start',
      'started',
      // A stretch of time asked about: "Tell me about the last couple of weeks with your mum."
      'about the|these last|past few|couple .. days|hours|weeks|months',
      'me|us through the|these last|past few|couple .. days|hours|weeks|months',
      'about the|this|last weekend|morning|evening|night|week',
      'me|us through the|this|last weekend|morning|evening|night|week',
    ],
    weak: [
      'today',
      'yesterday',
      'talk|walk|take|run me|us through',
      'last few|couple .. days|hours|weeks',
      'last|past week|fortnight|weekend|month',
    ],
  },
  understanding: {
    leading: [
      'understand',
      'understanding',
      'be you tell',
      'know why',
      'why you be here|in',
      'make of',
      "think|reckon be|'s go on",
      "think|reckon be|'s wrong",
      "think|reckon be|'s happen",
      'think|reckon .. bring|brought|cause|caused .. on|this|it',
      'be explain',
      // "Did the sonographer say anything to you?"
      'say|said anything|something to you|him|her',
      // "What have you taken from all that?", "How much has your dad filled you in on?"
      'taken|take away|from .. that|this|all',
      'fill|filled you|him|her in',
      'your take',
      'sense of',
      // "Do you get that you could have a bleed?"; where they think they are, asked of someone confused.
      'do you get that|it',
      'where .. you|we reckon|think|believe .. be $',
      'you know where you|we be $',
    ],
    strong: [
      'they|doctor|doctors|nurse|nurses|anyone|anybody|someone|team|consultant|gp .. tell|explain|say|share|mention',
      'you know about|what|much|anything',
      'already know',
      'what .. explain|explained',
      'you know $',
      'aware',
    ],
    medium: ['so far', 'idea', 'what be wrong', 'result', 'results'],
    // "In your own words…" asks for their telling of whatever the question names.
    weak: ['think', 'your own words'],
  },
  symptoms: {
    leading: [
      // Orientation, as a confused person is tested: "What year is it? Who's the Prime Minister?"
      'what year|day|month|date is it',
      'prime minister',
      // A follow-up: "How have you been since we last saw you?", "How's he been since the fall?"
      'how .. been since',
      // "How are you feeling in your body just now?"
      'in your|his|her body',
      // "Any bother with your bowels?": trouble there, not a worry.
      'bother|trouble|problem|problems .. bowel|bowels|bladder|waterworks|down below|weeing',
      'physically',
      // A fever: "Do you feel hot? Shivery?"
      'feel|feeling hot|cold|shivery|feverish',
      // "Any other injuries? Neck, back, wrists?"
      'other injury|injuries',
      'any injury|injuries',
      'hear voices|things',
      'hear|hearing or see|seeing',
      'see|seeing or hear|hearing',
      'out to get',
      'water infection|infections',
      'see things',
      'pass|passing water|urine',
      // Asked of a relative: "What have you noticed (at home / about him)?"
      'what .. notice|noticed $',
      'notice|noticed .. at home',
      'notice|noticed .. about|in him|them',
      'notice|noticed .. about|in her $',
      // Perceptions nobody else shares: "You hearing anything other people can't?"
      'other people|folk can|could|do|does not $',
      'other people|folk .. can|could|do|does not hear|see $',
      // "Are you hearing anything, like a voice…?"
      'hear|hearing|heard anything|owt|something .. like',
      'others can|could|do|does not $',
      'nobody|anybody|anyone else can|could|does $',
      'accidents with',
      'run down',
      // Getting lost and wandering: "Does she ever get lost when she's out on her own?"
      'get|gets|got|getting lost',
      'wander|wanders|wandering|wandered off',
    ],
    strong: [
      // "Are you seeing double?", "Any blurry vision?"
      'see|seeing double',
      'double vision',
      'blurry|blurred',
      'symptom',
      'cough',
      'phlegm',
      'breath',
      'breathe',
      'breathing',
      'breathless',
      'nausea',
      'nauseous',
      'vomit',
      'feel sick',
      'be sick',
      'dizzy',
      'dizziness',
      'faint',
      'confuse',
      'confused',
      'muddled',
      'voices',
      // One voice heard: "Is the voice there now?" (not "your voice", raised or kept down).
      'the|this|that voice',
      'hear|hearing|heard a voice',
      'bleed',
      'bleeding',
      'blood',
      'temperature',
      'fever',
      'rash',
      'swell',
      'swelling',
      'lump',
      'numb',
      'tingle',
      'weak',
      'palpitation',
      'shaky',
      'shake',
      'shaking',
      'shakes',
      'tremble',
      'trembling',
      'tremor',
      'vision',
      'bowel',
      'bowels',
      'bladder',
      'down below',
      'wee',
      'urine',
      'diarrhoea',
      'diarrhea',
      'constipate',
      'constipated',
      'seizure',
      'fit',
      'memory',
      'forgetful',
      'unwell',
      'poorly',
      'feel ill',
      'hallucinate',
      'hallucination',
      'cramp',
      'cramps',
      'cramping',
      'spotting',
      'clot',
      'clots',
      'sickness',
      'wander',
      'wandering',
      'disorientated',
      'disoriented',
      'paranoid',
      'paranoia',
      'racing',
      'follow|following|watch|watching you|him|her',
      'throw|threw|throwing up',
      'puke',
      'puking',
      'woozy',
      'lightheaded',
      'light headed',
      'blurred',
      'blurry',
      'feel|feeling|felt rough|grotty|ropey|peaky',
      // "Had he been feeling off at all lately?"
      'feel|feeling|felt off',
      'under the weather',
      'off colour',
      'washed out',
      'repeat|repeating|repeats yourself|himself|herself|themselves',
      'repeating',
      'waterworks',
      'incontinent',
      'incontinence',
      'wet|wetting .. bed|himself|herself|yourself',
    ],
    // "Is she forgetting?"; "Does he forget his tablets?" is about the tablets.
    medium: ['notice', 'chest', 'body', 'change', 'forget', 'forgetting'],
  },
  pain: {
    strong: [
      'pain',
      'painful',
      'hurt',
      'ache',
      'aching',
      'sore',
      'agony',
      'discomfort',
      'headache',
      'tender',
      'comfortable',
      'uncomfortable',
      'throb',
      'throbbing',
      'sting',
      'stinging',
      'stabbing',
      'twinge',
      'twinges',
      'wince',
      'wincing',
      'grimace',
      'grimacing',
      'groan',
      'groaning',
      'flinch',
      'flinching',
      'killing you|him|her',
    ],
    // "Banging?" of a head.
    medium: ['banging', 'pounding'],
    leading: [
      // An injured part and how it is: "How's the wrist feeling?", "How's your head now?", "Is your hand any better?"
      'how .. your|the|his|her|that wrist|arm|arms|hand|hands|leg|legs|knee|knees|ankle|foot|feet|neck|shoulder|back|hip|tummy|stomach|belly|ribs|jaw|face|eye|finger|fingers|head|cut|cuts|wound|bruise|bruises|graze|burn|stitches $',
      'how .. your|the|his|her|that wrist|arm|arms|hand|hands|leg|legs|knee|knees|ankle|foot|feet|neck|shoulder|back|hip|tummy|stomach|belly|ribs|jaw|face|eye|finger|fingers|head|cut|cuts|wound|bruise|bruises|graze|burn|stitches feel|feeling|now|today|doing|looking|on|is|been',
      'your|the|his|her|that wrist|arm|arms|hand|hands|leg|legs|knee|knees|ankle|foot|feet|neck|shoulder|back|hip|tummy|stomach|belly|ribs|jaw|face|eye|finger|fingers|head|cut|cuts|wound|bruise|bruises|graze|burn|stitches .. better|worse|now|doing|ok|okay|alright',
      // A pain score: "How bad are the cramps, out of ten?"
      'out of ten|10',
      'score .. out of',
    ],
  },
  sleep: {
    strong: [
      'sleep',
      'asleep',
      'insomnia',
      'nightmare',
      'nap',
      'doze',
      'wake up',
      'nights',
      'bed',
      'head down',
      'nod off',
      'nodding off',
      'kip',
      'kipping',
      'shut eye',
      'shut-eye',
      'shuteye',
      'forty winks',
      'snooze',
      'sleepless',
    ],
    medium: ['tired', 'exhausted', 'rest', 'awake', 'knackered', 'shattered', 'worn out'],
    weak: ['night'],
  },
  eating: {
    // "A drink or a bite to eat", "Has anything passed your lips?", "Have you had any tea tonight?" (the meal).
    leading: [
      'drink enough',
      'eat and|or drink',
      'something to eat',
      'bite to eat',
      'passed your|his|her lips',
      // Fluids, not alcohol: "Have you managed to drink anything?", "You've not had much to drink today".
      'manage|managed|managing to drink',
      'not had|drunk much|enough to drink',
      'drink|drinking .. water|squash|juice|fluids',
      'had|have any tea|dinner|supper',
      // "When did you last have a drink of anything?", "…something to drink?", "Fancy a cup of tea?", "Oral intake?"
      'drink of anything|water|tea|squash|juice',
      'something|anything to drink',
      'cup of tea|water',
      'oral|fluid|food intake',
    ],
    strong: [
      'appetite',
      'food',
      'meal',
      'weight',
      'hungry',
      'diet',
      'breakfast',
      'lunch',
      'dinner',
      'snack',
      'water',
      'fluid',
      'fluids',
      'thirsty',
      'cuppa',
      'keep .. down',
      'grub',
      'scran',
      'bite to eat',
      'your|his|her tea|supper',
      // "Any cups of tea going down?", "Is he managing a mug of soup?"
      'cup|cups|mug|mugs of',
      'tea|food|anything going|gone down',
      // Caffeine is drink, not a substance: "How much coffee are you getting through a day?"
      'coffee',
      'caffeine',
      // "Do you know roughly what you weigh?"
      'weigh',
    ],
  },
  substances: {
    strong: [
      'alcohol',
      'alcoholic',
      'drug',
      'drugs',
      'smoke',
      'smoking',
      'smoker',
      'cigarette',
      'fag',
      'fags',
      'cannabis',
      'weed',
      'cocaine',
      'heroin',
      'spice',
      'vape',
      'vaping',
      'beer',
      'wine',
      'pint',
      'vodka',
      'spirits',
      'units',
      'booze',
      'drunk',
      'drinker',
      'drinkers',
      'cans',
      'lager',
      'cider',
      'whisky',
      'shots',
      'stoned',
      'recreational',
      'substance',
      'have|had a drink',
      // "Is she drinking a lot, do you know?"
      'drink|drinks|drinking a lot|heavily|loads',
      'take anything|something',
      'use anything|something',
      'get high',
      // The pub and the party, as people say it: "Been on the sauce tonight?", "Off your face?"
      'on the sauce|booze|lash|pop|piss|drink',
      'sauce',
      'bevvy',
      'bevvies',
      'pints',
      'jars',
      'hammered',
      'wasted',
      'pissed',
      'plastered',
      'legless',
      'tipsy',
      'off your|his|her face|head|nut',
      'spliff',
      'spliffs',
      'skunk',
      'coke',
      'ecstasy',
      'mdma',
      'ketamine',
      'ket',
      'pills or|and weed|drugs|anything|powder',
      'knock|knocking|knocked|knocks it|them|they back',
      'necking',
      'downing',
    ],
    medium: [
      'drinking',
      'how much|many .. had|drunk tonight|today',
      // "How much have you had tonight?", "What have you taken?": a food, pain or tablet word outweighs these.
      'how much|many have|has|did you|he|she have|had|take|taken|drink',
      'what have|has|did you|he|she have|had|take|taken',
    ],
  },
  medication: {
    // "What's she on, meds-wise?"
    decisive: [
      'meds-wise|med-wise|tablet-wise|tablets-wise|medication-wise|medicine-wise|pill-wise|drug-wise',
    ],
    leading: [
      // "Any drug allergies?" asks about medicines, not drugs taken.
      'allergy|allergies|allergic',
      'take anything|something for',
      // "What are you taking for it?", "What's he taking for the pain?"
      'what .. take|taking|taken for',
      // "Is that still what you're taking?", "Do you know what he's on?"
      'what you|he|she|they be taking',
      'what you|he|she|they be on $',
      // Nicotine replacement: "Have you used the patches before?"
      'patch|patches',
      'nicotine gum|replacement|patch|patches|inhalator',
      'take|taking|taken anything|something to help',
      'pain killer|killers|relief',
      'sleeping tablet|tablets|pill|pills',
      'blood thinner|thinners',
      'thin|thins|thinning .. blood',
      'blood thinning',
    ],
    strong: [
      'medication',
      'medicine',
      'medicines',
      'meds',
      'tablet',
      'tablets',
      'pill',
      'pills',
      'prescription',
      'prescribe',
      'prescribed',
      'allergy',
      'allergies',
      'allergic',
      'dose',
      'inhaler',
      'insulin',
      'injection',
      'antidepressant',
      'antidepressants',
      'painkiller',
      'painkillers',
      'paracetamol',
      'ibuprofen',
      'morphine',
      'antibiotic',
      'antibiotics',
      'vitamin',
      'vitamins',
      'supplement',
      'supplements',
      'folic',
      'aspirin',
      'warfarin',
      'statin',
      'statins',
      'steroid',
      'steroids',
      'codeine',
      'tramadol',
      'diazepam',
      'sertraline',
      'fluoxetine',
      'citalopram',
      'mirtazapine',
      'lithium',
      'antipsychotic',
      'antipsychotics',
      'anticoagulant',
      'anticoagulants',
      'contraception',
      'contraceptive',
      'side effect|effects',
      'on anything',
      'give|given you anything|something',
    ],
    medium: ['treatment'],
  },
  history: {
    // Outweighs "blood" as a symptom.
    leading: [
      'blood pressure|sugar|sugars',
      // Help sought before: "Have you ever seen anybody about how your head's been? GP, counsellor?"
      'seen|see anybody|anyone|someone about',
    ],
    decisive: [
      'happen .. before $',
      'like this before',
      // "Has there been a time before when you've felt this low?"
      'time|times before when',
      'felt|feel this|that low|bad|way before',
      // "Did anybody in your family have a similar illness?"
      'anybody|anyone|someone in your|the family .. similar|same',
      // "Is he always like this?", "Is this his normal self?"
      'always like this|that',
      'always be like this|that',
      'normally|usually like this|that',
      // "Is this like him at all, normally?", "Is that like her?"
      'be this|that like him|her|them',
      'normal|usual self',
      'first time',
      'first pregnancy',
      'family history',
      'past|medical history',
      // A list of past illnesses: "Strokes, head injuries, depression?"
      'stroke|strokes|tia|tias',
      'head injury|injuries',
      'run|runs in the|your|his|her family',
      // Illness in the family is family history: "Any heart disease in the family?", "Have any relatives had cancer?"
      'cancer|cancers|disease|diseases|illness|illnesses|diabetes|dementia|stroke|strokes|tumour|tumours|problem|problems|trouble|troubles|condition|conditions|miscarriage|miscarriages .. in the|your|his|her family',
      // "Anyone in the family with mental illness?", "…or struggled with their mental health?", "Have you been through
      // this before with anyone in your family?"
      'family|relatives .. mental illness|health',
      'struggled with .. mental health',
      'been through this|that before',
      // "Has anyone in your family been through something like this?", "Was she ill in a similar way?"
      'been through something|anything like this|that',
      // "Did she have something similar?", "Did your mam have anything like this?"
      'have|had something|anything similar',
      'have|had anything like this|that',
      'ill|poorly|unwell .. similar|same way',
      'family|families|relative|relatives|parent|parents .. have|had|get|got|die|died .. cancer|cancers|disease|diseases|illness|illnesses|diabetes|dementia|stroke|strokes|tumour|tumours|heart|lung|lungs',
      'in the|your|his|her family have|had|get|got',
      // Been here before: "Has he been in before, drunk?"
      'been in|here before',
    ],
    strong: [
      'before $',
      'previous',
      'previously',
      'in the past',
      'history',
      'admit',
      'admission',
      'admissions',
      'operation',
      'operations',
      'surgery',
      'diagnose',
      'diagnosed',
      'condition',
      'conditions',
      'health problem|problems',
      'heart problem|problems',
      'episode',
      'been in hospital',
      // Under a doctor's care: "Had he been under the doctor for his heart?"
      'under a|the doctor|doctors|gp|consultant|specialist|psychiatrist|cardiologist|hospital|clinic|team',
      'sectioned',
      'section',
      // Long-standing conditions: "Does he have high blood pressure?", "Any heart trouble?"
      'heart|chest|lung|lungs|kidney|kidneys|liver|memory trouble|troubles|disease|problem|problems',
      'mental health trouble|troubles|problem|problems|condition|conditions',
      'diagnosis',
      'dementia',
      'alzheimer',
      "alzheimer's",
      'diabetes',
      'diabetic',
      'asthma',
      'epilepsy',
      'stroke',
      'strokes',
      'heart attack|attacks',
      'angina',
      'cholesterol',
    ],
    medium: ['ever', 'illness', 'illnesses', 'medical', 'last time'],
  },
  mood: {
    leading: [
      'in yourself',
      // "It doesn't seem real, does it?"
      'seem|feel real',
      // "How have you been in your spirits?" (not the drink), "Mood-wise, out of ten?" (not the pain score).
      'in your|his|her|good|low|high spirits',
      'mood wise',
      // "What's going on for you right now?"
      'go|going on for you|him|her',
      // "Where's your head at, right now?"
      'where .. head at',
      'hold up',
      'holding up',
      'bear up',
      'bearing up',
      'in himself|herself|themselves',
      'through your|his|her|the mind|head',
      // ("with all this on your mind", a circumstance of another question, is guarded below.)
      // "What are you thinking?", "What's she thinking about?": what goes on in them, not a view on the facts.
      'what be you|he|she thinking $',
      'what be you|he|she thinking about $',
    ],
    strong: [
      'mood',
      'depressed',
      'depression',
      'anxious',
      'anxiety',
      'low',
      'feel .. down',
      'be down',
      'spirits',
      'emotionally',
      'upset',
      'sad',
      'stress',
      'stressed',
      'overwhelmed',
      'hopeless',
      'lonely',
      'angry',
      'frustrated',
      'nerves',
      'take|taking the news',
      'go|gone quiet|silent',
      'very|so|really|quite quiet|silent',
      'seem|look quiet|silent',
      'bit|feel|feeling|very|so|quite|little|seem|look|pretty flat',
      'left you|him|her feeling|feel',
      'go|gone|very|quite still',
      // Pulling away: "Have you noticed Chloe withdrawing?", "Is he keeping to himself?"
      'withdraw',
      'withdrawing',
      'withdrawn',
      'keep|keeping to yourself|himself|herself|themselves',
      'shut|shutting .. away|off',
      'not .. yourself|himself|herself $',
      'fed up',
      'down in the dumps',
      'gutted',
      'on edge',
      'wound up',
      'tearful',
      'crying',
      'irritable',
    ],
    medium: [
      'how be .. take',
      'feel',
      'feeling',
      'cope',
      'coping',
      'how be you',
      'how be .. do',
      'how have you be $',
      // "Are you okay?", "You alright?", "Is she all right?": not "Are you okay with that?" or "…okay to carry on?"
      'you|he|she|they ok|okay|alright $',
      'you|he|she|they all right $',
      'do|doing ok|okay|alright',
    ],
  },
  fears: {
    leading: [
      // "What's weighing on you?"
      'weigh|weighing on you|your mind',
      'worry',
      'worried',
      'worries',
      'afraid',
      'scared',
      'scare',
      'frighten',
      'frightened',
      'fear',
      'fears',
      'concern',
      'concerned',
      'concerns',
      'nervous',
      'terrified',
      'scaring',
      'frightening',
      'worrying',
      'dread',
      'anxious|nervous about',
    ],
    decisive: ['mind most', 'most on your|his|her mind'],
    strong: ['worst', 'hardest', 'bother', 'bothering', 'weigh|weighing on'],
  },
  wishes: {
    decisive: [
      // What holds them up: "What's kept you going through the worst nights?", "What helped you hold on?" (the read
      // sets' writers label all six such questions wishes: what matters to them).
      'kept|keeps|keeping you|him|her going',
      'help|helps|helped you|him|her hold|hang on',
    ],
    leading: [
      'matter to',
      'matters most',
      'important to',
      'hope',
      'hoping',
      'wish',
      'wishes',
      'prefer',
      'preference',
      'preferences',
      'rather',
      'priority',
      'priorities',
      'want .. happen',
      'like .. happen',
      'good day',
      // How they want to hear it: "How much would you like me to tell you?", "How would you like me to go through it?"
      'how much|many .. like|want',
      'how would|do you like|want',
      // "What would help?", "What would make this easier?", "Is there anything that might help?"
      'what would|could|might help $',
      'what would|could|might help you $',
      'what would|could|might help most|right|now|today',
      'what would|could|might make things|it|this|everything|today',
      'anything|something .. would|could|might help $',
      'anything|something .. would|could|might help you $',
      // "Is there anything that would make today more bearable?"
      'anything|something .. would|could|might make',
      'make .. easier|bearable|manageable',
    ],
    weak: ['ideally'],
  },
  family: {
    decisive: [
      'next of kin',
      'who|anyone|anybody|someone .. live with',
      'who live with you',
      'live with anyone|anybody|someone|somebody',
      // Who else should know: "Is there anyone you'd want us to let know you're in here?" (not "let me know").
      'let know',
      'let them|him|her|anyone|anybody|someone|family|people know',
      // Who came with them: "Can I ask who's here with you?"
      'who be here|in with you|him|her',
      // Someone coming: "Is anyone on their way to be with you?"
      'anyone|anybody|someone|somebody on their|the way',
      // Who came with them: "And who have you brought with you?"
      'who .. brought|bring with you',
      // Someone got hold of: "Has anyone rung Amara yet?", "Has somebody phoned his brother?"
      'anyone|anybody|someone|somebody rung|rang|phoned|contacted|called your|his|her|their',
    ],
    strong: [
      'family',
      'families',
      'children',
      'kids',
      'married',
      'relatives',
      'grandchildren',
      'grandkids',
      'brothers',
      'sisters',
      'siblings',
      'live nearby|near|close',
      'a|any boyfriend|girlfriend|partner|husband|wife|fiance|fiancee|flatmate|housemate',
      'flatmate',
      'flatmates',
      'housemate',
      'housemates',
      'anyone|someone|somebody special',
      'seeing anyone|someone|somebody',
      'relationship',
      // "Were you two close?", "Was she close to her dad?"
      'you two close',
      // Someone's age, asked after them: "Ellie. How old is she?"
      'how old be he|she|they',
      'be you|he|she|they close',
      'close to your|his|her|him|them',
      // "Are you a relative?", "And how are you related to him?"
      'be you a relative|relation',
      'related to',
    ],
  },
  home: {
    leading: [
      'where .. live',
      // Said formally: "Does she reside with you?"
      'reside|resides|residence',
      'live alone',
      'live on your own',
      'on your|his|her|their own',
      'somewhere to stay',
      // An ordinary day: "Could you walk me through yesterday, from getting up…?"
      'walk me through .. day|yesterday|morning',
      'ordinary|typical|normal day',
      'where .. stay|staying',
      // Coping day to day: "Who does the shopping?", "Who sorts out the bills?"
      'who .. bills|shopping|cooking|washing|cleaning|housework|meals|ironing',
      'manage|managing|cope|coping .. bills',
      // Coping at home: "How are you managing at home?"
      'manage|managing|manages|cope|coping|copes at home',
      'manage|managing|manages|cope|coping|copes ok|okay|alright|fine|well at home',
      'get|getting|gets on|by .. at home',
    ],
    strong: [
      'cook',
      'cooking',
      'shopping',
      'washing',
      'cleaning',
      'housework',
      'laundry',
      'chores',
      'stairs',
      'wash|washing and|or dress|dressing',
      'get|getting dressed',
      'house',
      'accommodation',
      // "Can I confirm your address, please?"
      'your|his|her|home address',
      'living situation',
      'pet',
      'pets',
      'dog',
      'cat',
      'garden',
      'homeless',
      'landlord',
      'upstairs',
      'downstairs',
      'bungalow',
      'ground floor',
      'at yours|hers|theirs',
    ],
    // "At home" only says where ("any falls at home?", "help with him at home"), so other topics' words outweigh it.
    medium: ['live', 'living', 'at home'],
  },
  work: {
    leading: [
      'for a living',
      'spend .. day|days',
      'time off',
      'sick|fit note',
      'your|his|her job',
      'occupation',
      // "Are you currently in employment?", "You're on shifts, aren't you — are they expecting you in today?"
      'employment|employed|unemployed',
      'expecting|expect you|him|her in',
      // "What'll your gaffer say if you're not on site tomorrow?"
      'gaffer|boss|manager|employer',
      'on site',
      // "How long had he been driving for the buses?", "He drove for a taxi firm".
      'drive|drove|driving for the|a buses|bus|firm|company|living|delivery|taxis',
    ],
    strong: [
      'work',
      'working',
      'job',
      'employed',
      'unemployed',
      'employer',
      'office',
      'boss',
      'colleague',
      'colleagues',
      'money',
      'finances',
      'financially',
      'bills',
      'afford',
      'skint',
      'study',
      'studying',
      'university',
      'uni',
      'college',
      'school',
      'retired',
      'retire',
      'career',
      'shift',
      'shifts',
      'income',
      'benefits',
      'exam',
      'exams',
      'lectures',
      'coursework',
    ],
    // A trade named: "You were a postman, weren't you?"
    weak: [
      'postman',
      'postwoman',
      'teacher',
      'driver',
      'builder',
      'electrician',
      'plumber',
      'mechanic',
      'farmer',
      'engineer',
      'scaffolder',
      'labourer',
      'secretary',
      'miner',
      'soldier',
      'shopkeeper',
      'accountant',
      'librarian',
      'plasterer',
      'joiner',
      'carpenter',
      'hairdresser',
      'cleaner',
      'chef',
    ],
    medium: [
      'day to day',
      'daily life',
      'what do you do $',
      // "Tell me about a typical day for you both."
      'typical|normal|usual|ordinary day|days|week|weeks',
    ],
  },
  support: {
    decisive: [
      // "Who's holding things together for you?"
      'hold|holding|held things|it|everything together for you',
      // Coming alone or with someone: "Have you come on your own?", "Who brought you in?"
      'who bring|brought you',
      // Someone with them, wished for or not: "Would you like someone with you now?", "…most like to have with you?"
      'anyone|anybody|someone|somebody with you|him|her',
      'have with you|him|her',
      // "Who's good to have around when things feel like this?"
      'good to have around|about',
      'come|came .. on your|his|her own',
      'come|came .. alone|yourself|himself|herself',
      'here alone',
      'here on your own',
      'here by yourself',
      // Who knows: "Have you told anyone?", "Who knows how you've been feeling?"
      'tell|told anyone|anybody|someone|somebody',
      // Getting home: "Is anyone picking you up?", "Is there someone who can take you home?", "Is it just you today?"
      'pick|picking|collect|collecting you|him|her up',
      'take|taking|drive|driving|run you|him|her home',
      'just you today|here',
      'someone|somebody|anyone|anybody you trust',
      'us|me to call|ring|phone|contact',
      // "Anyone you want me to give a ring?", "Who would you like to have here with you right now?"
      'me|us to give .. ring|call|bell|buzz',
      'like|want|have .. here with you|him|her',
      'who have|has|did you|he|she tell|told',
      // Others told: "Have your families been told?", "Has anyone been told you're here?"
      'anyone|anybody|everyone|family|families|parents|friends|kids|children be tell',
    ],
    leading: [
      'anyone|anybody|someone|somebody .. come|came|here|home|stay|staying .. with',
      'anyone|anybody|someone|somebody .. wait|waiting',
      'who know|knows',
      // "Does your mum know you're here?"
      'know .. you|he|she|they are|is|were|was here|in',
      "know you're|he's|she's|they're here|in",
      'who else know|knows',
      'anyone|anybody|someone|somebody else know',
      'anyone|anybody|someone|somebody know .. feel|feeling|struggle|struggling|here|thought|thoughts',
      'tell|told|talk|talked your|to mum|dad|parents|family|friend|friends|mates|partner|boyfriend|girlfriend|husband|wife|sister|brother',
      'sit|stay|be with you|him|her',
      'who|anyone|anybody|someone|somebody .. call|ring|phone',
      'who|anyone|anybody|someone|somebody .. help|helps|helping',
      'help|helps|helping out',
      'who .. look after you',
      'who .. around you',
      'who .. there for you',
      'who .. turn to',
      'check in on|with',
      // Someone who knows: "Your mum knows you're here, doesn't she?", "Do your parents know how you've been feeling?"
      'know|knows|knew you be|are here|in',
      'know|knows|knew how you .. feel|feeling|struggle|struggling|cope|coping|low|bad',
      'know|knows|knew how low|bad|hard|rough|down|unhappy|sad|much .. you',
      // Someone keeping watch: "Is there someone at home who can keep an eye on you?"
      'keep an eye',
      'keep .. eye on you|him|her',
      'look|looking|pop|popping in on',
      'anyone|anybody|someone|somebody at home',
      'carer',
      'carers',
      'help at home',
    ],
    strong: [
      'support',
      'friend',
      'friends',
      'lean on',
      'rely on',
      'stay with',
      'there for you',
      'around you',
      'neighbour',
      'neighbours',
      'social services|worker',
    ],
    medium: ['look after', 'visit', 'visitors', 'talk to'],
  },
  safety: {
    decisive: [
      // Means and plans: "Have you got anything on you? Knife, anything sharp?", "…writing a note, or saying goodbye?"
      'knife|knives|blade|blades|razor',
      'anything|something sharp',
      'note|letter|goodbye|goodbyes .. anyone|someone|people',
      'write|writing|written|wrote .. note',
      'saying|said goodbye',
      // Driving home, and tablets saved up: "I'd rather you weren't behind the wheel", "Have you been stockpiling
      // anything?"
      'behind the wheel',
      'get|getting home safely|safe',
      'stockpile|stockpiling|stockpiled|saving up|saved up',
      // Falls at home are a matter of safety: "Has he had any falls?", "Any near misses?"
      'have|had any|a|more|many|several|recent|other falls|fall',
      'any falls',
      // "Has he had falls before, at home?": falls before are still safety (the read sets: 10 of 14).
      'have|had falls',
      'fall|falls|fallen .. before',
      'near miss|misses',
      // The plan asked bare, in a talk of risk, is a plan to act on the thoughts: "Do you have a plan?"
      'you have|got|made a|any plan|plans $',
      'stash|stashed|stockpile|stockpiled|hoard|hoarded|saved .. tablets|pills|medication',
      'suicide',
      'suicidal',
      'kill|harm|hurt|cut yourself|himself|herself|themselves|myself',
      'self harm',
      // "You're not going to do anything, are you?", "Anything silly?"
      'go|going to do anything|something',
      'anything|something silly|stupid',
      'self-harm',
      'end .. life',
      'take .. own life',
      'end it',
      'not be here',
      'better off dead|without',
      'safe',
      'unsafe',
      'overdose',
      'harm|hurt anyone|someone|somebody|others|people',
      'anyone|someone|somebody .. hurt|hurting|harm|harming you',
      'act on',
      'weapon',
      'want|wanted to die',
      'end things|everything',
      'end it all',
      'not wanting to be here|alive|around',
      'not want|wanting to be alive|live|living',
      'lash|lashed out',
      // Ways of dying people name: "…in front of a train", "…throw yourself off something"
      'in front of a|the train|trains|bus|lorry|traffic',
      'throw|throwing|threw yourself|himself|herself',
      'hang|hanging|hanged yourself|himself|herself',
      // "…thought about not waking up", "wish you wouldn't wake up": a wish, not a fear that someone won't wake.
      'about|of not|never wake|waking up',
      'wish|wished|wishing|want|wanted|wanting|hope|hoped|hoping you|yourself .. not|never wake|waking up',
      'sleep and not|never wake',
      // Means put by: "Have you been saving up any tablets?"
      'save|saving|saved|stockpile|stockpiling|stockpiled|hoard|hoarding|stash|stashing .. tablets|pills|medication|meds|paracetamol',
      'tablets|pills|medication|meds|paracetamol .. saved|stockpiled|stashed|hoarded|put by',
      // The means and the plan: "Have you made any plans?", "Have you thought about how?", "anything you've thought about using"
      'make|made any|a plan|plans $',
      'think|thought about|of how|when $',
      'how you|he|she would|could|might do it',
      'how would|could|might you|he|she do it',
      'think|thought about|of using $',
      'method',
      'access to .. tablets|pills|knives|knife|rope|weapon|weapons|medication|medicines|paracetamol|means',
      // Driving is a matter of safety (the DVLA, driving home in shock): "Are you still driving?"
      'still drive|driving',
      'behind the wheel',
      'licence',
      'license',
      'dvla',
    ],
    leading: [
      'anything|something you could|would|might use',
      // Driving impaired: "You didn't drive yourself here on those painkillers, did you?"
      'drive|drove|driving .. on .. painkillers|tablets|pills|medication|drink|drugs',
      // The thoughts already spoken of, and what they have led to (the read sets' writers label these safety): "When
      // did the thoughts start?", "Have you written anything down, like a note?"
      'the|those|these|your thoughts .. start|started|begin|began|come|came|around|still',
      'thoughts you .. having|had',
      'write|written|wrote anything|something down',
      'write|written|wrote|leave|left a note',
    ],
    strong: [
      'violent',
      'violence',
      'aggressive',
      'dark|darker|black|bad|scary|frightening thoughts|thought|place',
      'tracks',
    ],
    medium: ['die', 'dying', 'dead', 'drive', 'driving', 'car'],
  },
  plan: {
    decisive: [
      // Where they will be later: "Where will you be staying tonight?" (not "Where are you staying at the moment?")
      'where .. stay|staying|sleep|sleeping .. tonight|tomorrow|later|afterwards',
      // What they mean to do afterwards: "What do you want to do once you've sobered up?"
      'want|like to do .. once|when|after|afterwards|later|tonight|tomorrow|next',
      // "What have you got on tomorrow?"
      'get|got on tomorrow|tonight|later|this week|next week',
    ],
    leading: [
      'plan',
      'plans',
      'planning',
      'next step|steps',
      // Their own plans for later: "Will you be at home tonight?", "What are you doing later?"
      'will you|he|she be at|home|back|around|out|away|alone|staying|going',
      'are|is you|he|she doing|up .. later|tonight|tomorrow|afterwards',
      'drive|take|run|get you|him|her home',
      // Getting home by some means: "You're not going to drive home, are you?"
      'drive|driving|walk|walking|head|heading|cycle|cycling|taxi|cab|lift|bus .. home',
      // "How are you getting back later?"
      'how be you|he|she|they getting|get back|home',
    ],
    strong: [
      'go|get home',
      'happen next|now|after',
      'will happen',
      'go to happen',
      'should happen',
      'going to do',
      'will you do',
      'you|he|she will do',
      'what now',
      'from here',
      'after this',
      'intend',
      'where .. go',
      'where .. heading',
      'where .. you|he|she head',
      'where .. off to',
    ],
    medium: ['next', 'leave', 'discharge', 'discharged', 'tomorrow', 'happens'],
    weak: ['tonight'],
  },
};

/**
 * Past episodes. A question about a symptom, pain, sleep, mood or self-harm that also says it is about the past
 * ("Have you ever hurt yourself before?", "Any previous overdoses?", "Has he had memory problems in the past?")
 * asks for history, however decisive its other words are. "Ever" alone is not enough: "Have you ever thought of
 * ending your life?" still asks about safety.
 */
export const PAST_EPISODE_CUES: readonly string[] = [
  'before $',
  'previous',
  'previously',
  'in the past',
  'history of',
  'past episode|episodes',
];

/** The topics a past-episode cue turns into history. */
export const PAST_EPISODE_TOPICS: readonly Topic[] = ['symptoms', 'pain', 'sleep', 'mood', 'safety'];

/** Words that cancel a guarded cue when they come within `within` words of it. */
export interface CueGuard {
  words: readonly string[];
  within: number;
}

/** A cue that only counts when none of its guard words is near it. */
export interface GuardedCue {
  topic: Topic;
  cue: string;
  weight: number;
  unlessBefore?: CueGuard;
  unlessAfter?: CueGuard;
  /** Words that cancel the cue when they come straight after it. */
  unlessNext?: readonly string[];
}

/** Words after "like"/"want (me) to" that make it a prompt to talk rather than a question about wishes. */
export const TALK_VERBS: readonly string[] = [
  'talk',
  'tell',
  'say',
  'discuss',
  'ask',
  'know',
  'hear',
  'share',
  'explain',
  'check',
  'chat',
  'understand',
  'find',
];

/** Words straight after "would you like" / "do you want" that make it an offer of something. */
export const OFFERED: readonly string[] = ['a', 'an', 'some', 'another'];

/**
 * Words after "do you want to" / "would you like to" that invite them to do something now ("Do you want to sit
 * down?", "Would you like to take a seat?"); "Would you like to sit with him?" still asks what they want.
 */
const INVITED: readonly string[] = [
  'down',
  'seat',
  'lie',
  'stand',
  'step',
  'pop',
  'grab',
  'borrow',
  'use',
  'freshen',
];

export const GUARDED_CUES: readonly GuardedCue[] = [
  // Vomiting: "Was he sick at all after he fell?", "Have you been sick?" (not "Are you sick of waiting?").
  { topic: 'symptoms', cue: 'be you|he|she sick', weight: 4, unlessNext: ['of', 'to'] },
  { topic: 'symptoms', cue: 'have|has you|he|she be sick', weight: 4, unlessNext: ['of', 'to'] },
  // "Have you been dropping off in the day?" asks about sleep; "Your appetite, has that dropped off?" asks about
  // what fell away.
  {
    topic: 'sleep',
    cue: 'drop|dropped|dropping off',
    weight: 3,
    unlessBefore: { words: ['that', 'it', 'appetite', 'weight', 'this', 'numbers', 'eating'], within: 2 },
  },
  // "Are you eating?" asks about food; "What's eating at you?" asks what troubles them.
  { topic: 'eating', cue: 'eat|eating', weight: 3, unlessNext: ['at', 'away'] },
  // "What's on your mind?" asks how they are; "How are you sleeping, with all this on your mind?" asks about sleep.
  {
    topic: 'mood',
    cue: 'on your|his|her mind',
    weight: 4,
    unlessBefore: { words: ['with', 'this', 'that', 'everything'], within: 2 },
  },
  // "Have you been told?" asks what they know; "children who need to be told" asks who else there is.
  {
    topic: 'understanding',
    cue: 'be tell',
    weight: 4,
    unlessBefore: {
      words: [
        'to',
        'need',
        'needs',
        'should',
        'must',
        'anyone',
        'anybody',
        'everyone',
        'family',
        'families',
        'parents',
        'friends',
        'kids',
        'children',
      ],
      within: 3,
    },
  },
  // "What's been going on?" asks what happened; "Shall I go on?", "Before I go on…" is the clinician's own talk.
  // "Is it still going on?" asks whether it continues: the earlier question's topic stands.
  { topic: 'events', cue: 'go on', weight: 2, unlessBefore: { words: ['i', 'we', 'still'], within: 2 } },
  // "Are you thinking of jumping?" ("Did you fall or jump?" asks it too); not "jump the queue", "jump up".
  {
    topic: 'safety',
    cue: 'jump|jumping|jumped',
    weight: 3,
    unlessAfter: { words: ['queue', 'up', 'at', 'to', 'conclusions', 'ahead', 'through'], within: 2 },
  },
  // "Is home a house or a flat?", "How's home?" are about home; "…at home" only says where.
  { topic: 'home', cue: 'home', weight: 3, unlessBefore: { words: ['at'], within: 1 } },
  // "Is your flat suitable?" is about home; "Are you feeling a bit flat?" is about mood.
  {
    topic: 'home',
    cue: 'flat',
    weight: 3,
    unlessBefore: {
      words: ['bit', 'feel', 'feeling', 'very', 'so', 'quite', 'little', 'seem', 'look', 'pretty'],
      within: 2,
    },
  },
  // "Are you at college or on a course?" is about study; "Of course…", "a course of antibiotics" are not.
  {
    topic: 'work',
    cue: 'course',
    weight: 3,
    unlessBefore: { words: ['of'], within: 1 },
    unlessAfter: { words: ['of'], within: 1 },
  },
  // "Does anyone check on him?" asks who keeps an eye on them; "Can I check on your dressing?" is the clinician.
  {
    topic: 'support',
    cue: 'check .. on you|him|her|them',
    weight: 3,
    unlessBefore: { words: ['i', 'we', 'me', 'us'], within: 3 },
  },
  // "Who helps you?" asks about support; "Is there anything I can do to help?" is the clinician offering, and
  // "It would help me to know…" the clinician's own need.
  {
    topic: 'support',
    cue: 'help',
    weight: 2,
    unlessBefore: { words: ['i', 'we', 'me', 'us', 'it'], within: 4 },
  },
  // "What would you like?" asks what they want; "Would you like to talk about your sleep?" asks about sleep.
  // "Would you like a cup of tea?", "Do you want some time?": an offer, answered yes or no, not a question about wishes.
  {
    topic: 'wishes',
    cue: 'would .. like|love',
    weight: 4,
    unlessAfter: { words: [...TALK_VERBS, ...INVITED], within: 3 },
    unlessNext: OFFERED,
  },
  {
    topic: 'wishes',
    cue: 'want',
    weight: 4,
    unlessBefore: { words: ['i', 'we'], within: 2 },
    unlessAfter: { words: [...TALK_VERBS, ...INVITED], within: 3 },
    unlessNext: OFFERED,
  },
  // "Does he drink?" asks about alcohol; "Get a drink?", "A drink, your glasses?" offer one.
  {
    topic: 'substances',
    cue: 'drink',
    weight: 2,
    unlessBefore: {
      words: ['a', 'another', 'get', 'grab', 'fetch', 'bring', 'cold', 'hot', 'warm'],
      within: 1,
    },
  },
  // "Have you had anything for the pain?" asks about medicine; "…anything for breakfast?" about food.
  {
    topic: 'medication',
    cue: 'have|had|has|get|got|given anything|something for',
    weight: 4,
    unlessAfter: { words: ['breakfast', 'lunch', 'dinner', 'tea', 'supper', 'pudding'], within: 2 },
  },
];

/** Family members and others a question can be about instead of the person asked. */
export const RELATION_WORDS: readonly string[] = [
  'mum',
  'mom',
  'mam',
  'mother',
  'mummy',
  'dad',
  'father',
  'daddy',
  'parents',
  'wife',
  'husband',
  'partner',
  'spouse',
  'son',
  'daughter',
  'child',
  'children',
  'kid',
  'kids',
  'boy',
  'girl',
  'baby',
  'brother',
  'sister',
  'gran',
  'granny',
  'grandma',
  'grandmother',
  'nan',
  'nana',
  'grandad',
  'grandpa',
  'grandfather',
  'grandson',
  'granddaughter',
  'aunt',
  'auntie',
  'uncle',
  'niece',
  'nephew',
  'cousin',
  'friend',
  'boyfriend',
  'girlfriend',
  'fiance',
  'fiancee',
  'neighbour',
  'flatmate',
  'housemate',
  'relative',
  'stepdad',
  'stepmum',
  'stepson',
  'stepdaughter',
];

/** Relation words that name someone only after "your" ("your mate"); alone they are a way of addressing the listener. */
export const POSSESSED_RELATION_WORDS: readonly string[] = [
  'mate',
  'pal',
  'missus',
  'fella',
  // "your old man", "your old lady", "your other half", "your lad", "your folks"
  'man',
  'lady',
  'half',
  'lad',
  'bloke',
  'hubby',
  'folks',
];

/** Weight a bare relation word gives the family topic ("Tell me about your daughter"): below any other topic's cue. */
export const RELATION_FAMILY_WEIGHT = 1.5;

/** Words that open a question. */
export const WH_WORDS: readonly string[] = [
  'what',
  'how',
  'why',
  'where',
  'when',
  'who',
  'whom',
  'which',
  'whose',
  'whereabouts',
];

/** Auxiliaries that open a yes/no question when followed by their subject ("Do you…", "Has he…"). */
export const QUESTION_AUXILIARIES: readonly string[] = [
  'do',
  'does',
  'did',
  'is',
  'are',
  'am',
  'was',
  'were',
  'have',
  'has',
  'had',
  'can',
  'could',
  'would',
  'will',
  'shall',
  'should',
  'may',
  'might',
  'must',
];

/** Words that open an elliptical question ("Any pain?", "Anything else?"). */
export const ANY_WORDS: readonly string[] = ['any', 'anything', 'anyone', 'anybody'];

/** Invitations to talk that ask as much as a question does ("Tell me about your sleep"). Anchored at a clause start. */
export const QUESTION_PROMPTS: readonly string[] = [
  'tell me',
  'tell us',
  'talk me through',
  'walk me through',
  'take me through',
  'run me through',
  'describe',
  'say more',
  'say a bit more',
  'i wonder',
  "i'm wondering",
  'i be wonder',
  // Hedged, or said as a guess at their answer: "I was just wondering whether you've slept", "I'm guessing the
  // nights have been hard", "You'll have been worried sick, I imagine", "I take it he lives on his own?"
  'i be .. wonder|wondering',
  'i just|only wonder|wondered',
  'i be guess|guessing|assume|assuming',
  "i'm guessing|assuming",
  'i assume',
  'i would imagine|guess',
  'i imagine',
  'i take it',
  'i gather',
  // "I'd really like to know what happened", "I just want to understand how he's been".
  'i would .. like|love to know|hear|ask|understand|learn|check|talk|find',
  'i .. want to know|hear|ask|understand|check|talk',
  'i need to ask|know|check',
  'i have to ask',
  'i be curious|interested',
  "i'm curious|interested",
  'i would be curious|interested|keen|glad|grateful',
  // "It'd help me to know a bit about your drinking.", "It would be useful to hear how he's been."
  'it would|might|will help .. know|hear|understand|ask|check',
  'it would|might be useful|helpful|good .. know|hear|understand|ask|check',
  'let us talk|chat',
  'help me understand',
  // An observation that invites them to say how they are: "You've gone quiet.", "You seem very quiet."
  'you have|be|seem|look .. quiet|silent',
];

/** Verbs after "can/could/would/will you" that make a request for action, not a question. */
export const REQUEST_VERBS: readonly string[] = [
  'calm',
  'sit',
  'stop',
  'keep',
  'lower',
  'wait',
  'step',
  'relax',
  'settle',
  'move',
  'leave',
  'come',
  'put',
  'hold',
  'press',
  'sign',
  'lie',
  'roll',
  'open',
  'close',
  'pass',
  'bear',
];

/** Discourse openers skipped before deciding how a clause starts. */
export const FILLER_WORDS: readonly string[] = [
  'so',
  'and',
  'but',
  'or',
  'okay',
  'ok',
  'right',
  'well',
  'now',
  'then',
  'just',
  'oh',
  'um',
  'umm',
  'erm',
  'er',
  'uh',
  'alright',
  'look',
  'listen',
  'also',
  'hi',
  'hello',
  'hey',
  'sorry',
  'yes',
  'yeah',
  'please',
  'first',
  'firstly',
  'lastly',
  'finally',
  'anyway',
  'love',
  'dear',
  'mate',
  'sir',
  'madam',
  'actually',
];

/** Verbs after "you" that frame a question about someone else ("Have you noticed your dad…", "Do you think he…"). */
export const FRAMING_VERBS: readonly string[] = [
  'know',
  'think',
  'reckon',
  'notice',
  'see',
  'remember',
  'find',
  'feel',
  'say',
  'hear',
];

/** Verbs after "you" that only pass the question on ("Can you tell me about…"): the person asked is not its subject. */
export const RELAY_VERBS: readonly string[] = [
  'tell',
  'describe',
  'explain',
  'talk',
  'walk',
  'run',
  'take',
  'share',
  'let',
];

/**
 * Offers, answered yes or no, that ask about no topic whatever they offer ("Do you want a glass of water?",
 * "Can I get you some tea?", "Fancy anything to eat?"). Anchored at the start of the question clause.
 */
export const OFFER_CUES: readonly string[] = [
  // ("Do you like a drink?" asks what they drink, in British English; "Do you want a drink?" offers one.)
  'would|will you like|want|fancy a|an|some|another|anything',
  'do you want|fancy a|an|some|another|anything',
  'you want|fancy a|an|some|another|anything',
  'fancy a|an|some|another|anything',
  'can|could|shall|may i|we get|bring|fetch|make|grab you|yourself a|an|some|another|anything',
  'can|could|shall|may i|we get|bring|fetch|grab a|an|some|another|anything',
  'how|what about a|an|some|another',
  'would|do you like|want to take|have a seat|break|breather|minute|moment',
  // "Get a tea?", but not "Got a headache?", which asks what they have.
  '=get|grab a|an|some|another',
  // Asking leave, or proposing what the speaker will do, asks about no topic ("Is it all right if I sit here?").
  'is it all right|alright|ok|okay if i|we',
  'do|would you mind if i|we',
  'mind if i|we',
  'would|do you like|want me|us to',
  'shall i|we get|call|ring|fetch|bring|sit|stop|pause|leave|come|give|open|close',
  'shall i|we take a break|breather|minute|moment',
  'shall i|we go|carry on',
  'shall i|we continue',
  'are you ok|okay|alright with me|us',
  'would|do you like|want to sit|lie down',
  // Somewhere else to be: "Would you like to sit somewhere quieter?", "Do you want to come through?"
  'would|do you like|want to sit|move|go|come|step somewhere|through|outside|over',
  'would|do you like|want to rest',
];

/**
 * Questions that ask the listener to choose ("Which of those might suit you?", "Would you rather Aisha stayed?")
 * or to say how much they want to hear ("How much would you like me to tell you today?"): answered with a
 * preference, not with facts on whatever topic their options mention. Matched anywhere in the question's sentence.
 */
export const CHOICE_CUES: readonly string[] = [
  'which .. suit|suits|prefer|feel|feels|sound|sounds|want|like|choose|rather|pick',
  'which one|option|options|way',
  'one of those|these|them .. feel|feels|suit|suits|sound|sounds|right',
  'would|do|did you rather|prefer',
  'what .. prefer',
  'how much .. you want|like .. me|us to tell|know|explain|go|say|cover',
  'how much detail|information',
  'would|do you like|want me|us to go|explain|tell|talk .. through|detail|everything|results|result',
  'everything|headlines .. or',
  'or .. main points|headlines|basics',
];

/**
 * Words that point a question back at what the sentence before it named ("You said people were watching you. Do
 * you still feel that way?"): the earlier sentence's topic is the one asked about.
 */
export const ANAPHORA_CUES: readonly string[] = [
  'that|this way',
  'feel|felt|feeling like that|this',
  'still .. that|this|it|them $',
  // "How's work? Anything going on there?"
  'on there $',
  // "…hear things other people don't. Has anything like that been happening?"
  'anything like that|this',
  'more about that|this|it|them',
];

/** Capitalised words that are not a person's name ("Tell me about Tuesday."). */
export const NOT_NAMES: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'christmas',
  'easter',
  'god',
  'ok',
  'okay',
];
