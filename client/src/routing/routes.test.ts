import { describe, expect, it } from 'vitest';
import type { PageView } from '../state/bedside-state.ts';
import { addressOf, hrefOf, pageOf, showsAddress } from './routes.ts';

const pages: [PageView, string][] = [
  [{ name: 'lobby' }, '/'],
  [{ name: 'prebrief', scenarioId: 'breaking-news-cancer' }, '/scenarios/breaking-news-cancer'],
  [
    { name: 'prebrief', scenarioId: 'breaking-news-cancer', difficulty: 3 },
    '/scenarios/breaking-news-cancer?level=3',
  ],
  [{ name: 'conversation', sessionId: 'a1b2' }, '/sessions/a1b2'],
  [{ name: 'ended', sessionId: 'a1b2' }, '/sessions/a1b2/feedback'],
  [{ name: 'progress' }, '/progress'],
  [{ name: 'my-data' }, '/my-data'],
  [{ name: 'cohorts' }, '/cohorts'],
  [{ name: 'cohort', cohortId: 'c9' }, '/cohorts/c9'],
  [
    { name: 'replay', cohortId: 'c9', learnerId: 'u3', sessionId: 's7' },
    '/cohorts/c9/learners/u3/sessions/s7',
  ],
  [{ name: 'users' }, '/users'],
  [{ name: 'audit' }, '/audit'],
];

describe('page addresses', () => {
  it.each(pages)('%j lives at %s and is read back from it', (page, href) => {
    expect(hrefOf(page)).toBe(href);
    const [pathname = '', query] = href.split('?');
    expect(pageOf(pathname, query ? `?${query}` : '')).toEqual(page);
  });

  it('reads a trailing slash as the same page, and escapes ids that are not plain', () => {
    expect(pageOf('/cohorts/')).toEqual({ name: 'cohorts' });
    expect(hrefOf({ name: 'cohort', cohortId: 'a b/c' })).toBe('/cohorts/a%20b%2Fc');
    expect(pageOf('/cohorts/a%20b%2Fc')).toEqual({ name: 'cohort', cohortId: 'a b/c' });
  });

  it.each([
    '/nowhere',
    '/sessions',
    '/sessions/a1/transcript',
    '/scenarios//x',
    '/cohorts/c9/learners/u3',
    '/%E0%A4%A',
    '/constructor',
  ])('finds no page at %s', (path) => {
    expect(pageOf(path)).toEqual({ name: 'not-found' });
  });

  it('ignores a level that is not one, and keeps the address of a page not found', () => {
    expect(pageOf('/scenarios/x', '?level=7')).toEqual({ name: 'prebrief', scenarioId: 'x' });
    expect(hrefOf({ name: 'not-found' })).toBeNull();
  });

  it('keeps a deep link in the address while signing in, and the front door otherwise', () => {
    const returnTo: PageView = { name: 'conversation', sessionId: 's1' };
    expect(addressOf({ name: 'auth', mode: 'sign-in', returnTo })).toBe('/sessions/s1');
    expect(addressOf({ name: 'auth', mode: 'register' })).toBe('/');
    expect(addressOf({ name: 'starting' })).toBeNull();
  });

  it('leaves a query the page does not use alone (an invite link keeps its code)', () => {
    expect(showsAddress('/', { pathname: '/', search: '?invite=ABC' })).toBe(true);
    expect(showsAddress('/scenarios/x?level=2', { pathname: '/scenarios/x', search: '' })).toBe(false);
    expect(showsAddress('/progress', { pathname: '/progress/', search: '' })).toBe(true);
  });
});
