import { describe, expect, it } from 'vitest';
import { extractFeatures } from './features.ts';
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
