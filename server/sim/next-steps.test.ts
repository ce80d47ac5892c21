import { describe, expect, it } from 'vitest';
import { statesNextSteps } from './next-steps.ts';

describe('statesNextSteps', () => {
  it.each([
    'The team will update you on Monday.',
    "Here's a leaflet. The nurse will ring you.",
    "I'll come back at the end of the afternoon with today's blood results.",
    "You've got an appointment with the oncology team next week.",
    "Scan's coming. Just wait.",
    "Okay, take your coat off and wait, they'll be here soon.",
    "I'm going to examine him and check his bloods.",
  ])('hears "%s" as the next steps', (text) => {
    expect(statesNextSteps(text)).toBe(true);
  });

  it.each([
    "I'll be honest with you.",
    "We'll see.",
    "It's going to be hard.",
    "I'll explain what we found.",
    "I'm afraid the scan shows the cancer has spread.",
    // Asked, not told: the question's own topic answers it.
    'Will the nurse ring you, or would you rather ring her?',
  ])('does not hear "%s" as the next steps', (text) => {
    expect(statesNextSteps(text)).toBe(false);
  });
});
