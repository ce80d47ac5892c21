// Asks once before ending a session, so a stray click does not end it, and says what ending means. The same dialog
// as opting out: focus starts on the safe choice, Escape keeps talking, and focus goes back to End session after.

import { type KeyboardEvent, useEffect, useRef } from 'react';

interface Props {
  pending: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function EndSessionConfirm({ pending, onConfirm, onCancel }: Props) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div
      className="scene-overlay"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="end-session-title"
      aria-describedby="end-session-meaning"
      data-testid="end-confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
        if (event.key === 'Tab') keepFocusInside(event);
      }}
    >
      <p id="end-session-title" className="scene-overlay-title">
        End this session?
      </p>
      <p id="end-session-meaning">The conversation stops here for good, and your feedback is prepared.</p>
      <div className="actions">
        <button
          type="button"
          className="button-primary"
          disabled={pending}
          onClick={onConfirm}
          data-testid="end-confirm-yes"
        >
          End
        </button>
        <button type="button" ref={keep} onClick={onCancel} data-testid="end-confirm-keep">
          Keep talking
        </button>
      </div>
    </div>
  );
}

/** Tab and Shift+Tab go round the dialog's own buttons: the page behind it is out of play until it is answered. */
function keepFocusInside(event: KeyboardEvent<HTMLDivElement>): void {
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
  const first = buttons[0];
  const last = buttons.at(-1);
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
