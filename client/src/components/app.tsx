// The page frame: header, message banner and whichever page the store's view names.

import { lazy, type ReactNode, Suspense } from 'react';
import type { View } from '../state/bedside-state.ts';
import { AppHeader } from './app-header.tsx';
import { AuthPage } from './auth-page.tsx';
import { useBedside } from './bedside-context.ts';
import { EndedPage } from './ended-page.tsx';
import { LoadBoundary } from './load-boundary.tsx';
import { LobbyPage } from './lobby-page.tsx';
import { PrebriefPage } from './prebrief-page.tsx';
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
  return (
    <>
      <AppHeader />
      <main className="page" data-testid={`page-${view.name}`}>
        <StatusBanner />
        {renderView(view)}
      </main>
    </>
  );
}

function renderView(view: View) {
  switch (view.name) {
    case 'starting':
      return <p className="muted">Loading…</p>;
    case 'auth':
      return <AuthPage mode={view.mode} />;
    case 'lobby':
      return <LobbyPage />;
    case 'prebrief':
      return <PrebriefPage scenarioId={view.scenarioId} difficulty={view.difficulty} />;
    case 'conversation':
      return (
        <LoadBoundary
          fallback={
            <p className="banner banner-error" role="alert">
              The conversation page could not be loaded. Reload the page to try again; your session is kept.
            </p>
          }
        >
          <Suspense fallback={<p className="muted">Setting up the room…</p>}>
            <ScenePage />
          </Suspense>
        </LoadBoundary>
      );
    case 'ended':
      return <EndedPage />;
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
      <Suspense fallback={<p className="muted">Loading…</p>}>{children}</Suspense>
    </LoadBoundary>
  );
}
