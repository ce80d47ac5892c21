import { describe, expect, it } from 'vitest';
import { echoesUnsaid, offerKeys, questionKeys, sharedKeys, wordKeys } from './line-relevance.ts';

describe('line relevance', () => {
  it('finds the action offered, also when "would you like to?" leaves its verb to the sentence before', () => {
    expect([...offerKeys('Would you like to see him?')]).toEqual(['see']);
    expect([...offerKeys('You can both see him whenever you are ready. Would you like to?')]).toEqual([
      'see',
    ]);
    expect([...offerKeys('Would you like to?')]).toEqual([]);
    expect([...offerKeys('Would you like a cup of tea?')]).toEqual([]);
  });

  it('keeps the words that say what a question is about, and matches their forms', () => {
    const keys = questionKeys('Do you smoke at all, or have you been drinking much?');
    expect([...keys].sort()).toEqual(['drin', 'smok']);
    expect(sharedKeys(wordKeys('Twenty a day. I smoked since I was fifteen.'), keys)).toBe(1);
    expect(sharedKeys(wordKeys('A pint on a Friday, that is all.'), keys)).toBe(0);
  });

  it('counts short words too, but not common ones', () => {
    expect([...questionKeys('Do you have a pet? How is your job?')].sort()).toEqual(['job', 'pet']);
    expect(sharedKeys(wordKeys('No pets. The landlord will not have them.'), questionKeys('Any pets?'))).toBe(
      1,
    );
    expect(
      sharedKeys(wordKeys('No pets. The landlord will not have them.'), questionKeys('Do you have a pet?')),
    ).toBe(1);
  });

  it("hears a question after someone's usual self in the lines that answer it", () => {
    const asked = questionKeys('Is he normally like this?');
    expect(sharedKeys(wordKeys("He's never been like this. Never."), asked)).toBeGreaterThan(0);
    expect(sharedKeys(wordKeys("He's not been himself since he came in."), asked)).toBeGreaterThan(0);
    expect(sharedKeys(wordKeys('His brother Ron had bad chests.'), asked)).toBe(0);
  });

  it('ignores words common to any question', () => {
    expect(questionKeys('How have you been, what do you think?').size).toBe(0);
  });
});

describe('echoesUnsaid', () => {
  const said = (text: string) => new Set(wordKeys(text));
  it('holds back a line throwing back a word the learner did not say this turn', () => {
    expect(
      echoesUnsaid('Sectioned? For falling down some steps?', said('Is your head hurting or not?')),
    ).toBe(true);
    expect(echoesUnsaid('Threaten me? I have done nothing wrong!', said('So are you staying or not?'))).toBe(
      true,
    );
    expect(echoesUnsaid('Sectioned? For falling down some steps?', said("You'll be sectioned."))).toBe(false);
    expect(echoesUnsaid('Calm down? My mother nearly died!', said('Please calm down.'))).toBe(false);
  });
  it('lets through a puzzled "Meaning?" or "Why?", which throw back no word', () => {
    expect(echoesUnsaid('Meaning?', said('Any LOC?'))).toBe(false);
    expect(echoesUnsaid('Why? What did I do?', said('Right.'))).toBe(false);
  });
});
