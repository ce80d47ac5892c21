// A greeting earns trust as a courtesy: the clinician says who they are, or greets someone by name. A bare "Hi.
// Which one of you's the wife?" or "Morning. Right, let's crack on" is no courtesy, and earns nothing.

import type { ClassifiedAct } from '../content/acts.ts';
import type { SceneSetup } from '../content/scene-setup.ts';
import { introducesSelf } from './act-cues-spikes.ts';

function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether the words introduce the speaker or greet someone present by one of their names. */
export function isCourteousGreeting(scene: SceneSetup, text: string): boolean {
  // The act classifier's own test of who the speaker says they are, with typographic apostrophes read as plain.
  if (introducesSelf(text.replace(/[’‘]/g, "'"))) return true;
  return scene.characters.some((sc) =>
    sc.character.addressedAs.some(
      (name) => /^[A-Z]/.test(name) && new RegExp(`\\b${escapeRegExp(name)}\\b`).test(text),
    ),
  );
}

/**
 * The acts as they move feelings: a greeting without courtesy moves nothing, and nor does one past the opening
 * ("Hello, I'm Dr Kerr, by the way", just after telling a wife her husband has died, is late, not kind; "Hello again,
 * sorry, where was I?" is no courtesy).
 */
export function actsThatMoveFeelings(
  scene: SceneSetup,
  text: string,
  acts: readonly ClassifiedAct[],
  pastTheOpening: boolean,
): readonly ClassifiedAct[] {
  if (!acts.some((a) => a.act === 'greeting')) return acts;
  if (!pastTheOpening && isCourteousGreeting(scene, text)) return acts;
  return acts.filter((a) => a.act !== 'greeting');
}
