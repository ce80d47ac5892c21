// The microphone through vad-web's MicVAD (Silero v5), on the room's shared AudioContext. vad-web and its
// onnxruntime are loaded on first use (a separate chunk, not in the page's first download), and every file they
// fetch comes from Bedside itself (VAD_ASSETS_PATH), as absolute URLs: relative ones break under the Vite dev server.

import { VAD_ASSETS_PATH } from '../../../server/protocol.ts';
import { MicError, micErrorFrom, type SpeechSource, type SpeechSourceEvents } from './speech-source.ts';
import { thresholdsFor, trimTrailingSilence, type VadTuning } from './vad-tuning.ts';

/** The rate vad-web hands its segments over at. */
const VAD_SAMPLE_RATE = 16_000;

export interface MicVadOptions {
  audioContext: AudioContext;
  tuning: VadTuning;
  events: SpeechSourceEvents;
  /** Where the detector's files are served. @default VAD_ASSETS_PATH on this page's origin */
  assetBase?: string;
}

const MIC_CONSTRAINTS: MediaStreamConstraints = {
  audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true, autoGainControl: true },
};

/** Loads the detector (model and runtime) and returns it paused: `start()` asks for the microphone. */
export async function createMicVad(options: MicVadOptions): Promise<SpeechSource> {
  const { audioContext, tuning, events } = options;
  if (!navigator.mediaDevices?.getUserMedia) {
    throw new MicError('unsupported', 'This browser cannot use a microphone here. You can type below.');
  }
  const base = options.assetBase ?? new URL(`${VAD_ASSETS_PATH}/`, window.location.href).href;
  const { MicVAD, utils } = await import('@ricky0123/vad-web');

  let stream: MediaStream | null = null;
  /** Set while we pause the detector ourselves: the segment it submits then has no trailing silence. */
  let pausing = false;
  const live = (s: MediaStream) => s.getAudioTracks().some((t) => t.readyState === 'live');
  const open = async (): Promise<MediaStream> => {
    try {
      stream = await navigator.mediaDevices.getUserMedia(MIC_CONSTRAINTS);
    } catch (error) {
      throw micErrorFrom(error);
    }
    for (const track of stream.getAudioTracks()) {
      track.addEventListener('ended', () =>
        events.onFailure(new MicError('no-device', 'The microphone was disconnected. You can type below.')),
      );
    }
    return stream;
  };

  const vad = await MicVAD.new({
    model: 'v5',
    audioContext,
    baseAssetPath: base,
    onnxWASMBasePath: base,
    startOnLoad: false,
    submitUserSpeechOnPause: true,
    ...thresholdsFor(tuning, false),
    redemptionMs: tuning.redemptionMs,
    preSpeechPadMs: tuning.preSpeechPadMs,
    minSpeechMs: tuning.minSpeechMs,
    getStream: open,
    // Pausing keeps the microphone open, so holding Space again starts at once; `destroy` lets it go.
    pauseStream: async () => {},
    resumeStream: async (previous) => (live(previous) ? previous : open()),
    onSpeechStart: () => events.onSpeechStart(),
    onSpeechRealStart: () => events.onSpeechRealStart(),
    onVADMisfire: () => events.onMisfire(),
    onSpeechEnd: (audio) => {
      // A natural end comes `redemptionMs` after the learner stopped; a release of push-to-talk, at once.
      const natural = !pausing;
      const endedAt = performance.now() - (natural ? tuning.redemptionMs : 0);
      const samples = natural ? trimTrailingSilence(audio, tuning, VAD_SAMPLE_RATE) : audio;
      events.onUtterance({
        kind: 'audio',
        wav: utils.encodeWAV(samples, 1, VAD_SAMPLE_RATE, 1, 16),
        endedAt,
      });
    },
  });

  return {
    async start() {
      try {
        await vad.start();
      } catch (error) {
        throw micErrorFrom(error);
      }
      if (vad.errored) throw new MicError('failed', 'The microphone could not start. You can type below.');
    },
    async pause() {
      pausing = true;
      try {
        await vad.pause();
      } finally {
        pausing = false;
      }
    },
    setCharacterSpeaking(speaking) {
      vad.setOptions(thresholdsFor(tuning, speaking));
    },
    destroy() {
      void vad.destroy().catch(() => {});
      for (const track of stream?.getTracks() ?? []) track.stop();
      stream = null;
    },
  };
}
