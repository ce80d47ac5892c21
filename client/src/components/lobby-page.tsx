// The lobby: the self-rating for a new learner, the recommended next practice, skills, scenarios and past sessions.

import { wantsSelfRating } from '../state/progress.ts';
import { useBedside } from './bedside-context.ts';
import { RecommendationCard } from './recommendation-card.tsx';
import { ScenarioCard } from './scenario-card.tsx';
import { SelfRatingCard } from './self-rating-card.tsx';
import { SessionList } from './session-list.tsx';
import { SkillsPanel } from './skills-panel.tsx';

export function LobbyPage() {
  const scenarios = useBedside((s) => s.scenarios);
  const askSelfRating = useBedside(wantsSelfRating);
  return (
    <div className="lobby">
      {askSelfRating && <SelfRatingCard />}
      <div className="lobby-progress">
        <RecommendationCard />
        <SkillsPanel />
      </div>
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
