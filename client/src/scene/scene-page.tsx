// The conversation in the clinic room: the 3D scene (with Enter VR), captions, how everyone feels, the transcript,
// the voice controls and the text box, and Pause, End and Opt out always in reach (ending and opting out ask first).
// Loaded lazily: three.js is not needed before this page.

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AffectPanel } from '../components/affect-panel.tsx';
import { useBedside } from '../components/bedside-context.ts';
import { Composer } from '../components/composer.tsx';
import { EndSessionConfirm } from '../components/end-session-confirm.tsx';
import { LoadBoundary } from '../components/load-boundary.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { OptOutConfirm } from '../components/opt-out-confirm.tsx';
import { Transcript } from '../components/transcript.tsx';
import type { Conversation } from '../state/conversation.ts';
import { useVoiceRoom } from '../voice/use-voice-room.ts';
import { VoicePanel } from '../voice/voice-panel.tsx';
import { CaptionRegion } from './caption-region.tsx';
import { type LeaveKind, useLeaveQuestion } from './leave-question.ts';
import { SceneUnavailable, webglAvailable } from './scene-boundary.tsx';
import { SceneCanvas } from './scene-canvas.tsx';
import { useSceneVoices } from './use-scene-voices.ts';
import { usePresenting, useVrSupport, vrUnavailableNote } from './use-vr-support.ts';
import type { ButtonPointing } from './vr-controls.tsx';
import { createBedsideXRStore } from './xr-store.ts';
import './scene.css';

export function ScenePage() {
  const conversation = useBedside((s) => s.conversation);
  if (!conversation) return null;
  return <ClinicScene conversation={conversation} />;
}

function ClinicScene({ conversation }: { conversation: Conversation }) {
  const { session } = conversation;
  const scenario = useBedside((s) => s.scenarios.find((x) => x.id === session.scenarioId));
  const endSession = useBedside((s) => s.endSession);
  const optOut = useBedside((s) => s.optOut);
  const pending = useBedside((s) => s.pending);
  const comfort = useBedside((s) => s.comfort);
  const voiceState = useBedside((s) => s.voice);
  const characters = useMemo(() => session.characters.filter((c) => c.present), [session.characters]);
  const voices = useSceneVoices(characters, conversation, comfort.reducedMotion);
  const xrStore = useMemo(() => createBedsideXRStore(), []);
  const [pointing] = useState<ButtonPointing>(() => ({ count: 0 }));
  const pointingAtButton = useCallback(() => pointing.count > 0, [pointing]);
  const room = useVoiceRoom(session.id, characters, { store: xrStore, pointingAtButton });
  const vr = useVrSupport();
  const vrNote = vrUnavailableNote(vr);
  const presenting = usePresenting(xrStore);
  const [paused, setPaused] = useState(false);
  const endButton = useRef<HTMLButtonElement>(null);
  const optOutButton = useRef<HTMLButtonElement>(null);
  const [hasWebgl] = useState(webglAvailable);
  const roomReady = useFirstFrame(hasWebgl);
  const [vrError, setVrError] = useState<string | null>(null);

  useEffect(
    () => () => {
      void xrStore.getState().session?.end();
      xrStore.destroy();
    },
    [xrStore],
  );

  const enterVr = () => {
    setVrError(null);
    xrStore.enterVR().catch(() => setVrError('The headset could not start VR. You can carry on here.'));
  };
  const exitVr = () => void xrStore.getState().session?.end();
  const leave = () => {
    exitVr();
    void endSession();
  };
  const optOutNow = () => {
    exitVr();
    void optOut();
  };
  // Focus goes back to the button that asked, so the keyboard carries on from where the learner was.
  const refocus = useCallback(
    (kind: LeaveKind) =>
      requestAnimationFrame(() => (kind === 'end' ? endButton : optOutButton).current?.focus()),
    [],
  );
  // The same question on the page and in the headset; asking holds the room still, as a pause does.
  const question = useLeaveQuestion({ end: leave, 'opt-out': optOutNow }, refocus);
  const asking = question.asking !== null;
  const askEnd = () => question.ask('end');

  useEffect(() => room?.setPaused(paused || asking), [room, paused, asking]);

  return (
    <div className="conversation scene-page" data-testid="conversation">
      <div className="conversation-head">
        <div>
          <p className="eyebrow">Level {session.difficulty}</p>
          <h1>{scenario?.title ?? 'Conversation'}</h1>
        </div>
        <div className="scene-actions">
          {presenting ? (
            <button type="button" onClick={exitVr} data-testid="exit-vr">
              Exit VR
            </button>
          ) : (
            <button
              type="button"
              disabled={vr !== 'supported' || !hasWebgl}
              onClick={enterVr}
              data-testid="enter-vr"
              aria-describedby={vrNote ? 'vr-unavailable' : undefined}
            >
              {vrNote ? 'VR not available' : 'Enter VR'}
            </button>
          )}
          <button
            type="button"
            aria-pressed={paused}
            onClick={() => setPaused((p) => !p)}
            data-testid="scene-pause"
          >
            {paused ? 'Resume' : 'Pause'}
          </button>
          <button
            type="button"
            ref={endButton}
            disabled={pending || asking}
            onClick={askEnd}
            data-testid="end-session"
          >
            End session
          </button>
          <button
            type="button"
            ref={optOutButton}
            disabled={pending || asking}
            onClick={() => question.ask('opt-out')}
            data-testid="opt-out"
            title="Leave without feedback: the session is not graded or counted"
          >
            Opt out
          </button>
        </div>
      </div>
      {vrNote && !presenting && (
        <p id="vr-unavailable" className="vr-note" data-testid="vr-unavailable">
          {vrNote}
        </p>
      )}
      {vrError && (
        <p className="banner banner-error" role="alert">
          {vrError}
        </p>
      )}
      <div className="conversation-body">
        <div className="conversation-main">
          <div className="scene-stage" data-testid="scene-canvas" aria-busy={hasWebgl && !roomReady}>
            {hasWebgl ? (
              <LoadBoundary fallback={<SceneUnavailable />}>
                <SceneCanvas
                  xrStore={xrStore}
                  characters={characters}
                  drives={voices.drives}
                  player={voices.player}
                  voice={room}
                  vrVoice={
                    room && {
                      state: voiceState,
                      onMic: () => room.toggleMic(),
                      onBrowserRecognition: () => room.chooseBrowserRecognition(true),
                    }
                  }
                  pointing={pointing}
                  captions={voices.captions}
                  captionSize={comfort.captionSize}
                  paused={paused}
                  onPause={() => setPaused((p) => !p)}
                  question={question}
                />
              </LoadBoundary>
            ) : (
              <SceneUnavailable />
            )}
            {hasWebgl && !roomReady && <LoadingState label="Setting up the room…" className="room-loading" />}
            <CaptionRegion captions={voices.captions} />
            {question.asking === 'end' && (
              <EndSessionConfirm pending={pending} onConfirm={question.confirm} onCancel={question.cancel} />
            )}
            {question.asking === 'opt-out' && (
              <OptOutConfirm pending={pending} onConfirm={question.confirm} onCancel={question.cancel} />
            )}
            {paused && !asking && (
              <div className="scene-paused" data-testid="scene-paused">
                <p>Paused. Take the time you need.</p>
                <div className="actions">
                  <button type="button" className="button-primary" onClick={() => setPaused(false)}>
                    Resume
                  </button>
                  <button type="button" onClick={askEnd}>
                    Leave the session
                  </button>
                </div>
              </div>
            )}
            {hasWebgl && <p className="scene-hint">Drag or use the arrow keys to look around</p>}
          </div>
          {conversation.error && (
            <p className="banner banner-error" role="alert" data-testid="conversation-error">
              {conversation.error}
            </p>
          )}
          <VoicePanel voice={voiceState} actions={room} />
          <Composer disabled={paused || asking} />
        </div>
        <aside className="scene-side">
          <AffectPanel characters={characters} affect={conversation.affect} />
          <details className="scene-transcript" open>
            <summary>Transcript</summary>
            <Transcript entries={conversation.entries} characters={session.characters} />
          </details>
        </aside>
      </div>
    </div>
  );
}

/**
 * Whether the room has drawn its first frame (the scene's probe counts them; see render-probe.tsx): until then the
 * stage is a blank canvas for a few seconds, so the page shows that the room is coming.
 */
function useFirstFrame(rendering: boolean): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!rendering || ready) return;
    let frame = requestAnimationFrame(function look() {
      if ((window.__bedsideScene?.frames ?? 0) > 0) setReady(true);
      else frame = requestAnimationFrame(look);
    });
    return () => cancelAnimationFrame(frame);
  }, [rendering, ready]);
  return ready;
}
