import { describe, expect, it } from 'vitest';
import { classifyActs } from './act-classifier.ts';
import { heardActs, mayDoHarm } from './heard-acts.ts';

const acts = (text: string) => heardActs(text).map((a) => a.act);

describe('what the characters hear', () => {
  it('hears harm the phrase lists miss, through the learned model', () => {
    const blame = "Well if you'd taken your tablets like you were told, we wouldn't be here.";
    expect(classifyActs(blame).map((a) => a.act)).not.toContain('dismissive');
    expect(acts(blame)).toContain('dismissive');
  });

  it('adds nothing to kind, ordinary lines', () => {
    for (const line of [
      'I can hear how frightened you are.',
      'Would it help if your sister came in?',
      'We need to keep you here tonight because the scan showed a bleed.',
      "I'm sorry, that came out wrong.",
      'Take a seat wherever you like.',
      'No problem.',
      // A feeling named back, which the learned model alone once heard as a threat.
      "You want out of here, and you're fed up of being told 'within the hour'.",
      // Questions, which the model once heard without their question mark, as statements.
      'If you could change one thing about this situation right now, what would it be?',
      "Just so I've got it right, you're Peter's wife, Grace?",
      // On their side, and an apology, which the model once heard as dismissal and arguing.
      "Fair enough, honestly, I'd not want to be sat in here either.",
      "Sorry, I didn't mean it to come out like that, I'm not threatening you at all, you're free to go.",
      // What follows a good result, which both models heard as a threat.
      "If the scan's clear, you'll be out of here well before then.",
    ]) {
      expect(acts(line), line).toEqual(classifyActs(line).map((a) => a.act));
    }
  });

  it('leaves harm the lists already hear as the classifier heard it', () => {
    const threat = "Sit down or I'll call security.";
    expect(heardActs(threat)).toEqual(classifyActs(threat));
  });

  it('drops a greeting said with harm, as for the lists', () => {
    const line = "Morning. Well if you'd taken your tablets like you were told, we wouldn't be here.";
    expect(acts(line)).toContain('dismissive');
    expect(acts(line)).not.toContain('greeting');
  });

  it('doubts a sentence the model half suspects, but no kind, ordinary line', () => {
    expect(mayDoHarm("What are you actually scared of? He's not dying, you know.")).toBe(true);
    // Below the engine's model's bar, but the grader's, trained on transcripts, doubts it.
    expect(mayDoHarm("But that's not really an excuse to keep drinking, is it?")).toBe(true);
    for (const line of ['I can hear how frightened you are.', 'Would it help if your sister came in?']) {
      expect(mayDoHarm(line), line).toBe(false);
    }
  });
});
