// Asks once before a step that ends the session, so a stray click does not take it, and says what it means. Focus
// starts on the safe choice (a key pressed in passing keeps the learner in the room), Escape takes it, and Tab stays
// on the dialog's own buttons until it is answered.

import { type KeyboardEvent, useEffect, useRef } from 'react';

interface Props {
  /** Prefix of the element ids and the buttons' test ids ("opt-out" gives opt-out-yes, opt-out-stay…). */
  id: string;
  /** The dialog's own test id (not the prefix alone: a page's button may already carry that). */
  testId: string;
  title: string;
  meaning: string;
  confirmLabel: string;
  /** The safe choice. */
  cancelLabel: string;
  /** Test id suffix of the safe choice. */
  cancelId: string;
  pending: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog(props: Props) {
  const { id, pending, onConfirm, onCancel } = props;
  const safe = useRef<HTMLButtonElement>(null);
  useEffect(() => safe.current?.focus(), []);
  return (
    <div
      className="scene-overlay"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-meaning`}
      data-testid={props.testId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
        if (event.key === 'Tab') keepFocusInside(event);
      }}
    >
      <p id={`${id}-title`} className="scene-overlay-title">
        {props.title}
      </p>
      <p id={`${id}-meaning`}>{props.meaning}</p>
      <div className="actions">
        <button
          type="button"
          className="button-primary"
          disabled={pending}
          onClick={onConfirm}
          data-testid={`${id}-yes`}
        >
          {props.confirmLabel}
        </button>
        <button type="button" ref={safe} onClick={onCancel} data-testid={`${id}-${props.cancelId}`}>
          {props.cancelLabel}
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
