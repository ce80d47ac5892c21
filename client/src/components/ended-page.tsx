// After the session: feedback from the grader, how everyone's feelings moved, and the transcript read back; for a
// session the learner left, only that it was left, with no score.

import { useMemo } from 'react';
import type { LeftReason, SessionWithTurnsDto } from '../../../server/protocol.ts';
import type { Difficulty } from '../api/api-client.ts';
import { entryFromTurn } from '../state/conversation.ts';
import { commentsByTurn } from '../state/reviews.ts';
import { AffectChange } from './affect-change.tsx';
import { AffectPlots } from './affect-plots.tsx';
import { useBedside } from './bedside-context.ts';
import { FeedbackSection } from './feedback-section.tsx';
import { LeftFeedback } from './left-feedback.tsx';
import { revealTurn, Transcript } from './transcript.tsx';
import { useTurnReferences } from './use-turn-references.ts';

export function EndedPage() {
  const ended = useBedside((s) => s.ended);
  const scenario = useBedside((s) => s.scenarios.find((x) => x.id === s.ended?.scenarioId));
  const backToLobby = useBedside((s) => s.backToLobby);
  const citeTurn = useBedside((s) => s.citeTurn);
  const citedTurn = useBedside((s) => s.citedTurn);
  const pending = useBedside((s) => s.pending);
  const openPrebrief = useBedside((s) => s.openPrebrief);
  const references = useTurnReferences();
  // Instructors' comments come with the session read back, each on the turn it is about.
  const comments = useMemo(() => (ended ? commentsByTurn(ended) : new Map()), [ended]);
  if (!ended) return null;
  if (ended.left) {
    return (
      <LeftSessionPage
        ended={ended}
        reason={ended.left}
        title={scenario?.title ?? 'Session'}
        pending={pending}
        onTryAgain={() => openPrebrief(ended.scenarioId, asDifficulty(ended.difficulty))}
        onPickAnother={() => void backToLobby()}
      />
    );
  }
  const present = ended.characters.filter((c) => c.present);

  // By the learner's own line number and time, as the transcript beside it numbers them.
  const describeTurn = (index: number): string => references?.label(index) ?? `Turn ${index + 1}`;
  const cite = (index: number): void => {
    citeTurn(index);
    revealTurn(index);
  };

  return (
    <div className="ended" data-testid="ended">
      <div className="conversation-head">
        <div>
          <p className="eyebrow">Session ended · Level {ended.difficulty}</p>
          <h1>{scenario?.title ?? 'Session'}</h1>
        </div>
        <button
          type="button"
          className="button-primary"
          disabled={pending}
          onClick={() => void backToLobby()}
          data-testid="back-to-lobby"
        >
          Back to lobby
        </button>
      </div>
      <div className="ended-body">
        <div className="ended-main">
          <FeedbackSection describeTurn={describeTurn} onCite={cite} />
          <section aria-labelledby="feelings-title" data-testid="affect-summary">
            <h2 id="feelings-title">How feelings changed</h2>
            <div className="affect-summary">
              {present.map((character) => (
                <AffectChange
                  key={character.id}
                  character={character}
                  start={ended.initialAffect[character.id]}
                  end={ended.affect[character.id]}
                />
              ))}
            </div>
            <AffectPlots ended={ended} onTurn={cite} />
          </section>
        </div>
        <section className="ended-transcript" aria-labelledby="transcript-title">
          <h2 id="transcript-title">Transcript</h2>
          {comments.size > 0 && (
            <p className="muted small" data-testid="comments-note">
              Your instructor commented on {comments.size} {comments.size === 1 ? 'line' : 'lines'}: the
              comments are under them.
            </p>
          )}
          <Transcript
            entries={ended.turns.map(entryFromTurn)}
            characters={ended.characters}
            live={false}
            cited={citedTurn}
            references={references}
            comments={comments}
          />
        </section>
      </div>
    </div>
  );
}

/** A left session: no feedback or feelings to read, only what happened and the way on (and what was said, if any). */
function LeftSessionPage({
  ended,
  reason,
  title,
  pending,
  onTryAgain,
  onPickAnother,
}: {
  ended: SessionWithTurnsDto;
  reason: LeftReason;
  title: string;
  pending: boolean;
  onTryAgain(): void;
  onPickAnother(): void;
}) {
  return (
    <div className="ended ended-left" data-testid="ended">
      <div className="conversation-head">
        <div>
          <p className="eyebrow">Session left · Level {ended.difficulty}</p>
          <h1>{title}</h1>
        </div>
      </div>
      <LeftFeedback reason={reason} pending={pending} onTryAgain={onTryAgain} onPickAnother={onPickAnother} />
      {ended.turns.length > 0 && (
        <section className="ended-transcript" aria-labelledby="transcript-title">
          <h2 id="transcript-title">What was said</h2>
          <Transcript entries={ended.turns.map(entryFromTurn)} characters={ended.characters} live={false} />
        </section>
      )}
    </div>
  );
}

function asDifficulty(level: number): Difficulty {
  return level === 1 || level === 3 ? level : 2;
}
