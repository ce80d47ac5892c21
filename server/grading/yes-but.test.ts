import { describe, expect, it } from 'vitest';
import { butUndoes } from './yes-but.ts';

describe('an acknowledgement taken back by "but"', () => {
  it('is undone when only a counter follows', () => {
    expect(butUndoes("I can see you're frustrated, but the nurses will tell you exactly the same.")).toBe(
      true,
    );
    expect(butUndoes("I can see you love your girls, but let's be honest, that's alcohol dependence.")).toBe(
      true,
    );
  });

  it('stands when what follows shows something itself', () => {
    expect(butUndoes("I know it's scary, but we'll be with you every step of the way.")).toBe(false);
    expect(butUndoes("It's a lot to take in, but what worries you most right now?")).toBe(false);
  });

  it('undoes a sentence that opens "But" against what the person said', () => {
    expect(butUndoes("But you must see your daughter's right, and it's time for a home.")).toBe(true);
  });

  it('leaves a sentence without "but" alone', () => {
    expect(butUndoes("You're worried about who'll feed the dog while you're in.")).toBe(false);
    expect(butUndoes('You sound butchered by all this waiting.')).toBe(false);
  });
});
