// An instructor's verdict on one automatically scored item: agree with it, or correct it with their own score on the
// item's scale; either with a note. The learner sees it beside the automatic score.

import { type FormEvent, useId, useState } from 'react';
import type { ReviewedItem } from '../api/instruction-wire.ts';
import { useCohorts } from '../components/cohort-context.ts';
import { scoreLabel } from '../state/feedback.ts';
import { scaleChoices } from '../state/reviews.ts';

export function ReviewForm({ item, rubricId }: { item: ReviewedItem; rubricId: string }) {
  const reviewItem = useCohorts((s) => s.reviewItem);
  const busy = useCohorts((s) => s.busy);
  const [correcting, setCorrecting] = useState(false);
  const [score, setScore] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const noteId = useId();
  const name = useId();

  const send = async (agree: boolean) => {
    const trimmed = note.trim();
    const ok = await reviewItem(item.id, {
      agree,
      rubricId,
      ...(agree || score === null ? {} : { score }),
      ...(trimmed === '' ? {} : { note: trimmed }),
    });
    if (ok) {
      setCorrecting(false);
      setNote('');
      setScore(null);
    }
  };
  const saveCorrection = (event: FormEvent) => {
    event.preventDefault();
    void send(false);
  };

  return (
    <div className="review-form" data-testid={`review-${item.id}`}>
      {!correcting ? (
        <div className="review-actions">
          <span className="small muted">Automatic score {scoreLabel(item.score)}:</span>
          <button
            type="button"
            className="button-quiet"
            disabled={busy}
            onClick={() => void send(true)}
            data-testid="review-agree"
          >
            Agree<span className="visually-hidden"> with {item.title}</span>
          </button>
          <button
            type="button"
            className="button-quiet"
            onClick={() => setCorrecting(true)}
            data-testid="review-correct"
          >
            Correct<span className="visually-hidden"> {item.title}</span>
          </button>
        </div>
      ) : (
        <form onSubmit={saveCorrection} className="review-correction">
          <fieldset>
            <legend className="small">Your score for {item.title}</legend>
            <div className="review-scores">
              {scaleChoices(item.scale).map((choice) => (
                <label key={choice.score} className="review-score">
                  <input
                    type="radio"
                    name={name}
                    value={choice.score}
                    checked={score === choice.score}
                    onChange={() => setScore(choice.score)}
                    data-testid={`review-score-${choice.score}`}
                  />
                  {choice.label}
                </label>
              ))}
            </div>
          </fieldset>
          <label className="field small" htmlFor={noteId}>
            <span>Note for the learner (optional)</span>
            <textarea
              id={noteId}
              rows={2}
              maxLength={1000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              data-testid="review-note"
            />
          </label>
          <div className="review-actions">
            <button
              type="submit"
              className="button-primary"
              disabled={busy || score === null}
              data-testid="review-save"
            >
              Save correction
            </button>
            <button type="button" className="button-quiet" onClick={() => setCorrecting(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
