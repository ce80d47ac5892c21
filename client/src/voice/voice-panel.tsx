// The voice controls on the page, beside the text box: the microphone switch and what it is doing, the
// push-to-talk hint, a clear message if the microphone is refused, and, when the server has no transcriber, how to
// enable voice and the opt-in to the browser's own recognition. Renders the store's voice state; acts on the room.

import type { VoiceState } from './voice-state.ts';
import { listeningLabel } from './voice-state.ts';

export interface VoiceActions {
  toggleMic(): void;
  chooseBrowserRecognition(chosen: boolean): void;
}

export function VoicePanel({ voice, actions }: { voice: VoiceState; actions: VoiceActions | null }) {
  const ready = voice.capabilities !== null && actions !== null;
  return (
    <section className="voice-panel" aria-label="Voice" data-testid="voice-panel">
      <div className="voice-row">
        {ready && voice.recognition !== 'none' && (
          <button
            type="button"
            className={voice.handsFree ? 'button-primary voice-toggle' : 'voice-toggle'}
            aria-pressed={voice.handsFree}
            onClick={() => actions?.toggleMic()}
            data-testid="voice-toggle"
          >
            {voice.handsFree ? 'Microphone on' : 'Microphone off'}
          </button>
        )}
        <span
          className="voice-state"
          role="status"
          data-testid="voice-state"
          data-state={voice.listening}
          data-recognition={voice.recognition}
          data-speaking={voice.speaking}
        >
          <span className="voice-dot" aria-hidden="true" />
          {ready
            ? listeningLabel(voice)
            : voice.channel === 'connecting'
              ? 'Connecting voice…'
              : 'Voice unavailable'}
        </span>
        {ready && voice.recognition !== 'none' && !voice.handsFree && (
          <span className="voice-hint" data-testid="voice-ptt-hint">
            Or hold <kbd>Space</kbd> (outside the text box) to talk
          </span>
        )}
        {ready && voice.recognition === 'browser' && (
          <button
            type="button"
            className="button-link"
            onClick={() => actions?.chooseBrowserRecognition(false)}
            data-testid="voice-recognition-stop"
          >
            Stop using the browser's recognition
          </button>
        )}
      </div>
      {voice.problem && (
        <p className="voice-problem" role="alert" data-testid="voice-problem">
          {voice.problem}
        </p>
      )}
      {ready && voice.recognition === 'none' && <VoiceSetup voice={voice} actions={actions} />}
    </section>
  );
}

function VoiceSetup({ voice, actions }: { voice: VoiceState; actions: VoiceActions | null }) {
  return (
    <div className="voice-setup" data-testid="voice-setup">
      <p>
        Voice input is not set up on this server, so type what you would say. To talk instead, whoever runs
        Bedside sets <code>OPENAI_API_KEY</code> (with <code>BEDSIDE_AUDIO_BASE_URL</code> for a local speech
        server) and restarts it (see the README).
      </p>
      {voice.browserRecognitionAvailable && (
        <p>
          Or use this browser's own speech recognition. Some browsers, Chrome among them, send the recording
          to their maker's servers to turn it into text.{' '}
          <button
            type="button"
            onClick={() => actions?.chooseBrowserRecognition(true)}
            data-testid="voice-recognition-optin"
          >
            Use the browser's recognition
          </button>
        </p>
      )}
    </div>
  );
}
