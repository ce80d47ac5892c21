// The text box: Enter sends, Shift+Enter breaks the line; sending waits while a reply streams in.

import type { FormEvent, KeyboardEvent } from 'react';
import { useBedside } from './bedside-context.ts';

const MAX_CHARS = 2000;

/** `disabled` holds the box while the scene is paused. */
export function Composer({ disabled = false }: { disabled?: boolean }) {
  const draft = useBedside((s) => s.conversation?.draft ?? '');
  const streaming = useBedside((s) => s.conversation?.streaming ?? false);
  const setDraft = useBedside((s) => s.setDraft);
  const sendTurn = useBedside((s) => s.sendTurn);
  const canSend = !disabled && !streaming && draft.trim() !== '';

  const send = () => {
    if (canSend) void sendTurn(draft);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  };

  return (
    <form className="composer" onSubmit={onSubmit}>
      <label htmlFor="composer-text" className="visually-hidden">
        What you say
      </label>
      <textarea
        id="composer-text"
        rows={3}
        maxLength={MAX_CHARS}
        placeholder="Say something… (Enter to send, Shift+Enter for a new line)"
        value={draft}
        disabled={disabled}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        data-testid="composer-input"
      />
      <button type="submit" className="button-primary" disabled={!canSend} data-testid="composer-send">
        {streaming ? 'Listening…' : 'Send'}
      </button>
    </form>
  );
}
