// After the session: feedback from the grader, how everyone's feelings moved, and the transcript read back.

import { entryFromTurn } from '../state/conversation.ts';
import { speakerName } from '../state/speakers.ts';
import { AffectChange } from './affect-change.tsx';
import { AffectPlots } from './affect-plots.tsx';
import { useBedside } from './bedside-context.ts';
import { FeedbackSection } from './feedback-section.tsx';
import { revealTurn, Transcript } from './transcript.tsx';

export function EndedPage() {
  const ended = useBedside((s) => s.ended);
  const scenario = useBedside((s) => s.scenarios.find((x) => x.id === s.ended?.scenarioId));
  const backToLobby = useBedside((s) => s.backToLobby);
  const citeTurn = useBedside((s) => s.citeTurn);
  const citedTurn = useBedside((s) => s.citedTurn);
  const pending = useBedside((s) => s.pending);
  if (!ended) return null;
  const present = ended.characters.filter((c) => c.present);

  const describeTurn = (index: number): string => {
    const turn = ended.turns.find((t) => t.index === index);
    const who = turn ? speakerName(turn.speaker, ended.characters) : null;
    return who ? `${who}, turn ${index + 1}` : `Turn ${index + 1}`;
  };
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
          <Transcript
            entries={ended.turns.map(entryFromTurn)}
            characters={ended.characters}
            live={false}
            cited={citedTurn}
          />
        </section>
      </div>
    </div>
  );
}
