import { describe, expect, it } from 'vitest';
import { createSpokenTextFilter, spokenText } from './spoken-text-filter.ts';

describe('spoken text filter', () => {
  it('drops stage directions and markdown, however the stream is split', () => {
    const raw = 'Alan: *sighs heavily* I (quietly) just... **need** a minute. [looks away] Sorry.';
    const whole = spokenText(raw, ['Alan', 'Alan Whitfield']);
    expect(whole).toBe('I just... need a minute. Sorry.');
    for (const size of [1, 2, 3, 7]) {
      const filter = createSpokenTextFilter(['Alan', 'Alan Whitfield']);
      let out = '';
      for (let i = 0; i < raw.length; i += size) out += filter.push(raw.slice(i, i + size));
      out += filter.end();
      expect(out.trim(), `chunks of ${size}`).toBe(whole);
    }
  });

  it('keeps ordinary speech untouched, and a name used mid-sentence', () => {
    expect(spokenText('Tom, can you give us a minute? I need to think.', ['Tom'])).toBe(
      'Tom, can you give us a minute? I need to think.',
    );
    expect(spokenText('No.', ['Alan'])).toBe('No.');
  });
});

describe('spoken text filter streaming', () => {
  it('releases text as soon as it cannot be a name label', () => {
    const filter = createSpokenTextFilter(['Alan Whitfield', 'Alan']);
    expect(filter.push('One')).toBe('One');
    expect(filter.push(' two')).toBe(' two');
    const labelled = createSpokenTextFilter(['Alan Whitfield', 'Alan']);
    expect(labelled.push('Al')).toBe('');
    expect(labelled.push('an: Hello')).toBe('Hello');
  });
});
