// The app's addresses: every page with an address of its own as a path, and a path read back as the page it names.
// Plain functions over the store's views, so the store never sees a URL and the router never loads data.

import type { Difficulty } from '../api/api-client.ts';
import type { PageView, View } from '../state/bedside-state.ts';

/** The address of a page; null for pages that keep whatever address they were reached at (not found). */
export function hrefOf(view: PageView): string | null {
  switch (view.name) {
    case 'lobby':
      return '/';
    case 'prebrief':
      return `/scenarios/${segment(view.scenarioId)}${view.difficulty ? `?level=${view.difficulty}` : ''}`;
    case 'conversation':
      return `/sessions/${segment(view.sessionId)}`;
    case 'ended':
      return `/sessions/${segment(view.sessionId)}/feedback`;
    case 'progress':
      return '/progress';
    case 'my-data':
      return '/my-data';
    case 'cohorts':
      return '/cohorts';
    case 'cohort':
      return `/cohorts/${segment(view.cohortId)}`;
    case 'replay':
      return `/cohorts/${segment(view.cohortId)}/learners/${segment(view.learnerId)}/sessions/${segment(view.sessionId)}`;
    case 'users':
      return '/users';
    case 'audit':
      return '/audit';
    case 'not-found':
      return null;
  }
}

/**
 * The address to show for any view: a page's own; on sign-in, the page it will open (so a reload keeps the deep
 * link) or the front door; null while starting, when the address is left as it is.
 */
export function addressOf(view: View): string | null {
  switch (view.name) {
    case 'starting':
      return null;
    case 'auth':
      return view.returnTo ? hrefOf(view.returnTo) : '/';
    default:
      return hrefOf(view);
  }
}

/** The page an address names; anything else is not found. The query matters only for a pre-brief's level. */
export function pageOf(pathname: string, search = ''): PageView {
  const parts = splitPath(pathname);
  if (!parts) return { name: 'not-found' };
  const [first, second, third, fourth, fifth, sixth] = parts;
  switch (parts.length) {
    case 0:
      return { name: 'lobby' };
    case 1:
      return single(first ?? '');
    case 2:
      if (first === 'scenarios' && second) return prebrief(second, search);
      if (first === 'sessions' && second) return { name: 'conversation', sessionId: second };
      if (first === 'cohorts' && second) return { name: 'cohort', cohortId: second };
      break;
    case 3:
      if (first === 'sessions' && second && third === 'feedback') return { name: 'ended', sessionId: second };
      break;
    case 6:
      if (first === 'cohorts' && second && third === 'learners' && fourth && fifth === 'sessions' && sixth)
        return { name: 'replay', cohortId: second, learnerId: fourth, sessionId: sixth };
      break;
  }
  return { name: 'not-found' };
}

/** Whether the browser's address already shows `href` (a query in `href` must match; otherwise it is left alone). */
export function showsAddress(href: string, location: { pathname: string; search: string }): boolean {
  const query = href.indexOf('?');
  if (query < 0) return trimSlash(location.pathname) === href;
  return trimSlash(location.pathname) === href.slice(0, query) && location.search === href.slice(query);
}

const SINGLE: Record<string, PageView> = {
  progress: { name: 'progress' },
  'my-data': { name: 'my-data' },
  cohorts: { name: 'cohorts' },
  users: { name: 'users' },
  audit: { name: 'audit' },
};

function single(name: string): PageView {
  return Object.hasOwn(SINGLE, name) ? (SINGLE[name] as PageView) : { name: 'not-found' };
}

function prebrief(scenarioId: string, search: string): PageView {
  const level = new URLSearchParams(search).get('level');
  const difficulty: Difficulty | null = level === '1' ? 1 : level === '2' ? 2 : level === '3' ? 3 : null;
  return difficulty ? { name: 'prebrief', scenarioId, difficulty } : { name: 'prebrief', scenarioId };
}

/** The path's segments, decoded; null when one cannot be decoded or is empty (`//`). */
function splitPath(pathname: string): string[] | null {
  const trimmed = trimSlash(pathname);
  if (trimmed === '/') return [];
  try {
    const parts = trimmed.slice(1).split('/').map(decodeURIComponent);
    return parts.every((p) => p !== '') ? parts : null;
  } catch {
    return null;
  }
}

/** `/cohorts/` and `/cohorts` are one address. */
function trimSlash(pathname: string): string {
  return pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname || '/';
}

function segment(id: string): string {
  return encodeURIComponent(id);
}
