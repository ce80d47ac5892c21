// The Transcriber port: one checked utterance in, its words out. Implementations throw AudioProviderError.

import type { Utterance } from '../audio/wav.ts';

export interface Transcriber {
  /** The words said in `utterance` (possibly empty when nothing intelligible was said). */
  transcribe(utterance: Utterance, signal?: AbortSignal): Promise<string>;
}
