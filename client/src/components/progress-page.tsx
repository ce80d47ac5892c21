// The learner's progress on a page of its own: the recommended next practice, each skill with its course over time,
// and every past session to reopen.

import { RecommendationCard } from './recommendation-card.tsx';
import { SessionList } from './session-list.tsx';
import { SkillsPanel } from './skills-panel.tsx';

export function ProgressPage() {
  return (
    <div className="lobby progress-page" data-testid="progress-page">
      <h1>Your progress</h1>
      <div className="lobby-progress">
        <RecommendationCard />
        <SkillsPanel />
      </div>
      <SessionList />
    </div>
  );
}
