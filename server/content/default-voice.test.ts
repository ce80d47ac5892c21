import { describe, expect, it } from 'vitest';
import { testScenario, testScenarioInput } from '../../tests/fixtures/test-scenario.ts';
import { assignVoices, OPENAI_VOICES } from './default-voice.ts';
import { scenarioSchema } from './scenario-schema.ts';

const person = (id: string, age: number, sex: 'female' | 'male', voice?: string) => ({
  id,
  age,
  role: 'relative' as const,
  appearance: { sex },
  voice,
});

describe('assignVoices', () => {
  it('chooses by sex and age', () => {
    expect(assignVoices([person('a', 19, 'male')])).toEqual(['echo']);
    expect(assignVoices([person('a', 45, 'male')])).toEqual(['ash']);
    expect(assignVoices([person('a', 70, 'male')])).toEqual(['onyx']);
    expect(assignVoices([person('a', 22, 'female')])).toEqual(['nova']);
    expect(assignVoices([person('a', 45, 'female')])).toEqual(['coral']);
    expect(assignVoices([person('a', 80, 'female')])).toEqual(['sage']);
  });

  it('keeps named voices and gives the others distinct ones, avoiding the named', () => {
    const voices = assignVoices([
      person('mum', 82, 'female'),
      person('daughter', 55, 'female', 'coral'),
      person('sister', 50, 'female'),
      person('brother', 52, 'male', 'ash'),
    ]);
    expect(voices).toEqual(['sage', 'coral', 'shimmer', 'ash']);
  });

  it('stays distinct until every voice is used, then repeats a fitting one', () => {
    const crowd = Array.from({ length: 12 }, (_, i) => person(`p${i}`, 40, 'male'));
    const voices = assignVoices(crowd);
    expect(new Set(voices.slice(0, 11)).size).toBe(11);
    expect([...voices.slice(0, 11)].sort()).toEqual([...OPENAI_VOICES].sort());
    expect(voices[11]).toBe('ash');
  });

  it('uses the default look’s sex when the scenario gives no appearance', () => {
    const [voice] = assignVoices([{ id: 'robin', age: 35, role: 'relative' }]);
    expect(['coral', 'ash']).toContain(voice);
  });
});

describe('scenario voices', () => {
  it('every parsed character has a voice, distinct within the scene', () => {
    const scenario = testScenario();
    const voices = scenario.characters.map((c) => c.voice);
    expect(voices.every((v) => typeof v === 'string' && v.length > 0)).toBe(true);
    expect(new Set(voices).size).toBe(voices.length);
  });

  it('keeps a voice the file names, including a local server’s', () => {
    const input = testScenarioInput() as any;
    input.characters[1].voice = 'af_bella.v1-0';
    expect(scenarioSchema.parse(input).characters[1]?.voice).toBe('af_bella.v1-0');
  });

  it('refuses a voice that is not a short name', () => {
    for (const voice of ['', 'coral voice', '../../etc/passwd', 'x'.repeat(65), 42]) {
      const input = testScenarioInput() as any;
      input.characters[0].voice = voice;
      const result = scenarioSchema.safeParse(input);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['characters', 0, 'voice']);
    }
  });
});
