// In VR the page's buttons are out of sight, so Pause, Leave, Opt out and the microphone float by the learner's knees,
// where a controller ray or a hand reaches them. Always there while in the headset. Without voice input on the
// server, the microphone's place says how to enable it instead. Leaving and opting out ask once, as on the page: the
// confirmation appears where the microphone was, and the button pulled becomes Stay, so a second pull in the same
// place keeps the learner in. Asking one closes the other (see leave-question.ts).

import fontUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url';
import { Text } from '@react-three/drei';
import { useEffect, useRef, useState } from 'react';
import type { VoiceState } from '../voice/voice-state.ts';
import type { LeaveKind, LeaveQuestion } from './leave-question.ts';
import { LEARNER_EYE } from './seating.ts';

/** How many controller rays are on an in-VR button now: the trigger then presses it rather than talking. */
export interface ButtonPointing {
  count: number;
}

export interface VrVoiceProps {
  state: VoiceState;
  onMic(): void;
  onBrowserRecognition(): void;
}

/** What the confirmation says: the step in a few words, then what it means. */
const CONFIRM_LABEL: Record<LeaveKind, string> = {
  end: 'Yes, end the session\nYour feedback is prepared',
  'opt-out': 'Yes, opt out\nNot graded, not counted',
};

interface Props {
  paused: boolean;
  onPause(): void;
  /** Shared with the page, so both show the same question. */
  question: LeaveQuestion;
  voice: VrVoiceProps | null;
  pointing: ButtonPointing;
}

export function VrControls({ paused, onPause, question, voice, pointing }: Props) {
  // Each way out is asked about from its own button, which then offers the safe choice, to stay.
  const leaveButton = (kind: LeaveKind, label: string, danger: boolean) =>
    question.asking === kind
      ? { label: 'Stay', onClick: question.cancel, danger: false }
      : { label, onClick: () => question.ask(kind), danger };
  return (
    <group position={[LEARNER_EYE[0], 0.82, LEARNER_EYE[2] - 0.42]} rotation={[-0.75, 0, 0]}>
      <VrButton label={paused ? 'Resume' : 'Pause'} x={-0.11} onClick={onPause} pointing={pointing} />
      <VrButton {...leaveButton('end', 'Leave', true)} x={0.11} pointing={pointing} />
      <VrButton {...leaveButton('opt-out', 'Opt out', false)} x={0.33} pointing={pointing} />
      {question.asking ? (
        <VrButton
          label={CONFIRM_LABEL[question.asking]}
          x={0}
          y={0.1}
          width={0.4}
          height={0.085}
          fontSize={0.024}
          onClick={question.confirm}
          danger
          pointing={pointing}
        />
      ) : paused ? (
        <Text font={fontUrl} fontSize={0.035} position={[0, 0.09, 0]} color="#ffffff" anchorX="center">
          Paused. Take the time you need.
        </Text>
      ) : (
        voice && <VrVoice {...voice} pointing={pointing} />
      )}
    </group>
  );
}

/** Just above Pause and Leave, in view: the microphone button with its state, or how to get voice input. */
function VrVoice({
  state,
  onMic,
  onBrowserRecognition,
  pointing,
}: VrVoiceProps & { pointing: ButtonPointing }) {
  if (!state.capabilities) return null;
  if (state.recognition !== 'none') {
    return (
      <VrButton
        label={`${state.handsFree ? 'Microphone on' : 'Microphone off'}\n${vrStatus(state)}`}
        x={0}
        y={0.1}
        width={0.4}
        height={0.085}
        fontSize={0.024}
        colour={state.listening === 'hearing' ? '#2e7a4f' : state.handsFree ? '#2e5f7a' : undefined}
        onClick={onMic}
        pointing={pointing}
      />
    );
  }
  // One panel, two draw calls: where the browser can recognise speech itself, the panel is the button to opt in.
  const offer = state.browserRecognitionAvailable;
  const setup =
    'Voice input is not set up on this server: whoever runs Bedside sets OPENAI_API_KEY, with BEDSIDE_AUDIO_BASE_URL for a local speech server (see the README). Type on the page meanwhile.';
  return (
    <VrButton
      label={
        offer
          ? `${setup}\nOr point here and pull the trigger to use this browser's speech recognition; some browsers send your voice to their maker.`
          : setup
      }
      x={0}
      y={0.115}
      width={0.56}
      height={offer ? 0.13 : 0.085}
      fontSize={0.018}
      maxWidth={0.52}
      colour="#1d2327"
      onClick={offer ? onBrowserRecognition : undefined}
      pointing={pointing}
    />
  );
}

function vrStatus(state: VoiceState): string {
  if (state.problem) return 'Microphone blocked: see the page';
  switch (state.listening) {
    case 'starting':
      return 'Starting…';
    case 'listening':
      return 'Listening…';
    case 'hearing':
      return 'Hearing you…';
    case 'sending':
      return 'Sending…';
    case 'idle':
      return 'Or hold a trigger to talk';
  }
}

interface ButtonProps {
  label: string;
  x: number;
  y?: number;
  width?: number;
  height?: number;
  fontSize?: number;
  /** Wrap the label at this width (metres). */
  maxWidth?: number;
  colour?: string | undefined;
  /** Without it the panel only shows its label. */
  onClick?: (() => void) | undefined;
  danger?: boolean;
  pointing: ButtonPointing;
}

function VrButton({
  label,
  x,
  y = 0,
  width = 0.18,
  height = 0.07,
  fontSize = 0.03,
  maxWidth,
  colour,
  onClick,
  danger = false,
  pointing,
}: ButtonProps) {
  const [hovered, setHovered] = useState(false);
  const counted = useRef(false);
  const pressed = useRef(false);
  const point = (on: boolean) => {
    if (!onClick) return;
    if (on !== counted.current) pointing.count += on ? 1 : -1;
    counted.current = on;
    if (!on) pressed.current = false;
    setHovered(on);
  };
  // A press is the trigger pulled and let go on the button, however slowly: the pointer's own click lapses after
  // 0.3 s, which a deliberate pull (or a slow frame) outlasts, and the button then did nothing.
  const press = (down: boolean, button: number) => {
    if (!onClick || button !== 0) return;
    if (down) pressed.current = true;
    else if (pressed.current) {
      pressed.current = false;
      onClick();
    }
  };
  // A button that goes away under a ray must not leave the count raised.
  useEffect(
    () => () => {
      if (counted.current) pointing.count -= 1;
      counted.current = false;
    },
    [pointing],
  );
  const base = colour ?? (danger ? '#7a2e2e' : '#2e4f7a');
  return (
    <group position={[x, y, 0]}>
      <mesh
        onPointerDown={(event) => press(true, event.button)}
        onPointerUp={(event) => press(false, event.button)}
        onPointerEnter={() => point(true)}
        onPointerLeave={() => point(false)}
      >
        <planeGeometry args={[width, height]} />
        <meshBasicMaterial color={hovered ? '#4f86c6' : base} />
      </mesh>
      <Text
        font={fontUrl}
        fontSize={fontSize}
        position={[0, 0, 0.002]}
        color="#ffffff"
        anchorX="center"
        anchorY="middle"
        textAlign="center"
        maxWidth={maxWidth}
        lineHeight={1.25}
      >
        {label}
      </Text>
    </group>
  );
}
