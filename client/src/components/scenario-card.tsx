// One scenario in the lobby: what it is, what it practises, what it contains.

import type { ScenarioDto } from '../../../server/protocol.ts';
import { useBedside } from './bedside-context.ts';
import { ContentWarnings } from './content-warnings.tsx';

export function ScenarioCard({ scenario }: { scenario: ScenarioDto }) {
  const openPrebrief = useBedside((s) => s.openPrebrief);
  return (
    <article className="card scenario-card" data-testid={`scenario-${scenario.id}`}>
      <p className="eyebrow">{humanise(scenario.kind)}</p>
      <h2>{scenario.title}</h2>
      <p>{scenario.summary}</p>
      <ul className="tags" aria-label="Skills">
        {scenario.skills.map((skill) => (
          <li key={skill} className="tag">
            {humanise(skill)}
          </li>
        ))}
      </ul>
      <ContentWarnings warnings={scenario.contentWarnings} />
      <button type="button" className="button-primary" onClick={() => openPrebrief(scenario.id)}>
        Prepare<span className="visually-hidden">: {scenario.title}</span>
      </button>
    </article>
  );
}

/** Ids whose hyphens belong to the words. */
const LABELS: Record<string, string> = { 'de-escalation': 'De-escalation' };

/** `breaking-bad-news` → `Breaking bad news`. */
export function humanise(id: string): string {
  const label = LABELS[id];
  if (label) return label;
  const words = id.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
