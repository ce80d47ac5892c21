// Outcome items for simulated sessions: where the conversation left the lead character, read from its explicit
// affect (the simulation's ground truth). Judged on the end state, not the change, so that a harder character
// (higher baseline, more volatile) is genuinely harder to bring round. Transcripts from elsewhere have no affect,
// so these are "not assessed". Each anchor names the bar, so a change that falls short of it reads as such.

import type { Affect } from '../content/affect-types.ts';
import type { Detector } from './detector-types.ts';
import type { ConversationFeatures } from './features.ts';

const NO_AFFECT = "only simulated sessions carry the character's explicit emotional state";

function trajectory(f: ConversationFeatures): { start: Affect; end: Affect; all: Affect[] } | null {
  const lead = f.transcript.leadAffect;
  if (!lead || lead.afterTurns.length === 0) return null;
  return { start: lead.start, end: lead.afterTurns.at(-1) as Affect, all: lead.afterTurns };
}

const pct = (v: number) => `${Math.round(v * 100)}%`;

export const trustKept: Detector = (f) => {
  const t = trajectory(f);
  if (!t) return { notAssessed: NO_AFFECT };
  return {
    score: t.end.trust >= 0.5 ? 1 : t.end.trust >= 0.35 ? 0.5 : 0,
    evidence: [],
    anchor: `Their trust in you went from ${pct(t.start.trust)} to ${pct(t.end.trust)} (kept: 50% or more; partly: 35%).`,
  };
};

export const distressEased: Detector = (f) => {
  const t = trajectory(f);
  if (!t) return { notAssessed: NO_AFFECT };
  const peak = Math.max(...t.all.map((a) => a.distress));
  return {
    score: t.end.distress <= 0.5 ? 1 : t.end.distress <= 0.65 ? 0.5 : 0,
    evidence: [],
    anchor: `Their distress peaked at ${pct(peak)} and ended at ${pct(t.end.distress)} (eased: 50% or less; partly: 65%).`,
  };
};

export const calmer: Detector = (f) => {
  const t = trajectory(f);
  if (!t) return { notAssessed: NO_AFFECT };
  return {
    score: t.end.anger <= 0.35 && t.end.trust >= 0.4 ? 1 : t.end.anger <= 0.55 ? 0.5 : 0,
    evidence: [],
    anchor: `Their anger went from ${pct(t.start.anger)} to ${pct(t.end.anger)}, their trust from ${pct(t.start.trust)} to ${pct(t.end.trust)} (calmer: anger 35% or less with trust 40% or more; partly: anger 55% or less).`,
  };
};

export const trustBuilt: Detector = (f) => {
  const t = trajectory(f);
  if (!t) return { notAssessed: NO_AFFECT };
  return {
    score: t.end.trust >= 0.6 ? 1 : t.end.trust >= 0.45 ? 0.5 : 0,
    evidence: [],
    anchor: `Their trust in you went from ${pct(t.start.trust)} to ${pct(t.end.trust)} (built: 60% or more; partly: 45%).`,
  };
};
