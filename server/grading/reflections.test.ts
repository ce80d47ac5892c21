import { describe, expect, it } from 'vitest';
import { findReflections, givesBackTheirWords } from './reflections.ts';

describe('findReflections', () => {
  it('finds reflections the patterns know and ones only the learned detector knows', () => {
    expect(findReflections("It sounds like you've had a really rough week.")).toHaveLength(1);
    // Not in the model's training data, and no pattern knows it: only the learned detector finds these.
    expect(
      findReflections('Giving up the evening drink feels like losing part of your routine.'),
    ).toHaveLength(1);
    expect(findReflections('Smoking has been a way to take a break from a busy day.')).toHaveLength(1);
  });

  it('hears their own words given back without "you", but not an answer, a promise or the clinician\'s own view', () => {
    const heard = "Since the plant shut I've lost more than the job. The wage was only part of it.";
    expect(findReflections("Losing the job's taken more than the wage away.", heard)).toHaveLength(1);
    expect(findReflections("Losing the job's taken more than the wage away.")).toEqual([]);
    expect(findReflections("The job won't be lost, and the wage carries on.", heard)).toEqual([]);
    expect(findReflections("I'd hate to lose a job like that, the wage and all.", heard)).toEqual([]);
  });

  it('hears no reflection in reassurance about what is theirs, choices announced, or their words told for them', () => {
    expect(findReflections('Your pupils are fine.')).toEqual([]);
    expect(findReflections('Your keys are yours.')).toEqual([]);
    expect(findReflections("So you've got two options.")).toEqual([]);
    expect(
      findReflections("I think what you're telling me, underneath, is that you're scared of going back."),
    ).toEqual([]);
    expect(
      findReflections('Eleven months clean, with all this going on around you, is a real achievement.'),
    ).toEqual([]);
    expect(findReflections('Your family is everything to you.')).toHaveLength(1);
  });

  it('leaves questions, advice and plain information alone', () => {
    expect(findReflections('How many cigarettes do you smoke a day?')).toEqual([]);
    expect(findReflections('You need to stop smoking.')).toEqual([]);
    expect(findReflections('The clinic opens at nine on Monday.')).toEqual([]);
    expect(findReflections('Your risk is quite high, so you really should be back on them.')).toEqual([]);
    expect(findReflections('Drinking in pregnancy does raise the risk of a small baby.')).toEqual([]);
    expect(findReflections('The out-of-hours notes say you were really wheezy on Saturday.')).toEqual([]);
    expect(findReflections("You're in hospital, and it's night-time.")).toEqual([]);
    expect(
      findReflections("You've had an operation on your hip, so you mustn't get up on your own."),
    ).toEqual([]);
    expect(findReflections("You've got to look after yourself too, or you're no use to him.")).toEqual([]);
  });

  it('does not take stock phrases that say nothing of theirs for reflections', () => {
    expect(findReflections('I hear you.')).toEqual([]);
    expect(findReflections("I hear what you're saying, and I know exactly how you feel.")).toEqual([]);
    expect(findReflections('I hear you saying the nights are the worst.')).toHaveLength(1);
    // Their words told for them, which no blind writer counted as a reflection.
    expect(findReflections("So what you're saying is you've lost interest in engineering.")).toEqual([]);
    expect(findReflections("What I'm hearing is that you feel nobody listens to you.")).toEqual([]);
  });

  it("does not take a feeling named only to steer to the clinician's answer for a reflection", () => {
    expect(findReflections('It sounds like you are frightened for her.')).toHaveLength(1);
    expect(
      findReflections('It sounds like you are frightened for her, so the safest thing is the vaccine today.'),
    ).toEqual([]);
    // A fear used as a lever, and a reflection turned into a correction.
    expect(
      findReflections(
        "It sounds like you care about her a lot, and you wouldn't want to leave her on her own.",
      ),
    ).toEqual([]);
    expect(
      findReflections(
        "So you felt fine before, and that's because high blood pressure doesn't cause symptoms.",
      ),
    ).toEqual([]);
  });

  it('still hears what they feel they must do said back to them', () => {
    expect(findReflections('You feel you should be coping better than this.')).toHaveLength(1);
  });

  it('finds their own words given back, turned to the first person', () => {
    const heard = 'Open this door. I need to get home. The children will be on their own.';
    expect(givesBackTheirWords('You need to get home to the children.', heard)).toBe(true);
    expect(givesBackTheirWords('You need to sit down now.', heard)).toBe(false);
    expect(givesBackTheirWords('You need to get home.', '')).toBe(false);
  });

  it('finds no reflection in a sentence over 45 words', () => {
    const long =
      "You've had the same answer everywhere because the wholesalers are putting stock on quotas, so even when a brand comes in we might only get two or three packs, and they go straight to whoever has been waiting longest, which is how it works in every pharmacy in the town.";
    expect(findReflections(long)).toEqual([]);
  });
});
