// The lobby: scenarios to practise, and the learner's past sessions.

import { useBedside } from './bedside-context.ts';
import { ScenarioCard } from './scenario-card.tsx';
import { SessionList } from './session-list.tsx';

export function LobbyPage() {
  const scenarios = useBedside((s) => s.scenarios);
  return (
    <div className="lobby">
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
