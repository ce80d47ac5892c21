// The pre-brief: the situation, the learner's role and aims, the warnings, the difficulty and comfort settings.

import { useState } from 'react';
import type { Difficulty } from '../api/api-client.ts';
import { characterRole } from '../state/speakers.ts';
import { useBedside } from './bedside-context.ts';
import { ComfortSettings } from './comfort-settings.tsx';
import { ContentWarnings } from './content-warnings.tsx';
import { DifficultyPicker } from './difficulty-picker.tsx';

interface Props {
  scenarioId: string;
  /** The level to preselect (the recommended one); otherwise the scenario's default. */
  difficulty?: Difficulty | undefined;
}

export function PrebriefPage({ scenarioId, difficulty: preselected }: Props) {
  const scenario = useBedside((s) => s.scenarios.find((x) => x.id === scenarioId));
  const startSession = useBedside((s) => s.startSession);
  const backToLobby = useBedside((s) => s.backToLobby);
  const pending = useBedside((s) => s.pending);
  const recommended = useBedside((s) => {
    const recommendation = s.progress?.recommendation;
    return recommendation?.scenarioId === scenarioId ? recommendation.difficulty : null;
  });
  const [difficulty, setDifficulty] = useState<Difficulty>(
    () => preselected ?? asDifficulty(scenario?.difficulty.default),
  );
  if (!scenario) return <p className="muted">This scenario is no longer available.</p>;
  const warnings = [...new Set([...scenario.prebrief.contentWarnings, ...scenario.contentWarnings])];

  return (
    <article className="card prebrief" aria-labelledby="prebrief-title" data-testid="prebrief">
      <p className="eyebrow">Pre-brief</p>
      <h1 id="prebrief-title">{scenario.title}</h1>
      <p>{scenario.prebrief.text}</p>
      <dl className="facts">
        <dt>Setting</dt>
        <dd>{scenario.setting}</dd>
        <dt>Your role</dt>
        <dd>{scenario.learnerRole}</dd>
        <dt>In the room</dt>
        <dd>{scenario.characters.map((c) => `${c.name} (${characterRole(c)})`).join(', ')}</dd>
      </dl>
      <h2>Objectives</h2>
      <ul>
        {scenario.objectives.map((objective) => (
          <li key={objective}>{objective}</li>
        ))}
      </ul>
      <ContentWarnings warnings={warnings} />
      <DifficultyPicker
        levels={scenario.difficulty.levels}
        value={difficulty}
        recommended={recommended}
        onChange={setDifficulty}
      />
      <ComfortSettings />
      <div className="actions">
        <button
          type="button"
          className="button-primary"
          disabled={pending}
          onClick={() => void startSession(difficulty)}
          data-testid="prebrief-start"
        >
          Start
        </button>
        <button
          type="button"
          disabled={pending}
          onClick={() => void backToLobby()}
          data-testid="prebrief-opt-out"
        >
          Not today
        </button>
      </div>
      <p className="muted small">
        Choosing “Not today” takes you back to the lobby. Nothing is recorded against you.
      </p>
    </article>
  );
}

function asDifficulty(level: number | undefined): Difficulty {
  return level === 1 || level === 3 ? level : 2;
}
