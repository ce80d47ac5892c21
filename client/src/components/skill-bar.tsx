// One skill's current estimate on a 0-100 track: a marker at the estimate inside a lighter uncertainty band.

import { scaleRating } from '../state/progress.ts';

interface Props {
  label: string;
  /** Logit rating, 0 = a typical learner at level 2. */
  rating: number;
  /** Standard deviation of the rating, in logits. */
  uncertainty: number;
}

export function SkillBar({ label, rating, uncertainty }: Props) {
  const { value, low, high } = scaleRating(rating, uncertainty);
  return (
    <div className="skill-bar-wrap">
      <meter
        className="visually-hidden"
        min={0}
        max={100}
        value={value}
        aria-label={`${label}: estimate`}
        aria-valuetext={`${value} out of 100, likely between ${low} and ${high}`}
      />
      <div className="skill-bar" aria-hidden="true">
        <span className="skill-bar-band" style={{ left: `${low}%`, width: `${high - low}%` }} />
        <span className="skill-bar-marker" style={{ left: `${value}%` }} />
      </div>
      <span className="skill-bar-value" aria-hidden="true">
        {value}
      </span>
    </div>
  );
}
