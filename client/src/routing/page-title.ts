// The browser tab's title for each page: where you are first, then the app, so a row of tabs (or a screen reader
// announcing the page) tells them apart.

import type { View } from '../state/bedside-state.ts';

/** Names the title may need, when known: the scenario on the page, and the cohort on its overview. */
export interface TitleNames {
  scenario?: string | undefined;
  cohort?: string | undefined;
}

const APP = 'Bedside';

export function pageTitle(view: View, names: TitleNames = {}): string {
  const where = placeOf(view, names);
  return where ? `${where} · ${APP}` : APP;
}

function placeOf(view: View, { scenario, cohort }: TitleNames): string | null {
  switch (view.name) {
    case 'starting':
      return null;
    case 'auth':
      return view.mode === 'register' ? 'Create an account' : 'Sign in';
    case 'lobby':
      return 'Lobby';
    case 'prebrief':
      return scenario ? `Pre-brief: ${scenario}` : 'Pre-brief';
    case 'conversation':
      return 'Session';
    case 'ended':
      return scenario ? `Feedback: ${scenario}` : 'Feedback';
    case 'progress':
      return 'Progress';
    case 'my-data':
      return 'My data';
    case 'not-found':
      return 'Page not found';
    case 'cohorts':
      return 'Cohorts';
    case 'cohort':
      return cohort ? `Cohort: ${cohort}` : 'Cohort';
    case 'replay':
      return scenario ? `Replay: ${scenario}` : 'Replay';
    case 'users':
      return 'Users';
    case 'audit':
      return 'Audit log';
  }
}
