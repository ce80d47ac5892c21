// After the session: the transcript read back from the server, and how everyone's feelings moved.

import { entryFromTurn } from '../state/conversation.ts';
import { AffectChange } from './affect-change.tsx';
import { useBedside } from './bedside-context.ts';
import { Transcript } from './transcript.tsx';

export function EndedPage() {
  const ended = useBedside((s) => s.ended);
  const scenario = useBedside((s) => s.scenarios.find((x) => x.id === s.ended?.scenarioId));
  const backToLobby = useBedside((s) => s.backToLobby);
  const pending = useBedside((s) => s.pending);
  if (!ended) return null;
  const present = ended.characters.filter((c) => c.present);

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
      <div className="conversation-body">
        <div className="conversation-main">
          <Transcript entries={ended.turns.map(entryFromTurn)} characters={ended.characters} live={false} />
        </div>
        <aside className="affect-panel" aria-label="How feelings changed" data-testid="affect-summary">
          {present.map((character) => (
            <AffectChange
              key={character.id}
              character={character}
              start={ended.initialAffect[character.id]}
              end={ended.affect[character.id]}
            />
          ))}
        </aside>
      </div>
    </div>
  );
}
