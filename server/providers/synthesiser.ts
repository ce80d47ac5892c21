// The Synthesiser port: text in, audio out as it is made. Implementations throw AudioProviderError, and stop the
// provider's work when the caller stops reading or aborts.

/** 16-bit little-endian mono PCM; always a whole number of samples (an even number of bytes). */
export interface PcmChunk {
  pcm: Uint8Array;
  sampleRate: number;
}

export interface SynthesisRequest {
  text: string;
  /** A provider voice name, e.g. `coral` (see the scenario's `voice`). */
  voice: string;
  signal?: AbortSignal;
}

export interface Synthesiser {
  /** Streams the spoken `text`, chunk by chunk as the provider sends it. */
  synthesise(request: SynthesisRequest): AsyncIterable<PcmChunk>;
}
