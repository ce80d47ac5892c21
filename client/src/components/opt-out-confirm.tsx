// Asks once before opting out, so a stray click does not end the session, and says what opting out means.

import { useEffect, useRef } from 'react';

interface Props {
  pending: boolean;
  onConfirm(): void;
  onCancel(): void;
}

const OPT_OUT_MEANING = 'The session ends now. It is not graded and does not count towards your progress.';

export function OptOutConfirm({ pending, onConfirm, onCancel }: Props) {
  const stay = useRef<HTMLButtonElement>(null);
  // Focus lands on the safe choice, so a key pressed in passing keeps the learner in the room.
  useEffect(() => stay.current?.focus(), []);
  return (
    <div
      className="scene-overlay"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="opt-out-title"
      aria-describedby="opt-out-meaning"
      data-testid="opt-out-confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <p id="opt-out-title" className="scene-overlay-title">
        Opt out of this session?
      </p>
      <p id="opt-out-meaning">{OPT_OUT_MEANING}</p>
      <div className="actions">
        <button
          type="button"
          className="button-primary"
          disabled={pending}
          onClick={onConfirm}
          data-testid="opt-out-yes"
        >
          Yes, opt out
        </button>
        <button type="button" ref={stay} onClick={onCancel} data-testid="opt-out-stay">
          Stay
        </button>
      </div>
    </div>
  );
}
