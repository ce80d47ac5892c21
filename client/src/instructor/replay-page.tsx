// A learner's session read back by their instructor: each rubric item with its evidence highlighted in the
// transcript, the emotion curve aligned with the turns, voice timings where the learner spoke; a comment on any turn,
// and agreement with or a correction of each automatic score.

import { useMemo } from 'react';
import type { ReviewedReport } from '../api/instruction-wire.ts';
import { AffectChange } from '../components/affect-change.tsx';
import { AffectPlots } from '../components/affect-plots.tsx';
import { useBedside } from '../components/bedside-context.ts';
import { useCohorts } from '../components/cohort-context.ts';
import { FeedbackItem } from '../components/feedback-item.tsx';
import { revealTurn, Transcript } from '../components/transcript.tsx';
import { entryFromTurn } from '../state/conversation.ts';
import { evidenceByTurn } from '../state/evidence-marks.ts';
import { formatPercent } from '../state/feedback.ts';
import { commentsByTurn } from '../state/reviews.ts';
import { speakerName } from '../state/speakers.ts';
import { formatSessionTime, type TurnReferences, turnReferences } from '../state/turn-references.ts';
import { CommentTool } from './comment-tool.tsx';
import { ReviewForm } from './review-form.tsx';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function ReplayPage() {
  const replay = useCohorts((s) => s.replay);
  const citeTurn = useCohorts((s) => s.citeTurn);
  const learner = useCohorts((s) => s.cohort?.detail?.learners.find((l) => l.id === s.replay?.learnerId));
  const cohortName = useCohorts((s) => s.cohort?.detail?.cohort.name);
  const cohortId = useCohorts((s) => s.cohort?.id);
  const open = useBedside((s) => s.openInstructorPage);
  const session = replay?.session ?? null;
  const scenario = useBedside((s) => s.scenarios.find((x) => x.id === session?.scenarioId));
  const references = useMemo(() => (session ? turnReferences(session) : null), [session]);
  const comments = useMemo(() => (session ? commentsByTurn(session) : new Map()), [session]);
  const report = replay?.feedback.status === 'ready' ? (replay.feedback.report as ReviewedReport) : null;
  const evidence = useMemo(() => (report ? evidenceByTurn(report) : undefined), [report]);

  if (!replay || !session || !references) return <p className="muted">Loading the session…</p>;
  const cite = (index: number) => {
    citeTurn(index);
    revealTurn(index);
  };
  const describe = (index: number) => describeTurn(references, session.characters, index);
  const present = session.characters.filter((c) => c.present);

  return (
    <div className="ended replay" data-testid="replay-page">
      <div className="conversation-head">
        <div>
          <p className="eyebrow">
            Replay · {learner?.name ?? 'Learner'} · Level {session.difficulty}
          </p>
          <h1>{scenario?.title ?? session.scenarioId}</h1>
          <p className="muted small">
            {dateFormat.format(new Date(session.createdAt))}
            {cohortName ? ` · ${cohortName}` : ''}
          </p>
        </div>
        <button
          type="button"
          className="button-quiet"
          onClick={() => cohortId && open({ name: 'cohort', cohortId })}
          data-testid="back-to-cohort"
        >
          Back to the cohort
        </button>
      </div>
      <div className="ended-body">
        <div className="ended-main">
          <section className="feedback" aria-labelledby="replay-grades-title" data-testid="replay-grades">
            <h2 id="replay-grades-title">Grades</h2>
            <ReplayStatus status={replay.feedback.status} />
            {report?.rubrics.map((rubric) => (
              <section
                key={rubric.rubricId}
                className="card rubric"
                aria-labelledby={`replay-${rubric.rubricId}`}
                data-testid={`replay-rubric-${rubric.rubricId}`}
              >
                <div className="rubric-head">
                  <h3 id={`replay-${rubric.rubricId}`}>{rubric.title}</h3>
                  <span className="rubric-overall">
                    {rubric.overall === null ? 'not assessed' : formatPercent(rubric.overall)}
                  </span>
                </div>
                <ol className="feedback-items">
                  {rubric.items.map((item) => (
                    <li key={item.id}>
                      <FeedbackItem
                        item={item}
                        describeTurn={describe}
                        onCite={cite}
                        references={references}
                      />
                      <ReviewForm item={item} rubricId={rubric.rubricId} />
                    </li>
                  ))}
                </ol>
              </section>
            ))}
          </section>
          <section aria-labelledby="replay-feelings-title" data-testid="replay-feelings">
            <h2 id="replay-feelings-title">How feelings changed</h2>
            <div className="affect-summary">
              {present.map((character) => (
                <AffectChange
                  key={character.id}
                  character={character}
                  start={session.initialAffect[character.id]}
                  end={session.affect[character.id]}
                />
              ))}
            </div>
            <AffectPlots ended={session} onTurn={cite} />
          </section>
        </div>
        <section className="ended-transcript" aria-labelledby="replay-transcript-title">
          <h2 id="replay-transcript-title">Transcript</h2>
          <p className="muted small">
            Highlighted words are the grader’s evidence. Comment on any line: the learner sees it with their
            session.
          </p>
          <Transcript
            entries={session.turns.map(entryFromTurn)}
            characters={session.characters}
            live={false}
            cited={replay.cited}
            references={references}
            comments={comments}
            learnerName={learner?.name ?? 'Learner'}
            {...(evidence ? { evidence } : {})}
            lineTools={(index) => <CommentTool index={index} lineLabel={describe(index)} />}
          />
        </section>
      </div>
    </div>
  );
}

/** For the instructor: "Line 15, at 4:32" for the learner's line, "Grace, at 4:33" for a character's. */
function describeTurn(
  references: TurnReferences,
  characters: Parameters<typeof speakerName>[1],
  index: number,
): string {
  const ref = references.of(index);
  if (!ref) return `Turn ${index + 1}`;
  const at = ref.seconds === null ? '' : `, at ${formatSessionTime(ref.seconds)}`;
  return ref.line === null ? `${speakerName(ref.speaker, characters)}${at}` : `Line ${ref.line}${at}`;
}

function ReplayStatus({ status }: { status: 'grading' | 'ready' | 'unavailable' | 'left' }) {
  const text: Record<typeof status, string> = {
    grading: 'Waiting for the grades…',
    ready: '',
    unavailable: 'The grades are not available yet. Open the session again in a minute.',
    left: 'The learner left this session, so it was not graded.',
  };
  if (status === 'ready') return null;
  return (
    <p className={status === 'grading' ? 'feedback-waiting' : 'muted'} role="status">
      {text[status]}
    </p>
  );
}
