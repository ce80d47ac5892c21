// One character's affect from the start of the session to its end, each change coloured by whether it is better or
// worse for the conversation (anger falling is better, trust falling worse), not by whether it went up or down.

import type { Affect, CharacterSummaryDto } from '../../../server/protocol.ts';
import { AFFECT_GOOD_DIRECTION, type ChangeVerdict, judgeChange } from '../state/change-direction.ts';
import { characterRole, formatAffect } from '../state/speakers.ts';
import { AFFECT_LABELS } from './affect-bars.tsx';

const VERDICT_CLASS: Record<ChangeVerdict, string> = {
  better: 'change-better',
  worse: 'change-worse',
  unchanged: 'change-unchanged',
};

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
            const verdict = delta === undefined ? undefined : judgeChange(delta, AFFECT_GOOD_DIRECTION[key]);
            return (
              <tr key={key}>
                <th scope="row">{label}</th>
                <td>{from === undefined ? '–' : formatAffect(from)}</td>
                <td>{to === undefined ? '–' : formatAffect(to)}</td>
                <td
                  className={verdict ? VERDICT_CLASS[verdict] : ''}
                  data-testid={`change-${key}`}
                  data-verdict={verdict}
                  title={
                    verdict && verdict !== 'unchanged'
                      ? `${capitalise(verdict)} for the conversation`
                      : undefined
                  }
                >
                  {delta === undefined || verdict === undefined ? '–' : changeText(delta, verdict)}
                  {verdict && verdict !== 'unchanged' && (
                    <span className="visually-hidden"> ({verdict})</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** `+0.12`, `−0.30`, or `±0.00` for a change too small to show. */
function changeText(delta: number, verdict: ChangeVerdict): string {
  if (verdict === 'unchanged') return `±${formatAffect(0)}`;
  return `${delta > 0 ? '+' : '−'}${formatAffect(Math.abs(delta))}`;
}

function capitalise(word: string): string {
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
}
