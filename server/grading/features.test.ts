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

describe('gradeOffline evidence', () => {
  it('cites a sentence once even when a detector reaches it by two routes', async () => {
    const { gradeOffline } = await import('./grade-offline.ts');
    const { loadRubricsOrThrow } = await import('../content/load-rubrics.ts');
    const nurse = loadRubricsOrThrow('rubrics').filter((r) => r.id === 'nurse');
    const report = gradeOffline(
      {
        turns: [
          { index: 0, speaker: 'patient', text: "I'm so scared." },
          { index: 1, speaker: 'learner', text: "Shouting won't help your mum." },
        ],
      },
      nurse,
    );
    const evidence = report.rubrics[0]?.items.find((i) => i.id === 'continuers')?.evidence ?? [];
    expect(evidence.length).toBeGreaterThan(0);
    expect(new Set(evidence.map((q) => `${q.turn}:${q.quote}`)).size).toBe(evidence.length);
  });

  it('cites an apology said plainly, not one wrapped in jargon the patient could not follow', async () => {
    const { gradeOffline } = await import('./grade-offline.ts');
    const { loadRubricsOrThrow } = await import('../content/load-rubrics.ts');
    const disclosure = loadRubricsOrThrow('rubrics').filter((r) => r.id === 'open-disclosure');
    const report = gradeOffline(
      {
        turns: [
          {
            index: 0,
            speaker: 'learner',
            text: "An RFO, so it's classed as a never event, and I'm really sorry.",
          },
          { index: 1, speaker: 'patient', text: "I don't follow." },
          {
            index: 2,
            speaker: 'learner',
            text: "A swab was left inside you. I'm so sorry this happened to you.",
          },
        ],
      },
      disclosure,
    );
    const apologise = report.rubrics[0]?.items.find((i) => i.id === 'apologise');
    expect(apologise?.score).toBe(1);
    expect(apologise?.evidence.map((q) => q.quote)).toEqual(["I'm so sorry this happened to you."]);
  });

  it('credits no affirmation or empathy to thanks and claims that name nothing of theirs', async () => {
    const { gradeOffline } = await import('./grade-offline.ts');
    const { loadRubricsOrThrow } = await import('../content/load-rubrics.ts');
    const listening = loadRubricsOrThrow('rubrics').filter((r) => r.id === 'listening');
    const score = (learner: string, item: string) =>
      gradeOffline(
        {
          turns: [
            { index: 0, speaker: 'patient', text: "I've been stuck in the house for weeks with this pain." },
            { index: 1, speaker: 'learner', text: learner },
          ],
        },
        listening,
      ).rubrics[0]?.items.find((i) => i.id === item)?.score;
    // Both were credited before (affirmation 1 and empathy 0.5; empathy 0.5).
    expect(score('Thank you so much for sharing that with me.', 'affirmations')).toBe(0);
    expect(score('Thank you so much for sharing that with me.', 'empathy')).toBe(0);
    expect(score('I understand this must be a really difficult time for you.', 'empathy')).toBe(0);
    expect(score("You've kept going through weeks of this, and that takes real grit.", 'affirmations')).toBe(
      1,
    );
  });

  it('quotes a question that explores as an open question, not as shown empathy', async () => {
    const { gradeOffline } = await import('./grade-offline.ts');
    const { loadRubricsOrThrow } = await import('../content/load-rubrics.ts');
    const listening = loadRubricsOrThrow('rubrics').filter((r) => r.id === 'listening');
    const empathy = gradeOffline(
      {
        turns: [
          { index: 0, speaker: 'patient', text: "I can't sleep for worrying about the results." },
          { index: 1, speaker: 'learner', text: "What's the worst bit about all this for you?" },
          { index: 2, speaker: 'patient', text: 'Not knowing. Just not knowing.' },
          { index: 3, speaker: 'learner', text: 'You sound really frightened.' },
        ],
      },
      listening,
    ).rubrics[0]?.items.find((i) => i.id === 'empathy');
    const quotes = (empathy?.evidence ?? []).filter((q) => q.shows === true).map((q) => q.quote);
    expect(quotes.some((q) => q.includes('frightened'))).toBe(true);
    expect(quotes.some((q) => q.includes('worst bit'))).toBe(false);
  });

  it('quotes a reflection of what they said for listening in de-escalation, not a feeling named', async () => {
    const { gradeOffline } = await import('./grade-offline.ts');
    const { loadRubricsOrThrow } = await import('../content/load-rubrics.ts');
    const beta = loadRubricsOrThrow('rubrics').filter((r) => r.id === 'beta');
    const listen = gradeOffline(
      {
        turns: [
          {
            index: 0,
            speaker: 'relative',
            text: "Six hours we've been sat here and nobody's told us a thing!",
          },
          { index: 1, speaker: 'learner', text: 'You sound furious.' },
          {
            index: 2,
            speaker: 'relative',
            text: "She's ninety. She can't sit on a plastic chair all night.",
          },
          {
            index: 3,
            speaker: 'learner',
            text: "So you've been sat with her on a plastic chair for six hours, and nobody has told you why.",
          },
        ],
      },
      beta,
    ).rubrics[0]?.items.find((i) => i.id === 'listen');
    const quotes = (listen?.evidence ?? []).filter((q) => q.shows === true).map((q) => q.quote);
    expect(quotes.some((q) => q.includes('plastic chair'))).toBe(true);
    expect(quotes.some((q) => q.includes('furious'))).toBe(false);
  });

  it('hears an introduction in who they say they are, not in asking who the other person is', async () => {
    const { gradeOffline } = await import('./grade-offline.ts');
    const { loadRubricsOrThrow } = await import('../content/load-rubrics.ts');
    const beta = loadRubricsOrThrow('rubrics').filter((r) => r.id === 'beta');
    const contact = (opening: string) =>
      gradeOffline(
        {
          turns: [
            { index: 0, speaker: 'learner', text: opening },
            { index: 1, speaker: 'relative', text: 'Yes?' },
          ],
        },
        beta,
      ).rubrics[0]?.items.find((i) => i.id === 'verbal-contact');
    expect(contact('Hello, is that Karen Doyle?')?.score).toBe(0);
    const introduced = contact("Hello, is that Karen? It's Sue, one of the district nurses.");
    expect(introduced?.score).toBe(1);
    expect(introduced?.evidence[0]?.quote).toMatch(/^It's Sue, one of the district nurses/);
  });

  it('quotes a plain reflection before praise or a list of what they said', async () => {
    const { extractFeatures } = await import('./features.ts');
    const { quotableReflection } = await import('./detectors-listening.ts');
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
