// "Your skills": the learner model's estimate of each skill, how much practice informs it, and its course.

import { SKILL_NAMES, type SkillProgress } from '../../../server/protocol.ts';
import { SKILL_ORDER } from '../state/progress.ts';
import { useBedside } from './bedside-context.ts';
import { SkillBar } from './skill-bar.tsx';
import { SkillHistoryChart } from './skill-history-chart.tsx';

export function SkillsPanel() {
  const skills = useBedside((s) => s.progress?.skills);
  const focus = useBedside((s) => s.progress?.recommendation?.focus);
  if (!skills) return null;
  const bySkill = new Map(skills.map((s) => [s.skill, s]));
  const ordered = SKILL_ORDER.map((skill) => bySkill.get(skill)).filter(
    (s): s is SkillProgress => s !== undefined,
  );

  return (
    <section className="skills" aria-labelledby="skills-title" data-testid="skills">
      <h2 id="skills-title">Your skills</h2>
      <p className="muted small">
        Our estimate on a 0 to 100 scale, where 50 is a typical learner at level 2. The lighter band shows how
        sure we are; it narrows with practice.
      </p>
      <ul className="skill-list">
        {ordered.map((progress) => (
          <li key={progress.skill} className="skill-row" data-testid={`skill-${progress.skill}`}>
            <div className="skill-name">
              <strong>{SKILL_NAMES[progress.skill]}</strong>
              {focus?.includes(progress.skill) && (
                <span className="tag skill-focus" data-testid="skill-focus">
                  Recommended focus
                </span>
              )}
              <span className="muted small">{sessionsLabel(progress)}</span>
            </div>
            <SkillBar
              label={SKILL_NAMES[progress.skill]}
              rating={progress.rating}
              uncertainty={progress.uncertainty}
            />
            <SkillHistoryChart label={SKILL_NAMES[progress.skill]} history={progress.history} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function sessionsLabel({ sessions, rated }: SkillProgress): string {
  if (sessions === 0) return rated ? 'Self-rated, no sessions yet' : 'Not rated yet';
  return sessions === 1 ? '1 session' : `${sessions} sessions`;
}
