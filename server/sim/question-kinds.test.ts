import { describe, expect, it } from 'vitest';
import {
  asksAgreement,
  asksLeave,
  asksName,
  asksPermission,
  asksWhoStays,
  checksName,
  checksProposal,
  invitesTheirQuestions,
} from './question-kinds.ts';

describe('question kinds', () => {
  it.each([
    "What's your name?",
    "Hello, are you Mrs Okafor? I'm Dr Lee, one of the emergency doctors.",
    'Hi, is it Mr Whitfield?',
    'And may I ask who you are, sir?',
    'And you must be...?',
    "Hello, are you Mrs Okafor, Peter Okafor's wife?",
    'And may I ask your name, sir?',
    'Is it Margaret you like, or Mrs Hale?',
  ])('"%s" asks or checks their name', (text) => {
    expect(asksName(text)).toBe(true);
  });

  it.each([
    'Are you in pain?',
    'Is it Mr Whitfield who drives you home?',
    'Is it Tuesday or Wednesday you came in?',
  ])('"%s" does not', (text) => {
    expect(asksName(text)).toBe(false);
  });

  it.each([
    'Mr Whitfield, are you happy for Tom to stay with us while we talk?',
    'Is it all right with you for Geoffrey to stay, or would you rather have a while on your own first?',
    'Would you like Josh to stay while we go through it?',
    'Would you rather we talked on our own?',
  ])('"%s" asks who they want in the room', (text) => {
    expect(asksWhoStays(text)).toBe(true);
  });

  it.each([
    'Are you happy to stay?',
    'Would you like me to stay with you?',
    'Would you like to stay a bit longer tonight?',
    'Is it all right if I sit down?',
  ])('"%s" does not', (text) => {
    expect(asksWhoStays(text)).toBe(false);
  });

  it('hears a check of who someone is, by the names they answer to', () => {
    expect(checksName("Hi Priya, I'm Dr Ahmed. Is this Josh?", ['Josh', 'Mr Carter'])).toBe(true);
    expect(checksName('You must be Mr Carter?', ['Josh', 'Mr Carter'])).toBe(true);
    expect(checksName('You must be Josh…?', ['Josh', 'Mr Carter'])).toBe(true);
    expect(checksName("Hello, I'm Dr Lee. Mr Carter, is it?", ['Josh', 'Mr Carter'])).toBe(true);
    expect(checksName("Right, Mr Barker, is it? I'm the doctor on tonight.", ['Lee', 'Mr Barker'])).toBe(
      true,
    );
    expect(checksName("Mr Carter? I'm Dr Lee.", ['Josh', 'Mr Carter'])).toBe(true);
    expect(checksName('Is this normal?', ['Josh', 'Mr Carter'])).toBe(false);
    expect(checksName("You're not worried about anything, are you, Edith?", ['Edith'])).toBe(false);
    expect(checksName('Is this Josh’s coat?', ['Josh'])).toBe(false);
  });

  it.each([
    'Any questions?',
    'Do you have any questions for me?',
    "Is there anything you'd like to ask me?",
    'The coroner will be in touch. Any questions?',
    'What questions do you have?',
    'Anything else you want to know?',
    "Tom, is there anything you'd like to ask before she comes in?",
  ])('"%s" invites their questions', (text) => {
    expect(invitesTheirQuestions(text)).toBe(true);
  });

  it.each([
    "Is there anything you'd like to ask me about what happened this morning?",
    'Do you have any pain?',
    'Any questions? No? Good.',
  ])('"%s" does not', (text) => {
    expect(invitesTheirQuestions(text)).toBe(false);
  });

  it('hears a check on what was just proposed, answered as agreement', () => {
    const proposal = "I can't let you punch the wall, but I can get you somewhere quieter. Would that help?";
    expect(checksProposal(proposal)).toBe(true);
    expect(asksAgreement(proposal)).toBe(true);
    expect(checksProposal('Here is the plan. How does that sound to you?')).toBe(true);
    expect(checksProposal('Would that help with the pain?')).toBe(false);
    expect(checksProposal('Does this hurt?')).toBe(false);
    expect(
      checksProposal('A brew, a room with a window, and we ring your mum. Can we try that, Reece?'),
    ).toBe(true);
    expect(checksProposal('Tea, a quieter room, and the team within the hour. Shall we agree on that?')).toBe(
      true,
    );
    expect(checksProposal('The nurse rings you on Thursday. Are you happy with that?')).toBe(true);
    expect(checksProposal('Can we talk about your sleep?')).toBe(false);
  });

  it('hears a request put to someone by name, but not a wh-question, as asking them to agree', () => {
    expect(asksAgreement('Samuel, would you be able to take her home?')).toBe(true);
    expect(asksAgreement('Will you give it forty minutes?')).toBe(true);
    expect(asksAgreement('How would you feel about that?')).toBe(false);
    expect(asksAgreement('Would you tell me what happened?')).toBe(false);
    expect(asksAgreement('Would a glass of water or a cup of tea help?')).toBe(true);
  });

  it('hears leave asked after the name of the one asked, and not in a question that opens with a wh-word', () => {
    expect(asksLeave('Julie, can I tell you how your mum is doing now?')).toBe(true);
    expect(asksLeave("Tom, can I ask how you're sleeping?")).toBe(false);
    expect(asksLeave('What can I do for you?')).toBe(false);
    expect(asksLeave('Have you got a few minutes to talk before you go?')).toBe(true);
    expect(asksLeave('Have you got any pain?')).toBe(false);
  });

  it('hears the question after "Can I ask," as the one asked, not as leave', () => {
    expect(
      asksLeave('Can I ask, is some part of you wondering whether you did something to cause this?'),
    ).toBe(false);
    expect(asksLeave("Can I ask, and I'm not having a go, has the drinking got heavier lately?")).toBe(false);
    expect(asksLeave('Can I ask you a few questions?')).toBe(true);
    expect(
      asksLeave(
        'Can I go back to my question: are there any tablets at the flat you have thought about using?',
      ),
    ).toBe(false);
    expect(asksLeave("I'm Dr Rana. Is now still a good time to talk?")).toBe(true);
    expect(
      asksWhoStays('Chloe, would you rather Aisha stayed while we talk, or would you like a bit of privacy?'),
    ).toBe(true);
    expect(asksLeave('Can I just check this is your first pregnancy?')).toBe(false);
    expect(asksLeave('Can I just check how that head is?')).toBe(false);
    expect(asksLeave('Can I check your blood pressure, is that ok?')).toBe(true);
    expect(asksLeave('Can I sit down?')).toBe(true);
  });

  it('tells leave asked for the speaker from something offered', () => {
    expect(asksPermission('Is it all right if I sit here?')).toBe(true);
    expect(asksPermission('Can I examine your tummy?')).toBe(true);
    expect(asksPermission('Can I get you a cup of tea?')).toBe(false);
    expect(asksPermission('Would you like a minute before we go on?')).toBe(false);
  });

  it('hears "Are you Harold\'s wife?" as asking who they are', () => {
    expect(asksName("Hello, I'm one of the doctors. Are you Harold's wife?")).toBe(true);
    expect(asksName('You must be his daughter?')).toBe(true);
    expect(asksName('Is your wife at home with you?')).toBe(false);
  });

  it('hears "Would you like to…?" as asking their wish, and "Would you like me to…?" as asking leave', () => {
    expect(asksLeave('Would you like to stay on with him for a while tonight?')).toBe(false);
    expect(asksLeave('Do you want to try the tablets?')).toBe(false);
    expect(asksLeave('Would you like me to go through the scan with you?')).toBe(true);
    expect(asksLeave('Do you want us to ring anyone?')).toBe(true);
  });
});
