// Under a line of the replayed transcript: a button that opens a short form to comment on that turn.

import { type FormEvent, useId, useState } from 'react';
import { useCohorts } from '../components/cohort-context.ts';

export function CommentTool({ index, lineLabel }: { index: number; lineLabel: string }) {
  const addComment = useCohorts((s) => s.addComment);
  const busy = useCohorts((s) => s.busy);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const inputId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    if (await addComment(index, text)) {
      setText('');
      setOpen(false);
    }
  };

  if (!open) {
    return (
      <button
        type="button"
        className="button-link small comment-toggle"
        onClick={() => setOpen(true)}
        data-testid="comment-toggle"
      >
        Comment<span className="visually-hidden"> on {lineLabel}</span>
      </button>
    );
  }
  return (
    <form className="comment-form" onSubmit={(e) => void submit(e)} data-testid="comment-form">
      <label htmlFor={inputId} className="small">
        Comment on {lineLabel} (the learner sees it)
      </label>
      <textarea
        id={inputId}
        rows={2}
        maxLength={2000}
        value={text}
        // Opened on purpose to type in: focus follows.
        // biome-ignore lint/a11y/noAutofocus: the form opens when the instructor asks to comment.
        autoFocus
        onChange={(e) => setText(e.target.value)}
        data-testid="comment-input"
      />
      <div className="review-actions">
        <button
          type="submit"
          className="button-primary"
          disabled={busy || text.trim() === ''}
          data-testid="comment-save"
        >
          Save comment
        </button>
        <button type="button" className="button-quiet" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
