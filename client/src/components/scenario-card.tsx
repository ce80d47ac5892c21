// One scenario in the lobby: what it is, what it practises, what it contains.

import { type ScenarioDto, SKILL_NAMES } from '../../../server/protocol.ts';
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
            {skillLabel(skill)}
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

/** A skill tag in the names every screen uses; an id the learner model does not know reads humanised. */
function skillLabel(id: string): string {
  return Object.hasOwn(SKILL_NAMES, id) ? SKILL_NAMES[id as keyof typeof SKILL_NAMES] : humanise(id);
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
