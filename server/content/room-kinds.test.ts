import { describe, expect, it } from 'vitest';
import { testScenarioInput } from '../../tests/fixtures/test-scenario.ts';
import { defaultPlace, PLACES, ROOMS } from './room-kinds.ts';
import { scenarioSchema } from './scenario-schema.ts';

type Input = ReturnType<typeof testScenarioInput> & { characters: Record<string, unknown>[] };

const input = (changes: (scenario: Input) => void): Input => {
  const scenario = testScenarioInput() as Input;
  changes(scenario);
  return scenario;
};

const issues = (scenario: Input) => {
  const result = scenarioSchema.safeParse(scenario);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('rooms and places in a scenario', () => {
  it('gives every character the room’s default place when the file names none', () => {
    const scenario = scenarioSchema.parse(input((s) => Object.assign(s, { room: 'ward-bay' })));
    expect(scenario.room).toBe('ward-bay');
    expect(scenario.characters.map((c) => [c.role, c.place])).toEqual([
      ['patient', 'in-bed'],
      ['relative', 'standing'],
    ]);
  });

  it('keeps a place the file names, and a room defaults to a consultation room', () => {
    const scenario = scenarioSchema.parse(
      input((s) => Object.assign(s.characters[1] ?? {}, { place: 'standing' })),
    );
    expect(scenario.room).toBe('consultation');
    expect(scenario.characters.map((c) => c.place)).toEqual(['seated', 'standing']);
  });

  it('refuses an unknown room or place, naming the field and the values it takes', () => {
    expect(issues(input((s) => Object.assign(s, { room: 'canteen' })))).toEqual([
      expect.stringMatching(/^room: .*"consultation".*"assessment-room"/),
    ]);
    expect(issues(input((s) => Object.assign(s.characters[0] ?? {}, { place: 'lying' })))).toEqual([
      expect.stringMatching(/^characters\.0\.place: .*"seated".*"in-bed"/),
    ]);
  });

  it('refuses a bed outside a ward bay, or for anyone but the patient', () => {
    expect(issues(input((s) => Object.assign(s.characters[0] ?? {}, { place: 'in-bed' })))).toEqual([
      expect.stringContaining(
        'characters.0.place: "seated" or "standing": only the patient in a ward-bay room',
      ),
    ]);
    const relativeInBed = input((s) => {
      Object.assign(s, { room: 'ward-bay' });
      Object.assign(s.characters[1] ?? {}, { place: 'in-bed' });
    });
    expect(issues(relativeInBed)).toEqual([expect.stringContaining('characters.1.place')]);
  });

  it('has a default for every room and role, and in-bed only for a patient in a ward bay', () => {
    for (const room of ROOMS)
      for (const role of ['patient', 'relative'] as const) {
        const place = defaultPlace(room, role);
        expect(PLACES).toContain(place);
        if (place === 'in-bed') expect([room, role]).toEqual(['ward-bay', 'patient']);
      }
  });
});
