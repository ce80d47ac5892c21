// A greeting earns trust as a courtesy: the clinician says who they are, or greets someone by name. A bare "Hi.
// Which one of you's the wife?" or "Morning. Right, let's crack on" is no courtesy, and earns nothing.

import type { ClassifiedAct } from '../content/acts.ts';
import type { SceneSetup } from '../content/scene-setup.ts';

/** "I'm Bex", "I'm Dr Shah", "I'm the registrar", "I'm one of the doctors", "my name's…": not "I'm afraid". */
const INTRODUCES_SELF =
  /\b(?:[Mm]y name(?:['’]s| is)|[Nn]ame['’]s [A-Z]|I(?:['’]m| am) (?:[A-Z]|the |one of |a (?:doctor|nurse|registrar|consultant)\b)|[Tt]his is (?:Dr|Doctor|Nurse|my colleague)\b)/;

function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether the words introduce the speaker or greet someone present by one of their names. */
export function isCourteousGreeting(scene: SceneSetup, text: string): boolean {
  if (INTRODUCES_SELF.test(text)) return true;
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
