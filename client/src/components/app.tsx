// The page frame: header, message banner and whichever page the store's view names, with the tab titled after it.

import { lazy, type ReactNode, type RefObject, Suspense, useEffect, useRef } from 'react';
import { pageTitle } from '../routing/page-title.ts';
import type { View } from '../state/bedside-state.ts';
import { AppHeader } from './app-header.tsx';
import { AuthPage } from './auth-page.tsx';
import { useBedside } from './bedside-context.ts';
import { useCohorts } from './cohort-context.ts';
import { EndedPage } from './ended-page.tsx';
import { LoadBoundary } from './load-boundary.tsx';
import { LoadingState } from './loading-state.tsx';
import { LobbyPage } from './lobby-page.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { PrebriefPage } from './prebrief-page.tsx';
import { ProgressPage } from './progress-page.tsx';
import { StatusBanner } from './status-banner.tsx';

// The scene brings three.js and WebXR: loaded only when a conversation opens.
const ScenePage = lazy(() => import('../scene/scene-page.tsx').then((m) => ({ default: m.ScenePage })));
// The instructor's pages bring charts: loaded only when one opens.
const InstructorPages = lazy(() =>
  import('../instructor/instructor-pages.tsx').then((m) => ({ default: m.InstructorPages })),
);
// One's own data: a page rarely opened, so it waits until it is.
const MyDataPage = lazy(() => import('../privacy/my-data-page.tsx').then((m) => ({ default: m.MyDataPage })));

export function App() {
  const view = useBedside((s) => s.view);
  const main = useRef<HTMLElement>(null);
  useDocumentTitle(view);
  useFocusOnNewPage(view, main);
  return (
    <>
      <AppHeader />
      <main className="page" data-testid={`page-${view.name}`} ref={main} tabIndex={-1}>
        <StatusBanner />
        {renderView(view)}
      </main>
    </>
  );
}

/** Titles the tab after the page, with the scenario's or cohort's name once it is known. */
function useDocumentTitle(view: View): void {
  const replayScenarioId = useCohorts((s) => s.replay?.session?.scenarioId);
  const cohort = useCohorts((s) => s.cohort?.detail?.cohort.name);
  const scenario = useBedside((s) => {
    const id =
      view.name === 'prebrief'
        ? view.scenarioId
        : view.name === 'ended'
          ? s.ended?.scenarioId
          : view.name === 'replay'
            ? replayScenarioId
            : undefined;
    return id === undefined ? undefined : s.scenarios.find((x) => x.id === id)?.title;
  });
  const title = pageTitle(view, { scenario, cohort });
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/**
 * On moving to another page, focus goes to its heading (or the page, while it loads), as a followed link would
 * start a screen reader and the keyboard at the top of the new page rather than on a link that is gone.
 */
function useFocusOnNewPage(view: View, main: RefObject<HTMLElement | null>): void {
  const shown = useRef<View | null>(null);
  useEffect(() => {
    const before = shown.current;
    shown.current = view;
    if (!before || before.name === 'starting' || view.name === 'starting' || view.name === 'auth') return;
    const frame = requestAnimationFrame(() => {
      const page = main.current;
      const heading = page?.querySelector<HTMLElement>('h1');
      if (heading && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      (heading ?? page)?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [view, main]);
}

function renderView(view: View) {
  switch (view.name) {
    case 'starting':
      return <LoadingState label="Loading…" />;
    case 'auth':
      return <AuthPage mode={view.mode} />;
    case 'lobby':
      return <LobbyPage />;
    case 'prebrief':
      // Keyed: another scenario's pre-brief starts from its own level, not the last one's.
      return (
        <PrebriefPage
          key={`${view.scenarioId}:${view.difficulty ?? ''}`}
          scenarioId={view.scenarioId}
          difficulty={view.difficulty}
        />
      );
    case 'conversation':
      return (
        <LoadBoundary
          fallback={
            <p className="banner banner-error" role="alert">
              The conversation page could not be loaded. Reload the page to try again; your session is kept.
            </p>
          }
        >
          <Suspense fallback={<LoadingState label="Setting up the room…" />}>
            <ScenePage key={view.sessionId} />
          </Suspense>
        </LoadBoundary>
      );
    case 'ended':
      return <EndedPage />;
    case 'progress':
      return <ProgressPage />;
    case 'not-found':
      return <NotFoundPage />;
    case 'my-data':
      return (
        <OnDemand>
          <MyDataPage />
        </OnDemand>
      );
    case 'cohorts':
    case 'cohort':
    case 'replay':
    case 'users':
    case 'audit':
      return (
        <OnDemand>
          <InstructorPages view={view} />
        </OnDemand>
      );
  }
}

/** A page loaded when it opens: a message while it comes, and another if it cannot. */
function OnDemand({ children }: { children: ReactNode }) {
  return (
    <LoadBoundary
      fallback={
        <p className="banner banner-error" role="alert">
          This page could not be loaded. Reload the page to try again.
        </p>
      }
    >
      <Suspense fallback={<LoadingState label="Loading…" />}>{children}</Suspense>
    </LoadBoundary>
  );
}
