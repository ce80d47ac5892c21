// One character's affect from the start of the session to its end.

import type { Affect, CharacterSummaryDto } from '../../../server/protocol.ts';
import { characterRole, formatAffect } from '../state/speakers.ts';
import { AFFECT_LABELS } from './affect-bars.tsx';

interface Props {
  character: CharacterSummaryDto;
  start: Affect | undefined;
  end: Affect | undefined;
}

export function AffectChange({ character, start, end }: Props) {
  return (
    <section className="card affect-card" data-testid={`affect-change-${character.id}`}>
      <h3>
        {character.name} <span className="muted small">{characterRole(character)}</span>
      </h3>
      <table className="affect-change">
        <thead>
          <tr>
            <th scope="col">Feeling</th>
            <th scope="col">Start</th>
            <th scope="col">End</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {AFFECT_LABELS.map(({ key, label }) => {
            const from = start?.[key];
            const to = end?.[key];
            const delta = from !== undefined && to !== undefined ? to - from : undefined;
            return (
              <tr key={key}>
                <th scope="row">{label}</th>
                <td>{from === undefined ? '–' : formatAffect(from)}</td>
                <td>{to === undefined ? '–' : formatAffect(to)}</td>
                <td className={delta === undefined ? '' : delta > 0 ? 'up' : delta < 0 ? 'down' : ''}>
                  {delta === undefined
                    ? '–'
                    : `${delta > 0 ? '+' : delta < 0 ? '−' : '±'}${formatAffect(Math.abs(delta))}`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
