import { describe, expect, it } from 'vitest';
import { harmfulActsIn, harmfulSentences, harmKindsIn } from './harm-lexicon.ts';

describe('harm kinds', () => {
  it.each([
    ["Sit down now or I'm calling security.", 'threat'],
    ['Carry on like this and you will go to the back of the queue.', 'threat'],
    ["You're also not going anywhere until psych have seen you.", 'coercion'],
    ["I hear you, mate, but you're obviously drunk, so sit down.", 'labelling'],
    ['What would they think, seeing you like this?', 'labelling'],
    ["Everyone's got stress, Mr Kerr.", 'dismissal'],
    ['At least she went quickly.', 'dismissal'],
    ["Mr Hale, I'll stop you there. I'm the doctor, not you, and it's not tiredness.", 'dismissal'],
    ["I'm the doctor, I'll decide what's useful to tell you.", 'dismissal'],
    ["If you want to complain, that's up to you. PALS is on the ground floor.", 'dismissal'],
    ['Oh, very mature.', 'sarcasm'],
    ["That's not what happened.", 'arguing'],
    ["I'm sorry, but the ED was very busy that night.", 'blaming'],
    ["I'm sorry you're upset.", 'blaming'],
    ['She would have been seen sooner if you had brought her back.', 'blaming'],
    ['Everything will be fine, I promise.', 'false-promise'],
    ['Are you sure you want to know all the details, Alan? Maybe Tom should handle this.', 'dismissal'],
    ["Mrs Jenkins, can you step back please? I'm the doctor, let me deal with this.", 'dismissal'],
    ["Aisha, you did the right thing bringing her. She clearly isn't thinking straight.", 'labelling'],
    ["You're kicking bins over in a hospital, that's not acceptable.", 'blaming'],
    ["You'll have to stop driving today, it's dangerous. Full stop.", 'coercion'],
    ["She'll need to stop driving. I'll notify the DVLA.", 'coercion'],
    ["That's your choice, but don't come back here complaining when it gets worse.", 'dismissal'],
    ["Maybe keep them at home if you're so worried.", 'sarcasm'],
    ["Look, I'm the one with the medical training here.", 'dismissal'],
    ['Forgetting is no excuse for missing the clinic.', 'dismissal'],
    ['Oh, here we go. What is it this time?', 'sarcasm'],
    ['You are one of the more difficult families on the ward.', 'labelling'],
    ["I hear you, but that's simply not true.", 'arguing'],
    ['Be that as it may, the operation went well.', 'arguing'],
    ["Honestly, it's their fault, the GP never sent the letter.", 'blaming'],
    ["If you don't like it, you're free to move him somewhere else.", 'threat'],
    ["I'm sorry if it felt like nobody was listening.", 'blaming'],
    ["Every surgery in the country's got a waiting list, so we're not alone in this.", 'blaming'],
    ["The main thing is she's home now and doing well.", 'dismissal'],
    ["Walking the dog isn't the same as proper exercise, though.", 'arguing'],
    ['So it sounds like you both know deep down that the tablets are the safer choice.', 'coercion'],
    ["It sounds like you're feeling a bit defensive, which is normal.", 'labelling'],
    ['Sam, could you talk some sense into him?', 'dismissal'],
    ["Stop interrupting me, I'm trying to explain.", 'dismissal'],
    ['How are you feeling? All right? Good.', 'dismissal'],
    ['Any questions about what happens next? No? Great.', 'dismissal'],
    ["What are you so bothered about? It's just a scan.", 'dismissal'],
    ['So what is it you want from me, exactly?', 'dismissal'],
    ['Could you stop shouting for a sec so we can actually talk?', 'dismissal'],
    ["Has he got dementia? Because he's acting like it.", 'labelling'],
    ["But raising your voice on a ward at this time of night isn't acceptable.", 'blaming'],
    ["So you've tried two things for about a week each and given up.", 'blaming'],
    ["I'm so sorry, it's just we were really short last night.", 'blaming'],
    ["Let's not get too carried away, though, it sounds like a chest infection.", 'dismissal'],
    ["It's very slowly progressive, so there's no need to be thinking about that stage.", 'dismissal'],
    ["What are you so scared of, Chloe? It's only a chat.", 'dismissal'],
    ["Mrs Jenkins, how come nobody noticed he wasn't drinking?", 'blaming'],
    ['What are your parents going to say when they hear about this?', 'blaming'],
    ["We'll start you on donepezil. That'll sort the memory out.", 'false-promise'],
    ["I hear you're trying to do a runner.", 'labelling'],
    ['What are you on? Spice?', 'labelling'],
    ["You're the ten-weeker with the bleed?", 'labelling'],
    ['So which one of you is causing all the trouble?', 'labelling'],
    ["I'm wondering whether you'd rather take it by mouth now, while it's still your choice.", 'coercion'],
    ['It sounds like part of you already knows what the right thing to do is.', 'coercion'],
    ["It sounds like part of you knows the injection is what's kept you out of hospital.", 'coercion'],
    ["You said you want to feel calmer, didn't you?", 'coercion'],
    ['So the sensible thing is to keep things stable and come in on Thursday.', 'coercion'],
    ["Don't you worry, a bit of pink on the toothbrush is nothing.", 'false-promise'],
    ["What's your biggest worry? And don't say forgetting things, everyone says that.", 'dismissal'],
    ['There are actually sick people in here.', 'dismissal'],
    ["Right, but you're not actually going to do anything, are you?", 'dismissal'],
    ["You've kicked a bin over. That is not acceptable behaviour in a hospital.", 'blaming'],
    [
      "I know it itches, sweetheart, but carry on pulling at that cannula and we'll have to sedate you.",
      'threat',
    ],
    ["Sorry, we're running two hours late, so I'll have to keep this brief.", 'dismissal'],
    ["Right, I'm afraid we're out of time now.", 'dismissal'],
    ["Okay, I've got to dash, the nurse will finish up.", 'dismissal'],
    ['I have a waiting room full of people.', 'dismissal'],
    ["There's no point asking me that, nobody knows.", 'dismissal'],
    ["Cheer up, it'll all pass soon.", 'dismissal'],
    ["You've got so much to live for, you know.", 'dismissal'],
    ['Did you smoke in the pregnancy? Because that can not have helped.', 'blaming'],
    ['Years on the bottle will do that to you.', 'blaming'],
    ["Still drinking every night? That's really irresponsible with your liver.", 'labelling'],
    ['Everyone picks the tablets, so shall I just put you down for those?', 'coercion'],
    ["Honestly, I'd choose surgery if I were you.", 'coercion'],
    ["I know she's gone, but she won't have felt anything.", 'false-promise'],
    ['You can go if you like, but if you walk out you lose your slot.', 'threat'],
    ["I'm sorry if there was a mix-up with the letters.", 'blaming'],
    ["Hi. I've got about ten minutes, I'm covering two wards, so what can I do for you?", 'dismissal'],
    ["I've got a lot of people to see, so I'll get straight to it.", 'dismissal'],
    ['Have you got any thoughts of harming yourself? Quickly, if you can.', 'dismissal'],
    ["Basically, there's nothing more we can do.", 'dismissal'],
    ["Well, I'll give him something to settle him. It'll make tonight easier for everyone.", 'dismissal'],
    ["I'll take that as a yes.", 'coercion'],
    ['Your choice.', 'dismissal'],
    ["Right, I'll cut to the chase because we're an hour behind.", 'dismissal'],
    ["Now, now, let's not get hysterical, shall we?", 'dismissal'],
    ['Look, she has dementia, falls happen.', 'dismissal'],
    ['You can always try again in a couple of months.', 'dismissal'],
    ['Are we having a nice little snooze, then?', 'dismissal'],
    ["Kicking bins over isn't going to get you seen any faster, you do realise that?", 'dismissal'],
    ['We were slightly busy trying to save his life.', 'sarcasm'],
    ["Nobody? Well, there's a surprise.", 'sarcasm'],
    ['Mr Okafor, let me finish.', 'coercion'],
    ['Tom, did you not notice your dad losing weight?', 'blaming'],
    ["Well, if you hadn't sunk eight pints you wouldn't be sat here, would you?", 'blaming'],
    ['Forty years of cigarettes does catch up with you.', 'blaming'],
    ["Jo, can you stay in here with them? The brother's a bit aggressive.", 'labelling'],
    ["Ah, that's a bit of denial, that, which is completely normal.", 'labelling'],
    ['Josh, she is a bit of a worrier, is she?', 'labelling'],
    ["Most people go with the tablets. I'll put you down for those, shall I?", 'coercion'],
    ['So what happened, you just fell over pissed?', 'labelling'],
    ['Sorry, can I finish?', 'arguing'],
    [
      "Well, that's exactly why it's so important to always tell the hospital about your methadone.",
      'lecturing',
    ],
    ["I'd hope you can see that recovery means taking some responsibility for that.", 'lecturing'],
  ])('"%s" is %s', (text, kind) => {
    expect(harmKindsIn(text)).toContain(kind);
  });

  it.each([
    "I can't promise it'll be fine, but we'll be with you.",
    "I can't let you hit anyone, but I can get you somewhere quieter.",
    'The result was not acted on, and I am sorry.',
    'I understand you are frustrated. What would help right now?',
    "I'm so sorry. This is a lot to take in.",
    'Would you like to sit somewhere quieter?',
    "If you want to make a complaint, I'll give you the details and help you with it.",
    "I'm the doctor looking after your dad tonight, and I'll decide nothing without you.",
    "It's not acceptable that you were kept waiting, and I'm sorry.",
    'Maybe we should deal with the paperwork later.',
    'Is there anything on your mind? Good, let us go through the plan then.',
    'What matters most to you about the days ahead?',
    'Could you tell me what you want from today?',
    'We were short of breath on the stairs, were we?',
    "Waiting four hours on a trolley isn't acceptable, and I'm sorry.",
    "I'm the doctor looking after him, let me explain what's happening.",
    "If it gets worse, come back and see us, and we'll look again.",
    "If you're worried about them going missing, we can label them for you.",
    "Are you worried that if you stay, they'll section you and lock you up?",
    "Antibiotics and fluids carry on, we check her bloods again tomorrow, and I'll ring you if anything changes.",
    'I need to ask you something, and I ask everyone. Have you had any thoughts of hurting yourself?',
    "Can I ask, and I'm not having a go, has the drinking got heavier lately?",
    "How come you're here on your own today?",
    'The antibiotics should clear the infection.',
    "Alright mate, what's all the shouting about?",
    "I don't know what the right thing to do is, and that's OK.",
    'So part of you is scared of it happening again, and part of you is scared of admitting it.',
    "Mum needs to keep going to the clinic, and they'll sort her dose out.",
    "There's no rush at all. Take as long as you need.",
    "I've got to go and check on your scan, but I'll be back in ten minutes.",
    'I have to go now, there is an emergency in resus, but Sister Hall will stay with you.',
    "I'll be quite quick with the examination, and tell me if anything hurts.",
    'It sounds like the nights have been the hardest part to get through.',
    'What would you say you have to live for, at the moment?',
    "I'm sorry if it's hard to hear this, and I'm sorry we didn't pick it up sooner.",
    "Talk me through what you're after tonight.",
    "There's nothing more we can do to cure it, but there's a lot we can do to keep him comfortable.",
    "It sounds like you're really pissed off with us, and I don't blame you.",
    'We take full responsibility for what happened.',
    "It's your call.",
    "That's not good enough, you should have heard back.",
    "I'll get you on Dr Shah's list for tomorrow morning, so it's a doctor deciding, not me.",
    "You're a good mum, making sure they're fed.",
    "You're right, someone should have checked her again sooner, and I'm sorry that didn't happen.",
    "And you're furious watching it happen.",
    "You can try again as soon as you feel ready, there's no need to wait.",
    "If you hadn't come in when you did, this could have been much worse.",
    "You should have had that scan in the spring, and you didn't.",
    "You weren't wrong to think it was a cold, and there's nothing either of you should have done differently.",
    "I've got as long as you need, there's no rush.",
  ])('"%s" does no harm', (text) => {
    expect(harmKindsIn(text)).toEqual([]);
  });

  it('quotes the harmful sentence, not the whole turn', () => {
    const found = harmfulSentences(
      "I'm so sorry. But it's your own fault for leaving it. Shall we talk about next steps?",
    );
    expect(found).toEqual([{ text: "But it's your own fault for leaving it.", kinds: ['blaming'] }]);
  });

  it('hears blame and sarcasm in a conditional or an aside, not in a plain question', () => {
    expect(harmKindsIn("Had you brought him in sooner, we'd have caught it.")).toContain('blaming');
    expect(harmKindsIn('Had you noticed him getting more forgetful at home?')).toEqual([]);
    expect(harmKindsIn('Well, who knew?')).toContain('sarcasm');
    expect(harmKindsIn('Who knew about the pregnancy?')).toEqual([]);
    expect(harmKindsIn('Why did you take her home if you were so worried about her?')).toContain('blaming');
    expect(harmKindsIn("Why do you think that is, if you don't mind me asking?")).toEqual([]);
    expect(harmKindsIn("We know what went wrong, it was the locum, and it's sorted.")).toContain('blaming');
    expect(harmKindsIn('I think she was probably rushed off her feet.')).toContain('blaming');
    expect(harmKindsIn('It was the night my dad died.')).toEqual([]);
    expect(harmKindsIn("With the greatest respect, that isn't what happened.")).toContain('arguing');
  });

  it('is heard by the conversation engine as the act of its kind', () => {
    expect(harmfulActsIn("Sit down or I'm calling security.")).toContain('threat-or-command');
    expect(harmfulActsIn("That's not true.")).toContain('dismissive');
    expect(harmfulActsIn('Hello, my name is Sam.')).toEqual([]);
  });
});
