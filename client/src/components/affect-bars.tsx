// Three labelled bars with numbers: one character's distress, anger and trust in [0,1].

import type { Affect } from '../../../server/protocol.ts';
import { formatAffect } from '../state/speakers.ts';

export const AFFECT_LABELS: readonly { key: keyof Affect; label: string }[] = [
  { key: 'distress', label: 'Distress' },
  { key: 'anger', label: 'Anger' },
  { key: 'trust', label: 'Trust' },
];

export function AffectBars({ characterId, affect }: { characterId: string; affect: Affect }) {
  return (
    <dl className="affect-bars">
      {AFFECT_LABELS.map(({ key, label }) => {
        const value = affect[key];
        const id = `affect-${characterId}-${key}`;
        return (
          <div key={key} className={`affect-row affect-${key}`}>
            <dt id={`${id}-label`}>{label}</dt>
            <dd>
              <meter
                className="bar"
                min={0}
                max={1}
                value={value}
                aria-labelledby={`${id}-label`}
                aria-valuetext={formatAffect(value)}
              />
              <span className="affect-value" data-testid={id}>
                {formatAffect(value)}
              </span>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
