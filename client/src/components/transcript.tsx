// The transcript: who said what, with replies growing as their words stream in.

import { useEffect, useRef } from 'react';
import type { CharacterSummaryDto } from '../../../server/protocol.ts';
import type { TranscriptEntry } from '../state/conversation.ts';
import { speakerName } from '../state/speakers.ts';

interface Props {
  entries: readonly TranscriptEntry[];
  characters: readonly CharacterSummaryDto[];
  /** Follow new lines as they arrive. @default true */
  live?: boolean;
}

export function Transcript({ entries, characters, live = true }: Props) {
  const list = useRef<HTMLOListElement>(null);
  const lastText = entries.at(-1)?.text;
  // biome-ignore lint/correctness/useExhaustiveDependencies: follow the bottom whenever a line is added or grows.
  useEffect(() => {
    const element = list.current;
    if (live && element) element.scrollTop = element.scrollHeight;
  }, [live, lastText, entries.length]);

  return (
    <ol
      ref={list}
      className={live ? 'transcript transcript-live' : 'transcript'}
      aria-label="Transcript"
      aria-live={live ? 'polite' : 'off'}
      data-testid="transcript"
    >
      {entries.length === 0 && (
        <li className="muted transcript-empty">The room is waiting for you to begin.</li>
      )}
      {entries.map((entry) => (
        <li
          key={entry.key}
          className={`line line-${entry.speaker === 'learner' ? 'learner' : 'character'} line-${entry.status}`}
          data-testid="transcript-line"
          data-speaker={entry.speaker}
          data-status={entry.status}
        >
          <span className="speaker">{speakerName(entry.speaker, characters)}</span>
          <span className="text">
            {entry.text}
            {entry.status === 'streaming' && <span className="cursor" aria-hidden="true" />}
          </span>
          {entry.interrupted && <span className="muted small">(cut in)</span>}
        </li>
      ))}
    </ol>
  );
}
