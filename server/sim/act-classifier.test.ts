import { describe, expect, it } from 'vitest';
import type { LearnerAct } from '../content/acts.ts';
import { LEARNER_ACTS } from '../content/acts.ts';
import { ACT_THRESHOLD, classifyActs, predictedActs } from './act-classifier.ts';

// One clear example and one near miss per act; the near miss must not carry the act.
const CLEAR_AND_NEAR_MISS: Record<LearnerAct, readonly [clear: string, nearMiss: string]> = {
  greeting: ["Good morning, I'm Dr Osei.", "I'm sure you've had a long day."],
  'open-question': ["What's been happening since you got home?", 'Are you in pain?'],
  'closed-question': ['Did anyone come with you today?', 'How has the pain been?'],
  'perception-check': [
    "What do you understand about why you're here today?",
    'What did you have for breakfast?',
  ],
  invitation: ['Would you like me to explain the results in detail?', 'Would you like a glass of water?'],
  'warning-shot': ["I'm afraid I have some difficult news.", "I'm afraid the car park is full."],
  'news-delivery': ['The biopsy shows that it is a cancer.', 'The scan shows no sign of cancer.'],
  jargon: ['We saw some lymphadenopathy.', 'We saw some swollen glands.'],
  'nurse-naming': ['You seem really worried.', 'You seem to have brought all your paperwork.'],
  'nurse-understanding': ['That makes a lot of sense.', 'Does that make sense?'],
  'nurse-respecting': ['You did the right thing ringing us.', 'Did you ring us?'],
  'nurse-supporting': ["I won't leave you to deal with this alone.", 'Would you like some time alone?'],
  'nurse-exploring': ["What's the hardest part of this for you?", 'How are you getting home?'],
  'premature-reassurance': [
    "Don't worry, it'll all be fine.",
    "I can't promise it'll be fine, but we'll be with you.",
  ],
  'limit-setting': ["I can't let you hit anyone, but I do want to help.", "I can't find your notes."],
  'offering-choices': [
    'Would you like to talk here or in the family room?',
    'Would you like to talk in the family room?',
  ],
  'threat-or-command': ["Calm down or I'll call security.", 'Would you like to sit down?'],
  summary: ["So, to recap, we'll start the tablets tomorrow.", "So, tomorrow we'll start the tablets."],
  information: ['The physio will see you tomorrow morning.', 'You seem frightened.'],
  dismissive: ["You're overreacting.", "You're not overreacting at all."],
  apology: ["I'm sorry you waited so long.", "I'm so sorry for your loss."],
};

describe('classifyActs', () => {
  for (const act of LEARNER_ACTS) {
    const [clear, nearMiss] = CLEAR_AND_NEAR_MISS[act];
    it(`${act}: fires on "${clear}" and not on "${nearMiss}"`, () => {
      expect(predictedActs(clear)).toContain(act);
      expect(predictedActs(nearMiss)).not.toContain(act);
    });
  }

  it('hears asking whether to say more, with the option of stopping, as an invitation', () => {
    expect(
      predictedActs(
        'Would you like me to say more about what it means, or would you rather stop there for a moment?',
      ),
    ).toContain('invitation');
  });

  it('hears a request plainly refused as a limit, not an honest "I can\'t" about a cure', () => {
    expect(predictedActs("I can't give you your phone, Liam.")).toContain('limit-setting');
    expect(predictedActs("I can't hand it out today, it's not on your chart.")).toContain('limit-setting');
    expect(predictedActs("I can't give you a cure, but we can keep you comfortable.")).not.toContain(
      'limit-setting',
    );
  });

  it('labels a typical opening with several acts', () => {
    expect(predictedActs("Hello, I'm Dr Lee. What have you been told so far about the scan?")).toEqual([
      'greeting',
      'open-question',
      'perception-check',
    ]);
  });

  it('treats "I\'m sorry to tell you" as warning shot and apology, and the news as news', () => {
    expect(predictedActs("I'm sorry to tell you that the cancer has spread.")).toEqual([
      'warning-shot',
      'news-delivery',
      'apology',
    ]);
  });

  it('keeps a de-escalation turn apart from a threat', () => {
    const respectful = predictedActs(
      "I can see you're angry, and I can't let you shout at the nurses, but I do want to help. Would you rather talk here or in the quiet room?",
    );
    expect(respectful).toEqual(
      expect.arrayContaining(['nurse-naming', 'limit-setting', 'offering-choices', 'closed-question']),
    );
    expect(respectful).not.toContain('threat-or-command');
    expect(predictedActs('Could you please just calm down?')).toEqual(['threat-or-command']);
    expect(predictedActs('Harold, where do you think you need to go so urgently?')).not.toContain(
      'threat-or-command',
    );
  });

  it('tells "sorry" apart: apology, condolence, asking for a repeat, non-apology', () => {
    expect(predictedActs('I apologise for the wait.')).toEqual(['apology']);
    expect(predictedActs("I'm so sorry to hear about your dad.")).toEqual([]);
    expect(predictedActs("Sorry? I didn't catch that.")).toEqual([]);
    expect(predictedActs("I'm sorry you feel that way.")).toEqual(['dismissive']);
  });

  it('flags jargon inside a question', () => {
    expect(predictedActs('Has anyone mentioned the word metastatic to you?')).toEqual([
      'closed-question',
      'perception-check',
      'jargon',
    ]);
  });

  it('hears a feeling reflected, a weight named and guilt lifted as empathy, not a question about fault', () => {
    expect(
      predictedActs("It sounds like you've been feeling that nothing goes right at the moment."),
    ).toEqual(['nurse-naming']);
    expect(predictedActs('That sounds exhausting.')).toEqual(['nurse-naming']);
    expect(predictedActs('None of this is your fault.')).toEqual(['nurse-supporting']);
    expect(predictedActs('Is this your fault?')).not.toContain('nurse-supporting');
  });

  it('hears candour about what was not seen as no dismissal, and passing the buck as one', () => {
    expect(
      predictedActs(
        "I wasn't there on Tuesday, so I can't tell you what anyone was thinking, and I won't guess.",
      ),
    ).not.toContain('dismissive');
    expect(predictedActs("I wasn't there, it's not down to me.")).toContain('dismissive');
  });

  it('hears a result that did not show what was hoped as a warning shot', () => {
    expect(predictedActs("I'm afraid the scan doesn't show what we'd hoped.")).toEqual(['warning-shot']);
  });

  it('reads typographic apostrophes and unpunctuated transcripts', () => {
    expect(predictedActs('I’m afraid it’s not good news.')).toEqual(['warning-shot']);
    expect(predictedActs("hello I'm Sam one of the nurses how are you feeling")).toEqual([
      'greeting',
      'open-question',
      'nurse-exploring',
    ]);
  });

  it('returns confidences in [0,1], sorted strongest first, one entry per act', () => {
    const result = classifyActs(
      "Hi, I'm Tom. I'm afraid the MRI shows a tumour. You seem frightened. Don't worry, it'll be fine.",
    );
    expect(result.length).toBeGreaterThan(3);
    for (const { confidence } of result) {
      expect(confidence).toBeGreaterThanOrEqual(0);
      expect(confidence).toBeLessThanOrEqual(1);
    }
    const confidences = result.map((a) => a.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    expect(new Set(result.map((a) => a.act)).size).toBe(result.length);
  });

  it('gives a weaker cue a lower confidence than a strong one', () => {
    const strong = classifyActs('Calm down!').find((a) => a.act === 'threat-or-command');
    const weak = classifyActs('I need you to step back.').find((a) => a.act === 'threat-or-command');
    expect(strong?.confidence).toBeGreaterThan(weak?.confidence ?? 1);
    expect(weak?.confidence).toBeGreaterThanOrEqual(ACT_THRESHOLD);
  });

  it('returns [] for empty or whitespace-only input', () => {
    expect(classifyActs('')).toEqual([]);
    expect(classifyActs('   \n\t ')).toEqual([]);
  });

  it('reads typed chat without apostrophes', () => {
    expect(predictedActs('im so sorry but its cancer')).toEqual(['news-delivery', 'apology']);
    expect(predictedActs('im just doing my job')).toEqual(['dismissive']);
    expect(predictedActs('ill be right here if you need me')).toEqual(['nurse-supporting']);
  });

  it('keeps the news in a run-on that ends in a question', () => {
    expect(predictedActs('the scan shows the tumor has spread to her liver do you want me to go on')).toEqual(
      ['closed-question', 'invitation', 'news-delivery'],
    );
  });

  it('tells news from looking for it, ruling it out, or asking about the history', () => {
    expect(predictedActs('We need to find out whether it has spread.')).toEqual(['information']);
    expect(predictedActs('The scan showed the fracture has healed nicely.')).toEqual(['information']);
    expect(predictedActs("It's definitely not cancer, so put it out of your mind.")).not.toContain(
      'news-delivery',
    );
    expect(predictedActs("He had a heart attack five years ago, didn't he?")).toEqual(['closed-question']);
    // A hedge later in a long sentence does not cancel news given plainly first.
    expect(
      predictedActs("The biopsy showed cancer, so we'll do more scans to find out whether it has spread."),
    ).toEqual(['news-delivery', 'jargon', 'information']);
  });

  it('knows the many plain ways of giving bad news', () => {
    for (const news of [
      "It's terminal, I'm afraid.",
      'She passed about twenty minutes ago.',
      'The test came back positive for tuberculosis.',
      'The result was missed, and it should have been acted on in March.',
      'We gave your mother ten times the dose she should have had.',
      'Her operation has been cancelled because there are no beds in intensive care.',
      "There's nothing more we can do to cure it.",
    ])
      expect(predictedActs(news), news).toContain('news-delivery');
  });

  it('turns a soft order into a limit when it comes with help or a reason', () => {
    expect(predictedActs("Please don't shout at me, I'm trying to help you.")).toEqual(['limit-setting']);
    expect(predictedActs('I need you to stop swearing if we are going to keep talking.')).toEqual([
      'limit-setting',
    ]);
    expect(predictedActs("Sit down or I'm calling security. I want to help.")).toContain('threat-or-command');
    expect(
      predictedActs("Listen, the reason I'd like you to stay for the scan is the bang on your head."),
    ).not.toContain('threat-or-command');
    expect(predictedActs('Listen to me.')).toContain('threat-or-command');
    expect(predictedActs('What I do need is for you not to pull the needles out yourself again.')).toEqual([
      'limit-setting',
    ]);
    expect(
      predictedActs('One thing I do need, Ruby: no more throwing things, because Kemi nearly got hit.'),
    ).toContain('limit-setting');
  });

  it('hears a recap checked at the end as a summary', () => {
    expect(
      predictedActs(
        "So, you haven't slept, you're scared of being kept here, and nobody has explained anything. Have I got that right?",
      ),
    ).toEqual(['closed-question', 'nurse-naming', 'summary']);
    expect(predictedActs('You came by ambulance, is that right?')).toEqual(['closed-question']);
    expect(
      predictedActs("So, to check we're on the same page: you'll stay for the scan, and I'll bring a patch."),
    ).toContain('summary');
    expect(predictedActs('Can you tell me a bit about those thoughts?')).toContain('nurse-exploring');
    expect(
      predictedActs("Has anything happened when she's been driving that's worried you, any near misses?"),
    ).not.toContain('nurse-naming');
  });

  it('praises, supports and dismisses in everyday words', () => {
    expect(predictedActs("You've been by her side the whole time, and that matters a great deal.")).toEqual([
      'nurse-respecting',
    ]);
    expect(predictedActs('We are going to get through this together.')).toEqual(['nurse-supporting']);
    expect(predictedActs("That's not my department.")).toEqual(['dismissive']);
    expect(predictedActs('You need to calm down and be reasonable.')).toEqual([
      'threat-or-command',
      'dismissive',
    ]);
  });

  it('leaves near misses alone', () => {
    expect(predictedActs("There's no need to apologise.")).toEqual([]);
    expect(predictedActs('Security badges are at the front desk.')).toEqual([]);
    expect(predictedActs('Please sit down, make yourself comfortable.')).toEqual([]);
    expect(predictedActs('You can call on us day or night.')).toEqual(['nurse-supporting']);
    expect(predictedActs("Some people hear a voice that other people can't.")).toEqual([]);
  });

  it('hears passing the blame, but not a limit owned with what they can do instead', () => {
    expect(predictedActs("I wasn't there.")).toEqual(['dismissive']);
    expect(predictedActs("I wasn't there. What I can do is tell you what I know.")).not.toContain(
      'dismissive',
    );
    expect(predictedActs("Not my problem. I wasn't there. I'll find out.")).toContain('dismissive');
  });

  it('hears "you\'re out" as a threat, but not "once you\'re out" of hospital', () => {
    expect(predictedActs("One more word and you're out.")).toContain('threat-or-command');
    expect(predictedActs("Is there someone at home who can keep an eye on you once you're out?")).toEqual([
      'closed-question',
    ]);
  });

  it('hears no order in a question about their life, a choice offered, or a request for their account', () => {
    expect(predictedActs('Is there something you need to get back for?')).not.toContain('threat-or-command');
    expect(predictedActs('Go home and think, or talk some more now?')).not.toContain('threat-or-command');
    expect(predictedActs('Where is it you need to get to?')).not.toContain('threat-or-command');
    expect(predictedActs('Will you press the buzzer if you need to go anywhere?')).not.toContain(
      'threat-or-command',
    );
    expect(predictedActs('You need to go back to bed.')).toContain('threat-or-command');
    expect(predictedActs('Anything to keep you going? Energy drinks, weed, whatever.')).not.toContain(
      'dismissive',
    );
    expect(predictedActs('Fine, whatever.')).toContain('dismissive');
    expect(predictedActs('Quiet room, a sandwich and a drink. Can we give that a go?')).not.toContain(
      'threat-or-command',
    );
    expect(predictedActs('Quiet! Sit down.')).toContain('threat-or-command');
    expect(
      predictedActs("I wasn't there on Tuesday, so I'd really like to hear from you what happened."),
    ).not.toContain('dismissive');
    expect(predictedActs("I can't let you go outside on your own. It's not me being awkward.")).not.toContain(
      'dismissive',
    );
    expect(predictedActs("If you want to complain, that's PALS, not me.")).toContain('dismissive');
    expect(predictedActs("Sit down, or I'll call security.")).toContain('threat-or-command');
    expect(predictedActs("I wasn't there on Tuesday, so I'd like to hear it from you.")).not.toContain(
      'dismissive',
    );
  });

  it('is deterministic', () => {
    const text = "I'm afraid I have some bad news. Would you like me to go through it now?";
    expect(classifyActs(text)).toEqual(classifyActs(text));
  });
});

/** Acts said in plain words rather than textbook phrases: lines that show each, and near misses that must not. */
const PLAIN_WORDS: readonly (readonly [LearnerAct, string, readonly string[], readonly string[]])[] = [
  [
    'nurse-naming',
    'a feeling named, with or without someone to say it of',
    [
      "It's really got to you, hasn't it.",
      "You're missing him terribly this week.",
      'Lonely, then, as well as worried about the leg.',
      "I can see that's hit you hard.",
      "That's come as a real blow.",
      'That sounds like a really heavy thing to have been carrying on your own.',
    ],
    ["You're missing the point I'm making."],
  ],
  [
    'limit-setting',
    'a limit with its reason, or with what they can do instead',
    [
      'The banging on the window has to stop, there are babies asleep in here.',
      "I can't have the bins kicked, but you can come and find me any time.",
      "Please don't throw the cups, there are children in the waiting room.",
      "I can't get you seen any faster, but I can find you a quieter room.",
    ],
    ["I can't promise it'll be easy, but I can promise we'll help."],
  ],
  [
    'limit-setting',
    'things kept in their place, and the behaviour limited rather than the feeling',
    [
      'I do need the chairs to stay where they are, because there are other kids in here.',
      "The door has to stay locked while you're on a section.",
      "I'm not asking you to stop being angry, just to stop shouting.",
      "If you're cross about the wait, come and find me.",
    ],
    ['I need the results to come back first.'],
  ],
  [
    'offering-choices',
    'choices as what the speaker can do, or as theirs to pick',
    [
      'I can fetch you a blanket or a cup of tea, whatever suits.',
      "Or I'll ring your daughter myself, if you'd rather.",
      'Toast or a sandwich, her pick.',
    ],
    [
      "I can see you're tired or fed up with us.",
      'He kept getting up without pressing his call bell.',
      'Fluids will help her pick up.',
    ],
  ],
  [
    'nurse-exploring',
    'what it is like for them, asked in everyday words',
    [
      "What's eating at you most about it?",
      'What have the last few weeks been like at home?',
      "How's the waiting been?",
    ],
    ["How's the knee been since last week?"],
  ],
  [
    'nurse-supporting',
    'help promised in deeds',
    [
      'You can ring the ward any time, day or night.',
      "I'll be right here beside you.",
      "You won't be sorting this out on your own.",
      "There's no hurry; we can sit here as long as you need.",
    ],
    ["I'll be honest with you: the news isn't good."],
  ],
  [
    'nurse-understanding',
    'their reaction made the one anybody would have',
    [
      'Finding him like that would frighten anybody.',
      'Any dad would have done the same in that moment.',
      "That's a huge thing to be told on your own.",
      "Course you're upset, after a week like that.",
      "No, that's not daft at all.",
      "That's a very natural fear.",
      'Fair enough. Waiting around at two in the morning is miserable.',
    ],
    [
      'Most people feel tired for a few weeks after chemo.',
      'Of course you can stay with her.',
      "Oh, don't be daft.",
    ],
  ],
  [
    'perception-check',
    'their own reading of things, asked in other words',
    [
      "What's been going through your head since the phone call?",
      'What did he say to you on the ward round?',
      'Where have you got to in your own head with all of this?',
    ],
    ['What did he have for breakfast?'],
  ],
  [
    'warning-shot',
    'a finding named only as something, before what it is',
    [
      "I'm afraid the biopsy has shown something we need to talk about.",
      "Things are a bit more complicated than we'd hoped.",
      "I'm sorry, it's not the all-clear you were waiting for.",
    ],
    ['The scan showed something called a cyst, which is harmless.'],
  ],
  [
    'invitation',
    'how much they want to hear, asked as a choice or as leave to tell',
    [
      'Do you want it straight, or a bit at a time?',
      'I can go through as much or as little of it as you like.',
      'Would it be okay if I told you what the biopsy showed?',
    ],
    ['Do you want tea or coffee?'],
  ],
  [
    'nurse-respecting',
    'strengths and efforts affirmed in ordinary words',
    [
      "Dropping the whisky and keeping the cans to the weekend, that's a clear plan, and it's come from you.",
      "You were trying to stop it getting any bigger, and it's taken a fair bit of grit to manage it by yourself.",
      "You've done nearly a year on your own now, the shopping, the garden, all of it.",
      "That's not nothing.",
      'Halving it in six weeks, with nobody making you, is a proper piece of work.',
      "You're there every day doing the feeds, even on the days it feels hollow: that isn't pretending, that's turning up.",
    ],
    ["That's a clear sign the infection is spreading.", "You've been on your own all day?"],
  ],
  [
    'news-delivery',
    'news given in ordinary words: a finding, a failed cycle, an organ failing, a condition named',
    [
      'The test found the same change in the BRCA2 gene that your mum had.',
      "The blood test was negative, which means this cycle hasn't worked and you're not pregnant.",
      'The team agreed that Noah is autistic.',
      'Your kidneys are now working at about eight per cent of normal.',
    ],
    ["We're testing to see whether there's a gene change.", 'The treatment has worked well.'],
  ],
  [
    'perception-check',
    'what they know or were told, asked before telling',
    [
      'Before I say anything, have you done a home test at all?',
      'Before I tell you what the team concluded, where have you both got to in your own heads?',
      'What did Becky say to you this morning before she came in?',
    ],
    ['What did you say your address was?'],
  ],
  [
    'warning-shot',
    'not the news they hoped for',
    [
      "I'll be straight, then - it isn't the answer you were hoping for, Kate.",
      "I'm afraid I'm not ringing with the news you were hoping for.",
    ],
    ['The answer you were hoping for was yes.'],
  ],
  [
    'threat-or-command',
    'an order, not a suggestion or a thing put off',
    ['Calm down or leave.'],
    ['Go home and get some rest if you can.', 'Shall we talk about it now, or leave that for tomorrow?'],
  ],
];

describe('acts in plain words', () => {
  it.each(PLAIN_WORDS)('%s: %s', (act, _what, shows, misses) => {
    for (const line of shows) expect(predictedActs(line), line).toContain(act);
    for (const line of misses) expect(predictedActs(line), line).not.toContain(act);
  });
});
