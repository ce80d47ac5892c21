// The lobby: the self-rating for a new learner, the recommended next practice, skills, the learner's cohort
// assignments, scenarios and past sessions.

import { wantsSelfRating } from '../state/progress.ts';
import { useBedside } from './bedside-context.ts';
import { CohortPanel } from './cohort-panel.tsx';
import { RecommendationCard } from './recommendation-card.tsx';
import { ScenarioCard } from './scenario-card.tsx';
import { SelfRatingCard } from './self-rating-card.tsx';
import { SessionList } from './session-list.tsx';
import { SkillsPanel } from './skills-panel.tsx';

export function LobbyPage() {
  const scenarios = useBedside((s) => s.scenarios);
  const askSelfRating = useBedside(wantsSelfRating);
  // Joining and assignments are for learners; instructors reach their cohorts from the header.
  const learner = useBedside((s) => s.user?.role === 'learner');
  return (
    <div className="lobby">
      {askSelfRating && <SelfRatingCard />}
      <div className="lobby-progress">
        <RecommendationCard />
        <SkillsPanel />
      </div>
      {learner && <CohortPanel />}
      <section aria-labelledby="scenarios-title">
        <h1 id="scenarios-title">Scenarios</h1>
        <ul className="scenario-grid">
          {scenarios.map((scenario) => (
            <li key={scenario.id}>
              <ScenarioCard scenario={scenario} />
            </li>
          ))}
        </ul>
      </section>
      <SessionList />
    </div>
  );
}
