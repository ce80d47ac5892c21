import { describe, expect, it } from 'vitest';
import { pageTitle } from './page-title.ts';

describe('pageTitle', () => {
  it('says where you are, then the app', () => {
    expect(pageTitle({ name: 'prebrief', scenarioId: 'x' }, { scenario: 'Results day' })).toBe(
      'Pre-brief: Results day · Bedside',
    );
    expect(pageTitle({ name: 'conversation', sessionId: 's1' })).toBe('Session · Bedside');
    expect(pageTitle({ name: 'ended', sessionId: 's1' }, { scenario: 'Results day' })).toBe(
      'Feedback: Results day · Bedside',
    );
    expect(pageTitle({ name: 'cohort', cohortId: 'c1' }, { cohort: 'Year 3' })).toBe(
      'Cohort: Year 3 · Bedside',
    );
    expect(pageTitle({ name: 'auth', mode: 'register' })).toBe('Create an account · Bedside');
    expect(pageTitle({ name: 'not-found' })).toBe('Page not found · Bedside');
  });

  it('falls back to the kind of page while its names load, and to the app alone while starting', () => {
    expect(pageTitle({ name: 'prebrief', scenarioId: 'x' })).toBe('Pre-brief · Bedside');
    expect(pageTitle({ name: 'starting' })).toBe('Bedside');
  });
});
