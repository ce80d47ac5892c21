// The instructor's pages, loaded only when one opens: cohorts, a cohort's overview, a session's replay and the
// admin's users and audit log. Their charts bring uPlot, which the learner's first download does without.

import type { InstructorView } from '../state/bedside-state.ts';
import { AuditPage } from './audit-page.tsx';
import { CohortPage } from './cohort-page.tsx';
import { CohortsPage } from './cohorts-page.tsx';
import { ReplayPage } from './replay-page.tsx';
import { UsersPage } from './users-page.tsx';
import '../affect-plot.css';
import './instructor.css';

export function InstructorPages({ view }: { view: InstructorView }) {
  switch (view.name) {
    case 'cohorts':
      return <CohortsPage />;
    case 'cohort':
      return <CohortPage />;
    case 'replay':
      return <ReplayPage />;
    case 'users':
      return <UsersPage />;
    case 'audit':
      return <AuditPage />;
  }
}
