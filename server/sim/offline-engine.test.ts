import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../shared/seeded-random.ts';
import { testScenario } from '../../tests/fixtures/test-scenario.ts';
import { personKeys, questionKeys, wordKeys } from './line-relevance.ts';
import { sentenceKeys } from './line-variety.ts';
import { composeReply, type LineContext, type ReplyPlan } from './offline-engine.ts';

const scenario = testScenario();
const pat = scenario.characters[0];
const robin = scenario.characters[1];
if (!pat || !robin) throw new Error('fixture has no patient and relative');
const plan = (over: Partial<ReplyPlan> = {}): ReplyPlan => ({
  character: pat,
  intent: 'answer-open',
  band: 'open',
  topic: null,
  reveal: null,
  reactTo: null,
  interrupt: false,
  wasCutOff: false,
  ...over,
});
const context = (over: Partial<LineContext> = {}): LineContext => ({
  newsGiven: false,
  unsaidTerms: [],
  recent: [],
  firstReply: false,
  ...over,
});
const compose = (p: ReplyPlan, used: string[] = [], ctx = context(), seed = 'a') =>
  composeReply(p, used, ctx, seededRandom(seed));

describe('composeReply', () => {
  it('uses the intent lines for the band, then the intent lines for any band, then fallback', () => {
    expect(compose(plan({ intent: 'react-to-news', band: 'overwhelmed' })).text).toMatch(/^pat shock line/);
    expect(compose(plan({ intent: 'react-to-news', band: 'open' })).text).toMatch(/^pat news line/);
    expect(compose(plan({ intent: 'brace' })).text).toMatch(/^pat fallback line/);
  });

  it('does not repeat a line while an alternative remains, then reuses the least recently used', () => {
    const used: string[] = [];
    const texts: string[] = [];
    const random = seededRandom('no-repeats');
    // 4 answer-open lines + 6 fallback lines: 10 distinct replies before anything repeats.
    for (let i = 0; i < 11; i++) {
      const reply = composeReply(plan(), used, context(), random);
      used.push(...reply.lines);
      texts.push(reply.text);
    }
    expect(new Set(texts.slice(0, 10)).size).toBe(10);
    expect(texts[10]).toBe(texts[0]);
  });

  it('answers a topic from its lines for the band, deflects while gated, and otherwise honestly does not know', () => {
    const sleep = compose(plan({ intent: 'answer-topic', topic: { topic: 'sleep', answer: 'topic' } }));
    expect(sleep.text).toMatch(/^pat sleep line/);
    expect(sleep.lines[0]).toMatch(/^topic\.sleep\.any\./);
    const guarded = compose(
      plan({ intent: 'answer-topic', band: 'guarded', topic: { topic: 'sleep', answer: 'topic' } }),
    );
    expect(guarded.text).toBe('pat sleep guarded line.');
    const gated = compose(
      plan({ intent: 'answer-topic', topic: { topic: 'substances', answer: 'deflect' } }),
    );
    expect(gated.text).toBe('pat deflects.');
    const unknown = compose(plan({ intent: 'answer-topic', topic: { topic: 'work', answer: 'dont-know' } }));
    expect(unknown.text).toMatch(/^pat (does not know|cannot say)\.$/);
    const noLines = compose(
      plan({
        character: { ...pat, dontKnow: undefined },
        intent: 'answer-topic',
        topic: { topic: 'work', answer: 'dont-know' },
      }),
    );
    expect(noLines.lines[0]).toMatch(/^dont-know\.default\./);
  });

  it('says a line only before or after the news as its author marked it', () => {
    const before = compose(plan({ intent: 'tell-understanding' }), [], context({ newsGiven: false }));
    const after = compose(plan({ intent: 'tell-understanding' }), [], context({ newsGiven: true }));
    expect(before.text).toBe('pat waits for the results.');
    expect(after.text).toBe('pat takes in the results.');
  });

  it('never uses a word the learner has not yet brought up, while another line is left', () => {
    for (let seed = 0; seed < 20; seed++) {
      const reply = compose(
        plan({ intent: 'answer-topic', topic: { topic: 'sleep', answer: 'topic' } }),
        [],
        context({ unsaidTerms: ['line 2'] }),
        `s${seed}`,
      );
      expect(reply.text).not.toContain('line 2');
    }
  });

  it('avoids a sentence the character said in its recent replies, even from another line', () => {
    const recent = [['pat sleep line 1'], ['pat sleep line 2']];
    const reply = compose(
      plan({ intent: 'answer-topic', topic: { topic: 'sleep', answer: 'topic' } }),
      [],
      context({ recent }),
    );
    expect(reply.text).toBe('pat sleep line 3.');
  });

  it('tells a hidden fact after a compatible intent line or the answer to the question it was asked on, and never glued to an unrelated intent', () => {
    const fact = pat.hidden[0] ?? null;
    const heard = compose(plan({ intent: 'feel-heard', reveal: fact }));
    expect(heard.lines.at(-1)).toBe('reveal.pat-secret.0');
    const asked = compose(
      plan({ intent: 'answer-topic', topic: { topic: 'sleep', answer: 'topic' }, reveal: fact }),
    );
    expect(asked.lines).toEqual([expect.stringMatching(/^topic\.sleep\.any\./), 'reveal.pat-secret.0']);
    const openQuestion = compose(plan({ intent: 'answer-open', reveal: fact }));
    expect(openQuestion.lines).toEqual(['reveal.pat-secret.0']);
  });

  it('voices a reaction to a secret from the fact’s reactions for that character', () => {
    const fact = {
      ...(pat.hidden[0] as NonNullable<(typeof pat.hidden)[0]>),
      reactions: { robin: [{ text: 'robin is shocked.' }] },
    };
    const reply = compose(plan({ character: robin, intent: 'react-to-reveal', reactTo: fact }));
    expect(reply.text).toBe('robin is shocked.');
  });

  it('prefers, among the answers on the topic, the one that shares words with the question', () => {
    const lines = ['I nap in the chair.', 'Awake at three most nights.', 'Pills help me drop off.'];
    const sleeper = { ...pat, topics: { ...pat.topics, sleep: { any: lines.map((text) => ({ text })) } } };
    const p = plan({
      character: sleeper,
      intent: 'answer-topic',
      topic: { topic: 'sleep', answer: 'topic' },
    });
    const keys = questionKeys('Do you need pills to get to sleep?');
    for (let seed = 0; seed < 10; seed++) {
      expect(compose(p, [], context({ questionKeys: keys }), `r${seed}`).text).toBe(
        'Pills help me drop off.',
      );
    }
  });

  it('does not ask for a clear sentence again, though it may for a few words', () => {
    const fallback = { any: ['Sorry, lost that. Say it again?', 'Go on.'].map((text) => ({ text })) };
    const lines = { ...pat.lines, fallback };
    const p = plan({ character: { ...pat, lines }, intent: 'fallback' });
    const clear = new Set(
      wordKeys('The X-ray of your wrist is clear, and the strapping comes off in a week.'),
    );
    const seen = new Set<string>();
    for (let seed = 0; seed < 10; seed++) {
      expect(compose(p, [], context({ turnKeys: clear }), `c${seed}`).text).toBe('Go on.');
      seen.add(compose(p, [], context({ turnKeys: new Set(wordKeys('Mm, right.')) }), `m${seed}`).text);
    }
    expect(seen).toContain('Sorry, lost that. Say it again?');
  });

  it('answers the last of two questions first, when the lines speak to each', () => {
    const lines = ['Thinking of ending my life, most nights.', 'A plan? No. Not a proper one.'];
    const chloe = { ...pat, topics: { ...pat.topics, safety: { any: lines.map((text) => ({ text })) } } };
    const p = plan({ character: chloe, intent: 'answer-topic', topic: { topic: 'safety', answer: 'topic' } });
    const asked = 'Have you thought about how you might end your life? Have you made any plans?';
    const keys = {
      questionKeys: questionKeys(asked),
      lastQuestionKeys: questionKeys('Have you made any plans?'),
    };
    for (let seed = 0; seed < 10; seed++)
      expect(compose(p, [], context(keys), `q${seed}`).text).toBe('A plan? No. Not a proper one.');
  });

  it('answers "who" from a line naming people, and says a line kept for being asked only when asked', () => {
    const home = ["Biscuit's my cat. Who's feeding her?", 'Fifty years in that house.', 'I live on my own.'];
    const safety = [
      { text: "I'd never hurt myself." },
      { text: 'I still drive, to the shops on Tuesdays.', ifAsked: true as const },
    ];
    const patient = {
      ...pat,
      topics: { ...pat.topics, home: { any: home.map((text) => ({ text })) }, safety: { any: safety } },
    };
    const ask = (topic: 'home' | 'safety', question: string, seed: string) =>
      compose(
        plan({ character: patient, intent: 'answer-topic', topic: { topic, answer: 'topic' } }),
        [],
        context({ questionKeys: questionKeys(question), personKeys: personKeys(question) }),
        seed,
      ).text;
    for (let seed = 0; seed < 10; seed++) {
      expect(ask('home', "Who's at home with you?", `w${seed}`)).toBe('I live on my own.');
      expect(ask('safety', 'Are you still driving?', `d${seed}`)).toBe(safety[1]?.text);
      expect(ask('safety', 'Have you thought of ending your life?', `s${seed}`)).toBe(safety[0]?.text);
    }
    // Even with the other line spent, the kept line is not said to a question that does not ask for it.
    for (let seed = 0; seed < 10; seed++) {
      const spent = compose(
        plan({ character: patient, intent: 'answer-topic', topic: { topic: 'safety', answer: 'topic' } }),
        ['topic.safety.any.0'],
        context({ questionKeys: questionKeys('Are you safe?') }),
        `x${seed}`,
      );
      expect(spent.text).not.toBe(safety[1]?.text);
    }
  });

  it('says who may stay only when asked who they want in the room', () => {
    const wishes = [
      { text: 'To get home.' },
      { text: 'Robin stays. I want Robin here.', ifAsked: 'who-stays' as const },
    ];
    const patient = { ...pat, topics: { ...pat.topics, wishes: { any: wishes } } };
    const ask = (question: string, asksWhoStays: boolean, seed: string) =>
      compose(
        plan({ character: patient, intent: 'answer-topic', topic: { topic: 'wishes', answer: 'topic' } }),
        [],
        context({ questionKeys: questionKeys(question), asksWhoStays }),
        seed,
      ).text;
    for (let seed = 0; seed < 10; seed++) {
      expect(ask('Are you happy for Robin to stay?', true, `c${seed}`)).toBe(wishes[1]?.text);
      expect(ask('What would help you stay here tonight, Robin?', false, `n${seed}`)).toBe(wishes[0]?.text);
    }
  });

  it('does not prefer a line that only says the question back, or one asking what the learner just said', () => {
    const lines = [
      'To leave.',
      'Nobody here has told me anything, and I want to leave before they ring my mum.',
    ];
    const leaver = { ...pat, topics: { ...pat.topics, wishes: { any: lines.map((text) => ({ text })) } } };
    const p = plan({
      character: leaver,
      intent: 'answer-topic',
      topic: { topic: 'wishes', answer: 'topic' },
    });
    const keys = questionKeys("What's making you want to leave?");
    for (let seed = 0; seed < 10; seed++) {
      expect(compose(p, [], context({ questionKeys: keys }), `r${seed}`).text).toBe(lines[1]);
    }
    const asker = {
      ...pat,
      lines: { ...pat.lines, 'react-to-news': { any: [{ text: 'Can it be cured?' }, { text: 'No.' }] } },
    };
    const stated = questionKeys("It can't be cured, but treatment can help.");
    for (let seed = 0; seed < 10; seed++) {
      const reply = compose(
        plan({ character: asker, intent: 'react-to-news' }),
        [],
        context({ statedKeys: stated }),
        `r${seed}`,
      );
      expect(reply.text).toBe('No.');
    }
  });

  it('answers a relative asked about themselves from their own lines only, even once those are spent', () => {
    const own = { any: [{ text: 'robin slept badly.' }] };
    const relative = {
      ...robin,
      topics: { ...robin.topics, sleep: { any: [{ text: 'pat sleeps all day.' }], self: own } },
    };
    const p = plan({
      character: relative,
      intent: 'answer-topic',
      topic: { topic: 'sleep', answer: 'topic', aboutSelf: true },
    });
    expect(compose(p).text).toBe('robin slept badly.');
    expect(compose(p, ['self.sleep.any.0']).text).toBe('robin slept badly.');
    const aboutPatient = plan({
      character: relative,
      intent: 'answer-topic',
      topic: { topic: 'sleep', answer: 'topic' },
    });
    expect(compose(aboutPatient).text).toBe('pat sleeps all day.');
  });

  it('takes up an offer as an offer, not with the lines that give leave', () => {
    const offered = compose(plan({ intent: 'answer-closed', offered: true }));
    expect(offered.lines[0]).toMatch(/^accept\.open\./);
    expect(offered.text).toMatch(/thank you/i);
    expect(compose(plan({ intent: 'answer-closed' })).lines[0]).not.toMatch(/^accept\./);
  });

  it('says its own name when asked it, then greets if it is its first reply', () => {
    expect(compose(plan({ intent: 'give-name' })).text).toBe("I'm Pat.");
    expect(compose(plan({ intent: 'give-name', band: 'guarded' })).text).toBe('Pat.');
  });

  it('puts an angry cut-in first, and a short pick-up first when it had been cut off', () => {
    const cut = compose(plan({ intent: 'escalate', band: 'angry', interrupt: true }));
    expect(cut.lines[0]).toMatch(/^interrupt\.any\./);
    expect(cut.lines[1]).toMatch(/^escalate\.angry\./);
    const picked = compose(plan({ intent: 'escalate', band: 'angry', wasCutOff: true }));
    expect(picked.text).toMatch(/^I hadn't finished\. pat furious line/);
    const shocked = compose(plan({ intent: 'react-to-news', band: 'overwhelmed', wasCutOff: true }));
    expect(shocked.text).toMatch(/^pat shock line/);
  });

  it('answers a question asked harshly in words for its state, then says what it thinks of being asked so', () => {
    const asked = { topic: 'sleep' as const, answer: 'topic' as const, withIntent: true };
    const guarded = compose(plan({ intent: 'escalate', band: 'guarded', topic: asked }));
    expect(guarded.text).toMatch(/^pat sleep guarded line\. pat escalates line/);
    expect(guarded.lines[0]).toBe('topic.sleep.guarded.0');
    // No line on the topic written for its state: a calm answer would clash, so it only says what it thinks.
    const open = compose(plan({ intent: 'escalate', band: 'open', topic: asked }));
    expect(open.text).toMatch(/^pat escalates line/);
    expect(open.lines.some((key) => key.startsWith('topic.'))).toBe(false);
    // Its state's answer said a moment ago is not said again beside the hostile line.
    const again = compose(
      plan({ intent: 'escalate', band: 'guarded', topic: asked }),
      ['topic.sleep.guarded.0'],
      context({ recent: [sentenceKeys('pat sleep guarded line.')] }),
    );
    expect(again.text).toMatch(/^pat escalates line/);
    // Said long before, it is said again when asked again.
    const later = compose(plan({ intent: 'escalate', band: 'guarded', topic: asked }), [
      'topic.sleep.guarded.0',
    ]);
    expect(later.text).toMatch(/^pat sleep guarded line\. pat escalates line/);
  });
});
