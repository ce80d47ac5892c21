import { describe, expect, it } from 'vitest';
import { asksName, invitesTheirQuestions } from './question-kinds.ts';

describe('question kinds', () => {
  it.each([
    "What's your name?",
    "Hello, are you Mrs Okafor? I'm Dr Lee, one of the emergency doctors.",
    'Hi, is it Mr Whitfield?',
  ])('"%s" asks or checks their name', (text) => {
    expect(asksName(text)).toBe(true);
  });

  it.each(['Are you in pain?', 'Is it Mr Whitfield who drives you home?'])('"%s" does not', (text) => {
    expect(asksName(text)).toBe(false);
  });

  it.each([
    'Any questions?',
    'Do you have any questions for me?',
    "Is there anything you'd like to ask me?",
    'The coroner will be in touch. Any questions?',
    'What questions do you have?',
    'Anything else you want to know?',
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
});
