// The detectors for every rubric, by rubric id and item id.

import type { Detector } from './detector-types.ts';
import { BETA_DETECTORS } from './detectors-beta.ts';
import { DISCLOSURE_DETECTORS } from './detectors-disclosure.ts';
import { LISTENING_DETECTORS } from './detectors-listening.ts';
import { NURSE_DETECTORS } from './detectors-nurse.ts';
import { SPIKES_DETECTORS } from './detectors-spikes.ts';

const DETECTORS: Record<string, Record<string, Detector>> = {
  spikes: SPIKES_DETECTORS,
  nurse: NURSE_DETECTORS,
  beta: BETA_DETECTORS,
  listening: LISTENING_DETECTORS,
  'open-disclosure': DISCLOSURE_DETECTORS,
};

export function detectorFor(rubricId: string, itemId: string): Detector | undefined {
  return DETECTORS[rubricId]?.[itemId];
}
