// Stories about the shipped scenarios played through the real simulation: variety, shock, anger, the
// relative, hidden facts and difficulty, as a learner would meet them.

import { describe, expect, it } from 'vitest';
import { shippedScenario, simulate } from '../support/simulate.ts';

const THIRTY_TURNS_GOOD = [
  "Hello, I'm Dr Morgan. Is it all right if I sit down?",
  'What do you understand about why we did the scan?',
  'How much would you like me to tell you today?',
  "I'm afraid the results are not what we hoped for.",
  'The scan shows a cancer in the lung, and it has spread to the liver.',
  'I can see this is a huge shock.',
  'What is going through your mind?',
  'Tom, how are you doing?',
  'It makes sense to feel frightened.',
  'Tell me more about what worries you most.',
  "We'll be with you through this.",
  'What matters most to you now?',
  'Would you like to talk about what happens next, or stop here for today?',
  'Tom, what questions do you have?',
  'How are you feeling right now?',
  'You have coped with so much already.',
  'What do you know about treatment options?',
  'Can you tell me about home?',
  'That sounds really hard.',
  'What would help you most this week?',
  'I wonder what you are thinking about.',
  'How is your wife managing?',
  'Is there anyone else you would like us to talk to?',
  'What are you hoping for?',
  'What are you most afraid of?',
  'I will make sure the palliative care team sees you.',
  'Would you prefer to go through the plan now or tomorrow?',
  'So, to sum up, the cancer has spread, and we will plan together.',
  'Does that make sense?',
  'Thank you for talking with me today.',
];

describe('the offline engine on the authored scenarios', () => {
  it('does not repeat a line in a 30-turn conversation while alternatives remain', () => {
    const turns = simulate(shippedScenario('breaking-news-cancer'), 2, THIRTY_TURNS_GOOD);
    const used = new Map<string, string[]>();
    for (const reply of turns.flatMap((t) => t.replies)) {
      const list = used.get(reply.speaker) ?? [];
      list.push(...reply.lines);
      used.set(reply.speaker, list);
    }
    for (const [speaker, lines] of used) expect(new Set(lines).size, speaker).toBe(lines.length);
    expect(new Set(turns.flatMap((t) => t.replies.map((r) => r.text))).size).toBe(
      turns.flatMap((t) => t.replies).length,
    );
  });

  it('does not ask back what the learner has just said ("Can it be cured?" after "It can\'t be cured")', () => {
    const lines = [
      "Hello Mr Whitfield, I'm Dr Shah. Who have you brought with you today?",
      'Would you like me to go through everything in detail, or give you the main result first?',
      "I'm afraid the results aren't what we hoped. The scan shows a cancer in your lung, and it has spread to your liver.",
      "I'm so sorry. That's a lot to take in.",
      "What's going through your mind right now?",
      "The cancer can't be cured, but there is treatment that can help control it and help you feel better.",
    ];
    // Before, 16 of these 40 seeds had Alan ask "Can it be cured?" straight back.
    for (let seed = 0; seed < 40; seed++) {
      const last = simulate(shippedScenario('breaking-news-cancer'), 2, lines, `s${seed}`).at(-1);
      expect(last?.replies.map((r) => r.text).join(' ')).not.toMatch(/can it be cured/i);
    }
  });

  it('throws back "calm down" or "security" only once the learner has said it', () => {
    const blunt = [
      "I'm the registrar. What's the problem?",
      "I can't discuss what happened on Tuesday. It wasn't my shift.",
      'Your mother is being treated now. There is nothing more to say.',
      'You are being unreasonable.',
      "I don't have time for this.",
    ];
    const said = (seed: number, lines: string[]) =>
      simulate(shippedScenario('angry-relative-delayed-diagnosis'), 3, lines, `s${seed}`)
        .flatMap((turn) => turn.replies.map((r) => r.text))
        .join(' ');
    for (let seed = 0; seed < 20; seed++) expect(said(seed, blunt)).not.toMatch(/security|calm down/i);
    const told = [...blunt, 'Calm down or I will call security.'];
    expect(Array.from({ length: 20 }, (_, seed) => said(seed, told)).join(' ')).toMatch(
      /security|calm down/i,
    );
  });

  it('answers a question after the news on its topic, not as news again or a warning', () => {
    const scenario = shippedScenario('dementia-diagnosis');
    const lines = [
      "Good morning, Mrs Hale. I'm Dr Rao, one of the doctors in the memory clinic.",
      'What have you made of the tests so far?',
      "I'm afraid the tests show that you have Alzheimer's disease, a kind of dementia.",
      "I'm so sorry. It's a lot to take in.",
    ];
    const asked = (line: string) =>
      simulate(scenario, 1, [...lines, line])
        .at(-1)
        ?.replies.find((r) => r.speaker === 'margaret');
    const offer = asked("There's a dementia adviser who can help. Would you like the nurse to come in now?");
    expect(offer?.intent).not.toBe('react-to-news');
    const fears = asked("I know that's not what you wanted to hear. What frightens you most?");
    expect(fears).toMatchObject({ intent: 'answer-topic', meta: { topic: 'fears' } });
  });

  it('answers an offer of what they wish for with the wish, and other offers with a plain yes or no', () => {
    const scenario = shippedScenario('death-notification-ed');
    const lines = [
      "Mrs Adeyemi? I'm Dr Shah, one of the emergency doctors. Shall we sit down?",
      "I'm so sorry. Peter died a short while ago. We couldn't restart his heart.",
      "I'm so sorry. That's an awful thing to hear.",
    ];
    const answer = (line: string) =>
      simulate(scenario, 1, [...lines, line])
        .at(-1)
        ?.replies.find((r) => r.speaker === 'grace');
    const see = answer('Would you like to see him?');
    expect(see).toMatchObject({ intent: 'answer-topic', meta: { topic: 'wishes' } });
    expect(see?.text).toMatch(/\bsee\b/i);
    expect(answer('Would you like a cup of tea?')?.intent).toBe('answer-closed');
  });

  it('answers a statement of the next steps from what the character thinks of the plan', () => {
    const scenario = shippedScenario('dementia-diagnosis');
    const plan = scenario.characters[0]!.topics.plan;
    const bands = ['overwhelmed', 'angry', 'guarded', 'open', 'settled', 'any'] as const;
    const planLines = bands.flatMap((band) => plan?.[band] ?? []).map((line) => line.text);
    const lines = [
      "Good morning, Mrs Hale. I'm Dr Rao, one of the doctors in the memory clinic.",
      'What have you made of the tests so far?',
      "I'm afraid the tests show that you have Alzheimer's disease, a kind of dementia.",
      "I'm so sorry. It's a lot to take in.",
    ];
    const next = simulate(scenario, 1, [...lines, 'The memory nurse will ring you next week.']).at(-1);
    const reply = next?.replies.find((r) => r.speaker === 'margaret');
    expect(reply?.meta.topic).toBe('plan');
    expect(planLines.some((line) => reply?.text.includes(line))).toBe(true);
    // A statement with nothing about what happens next is not taken as the plan.
    const other = simulate(scenario, 1, [...lines, 'Many people live well with it for years.']).at(-1);
    expect(other?.replies.map((r) => r.meta.topic)).not.toContain('plan');
  });

  it('answers a plan put for agreement ("Is that alright with you?", "Agreed?") on the plan, not as leave asked', () => {
    const [, margaret] = simulate(shippedScenario('dementia-diagnosis'), 3, [
      "Hello Margaret, I'm Dr Shah.",
      "Here's the plan. I'll write it all down for you today. The nurse rings you within two weeks, and you've got our number on this card. Is that alright with you, Margaret?",
    ]);
    expect(margaret?.replies[0]?.meta).toMatchObject({ intent: 'answer-topic', topic: 'plan' });
    const [, reece] = simulate(shippedScenario('agitated-young-person'), 2, [
      "Hi Reece, I'm Sam, one of the nurses.",
      'So: the quiet room, a cup of tea, you text your mum, and I go and get you an actual time from the liaison team. Agreed?',
    ]);
    expect(reece?.replies[0]?.meta).toMatchObject({ intent: 'answer-topic', topic: 'plan' });
  });

  it('hears a list ending "…, anything?" as examples of the question before, not as an offer', () => {
    const [, asked] = simulate(shippedScenario('agitated-young-person'), 2, [
      "Hi Reece, I'm Sam, one of the nurses.",
      "I ask everybody this, so don't take it personal. Anything on board tonight? A drink, a smoke, anything?",
    ]);
    expect(asked?.replies[0]?.meta).toMatchObject({ intent: 'answer-topic', topic: 'substances' });
  });

  it('puts sleep asked of the relative who leads, while talking with her, to her and not the patient', () => {
    const [, , asked] = simulate(shippedScenario('angry-relative-delayed-diagnosis'), 2, [
      "Hello, I'm Dr Shah, one of the medical registrars. Are you Mrs Brennan's daughter?",
      'Julie, can you tell me what happened from your side?',
      'Have you had any sleep since Thursday?',
    ]);
    expect(asked?.replies[0]?.speaker).toBe('julie');
  });

  it('answers what was given back to check it ("So you\'ve not slept since Monday.") as a question on its topic', () => {
    const [, slept, rough] = simulate(shippedScenario('intoxicated-wants-to-leave'), 1, [
      "Hi Lee, I'm Sam, the nurse in charge tonight.",
      "So you've not slept since Monday.",
      'So things have been rough since the divorce.',
    ]);
    expect(slept?.replies[0]?.meta).toMatchObject({ intent: 'answer-topic', topic: 'sleep' });
    expect(rough?.replies[0]?.meta.intent).toBe('feel-heard');
    // Information that opens with "So" is not given back: "So I'll get the scan booked."
    const [, told] = simulate(shippedScenario('intoxicated-wants-to-leave'), 1, [
      "Hi Lee, I'm Sam, the nurse in charge tonight.",
      "So I'll get the scan booked now.",
    ]);
    expect(told?.replies[0]?.meta.intent).not.toBe('feel-heard');
  });

  it('answers a question after what was just said ("…just the two." "Which two are they?") from the one who said it', () => {
    const turns = simulate(shippedScenario('delirium-with-wife'), 2, [
      "Hello, I'm Dr Shah. Are you Harold's wife?",
      'Sheila, does he have any allergies?',
      'Which two are they?',
    ]);
    const [asked, followUp] = turns.slice(1).map((t) => t.replies[0]);
    expect(asked?.text).toMatch(/just the two/);
    expect(followUp?.speaker).toBe('sheila');
    expect(followUp?.meta).toMatchObject({ intent: 'answer-topic', topic: 'medication' });
    expect(followUp?.text).toMatch(/blood pressure/i);
  });

  it('meets how he died, told once the news is known, as what she makes of it, not as the news again', () => {
    const lines = [
      "Hello, are you Mrs Okafor? I'm Dr Shah, one of the emergency doctors. I'm afraid I have some very bad news.",
      "I'm so sorry. Peter died a short time ago.",
      "He didn't wake up at any point after he collapsed, and it's very unlikely he was aware of anything or in pain. Does that help at all?",
    ];
    const told = simulate(shippedScenario('death-notification-ed'), 1, lines).at(-1)?.replies[0];
    expect(told?.intent).not.toBe('react-to-news');
    expect(told?.meta.topic).toBe('understanding');
    // News that brings its own words is met as news still: "…it has spread to the bones in your spine."
    const spread = simulate(shippedScenario('breaking-news-cancer'), 1, [
      "Hello Alan, I'm Dr Shah. I'm afraid the results aren't what we hoped.",
      'The biopsy shows it is cancer, in the lung.',
      "I'm sorry to say it has spread to the bones in your spine.",
    ]).at(-1);
    expect(spread?.replies[0]?.intent).toBe('react-to-news');
  });

  it('has Harold answer about his waterworks and his bowels, each asked in a word', () => {
    const [, water, bowels] = simulate(shippedScenario('delirium-with-wife'), 1, [
      "Hello Harold, I'm Dr Shah.",
      'Waterworks alright? Any trouble passing water?',
      'Bowels? When did you last open them?',
    ]);
    expect(water?.replies[0]?.text).toMatch(/waterworks|wee/i);
    expect(bowels?.replies[0]?.text).toMatch(/bowels/i);
  });

  it('hears "And yourself, Tom?" as the last question put again, to Tom', () => {
    const [, , tom] = simulate(shippedScenario('breaking-news-cancer'), 2, [
      "Hello Alan, I'm Dr Shah.",
      'How are you feeling in yourself, Alan?',
      'And yourself, Tom?',
    ]);
    expect(tom?.replies[0]?.speaker).toBe('tom');
    expect(tom?.replies[0]?.meta).toMatchObject({ intent: 'answer-topic', topic: 'mood' });
  });

  it('puts a question to the one the latest sentence calls on, not the one congratulated first', () => {
    const [, asked] = simulate(shippedScenario('breaking-news-cancer'), 2, [
      "Hello Alan, I'm Dr Shah.",
      "Congratulations, Tom, that's lovely news. Mr Whitfield, you were telling me about your dad. What happened at the end for him?",
    ]);
    expect(asked?.replies[0]?.speaker).toBe('alan');
  });

  it('puts a question to the patient when a he in it follows a relative spoken of by name', () => {
    const [, asked] = simulate(shippedScenario('breaking-news-cancer'), 2, [
      "Hello Alan, I'm Dr Shah.",
      "Tom mentioned on the way in that you look after his mam at home. Tell me how that's been going.",
    ]);
    expect(asked?.replies[0]?.speaker).toBe('alan');
  });

  it('has "And you are?" answered by the one in the room who has not yet said their name', () => {
    const [, asked] = simulate(shippedScenario('death-notification-ed'), 3, [
      "Hello, are you Mrs Okafor? I'm Dr Shah, one of the emergency doctors.",
      'And you are?',
    ]);
    expect(asked?.replies.map((r) => [r.speaker, r.intent])).toEqual([['samuel', 'give-name']]);
  });

  it('puts "Would it help if Sheila stayed with you tonight?" to Harold, not to Sheila, who is only spoken of', () => {
    const [, asked] = simulate(shippedScenario('delirium-with-wife'), 3, [
      'Harold, are you in any pain?',
      'Would it help if Sheila stayed with you tonight?',
    ]);
    expect(asked?.replies[0]?.speaker).toBe('harold');
  });

  it('answers a question put as a hedge or a guess, with no question mark, on its topic', () => {
    const [, hedged, guessed] = simulate(shippedScenario('breaking-news-cancer'), 1, [
      "Hello Mr Turner, I'm Dr Shah, one of the chest doctors.",
      "I was just wondering whether you've been managing to sleep at all.",
      "You'll have been worried sick, I imagine.",
    ]);
    expect(hedged?.replies[0]?.meta).toMatchObject({ intent: 'answer-topic', topic: 'sleep' });
    expect(guessed?.replies[0]?.meta).toMatchObject({ intent: 'answer-topic', topic: 'fears' });
  });

  it('answers a question on a plan with the line about a plan, among lines that share its other words', () => {
    const turns = simulate(shippedScenario('suicidal-wants-home'), 2, [
      "Hi Chloe, I'm Dr Okoro, one of the emergency doctors.",
      "The nurse said you'd had thoughts of ending your life. Thank you for telling her. Can you tell me about those thoughts?",
      'Have you made any plans to end your life?',
    ]);
    expect(turns.at(-1)?.replies[0]?.text).toMatch(/\bplan\b/i);
  });

  it('puts a question to the one whose name it checks ("Chloe, is it?", "It is Julie, yes?")', () => {
    const [chloe] = simulate(shippedScenario('suicidal-wants-home'), 3, [
      "Hiya, Chloe is it? I'm Siobhan, one of the nurse practitioners. Are you thinking of heading off?",
    ]);
    expect(chloe?.replies[0]?.speaker).toBe('chloe');
    const [, julie] = simulate(shippedScenario('angry-relative-delayed-diagnosis'), 1, [
      'Good afternoon. I am Dr Whitcombe, the consultant looking after Mrs Brennan. You must be her daughter?',
      'It is Julie, yes? I should very much like to hear what has happened from your point of view. Would you tell me?',
    ]);
    expect(julie?.replies[0]?.speaker).toBe('julie');
    const [, stays] = simulate(shippedScenario('suicidal-wants-home'), 3, [
      "Hiya, Chloe is it? I'm Siobhan, one of the nurse practitioners.",
      'Would you rather Aisha stayed while we talk, or would you like a bit of privacy?',
    ]);
    expect(stays?.replies[0]?.speaker).toBe('chloe');
  });

  it('takes "Is now still a good time to talk?" as asking leave, with no topic from the introduction', () => {
    const [first] = simulate(shippedScenario('dementia-diagnosis'), 1, [
      "Good afternoon. I'm Dr Rana, one of the memory clinic doctors. Is now still a good time to talk?",
    ]);
    expect(first?.replies[0]?.meta.topic).toBeUndefined();
    expect(first?.replies[0]?.text).not.toMatch(/couldn't tell you|don't know/i);
  });

  it('has a patient given blunt news answer briefly, in shock, and the son step in', () => {
    const turns = simulate(shippedScenario('breaking-news-cancer'), 2, [
      'You have lung cancer. It has metastasised to the liver and the bones and it is not curable.',
      'The treatment would be palliative chemotherapy.',
    ]);
    const first = turns[0]!;
    const alan = first.replies.find((r) => r.speaker === 'alan');
    expect(alan?.band).toBe('overwhelmed');
    expect(alan!.text.split(/\s+/).length).toBeLessThanOrEqual(10);
    const everyone = turns.flatMap((t) => t.replies);
    expect(everyone.some((r) => r.speaker === 'tom')).toBe(true);
  });

  it('has an agitated young person interrupt a lecturing, commanding learner', () => {
    const lecture =
      'Listen to me, you need to sit down right now and stop shouting, because this is a hospital and there are other ' +
      'patients here who are very unwell, and if you carry on like this I will have to call security to deal with you.';
    const turns = simulate(shippedScenario('agitated-young-person'), 2, [
      'Calm down. Sit down now.',
      'Stop shouting or I will call security.',
      lecture,
      lecture,
    ]);
    const replies = turns.flatMap((t) => t.replies);
    expect(replies.some((r) => r.band === 'angry')).toBe(true);
    expect(replies.some((r) => r.interrupted)).toBe(true);
    expect(turns.at(-1)!.affect.reece!.anger).toBeGreaterThan(0.6);
  });

  it('lets hidden facts out to a learner who builds trust, and not to one who does not', () => {
    const warm = [
      "Hi, I'm Sam, one of the nurses. What should I call you?",
      'You seem really frightened. What is going on for you?',
      'That makes sense. Anyone would feel trapped in here.',
      'Would you rather sit here or somewhere quieter?',
      'What has been happening over the last few days?',
      'I can hear how exhausted you are. Tell me more.',
      'What are you most worried about?',
      'You did the right thing coming in.',
    ];
    const cold = [
      'Sit down.',
      'You need to wait like everyone else.',
      'Is it drugs?',
      'You are overreacting.',
      'Have you taken anything?',
      'Stop shouting.',
      'Do you want to be sectioned?',
      'Answer the question.',
    ];
    const scenario = shippedScenario('agitated-young-person');
    const revealed = (lines: string[]) =>
      simulate(scenario, 2, lines)
        .flatMap((t) => t.replies)
        .filter((r) => r.revealed).length;
    expect(revealed(warm)).toBeGreaterThanOrEqual(2);
    expect(revealed(cold)).toBe(0);
  });

  it('makes the same learner meet more distress and anger at a higher difficulty', () => {
    const script = [
      'Hello, I am Dr Patel.',
      'The urine result from Tuesday was not acted on.',
      "Don't worry, she will be fine.",
      'What would you like to know?',
    ];
    const scenario = shippedScenario('angry-relative-delayed-diagnosis');
    const easy = simulate(scenario, 1, script).at(-1)!.affect.julie!;
    const hard = simulate(scenario, 3, script).at(-1)!.affect.julie!;
    expect(hard.anger).toBeGreaterThan(easy.anger);
    expect(hard.trust).toBeLessThan(easy.trust);
  });
});
