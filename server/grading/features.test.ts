import { describe, expect, it } from 'vitest';
import { loadRubricsOrThrow } from '../content/load-rubrics.ts';
import { harmfulSentences } from '../sim/harm-lexicon.ts';
import { extractFeatures } from './features.ts';
import { gradeOffline } from './grade-offline.ts';
import { quotableReflection } from './showing.ts';
import type { GradingTranscript } from './transcript.ts';

const calm = { distress: 0.3, anger: 0.3, trust: 0.4 };
const furious = { distress: 0.4, anger: 0.85, trust: 0.2 };

describe('extractFeatures', () => {
  it('quotes a harmful sentence once, however many kinds and acts it carries', () => {
    const f = extractFeatures({
      turns: [
        {
          index: 0,
          speaker: 'learner',
          text: "I'm sorry you feel that way, but the emergency department was very busy that night.",
        },
      ],
    });
    const quotes = f.learner[0]?.harms.map((h) => h.quote) ?? [];
    expect(quotes).toHaveLength(1);
    expect(new Set(quotes).size).toBe(quotes.length);
  });

  it('hears no order in their own words given back', () => {
    const turns = (learner: string) =>
      extractFeatures({
        turns: [
          {
            index: 0,
            speaker: 'patient',
            text: 'Open this door. I need to get home. The children are on their own.',
          },
          { index: 1, speaker: 'learner', text: learner },
        ],
      }).learner[0];
    const echoed = turns('You need to get home to the children.');
    expect(echoed?.harms).toEqual([]);
    expect(echoed?.acts.has('threat-or-command')).toBe(false);
    expect(turns('You need to sit down, now.')?.acts.has('threat-or-command')).toBe(true);
  });

  it("takes the learner's own news for no reflection of what they said", () => {
    const [l] = extractFeatures({
      turns: [
        {
          index: 0,
          speaker: 'learner',
          text: 'It shows a cancer in your right lung, and it has spread to your bones.',
        },
      ],
    }).learner;
    expect(l?.reflections).toEqual([]);
  });

  it('hears harm in words of its own, which no phrase list names, and not in a kind line', () => {
    const harmsIn = (text: string) =>
      extractFeatures({ turns: [{ index: 0, speaker: 'learner', text }] }).learner[0]?.harms ?? [];
    expect(harmfulSentences("There's no need for that, these things happen on a busy ward.")).toEqual([]);
    expect(
      harmsIn(
        "It sounds like you're really worried about him. There's no need for that, these things happen on a busy ward.",
      ),
    ).toEqual([
      expect.objectContaining({ quote: "There's no need for that, these things happen on a busy ward." }),
    ]);
    expect(
      harmsIn("It sounds like you're really worried about him. What would help most right now?"),
    ).toEqual([]);
  });

  it("finds an emotional moment in the lead's rising anger when the words show none", () => {
    const transcript: GradingTranscript = {
      turns: [
        { index: 0, speaker: 'learner', text: 'Hello, I am the registrar.' },
        { index: 1, speaker: 'julie', text: 'Right.' },
        { index: 2, speaker: 'learner', text: 'The department was very busy.' },
        { index: 3, speaker: 'julie', text: 'Right. Go on.' },
      ],
      // Stored as in a session: the learner's turn already carries the changed affect.
      leadAffect: { start: calm, afterTurns: [calm, calm, furious, furious], id: 'julie' },
    };
    const moments = extractFeatures(transcript).metrics.emotionalMoments;
    expect(moments.map((m) => [m.turn, m.kind])).toEqual([[3, 'anger']]);
  });
});

/** One item of a rubric's offline report on a short exchange, given as [speaker, words] pairs. */
function itemOf(rubricId: string, itemId: string, lines: readonly (readonly [string, string])[]) {
  const rubrics = loadRubricsOrThrow('rubrics').filter((r) => r.id === rubricId);
  const turns = lines.map(([speaker, text], index) => ({ index, speaker, text }));
  return gradeOffline({ turns }, rubrics).rubrics[0]?.items.find((i) => i.id === itemId);
}

/** An item graded on one learner line said in reply to the patient. */
const inReplyTo = (rubricId: string, itemId: string, said: string) => (learner: string) =>
  itemOf(rubricId, itemId, [
    ['patient', said],
    ['learner', learner],
  ]);

/** An item graded on one learner line that opens the conversation. */
const opening = (rubricId: string, itemId: string) => (learner: string) =>
  itemOf(rubricId, itemId, [
    ['learner', learner],
    ['patient', 'Right.'],
  ]);

/** The quotes an item cites as showing it. */
const shownQuotes = (item: ReturnType<typeof itemOf>) =>
  (item?.evidence ?? []).filter((q) => q.shows === true).map((q) => q.quote);

describe('gradeOffline evidence', () => {
  it('cites a sentence once even when a detector reaches it by two routes', () => {
    const evidence =
      itemOf('nurse', 'continuers', [
        ['patient', "I'm so scared."],
        ['learner', "Shouting won't help your mum."],
      ])?.evidence ?? [];
    expect(evidence.length).toBeGreaterThan(0);
    expect(new Set(evidence.map((q) => `${q.turn}:${q.quote}`)).size).toBe(evidence.length);
  });

  it('cites an apology said plainly, not one wrapped in jargon the patient could not follow', () => {
    const apologise = itemOf('open-disclosure', 'apologise', [
      ['learner', "An RFO, so it's classed as a never event, and I'm really sorry."],
      ['patient', "I don't follow."],
      ['learner', "A swab was left inside you. I'm so sorry this happened to you."],
    ]);
    expect(apologise?.score).toBe(1);
    expect(apologise?.evidence.map((q) => q.quote)).toEqual(["I'm so sorry this happened to you."]);
  });

  it('cites the fault owned for acknowledging it, and the review for what happens next', () => {
    const lines = [
      ['learner', "We're logging a significant event so the practice can look at where it went wrong."],
      ['patient', 'What went wrong?'],
      ['learner', "I need to let you know that we made a mistake with your results. I'm so sorry."],
    ] as const;
    expect(shownQuotes(itemOf('open-disclosure', 'acknowledge', lines))).toEqual([
      'I need to let you know that we made a mistake with your results.',
    ]);
    expect(shownQuotes(itemOf('open-disclosure', 'next-steps', lines))).not.toContain(
      'I need to let you know that we made a mistake with your results.',
    );
  });

  it('quotes summaries as summaries and plans as reflections, not as empathy', () => {
    const lines = [
      ['patient', "The tablets upset my stomach, so I stopped them, and now I'm tired all the time."],
      [
        'learner',
        'So the tablets upset your stomach, you stopped them, it settled, and now the tiredness is back.',
      ],
      ['patient', "I do want to get back to work, but I'm not sure I'm up to it."],
      ['learner', 'So part of you is keen to get back to work.'],
    ] as const;
    expect(shownQuotes(itemOf('listening', 'reflections', lines))).toEqual([
      'So part of you is keen to get back to work',
    ]);
    expect(shownQuotes(itemOf('listening', 'empathy', lines))).toEqual([]);
  });

  it('cites a step someone could act on as the plan, not comfort or the news', () => {
    const plan = (learner: string) =>
      shownQuotes(
        itemOf('spikes', 'strategy-summary', [
          ['learner', "I'm afraid the scan shows the lymphoma has come back."],
          ['patient', 'What now?'],
          ['learner', learner],
        ]),
      );
    expect(plan("We'll look after you.")).toEqual([]);
    expect(plan("So, the plan: I'll refer you to the lymphoma team next week.")).toEqual([
      "So, the plan: I'll refer you to the lymphoma team next week.",
    ]);
    expect(plan("I'll refer you to the lymphoma team, and they'll see you next week.")).toEqual([
      "I'll refer you to the lymphoma team, and they'll see you next week.",
    ]);
  });

  it('counts advice in everyday words and a lecture as advice nobody asked for', () => {
    const advised = inReplyTo(
      'listening',
      'no-unsolicited-advice',
      "I've been getting up three times a night to the loo.",
    );
    const advice = (learner: string) => advised(learner)?.score;
    expect(advice('Have you thought about cutting down on tea in the evening?')).toBe(0.5);
    expect(advice("That's exactly why it's so important to always take the tablets.")).toBe(0.5);
    expect(advice('Three times a night, that must be wearing.')).toBe(1);
    // Asking about their thoughts, and telling them what the law requires, give no advice.
    expect(advice('Have you thought about how you might end your life?')).toBe(1);
    expect(advice('By law, you need to tell the DVLA about the diagnosis.')).toBe(1);
  });

  it.each([
    [
      "The aids are loud, the pub's tricky, but I'll try wearing them more.",
      "Let me check I've got this right. The aids are a bit loud, the pub's tricky, and you're going to wear them more.",
      "the pub's tricky",
    ],
    [
      "I lost the deposit, and she won't look at me.",
      "Let me try and pull together where we've got to. You've lost the deposit, and it's how she looked at you that hurts most.",
      'how she looked at you',
    ],
  ])(
    'quotes a summary from what it sums up, not from the words that announce it',
    (patient, learner, sums) => {
      const summary = shownQuotes(
        itemOf('listening', 'summaries', [
          ['patient', patient],
          ['learner', learner],
        ]),
      );
      expect(summary[0]).toContain(sums);
    },
  );

  it('cites the fault itself for acknowledging it, not the announcement that something went wrong', () => {
    const acknowledged = shownQuotes(
      itemOf('open-disclosure', 'acknowledge', [
        ['learner', 'I need to tell you about something that went wrong.'],
        ['patient', 'Go on.'],
        ['learner', "The result came back in March, and nobody acted on it. That shouldn't have happened."],
      ]),
    );
    expect(acknowledged).toEqual(['The result came back in March, and nobody acted on it.']);
  });

  it('cites an apology cut by a dash with what it is for, and does not take a word put again for one', () => {
    const apologised = itemOf('open-disclosure', 'apologise', [
      ['patient', 'Seven months. Nobody told me.'],
      ['learner', 'I am truly sorry, Aoife - for the lost months, and for you finding out like this.'],
    ]);
    expect(shownQuotes(apologised)).toEqual([
      'I am truly sorry, Aoife - for the lost months, and for you finding out like this.',
    ]);
    const reworded = itemOf('open-disclosure', 'apologise', [
      ['relative', 'A what? In English, please.'],
      ['learner', 'Sorry, a small shadow on the lung.'],
    ]);
    expect(reworded?.score).toBe(0);
    const forTheWords = itemOf('open-disclosure', 'apologise', [
      ['learner', 'There was a radiology report about a possible lesion. Sorry, that was a lot of jargon.'],
    ]);
    expect(forTheWords?.score).toBe(0);
  });

  it.each([
    'A bag of blood meant for another patient was brought to your bed, and it should never have got that far.',
    'Her bed alarm was switched off on Tuesday night when it should have been on.',
    "On Monday we burned you with a heat pack - that's what happened, and it shouldn't have.",
  ])('hears the fault owned in "%s"', (learner) => {
    expect(itemOf('open-disclosure', 'acknowledge', [['learner', learner]])?.score).toBe(1);
  });

  it('does not call the news plain when it came first in medical words and plainly only when asked', () => {
    const plain = itemOf('spikes', 'plain-language', [
      ['learner', "Mr Price, I'm Dr Shah."],
      ['patient', 'Hello.'],
      ['learner', 'Your CT shows a primary lung malignancy with hepatic and vertebral metastases.'],
      ['patient', 'What does that mean?'],
      ['learner', "It's cancer, and it has spread."],
    ]);
    expect(plain?.score).toBeLessThan(1);
    expect(plain?.suggestion).toContain('"malignancy"');
    expect(plain?.suggestion).not.toContain('The news itself was plain');
  });

  it('hears no threat in what follows a good result', () => {
    const provoking = itemOf('beta', 'do-not-provoke', [
      ['patient', 'How long is this going to take? I want to go home.'],
      ['learner', "If the scan's clear, you'll be out of here well before then."],
    ]);
    expect(provoking?.score).toBe(1);
  });

  it('counts a question after one fact as closed, as MITI does', () => {
    const questions = itemOf('listening', 'open-questions', [
      ['patient', "It's the evenings, mostly."],
      ['learner', 'How much would you have on a typical night?'],
      ['patient', 'Four or five cans.'],
      ['learner', 'What are the evenings like for you?'],
    ]);
    expect(shownQuotes(questions)).toEqual(['What are the evenings like for you']);
    const behindPrompt = itemOf('listening', 'open-questions', [
      ['learner', 'Tell me, are you taking your insulin every night?'],
      ['learner', 'Tell me about the evenings.'],
    ]);
    expect(shownQuotes(behindPrompt)).toEqual(['Tell me about the evenings']);
  });

  it('cites an apology that owns the failing beside a bare first one, so a doubted "I am sorry." is not the only one', () => {
    const sorry = itemOf('open-disclosure', 'apologise', [
      [
        'learner',
        "The result came back on Wednesday and nobody acted on it. That should have happened, and it didn't. I am sorry.",
      ],
      ['relative', 'Someone to admit this went wrong and say sorry, properly.'],
      [
        'learner',
        "Then I'll say it properly: the result should have been acted on, it wasn't, and I am sorry.",
      ],
    ]);
    expect(sorry?.score).toBe(1);
    expect(sorry?.evidence.map((q) => q.quote)).toContain(
      "the result should have been acted on, it wasn't, and I am sorry.",
    );
  });

  it('takes a name checked ("Mrs Okafor?") for no closed question, but a one-word question for one', () => {
    const questions = itemOf('listening', 'open-questions', [
      ['learner', "Mrs Okafor? I'm Dr Shah."],
      ['patient', 'Yes.'],
      ['learner', 'How have you been?'],
      ['learner', 'Sleeping?'],
    ]);
    expect(questions?.evidence.filter((q) => q.shows === false).map((q) => q.quote)).toEqual(['Sleeping']);
  });

  it('hears a hopeful way forward in what the learner will do, or when, not in vague comfort', () => {
    const choices = inReplyTo(
      'beta',
      'choices-optimism',
      "I've been waiting six hours and nobody tells me anything.",
    );
    const hopeful = (learner: string) => shownQuotes(choices(learner));
    expect(hopeful("I'll find out where she is on the list and come straight back to you.")).toEqual([
      "I'll find out where she is on the list and come straight back to you.",
    ]);
    expect(hopeful("Let's see what we can do.")).toEqual([]);
    expect(hopeful("I'll make sure they're with you within the hour.")).toEqual([]);
  });

  it('counts reassurance too soon or harm anywhere as closing the feeling down, moment found or not', () => {
    const score = (later: string) =>
      itemOf('nurse', 'no-terminators', [
        ['patient', "I'm so frightened. I can't stop shaking."],
        ['learner', 'That sounds really frightening.'],
        ['patient', 'What if it has spread?'],
        ['learner', 'What worries you most about that?'],
        ['patient', 'Dying before my grandson is born.'],
        ['learner', "That's a lot to be carrying."],
        ['patient', 'So what happens on Monday?'],
        ['learner', later],
      ])?.score;
    expect(score('On Monday you see the oncology team, and I will ring you after.')).toBe(1);
    expect(score("Don't you worry, it'll definitely be fine.")).toBeLessThan(1);
  });

  it('holds news never checked to be the news dumped, however short the pieces', () => {
    const chunked = inReplyTo('spikes', 'chunking', 'What did the scan show?');
    const chunking = (news: string) => chunked(news)?.score;
    expect(chunking("I'm afraid the scan shows a cancer in your lung. Does that make sense so far?")).toBe(1);
    expect(chunking("I'm afraid the scan shows a cancer in your lung.")).toBe(0);
    expect(
      chunking(
        "I'm afraid the scan shows a cancer in your lung, and it has spread to your liver and to some of the bones in your back, which is why your back has been sore, and the next step will be more tests on the biopsy, then a meeting with the cancer team next week to talk about treatment.",
      ),
    ).toBe(0);
  });

  it('holds a word of jargon to be partly plain, and four different terms or jargon after plain news to be less', () => {
    const news = inReplyTo('spikes', 'plain-language', 'What did the scan show?');
    expect(news("I'm afraid the scan shows a cancer in your lung.")?.score).toBe(1);
    expect(news("I'm afraid the scan shows an adenocarcinoma in your lung.")?.score).toBe(0.5);
    expect(
      news(
        "I'm afraid the CT shows an adenocarcinoma with mediastinal lymphadenopathy and hepatic metastases.",
      )?.score,
    ).toBe(0);
    const after = itemOf('spikes', 'plain-language', [
      ['patient', 'What did the scan show?'],
      ['learner', "I'm afraid the scan shows a cancer in your lung."],
      ['patient', 'Oh no.'],
      ['learner', "We'll need an MDT and a PET-CT."],
      ['patient', 'Right.'],
      ['learner', 'Then the oncologist will discuss palliative chemotherapy.'],
    ]);
    expect(after?.score).toBe(0.5);
    const denseAfter = itemOf('spikes', 'plain-language', [
      ['patient', 'What did the scan show?'],
      ['learner', "I'm afraid the scan shows a cancer in your lung."],
      ['patient', 'Oh no.'],
      ['learner', "We'll need an MDT and a PET-CT, then palliative chemotherapy."],
    ]);
    expect(denseAfter?.score).toBe(0.5);
  });

  it('hears what is known in open disclosure in the facts told as they happened', () => {
    const item = inReplyTo(
      'open-disclosure',
      'explain-known',
      'What happened to Dad?',
    )(
      "He was found on the floor beside his bed at three this morning. We don't know yet how long he'd been there.",
    );
    expect(item?.score).toBe(1);
    expect(shownQuotes(item)[0]).toBe('He was found on the floor beside his bed at three this morning.');
  });

  it('hears a follow-up as a next step, neither what is known nor who will be in touch', () => {
    const said = (item: string, learner: string) =>
      shownQuotes(inReplyTo('open-disclosure', item, 'So what happens now?')(learner));
    expect(
      said('explain-known', "I'll give you a call on Thursday to see how your sugars are doing."),
    ).toEqual([]);
    expect(said('contact', "He'll need a cast, and we'll see him in fracture clinic next week.")).toEqual([]);
    expect(said('contact', "I'll ring you on Thursday afternoon myself.")).toHaveLength(1);
  });

  it('cites no harmful sentence as the news said plainly', () => {
    const plain = itemOf('spikes', 'plain-language', [
      ['patient', 'What did the heart team say?'],
      [
        'learner',
        "I'm afraid it isn't good news. Your heart is very weak. Basically, there's nothing more we can do.",
      ],
    ]);
    expect(shownQuotes(plain)).not.toContain("Basically, there's nothing more we can do.");
  });

  it('credits no affirmation or empathy to thanks and claims that name nothing of theirs', () => {
    const score = (learner: string, item: string) =>
      itemOf('listening', item, [
        ['patient', "I've been stuck in the house for weeks with this pain."],
        ['learner', learner],
      ])?.score;
    // Both were credited before (affirmation 1 and empathy 0.5; empathy 0.5).
    expect(score('Thank you so much for sharing that with me.', 'affirmations')).toBe(0);
    expect(score('Thank you so much for sharing that with me.', 'empathy')).toBe(0);
    expect(score('I understand this must be a really difficult time for you.', 'empathy')).toBe(0);
    expect(score("You've kept going through weeks of this, and that takes real grit.", 'affirmations')).toBe(
      1,
    );
  });

  it('quotes a question that explores as an open question, not as shown empathy', () => {
    const quotes = shownQuotes(
      itemOf('listening', 'empathy', [
        ['patient', "I can't sleep for worrying about the results."],
        ['learner', "What's the worst bit about all this for you?"],
        ['patient', 'Not knowing. Just not knowing.'],
        ['learner', 'You sound really frightened.'],
      ]),
    );
    expect(quotes.some((q) => q.includes('frightened'))).toBe(true);
    expect(quotes.some((q) => q.includes('worst bit'))).toBe(false);
  });

  it('hears understanding checked in other words, or a pause offered, as chunking', () => {
    for (const check of [
      "How's that landing?",
      "I'll stop there for a moment.",
      'How much of that has gone in?',
    ]) {
      const item = itemOf('spikes', 'chunking', [
        ['patient', 'Just tell me.'],
        ['learner', 'The scan shows that the cancer has come back.'],
        ['patient', 'Oh.'],
        ['learner', check],
      ]);
      expect(item?.score, check).toBe(1);
    }
  });

  it('hears their side taken in plain words as agreeing', () => {
    for (const line of [
      "Two hours stood here? I'd be climbing the walls too.",
      "That's not on, and it's on us to fix it.",
    ]) {
      const item = itemOf('beta', 'agree', [
        ['patient', "I've been stood here two hours and nobody's said a word."],
        ['learner', line],
      ]);
      expect(item?.score, line).toBe(1);
    }
    const telling = itemOf('beta', 'agree', [
      ['patient', "I've been stood here two hours and nobody's said a word."],
      ['learner', 'To be fair, we did put a note on the board.'],
    ]);
    expect(telling?.score).toBe(0);
  });

  it('quotes no summary, question or jargon as a statement of what they feel', () => {
    const quotes = shownQuotes(
      itemOf('listening', 'empathy', [
        [
          'patient',
          "He had another attack last night and I've barely slept. The inhaler is a fight every day.",
        ],
        [
          'learner',
          "So last night was another bad one, it's the second this month, the inhaler's a daily fight, and you're exhausted.",
        ],
        ['patient', "That's exactly it. I'm so tired of fighting him."],
        ['learner', "It sounds like you're worn out and worried you're getting it wrong."],
      ]),
    );
    expect(quotes.some((q) => q.includes('worn out'))).toBe(true);
    expect(quotes.some((q) => q.includes('second this month'))).toBe(false);
  });

  it('quotes a reflection of what they said for listening in de-escalation, not a feeling named', () => {
    const quotes = shownQuotes(
      itemOf('beta', 'listen', [
        ['relative', "Six hours we've been sat here and nobody's told us a thing!"],
        ['learner', 'You sound furious.'],
        ['relative', "She's ninety. She can't sit on a plastic chair all night."],
        [
          'learner',
          "So you've been sat with her on a plastic chair for six hours, and nobody has told you why.",
        ],
      ]),
    );
    expect(quotes.some((q) => q.includes('plastic chair'))).toBe(true);
    expect(quotes.some((q) => q.includes('furious'))).toBe(false);
  });

  it('calls de-escalation concise by short sentences and no long speech, not by words a turn', () => {
    const short = itemOf('beta', 'concise', [
      ['patient', "I've been here four hours!"],
      ['learner', "Four hours. That's a long time. I'm Sam, one of the nurses. I'm here now."],
      ['patient', 'Nobody tells me anything.'],
      [
        'learner',
        "Then I'll tell you. You're next for the doctor. About twenty minutes. I'll come back then.",
      ],
    ]);
    const rambling = itemOf('beta', 'concise', [
      ['patient', "I've been here four hours!"],
      [
        'learner',
        [
          'I completely understand that waiting for such a long time when you are in pain and nobody has come to',
          'explain to you what is happening must be incredibly frustrating, and I want to reassure you that the team',
          'are working as hard as they possibly can with the number of patients who have come in this evening.',
        ].join(' '),
      ],
    ]);
    expect(short?.score).toBe(1);
    expect(rambling?.score).toBe(0);
  });

  it('hears what they want asked in the words educators use for it', () => {
    for (const line of [
      'What would work for you, mornings or afternoons?',
      "What's worrying you most about him right now?",
      'Is there anything I can get you while you wait?',
    ]) {
      const item = inReplyTo('beta', 'wants-and-feelings', "I'm sick of this place.")(line);
      expect(item?.score, line).toBe(0.5);
      expect(shownQuotes(item), line).toEqual([line]);
    }
    expect(
      inReplyTo('beta', 'wants-and-feelings', "I'm sick of this place.")('You want to go home.')?.score,
    ).toBe(0);
  });

  it('marks bad news emotions done when one feeling in three is met, while NURSE continuers asks for more', () => {
    const lines: [string, string][] = [
      ['patient', "I'm so scared. I don't know what this means."],
      ['learner', 'You sound really frightened.'],
      ['patient', "I'm terrified it's spread."],
      ['learner', 'The scan showed the tumour in the bowel and two spots in the liver.'],
      ['patient', "I can't take this in. I'm frightened for my kids."],
      ['learner', 'The next step is a meeting with the oncology team on Thursday.'],
    ];
    expect(itemOf('spikes', 'emotions', lines)?.score).toBe(1);
    expect(itemOf('nurse', 'continuers', lines)?.score).toBeLessThan(1);
  });

  it('counts two empathic statements as empathy done in listening, and caps it beside repeated harm', () => {
    const kind: [string, string][] = [
      ['patient', "Since the stroke I can't get down the allotment. It's killing me."],
      ['learner', 'You sound really fed up about it.'],
      ['patient', 'It was forty years.'],
      ['learner', 'It makes sense that you miss it so much.'],
    ];
    const harsh: [string, string][] = [
      ...kind,
      ['patient', "I won't use that stick."],
      ['learner', "You're being stubborn about the stick."],
      ['patient', 'Right.'],
      ['learner', "Frankly that's just selfish."],
    ];
    expect(itemOf('listening', 'empathy', kind)?.score).toBe(1);
    expect(itemOf('listening', 'empathy', harsh)?.score).toBe(0.5);
  });

  it('quotes what worries them most for wants and feelings in de-escalation, not as listening', () => {
    const lines: [string, string][] = [
      ['relative', "He's been on that trolley six hours!"],
      ['learner', "What's worrying you most right now?"],
    ];
    expect(shownQuotes(itemOf('beta', 'listen', lines))).toEqual([]);
    const opening = itemOf('beta', 'listen', [
      ['relative', "He's been on that trolley six hours!"],
      ['learner', "Hi, I'm Jess, one of the nurses looking after him tonight. How are you doing?"],
    ]);
    expect(shownQuotes(opening)).toEqual([]);
    expect(shownQuotes(itemOf('beta', 'wants-and-feelings', lines))).toEqual([
      "What's worrying you most right now?",
    ]);
  });

  it('hears advice unasked with a word between ("you really should") or put as a wish', () => {
    const advised = inReplyTo('listening', 'no-unsolicited-advice', 'I stopped the statins.');
    expect(advised('Your risk is quite high, so you really should be back on them.')?.score).toBe(0.5);
    expect(advised("I'd like you to weigh yourself every morning.")?.score).toBe(0.5);
    expect(advised('What made you stop?')?.score).toBe(1);
  });

  it('quotes no decision handed back as a choice offered, but a choice that says its options', () => {
    const choices = inReplyTo('beta', 'choices-optimism', "I'm not staying on this ward.");
    expect(shownQuotes(choices("That's up to you."))).toEqual([]);
    expect(shownQuotes(choices('You can wait in the side room or stay out here, your call.'))).toEqual([
      'You can wait in the side room or stay out here, your call.',
    ]);
  });

  it('hears an introduction in who they say they are, not in asking who the other person is', () => {
    const contact = opening('beta', 'verbal-contact');
    expect(contact('Hello, is that Karen Doyle?')?.score).toBe(0);
    const introduced = contact("Hello, is that Karen? It's Sue, one of the district nurses.");
    expect(introduced?.score).toBe(1);
    expect(introduced?.evidence[0]?.quote).toMatch(/^It's Sue, one of the district nurses/);
    // A greeting alone introduces no one.
    expect(contact('Hiya, love.')?.score).toBe(0);
    expect(contact("Hi Kwame, it's Ruth Danso, your care coordinator.")?.score).toBe(1);
  });

  it('owns a fault said plainly, not one told only as what the review will look at', () => {
    const owned = opening('open-disclosure', 'acknowledge');
    expect(owned("I've reported it as an incident, so the unit will look at how it was missed.")?.score).toBe(
      0,
    );
    const plain = owned("We missed the fracture on your X-ray, and that shouldn't have happened.");
    expect(plain?.score).toBe(1);
    expect(plain?.evidence[0]?.quote).toMatch(/^We missed the fracture/);
    // What should have been, against what was; the job owned.
    expect(owned("Her bed alarm should have been switched on, and it wasn't.")?.score).toBe(1);
    expect(owned("Checking what he'd had was my job, and I didn't check it properly.")?.score).toBe(1);
    expect(owned('The scan is booked for Tuesday.')?.score).toBe(0);
  });

  it('quotes a plain reflection before praise or a list of what they said', () => {
    const said = (text: string) => {
      const l = extractFeatures({ turns: [{ index: 0, speaker: 'learner', text }] }).learner[0];
      if (!l) throw new Error('no learner turn');
      return quotableReflection(l, text.replace(/\.$/, ''));
    };
    expect(said("You're worried the stairs might be too much for your knee.")).toBe(true);
    expect(said("You've done well to get walking with just the one stick already.")).toBe(false);
    expect(
      said("The sugars are up, lambing's got you eating on the hoof, you're frightened, and you're tired."),
    ).toBe(false);
    expect(said("It's a sudden confusion caused by being unwell.")).toBe(false);
  });
});
