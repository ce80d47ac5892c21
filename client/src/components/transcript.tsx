// The transcript: who said what, with replies growing as their words stream in.

import { type ReactNode, useEffect, useRef } from 'react';
import type { CharacterSummaryDto, VoiceTimingsDto } from '../../../server/protocol.ts';
import type { CommentDto } from '../api/instruction-wire.ts';
import type { TranscriptEntry } from '../state/conversation.ts';
import { type EvidenceMark, markQuotes } from '../state/evidence-marks.ts';
import { speakerName } from '../state/speakers.ts';
import { formatSessionTime, type TurnReference, type TurnReferences } from '../state/turn-references.ts';

interface Props {
  entries: readonly TranscriptEntry[];
  characters: readonly CharacterSummaryDto[];
  /** Follow new lines as they arrive. @default true */
  live?: boolean;
  /** The turn an evidence quote points at, shown highlighted. @default null */
  cited?: number | null;
  /** Numbers the learner's lines and times every line, as feedback refers to them. @default null */
  references?: TurnReferences | null;
  /** Instructors' comments, by turn index, shown under their line. @default none */
  comments?: ReadonlyMap<number, readonly CommentDto[]>;
  /** Rubric evidence by turn index: the quoted words are highlighted and the items named. @default none */
  evidence?: ReadonlyMap<number, readonly EvidenceMark[]>;
  /** Extra controls under a stored line (the replay's "Comment" form). */
  lineTools?: (index: number) => ReactNode;
  /** Who the learner's lines are shown as, for someone else reading them. @default "You" */
  learnerName?: string;
}

/** The element id of a stored turn's line, so feedback can link to it. */
export function turnAnchorId(index: number): string {
  return `turn-${index}`;
}

/** Scrolls the cited turn's line into view and moves focus to it, so keyboard and screen-reader users follow. */
export function revealTurn(index: number): void {
  const line = document.getElementById(turnAnchorId(index));
  if (!line) return;
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  line.scrollIntoView({ behavior: still ? 'auto' : 'smooth', block: 'center' });
  line.focus({ preventScroll: true });
}

export function Transcript({
  entries,
  characters,
  live = true,
  cited = null,
  references = null,
  comments,
  evidence,
  lineTools,
  learnerName,
}: Props) {
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
      {entries.map((entry) => {
        const isCited = entry.index !== null && entry.index === cited;
        const marks = entry.index === null ? undefined : evidence?.get(entry.index);
        const notes = entry.index === null ? undefined : comments?.get(entry.index);
        return (
          <li
            key={entry.key}
            id={entry.index === null ? undefined : turnAnchorId(entry.index)}
            tabIndex={live || entry.index === null ? undefined : -1}
            className={`line line-${entry.speaker === 'learner' ? 'learner' : 'character'} line-${entry.status}${isCited ? ' line-cited' : ''}`}
            aria-current={isCited ? 'true' : undefined}
            data-testid="transcript-line"
            data-turn={entry.index ?? undefined}
            data-speaker={entry.speaker}
            data-status={entry.status}
            data-cited={isCited || undefined}
          >
            <span className="line-head">
              <span className="speaker">
                {entry.speaker === 'learner' && learnerName
                  ? learnerName
                  : speakerName(entry.speaker, characters)}
              </span>
              {references && entry.index !== null && <LineReference reference={references.of(entry.index)} />}
            </span>
            <span className="text">
              {marks ? <MarkedText text={entry.text} marks={marks} /> : entry.text}
              {entry.status === 'streaming' && <span className="cursor" aria-hidden="true" />}
            </span>
            {marks && <EvidenceTags marks={marks} />}
            {entry.interrupted && <span className="muted small">(cut in)</span>}
            {entry.cutOff && (
              <span className="muted small" data-testid="cut-off" title={entry.cutOff.fullText}>
                (you cut in: they meant to say “{entry.cutOff.fullText}”)
              </span>
            )}
            {entry.spoken && <span className="muted small">(spoken)</span>}
            {!live && entry.voiceTimings && <VoiceTimings timings={entry.voiceTimings} />}
            {notes && notes.length > 0 && <LineComments comments={notes} />}
            {entry.index !== null && lineTools?.(entry.index)}
          </li>
        );
      })}
    </ol>
  );
}

/** The line with each quoted piece of evidence highlighted (announced as highlighted by screen readers). */
function MarkedText({ text, marks }: { text: string; marks: readonly EvidenceMark[] }) {
  const segments = markQuotes(
    text,
    marks.map((m) => m.quote),
  );
  return (
    <>
      {segments.map((segment, i) =>
        segment.marked ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are fixed for a given text and quotes.
          <mark key={i} className="evidence-mark" data-testid="evidence-mark">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}

/**
 * Which rubric items cite this line, and how: a line quoted where an item fell short (jargon, a missed feeling) is
 * not shown as if it were good practice.
 */
function EvidenceTags({ marks }: { marks: readonly EvidenceMark[] }) {
  const titles = (kept: (m: EvidenceMark) => boolean) => [
    ...new Set(marks.filter(kept).map((m) => m.itemTitle)),
  ];
  const shown = titles((m) => m.shows !== false);
  const short = titles((m) => m.shows === false);
  return (
    <span className="evidence-tags small" data-testid="evidence-tags">
      {shown.length > 0 && <>Evidence for: {shown.join(', ')}</>}
      {shown.length > 0 && short.length > 0 && ' · '}
      {short.length > 0 && <>Fell short on: {short.join(', ')}</>}
    </span>
  );
}

/** Instructors' comments on a line, oldest first. */
function LineComments({ comments }: { comments: readonly CommentDto[] }) {
  return (
    <ul className="line-comments" aria-label="Instructor comments">
      {comments.map((comment) => (
        <li key={comment.id} className="line-comment" data-testid="line-comment">
          <span className="line-comment-author">{comment.authorName ?? 'A former instructor'}:</span>{' '}
          {comment.text}
        </li>
      ))}
    </ul>
  );
}

/** The learner's line number and the time into the session, so "your line 15, at 4:32" can be found. */
function LineReference({ reference }: { reference: TurnReference | undefined }) {
  if (!reference) return null;
  const parts = [
    reference.line === null ? null : `Line ${reference.line}`,
    reference.seconds === null ? null : formatSessionTime(reference.seconds),
  ].filter((part) => part !== null);
  if (parts.length === 0) return null;
  return (
    <span className="line-ref" data-testid="line-ref" data-line={reference.line ?? undefined}>
      {parts.join(' · ')}
    </span>
  );
}

/** Where the time went between the learner finishing speaking and hearing the reply, for the debrief. */
function VoiceTimings({ timings }: { timings: VoiceTimingsDto }) {
  const parts = [
    ['reply heard after', timings.clientEndToPlaybackMs],
    ['transcribed in', timings.transcribedMs],
    ['first word at', timings.firstTokenMs],
    ['first audio sent at', timings.firstAudioSentMs],
  ] as const;
  const shown = parts.filter(([, ms]) => ms !== null);
  if (shown.length === 0) return null;
  return (
    <span className="muted small voice-timings" data-testid="voice-timings">
      {shown.map(([label, ms]) => `${label} ${ms} ms`).join(' · ')}
    </span>
  );
}
