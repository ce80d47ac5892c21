// The ended page of a left session (opted out of, or ended before a word was said): it says plainly what happened,
// that nothing was scored or counted, and offers the way on.

import type { LeftReason } from '../../../server/protocol.ts';

interface Props {
  reason: LeftReason;
  pending: boolean;
  /** Opens this scenario's pre-brief again, at the same level. */
  onTryAgain(): void;
  /** Back to the lobby, to choose another scenario. */
  onPickAnother(): void;
}

export function LeftFeedback({ reason, pending, onTryAgain, onPickAnother }: Props) {
  return (
    <section className="card left-feedback" aria-labelledby="left-title" data-testid="left-feedback">
      <h2 id="left-title">{heading(reason)}</h2>
      <p data-testid="left-message">
        {reason === 'opted_out'
          ? 'That is fine: you can step out of any scenario at any time.'
          : 'There was nothing to give feedback on.'}{' '}
        This session has no score. It was not graded and does not count towards your progress or skill
        ratings.
      </p>
      <div className="actions">
        <button
          type="button"
          className="button-primary"
          disabled={pending}
          onClick={onTryAgain}
          data-testid="left-try-again"
        >
          Try this scenario again
        </button>
        <button type="button" disabled={pending} onClick={onPickAnother} data-testid="left-pick-another">
          Pick another scenario
        </button>
      </div>
    </section>
  );
}

function heading(reason: LeftReason): string {
  switch (reason) {
    case 'opted_out':
      return 'You opted out of this session';
    case 'no_words':
      return 'This session ended before anything was said';
  }
}
