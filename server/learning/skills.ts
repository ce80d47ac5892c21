// The skill taxonomy of the learner model, and how the rubric items of a grading report turn into per-skill outcomes.

import type { GradingReport } from '../grading/report-types.ts';
import { SKILLS, type Skill } from './progress-types.ts';

/** A value in [0,1] per skill that a session assessed. */
export type SkillOutcomes = Partial<Record<Skill, number>>;

/**
 * Which skills each rubric item (`rubricId.itemId`) gives evidence of. An item may feed several skills: giving the
 * news in plain words is both sharing information and delivering bad news. A test checks every rubric item is here.
 */
export const ITEM_SKILLS: Readonly<Record<string, readonly Skill[]>> = {
  'spikes.setting': ['delivering-bad-news'],
  'spikes.perception': ['delivering-bad-news'],
  'spikes.invitation': ['delivering-bad-news', 'sharing-information'],
  'spikes.warning-shot': ['delivering-bad-news'],
  'spikes.plain-language': ['sharing-information', 'delivering-bad-news'],
  'spikes.chunking': ['sharing-information', 'delivering-bad-news'],
  'spikes.emotions': ['responding-to-emotion'],
  'spikes.no-false-reassurance': ['delivering-bad-news', 'sharing-information'],
  'spikes.strategy-summary': ['sharing-information', 'delivering-bad-news'],
  'spikes.trust-kept': ['delivering-bad-news'],

  'nurse.continuers': ['responding-to-emotion'],
  'nurse.naming': ['responding-to-emotion'],
  'nurse.understanding': ['responding-to-emotion'],
  'nurse.respecting': ['responding-to-emotion'],
  'nurse.supporting': ['responding-to-emotion'],
  'nurse.exploring': ['responding-to-emotion'],
  'nurse.no-terminators': ['responding-to-emotion'],
  'nurse.distress-eased': ['responding-to-emotion'],

  'beta.verbal-contact': ['de-escalation'],
  'beta.do-not-provoke': ['de-escalation'],
  'beta.concise': ['de-escalation'],
  'beta.wants-and-feelings': ['de-escalation', 'responding-to-emotion'],
  'beta.listen': ['de-escalation', 'listening'],
  'beta.agree': ['de-escalation'],
  'beta.limits': ['de-escalation'],
  'beta.choices-optimism': ['de-escalation'],
  'beta.calmer': ['de-escalation'],

  'listening.open-questions': ['listening'],
  'listening.reflections': ['listening'],
  'listening.reflection-ratio': ['listening'],
  'listening.affirmations': ['listening'],
  'listening.summaries': ['listening'],
  'listening.no-unsolicited-advice': ['listening'],
  'listening.no-confronting': ['listening'],
  'listening.empathy': ['listening', 'responding-to-emotion'],
  'listening.trust-built': ['listening'],

  'open-disclosure.acknowledge': ['sharing-information'],
  'open-disclosure.apologise': ['responding-to-emotion'],
  'open-disclosure.explain-known': ['sharing-information'],
  'open-disclosure.no-blame': ['sharing-information'],
  'open-disclosure.next-steps': ['sharing-information'],
  'open-disclosure.contact': ['sharing-information'],
};

/** The skills a rubric item feeds, or none for an item the taxonomy does not know. */
export function skillsOfItem(rubricId: string, itemId: string): readonly Skill[] {
  return ITEM_SKILLS[`${rubricId}.${itemId}`] ?? [];
}

/**
 * The skills a scenario's rubrics can give evidence of. Prefer this to the scenario's declared `skills` when building
 * the policy's catalogue: a declared skill no rubric item measures would attract practice that never moves a rating.
 */
export function assessedSkills(rubricIds: readonly string[]): Skill[] {
  const found = new Set<Skill>();
  for (const [key, skills] of Object.entries(ITEM_SKILLS)) {
    if (rubricIds.includes(key.slice(0, key.indexOf('.')))) for (const k of skills) found.add(k);
  }
  return SKILLS.filter((k) => found.has(k));
}

/** Per skill, the weight-weighted mean of the assessed item scores mapped to it; unassessed skills are absent. */
export function skillOutcomes(report: Pick<GradingReport, 'rubrics'>): SkillOutcomes {
  const sums = new Map<Skill, { weighted: number; weight: number }>();
  for (const rubric of report.rubrics) {
    for (const item of rubric.items) {
      if (item.score === null || item.weight <= 0) continue;
      for (const skill of skillsOfItem(rubric.rubricId, item.id)) {
        const sum = sums.get(skill) ?? { weighted: 0, weight: 0 };
        sum.weighted += item.weight * item.score;
        sum.weight += item.weight;
        sums.set(skill, sum);
      }
    }
  }
  const out: SkillOutcomes = {};
  for (const skill of SKILLS) {
    const sum = sums.get(skill);
    if (sum) out[skill] = sum.weighted / sum.weight;
  }
  return out;
}

export function isSkill(value: string): value is Skill {
  return (SKILLS as readonly string[]).includes(value);
}
