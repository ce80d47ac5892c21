import { describe, expect, it } from 'vitest';
import { BrowserVoice, type SynthesisLike, type UtteranceLike, wordAt } from './browser-voice.ts';

class FakeUtterance implements UtteranceLike {
  voice: SpeechSynthesisVoice | null = null;
  pitch = 1;
  rate = 1;
  lang = '';
  onstart: UtteranceLike['onstart'] = null;
  onend: UtteranceLike['onend'] = null;
  onerror: UtteranceLike['onerror'] = null;
  onboundary: UtteranceLike['onboundary'] = null;
  constructor(readonly text: string) {}
}

/** speechSynthesis as a test drives it: utterances wait until the test starts and ends them. */
class FakeSynthesis implements SynthesisLike {
  spoken: FakeUtterance[] = [];
  cancelled = 0;
  constructor(private readonly voices: Partial<SpeechSynthesisVoice>[]) {}
  speak(utterance: UtteranceLike) {
    this.spoken.push(utterance as FakeUtterance);
  }
  cancel() {
    this.cancelled += 1;
  }
  getVoices() {
    return this.voices as SpeechSynthesisVoice[];
  }
}

const event = new Event('x');
const characters = [
  { id: 'alan', age: 67, appearance: { sex: 'male' as const } },
  { id: 'jo', age: 41, appearance: { sex: 'female' as const } },
];

function setup() {
  let now = 0;
  const playing: boolean[] = [];
  const synthesis = new FakeSynthesis([
    { name: 'Daniel', lang: 'en-GB', voiceURI: 'daniel', localService: true },
    { name: 'Kate', lang: 'en-GB', voiceURI: 'kate', localService: true },
  ]);
  const voice = new BrowserVoice(
    {
      synthesis,
      createUtterance: (text) => new FakeUtterance(text),
      lang: 'en-GB',
      now: () => now,
      onPlayingChange: (p) => playing.push(p),
    },
    characters,
  );
  return {
    voice,
    synthesis,
    playing,
    at: (ms: number) => {
      now = ms;
    },
    last: () => synthesis.spoken[synthesis.spoken.length - 1] as FakeUtterance,
  };
}

describe('browser voice', () => {
  it("says each reply in its character's voice, one after another", async () => {
    const t = setup();
    expect(t.voice.usable).toBe(true);
    t.voice.say({ speaker: 'alan', index: 1 }, 'Is it bad news?');
    t.voice.say({ speaker: 'jo', index: 2 }, 'Tell us.');
    expect(t.synthesis.spoken).toHaveLength(1);
    expect(t.last().voice?.voiceURI).toBe('daniel');
    expect(t.playing).toEqual([true]);
    t.last().onstart?.(event);
    expect(t.voice.isSpeaking('alan')).toBe(true);
    t.last().onend?.(event);
    expect(t.voice.isSpeaking('alan')).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(t.synthesis.spoken).toHaveLength(2);
    expect(t.last().voice?.voiceURI).toBe('kate');
    t.last().onstart?.(event);
    t.last().onend?.(event);
    expect(t.playing).toEqual([true, false]);
  });

  it('moves the mouth along the words the browser reports, closed when not speaking', () => {
    const t = setup();
    t.voice.say({ speaker: 'alan', index: 1 }, 'Am I dying?');
    expect(t.voice.mouthOpen('alan', 50)).toBe(0);
    t.at(1000);
    t.last().onstart?.(event);
    t.at(1100);
    t.last().onboundary?.({ name: 'word', charIndex: 5 });
    // "dying" from 1100 ms: open on its vowels, shut again after it.
    const during = [1120, 1150, 1200, 1250, 1300].map((ms) => t.voice.mouthOpen('alan', ms));
    expect(Math.max(...during)).toBeGreaterThan(0.2);
    expect(t.voice.mouthOpen('alan', 3000)).toBe(0);
    expect(t.voice.mouthOpen('jo', 1150)).toBe(0);
  });

  it('when cut off, stops at once and says how long and how many characters were heard', () => {
    const t = setup();
    t.voice.say({ speaker: 'alan', index: 7 }, 'I knew it. I knew something was wrong.');
    t.voice.say({ speaker: 'jo', index: 8 }, 'Oh Alan.');
    t.at(2000);
    t.last().onstart?.(event);
    t.at(2600);
    t.last().onboundary?.({ name: 'word', charIndex: 11, charLength: 1 });
    t.at(2900);
    expect(t.voice.stop()).toEqual({ index: 7, ms: 900, chars: 12 });
    expect(t.synthesis.cancelled).toBeGreaterThan(0);
    expect(t.voice.isPlaying).toBe(false);
    // Muted for the rest of the round, until the learner's next turn.
    t.voice.say({ speaker: 'jo', index: 8 }, 'Oh Alan.');
    expect(t.synthesis.spoken).toHaveLength(1);
    t.voice.resume();
    t.voice.say({ speaker: 'jo', index: 10 }, 'Thank you.');
    expect(t.synthesis.spoken).toHaveLength(2);
  });

  it('reports a reply not yet begun as heard for 0 ms, and nothing when silent', () => {
    const t = setup();
    expect(t.voice.stop()).toBeNull();
    t.voice.resume();
    t.voice.say({ speaker: 'alan', index: 3 }, 'Hello.');
    expect(t.voice.stop()).toEqual({ index: 3, ms: 0, chars: 0 });
  });

  it('finds the word a boundary points at', () => {
    expect(wordAt('Am I dying?', 5)).toBe('dying?');
    expect(wordAt('Am I dying?', 5, 5)).toBe('dying');
    expect(wordAt('Am I', 10)).toBe('');
  });
});
