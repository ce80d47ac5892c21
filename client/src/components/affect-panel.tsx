// Each character in the room with their distress, anger and trust as labelled bars.

import type { CharacterSummaryDto, SceneAffect } from '../../../server/protocol.ts';
import { characterRole } from '../state/speakers.ts';
import { AffectBars } from './affect-bars.tsx';

interface Props {
  characters: readonly CharacterSummaryDto[];
  affect: SceneAffect;
}

export function AffectPanel({ characters, affect }: Props) {
  return (
    <aside className="affect-panel" aria-label="How everyone is feeling" data-testid="affect-panel">
      {characters.map((character) => {
        const values = affect[character.id];
        return (
          <section key={character.id} className="card affect-card" data-testid={`affect-${character.id}`}>
            <h2>
              {character.name} <span className="muted small">{characterRole(character)}</span>
            </h2>
            {values ? (
              <AffectBars characterId={character.id} affect={values} />
            ) : (
              <p className="muted">Unknown</p>
            )}
          </section>
        );
      })}
    </aside>
  );
}
