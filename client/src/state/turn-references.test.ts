import { describe, expect, it } from 'vitest';
import type { TurnDto } from '../../../server/protocol.ts';
import { session, turn } from './test-builders.ts';
import { formatSessionTime, turnReferences } from './turn-references.ts';

/** A turn stored this many seconds into the session. */
function at(index: number, speaker: string, seconds: number): TurnDto {
  const createdAt = new Date(Date.parse(session.createdAt) + seconds * 1000).toISOString();
  return { ...turn(index, speaker, `line ${index}`), createdAt };
}

// Learner lines 1, 2, 3 are turns 0, 2, 5; the patient answers in turns 1, 3, 4 (twice after line 2).
const turns = [
  at(0, 'learner', 12),
  at(1, 'patient', 15),
  at(2, 'learner', 61),
  at(3, 'patient', 64),
  at(4, 'patient', 70),
  at(5, 'learner', 272),
];
const refs = turnReferences({ ...session, turns });

describe('turnReferences', () => {
  it("numbers the learner's own lines and times every turn from the start of the session", () => {
    expect(refs.of(5)).toEqual({ index: 5, speaker: 'learner', line: 3, afterLine: null, seconds: 272 });
    expect(refs.of(4)).toMatchObject({ line: null, afterLine: 2, seconds: 70 });
  });

  it('labels evidence by the learner line and time, or by who spoke and when', () => {
    expect(refs.label(5)).toBe('Your line 3, at 4:32');
    expect(refs.label(3)).toBe('Mr Ade, at 1:04');
    expect(refs.label(99)).toBe('Turn 100');
  });

  it('leaves the time out when a turn has none', () => {
    const untimed = turnReferences({ ...session, createdAt: 'not a time', turns });
    expect(untimed.label(2)).toBe('Your line 2');
    expect(untimed.rewrite('In turn 3 you gave the news.')).toBe('In your line 2 you gave the news.');
  });
});

describe('rewrite', () => {
  it("turns the grader's count over all turns into the learner's line and time", () => {
    // The grader counts turns from 1 over everyone's: its turn 6 is index 5, the learner's third line.
    expect(refs.rewrite('In turn 6 you gave the news before asking what they knew.')).toBe(
      'In your line 3 (at 4:32) you gave the news before asking what they knew.',
    );
    expect(refs.rewrite('Your turns averaged 40 words, and turn 6 ran to 95.')).toBe(
      'Your lines averaged 40 words, and your line 3 (at 4:32) ran to 95.',
    );
    expect(refs.rewrite('While giving the news you averaged 15 words a turn.')).toBe(
      'While giving the news you averaged 15 words a line.',
    );
    expect(refs.rewrite('You agreed in turn 1, but in turn 3 you argued.')).toBe(
      'You agreed in your line 1 (at 0:12), but in your line 2 (at 1:01) you argued.',
    );
  });

  it("places a character's turn in time and after the learner's line before it", () => {
    expect(
      refs.rewrite('In turn 4 they said "why me" and your next turn moved on without meeting the feeling.'),
    ).toBe(
      'At 1:04 (after your line 2) they said "why me" and your next line moved on without meeting the feeling.',
    );
    expect(refs.rewrite('Turn 2 shows their fear.')).toBe(
      'Their reply at 0:15 (after your line 1) shows their fear.',
    );
  });

  it('rewrites lists and ranges the judge may write, and the bracketed numbers it was shown', () => {
    expect(refs.rewrite('See turns 1, 3 and 6.')).toBe('See your lines 1, 2 and 3.');
    expect(refs.rewrite('In turns 1-3 you listened.')).toBe('In your lines 1 to 2 you listened.');
    expect(refs.rewrite('At turn [6] you summarised.')).toBe('At your line 3 (at 4:32) you summarised.');
  });

  it('leaves a number that names no turn, and text without turns, as it was', () => {
    expect(refs.rewrite('In turn 40 you reassured them.')).toBe('In turn 40 you reassured them.');
    expect(refs.rewrite('In turn ? you reassured them.')).toBe('In turn ? you reassured them.');
    expect(refs.rewrite('Take turns listening; return to it.')).toBe('Take turns listening; return to it.');
  });
});

describe('formatSessionTime', () => {
  it('reads as a clock, with hours only past the hour', () => {
    expect(formatSessionTime(5)).toBe('0:05');
    expect(formatSessionTime(272)).toBe('4:32');
    expect(formatSessionTime(3725)).toBe('1:02:05');
  });
});
