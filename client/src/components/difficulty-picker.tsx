// The difficulty choice, 1 to 3, with the scenario's own labels.

import type { Difficulty } from '../api/api-client.ts';

interface Props {
  levels: readonly { level: number; label: string }[];
  value: Difficulty;
  /** The level the learner model suggests, marked as such; null when it has none for this scenario. */
  recommended?: Difficulty | null;
  onChange(level: Difficulty): void;
}

export function DifficultyPicker({ levels, value, recommended = null, onChange }: Props) {
  return (
    <fieldset className="difficulty" data-testid="difficulty">
      <legend>Difficulty</legend>
      {levels.map(({ level, label }) => {
        if (level !== 1 && level !== 2 && level !== 3) return null;
        return (
          <label key={level} className="difficulty-option">
            <input
              type="radio"
              name="difficulty"
              value={level}
              checked={value === level}
              onChange={() => onChange(level)}
              data-testid={`difficulty-${level}`}
            />
            <span>
              <strong>{level}</strong> · {label}
            </span>
            {level === recommended && (
              <span className="tag" data-testid="difficulty-recommended">
                Recommended for you
              </span>
            )}
          </label>
        );
      })}
    </fieldset>
  );
}
