// The cold-start question for a new learner: how confident they feel in each skill, 1 to 5. Skippable.

import { useState } from 'react';
import { type SelfRating, SKILL_NAMES } from '../../../server/protocol.ts';
import type { SelfRatings } from '../api/api-client.ts';
import { SKILL_ORDER } from '../state/progress.ts';
import { useBedside } from './bedside-context.ts';

const SCALE: readonly SelfRating[] = [1, 2, 3, 4, 5];

export function SelfRatingCard() {
  const saveSelfRating = useBedside((s) => s.saveSelfRating);
  const skipSelfRating = useBedside((s) => s.skipSelfRating);
  const pending = useBedside((s) => s.pending);
  const [ratings, setRatings] = useState<SelfRatings>({});
  const chosen = Object.keys(ratings).length;

  return (
    <section className="card self-rating" aria-labelledby="self-rating-title" data-testid="self-rating">
      <h2 id="self-rating-title">How confident do you feel?</h2>
      <p className="muted">
        A rough starting point helps us pick your first scenarios. 1 is not at all confident, 5 is very
        confident. Rate as many as you like.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void saveSelfRating(ratings);
        }}
      >
        {SKILL_ORDER.map((skill) => (
          <fieldset key={skill} className="self-rating-row" data-testid={`self-rating-${skill}`}>
            <legend>{SKILL_NAMES[skill]}</legend>
            <div className="self-rating-scale">
              {SCALE.map((value) => (
                <label key={value} className="self-rating-option">
                  <input
                    type="radio"
                    name={`self-rating-${skill}`}
                    value={value}
                    checked={ratings[skill] === value}
                    onChange={() => setRatings((r) => ({ ...r, [skill]: value }))}
                  />
                  <span aria-hidden="true">{value}</span>
                  <span className="visually-hidden">
                    {value} out of 5 for {SKILL_NAMES[skill]}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <div className="actions">
          <button
            type="submit"
            className="button-primary"
            disabled={pending || chosen === 0}
            data-testid="self-rating-save"
          >
            Save
          </button>
          <button type="button" onClick={skipSelfRating} data-testid="self-rating-skip">
            Skip
          </button>
        </div>
      </form>
    </section>
  );
}
