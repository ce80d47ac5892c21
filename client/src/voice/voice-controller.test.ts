import { describe, expect, it } from 'vitest';
import type { LiveClientMessage, LiveServerEvent, TurnDto } from '../../../server/protocol.ts';
import { turn } from '../state/test-builders.ts';
import type { Heard } from './chunk-schedule.ts';
import { MicError, type SpeechSource, type SpeechSourceEvents } from './speech-source.ts';
import { type ReplyOutput, VoiceController } from './voice-controller.ts';
import type { VoiceState } from './voice-state.ts';

/** A microphone source under the test's control: it records calls and lets the test speak through it. */
class FakeSource implements SpeechSource {
  calls: string[] = [];
  characterSpeaking = false;
  startError: Error | null = null;
  /** Said by the learner when push-to-talk is released mid-speech (vad-web submits it on pause). */
  onPause: (() => void) | null = null;

  constructor(readonly events: SpeechSourceEvents) {}

  async start() {
    this.calls.push('start');
    if (this.startError) throw this.startError;
  }
  async pause() {
    this.calls.push('pause');
    this.onPause?.();
  }
  setCharacterSpeaking(speaking: boolean) {
    this.characterSpeaking = speaking;
  }
  destroy() {
    this.calls.push('destroy');
  }
}

class FakeOutput implements ReplyOutput {
  voiced = true;
  isPlaying = false;
  heard: (Heard & { chars?: number }) | null = null;
  calls: string[] = [];
  stop() {
    this.calls.push('stop');
    this.isPlaying = false;
    return this.heard;
  }
  resume() {
    this.calls.push('resume');
  }
}

const wav = (n: number) => new Uint8Array([n]).buffer;

function setup({ transcription = true, browserRecognition = false } = {}) {
  const sent: (LiveClientMessage | ArrayBuffer)[] = [];
  const states: VoiceState[] = [];
  const sources: FakeSource[] = [];
  const kinds: string[] = [];
  const output = new FakeOutput();
  let failNext: Error | null = null;
  const controller = new VoiceController({
    send: (frame) => {
      sent.push(frame);
      return true;
    },
    createSource: async (kind, events) => {
      kinds.push(kind);
      const source = new FakeSource(events);
      source.startError = failNext;
      failNext = null;
      sources.push(source);
      return source;
    },
    output,
    publish: (state) => states.push(state),
    browserRecognitionAvailable: browserRecognition,
  });
  controller.channel('open');
  controller.serverEvent({ type: 'ready', transcription, synthesis: true });
  const source = () => {
    const s = sources[sources.length - 1];
    if (!s) throw new Error('no source was made');
    return s;
  };
  return {
    controller,
    sent,
    states,
    output,
    kinds,
    source,
    failStart: (error: Error) => {
      failNext = error;
    },
    state: () => controller.snapshot,
    event: (event: LiveServerEvent) => controller.serverEvent(event),
  };
}

/** Lets the controller's awaited steps (making and starting the source) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function learnerTurn(index: number, source: TurnDto['source']): LiveServerEvent {
  return { type: 'turn', turn: { ...turn(index, 'learner', 'I have your results.'), source } };
}

describe('voice controller', () => {
  it('switches the microphone on, hears speech, sends it as one WAV frame and listens again', async () => {
    const t = setup();
    expect(t.state().recognition).toBe('server');
    t.controller.toggleMic();
    expect(t.state().listening).toBe('starting');
    await settle();
    expect(t.kinds).toEqual(['detector']);
    expect(t.source().calls).toEqual(['start']);
    expect(t.state()).toMatchObject({ handsFree: true, listening: 'listening' });

    t.source().events.onSpeechStart();
    expect(t.state().listening).toBe('hearing');
    t.source().events.onUtterance({ kind: 'audio', wav: wav(1), endedAt: 100 });
    expect(t.state().listening).toBe('sending');
    expect(t.sent).toEqual([wav(1)]);
    t.event({ type: 'transcript', text: 'I have your results.' });
    expect(t.state().listening).toBe('listening');

    t.controller.toggleMic();
    await settle();
    expect(t.source().calls).toEqual(['start', 'pause']);
    expect(t.state()).toMatchObject({ handsFree: false, listening: 'idle' });
  });

  it('goes back to listening after a misfire', async () => {
    const t = setup();
    t.controller.toggleMic();
    await settle();
    t.source().events.onSpeechStart();
    t.source().events.onMisfire();
    expect(t.state().listening).toBe('listening');
  });

  it('explains a refused microphone, switches it off, and typed turns still go', async () => {
    const t = setup();
    t.failStart(new DOMException('Permission denied', 'NotAllowedError'));
    t.controller.toggleMic();
    await settle();
    expect(t.state()).toMatchObject({ handsFree: false, listening: 'idle' });
    expect(t.state().problem).toMatch(/not allowed to use the microphone/);
    expect(t.source().calls).toEqual(['start', 'destroy']);
    expect(t.controller.sendText('Hello')).toBe(true);
    expect(t.sent).toEqual([{ type: 'text', text: 'Hello' }]);

    // Allowed now: trying again makes a fresh source.
    t.controller.toggleMic();
    await settle();
    expect(t.state().listening).toBe('listening');
    expect(t.state().problem).toBeNull();
  });

  it('talks while Space or a trigger is held, and sends what was said on release', async () => {
    const t = setup();
    t.controller.pushStart();
    await settle();
    expect(t.state()).toMatchObject({ pushToTalk: true, handsFree: false, listening: 'listening' });
    const source = t.source();
    source.events.onSpeechStart();
    source.onPause = () => source.events.onUtterance({ kind: 'audio', wav: wav(2), endedAt: 50 });
    t.controller.pushEnd();
    await settle();
    expect(source.calls).toEqual(['start', 'pause']);
    expect(t.sent).toEqual([wav(2)]);
    expect(t.state()).toMatchObject({ pushToTalk: false, listening: 'sending' });
    t.event({ type: 'transcript', text: 'Yes.' });
    expect(t.state().listening).toBe('idle');

    // A press with nothing said goes back to idle.
    source.onPause = null;
    t.controller.pushStart();
    await settle();
    t.controller.pushEnd();
    await settle();
    expect(t.state().listening).toBe('idle');
    expect(t.sent).toHaveLength(1);
  });

  it('rests the microphone while the scene is paused, and takes up where it was', async () => {
    const t = setup();
    t.controller.toggleMic();
    await settle();
    t.controller.setSuspended(true);
    await settle();
    expect(t.source().calls).toEqual(['start', 'pause']);
    expect(t.state()).toMatchObject({ handsFree: true, listening: 'idle' });
    t.controller.pushStart();
    await settle();
    expect(t.state().pushToTalk).toBe(false);
    t.controller.setSuspended(false);
    await settle();
    expect(t.source().calls).toEqual(['start', 'pause', 'start']);
    expect(t.state().listening).toBe('listening');
  });

  it('raises the detector threshold while a character speaks', async () => {
    const t = setup();
    t.controller.playingChanged(true);
    t.controller.toggleMic();
    await settle();
    expect(t.source().characterSpeaking).toBe(true);
    t.controller.playingChanged(false);
    expect(t.source().characterSpeaking).toBe(false);
    expect(t.state().speaking).toBe(false);
  });

  it('cuts a speaking character off when the learner really talks, and says how much was heard', async () => {
    const t = setup();
    t.controller.toggleMic();
    await settle();
    t.output.isPlaying = true;
    t.output.heard = { index: 5, ms: 1200 };
    t.source().events.onSpeechStart();
    t.source().events.onSpeechRealStart();
    expect(t.output.calls).toEqual(['stop']);
    expect(t.sent).toEqual([{ type: 'heard', index: 5, ms: 1200 }]);

    // A browser voice also reports the characters reached.
    t.output.isPlaying = true;
    t.output.heard = { index: 6, ms: 800, chars: 31 };
    t.source().events.onSpeechRealStart();
    expect(t.sent[1]).toEqual({ type: 'heard', index: 6, ms: 800, chars: 31 });
  });

  it('cuts a reply that is on its way but not yet sounding, and nothing when replies are only captioned', async () => {
    const t = setup();
    t.controller.toggleMic();
    await settle();
    expect(t.controller.sendText('How are you feeling?')).toBe(true);
    t.event(learnerTurn(4, 'typed'));
    t.event({ type: 'delta', speaker: 'patient', index: 5, text: 'Not' });
    t.source().events.onSpeechRealStart();
    expect(t.sent.slice(1)).toEqual([{ type: 'heard', index: 5, ms: 0 }]);
    // The server takes the learner's words at once after a cut.
    t.source().events.onUtterance({ kind: 'audio', wav: wav(3), endedAt: 10 });
    expect(t.sent[2]).toEqual(wav(3));

    const captioned = setup();
    captioned.output.voiced = false;
    captioned.controller.toggleMic();
    await settle();
    captioned.controller.sendText('Hello');
    captioned.event({ type: 'delta', speaker: 'patient', index: 1, text: 'Hi' });
    captioned.source().events.onSpeechRealStart();
    expect(captioned.sent).toEqual([{ type: 'text', text: 'Hello' }]);
  });

  it('cuts the first reply of a turn talked over before any reply was announced, and plays none of it', async () => {
    const t = setup();
    t.controller.toggleMic();
    await settle();
    t.source().events.onUtterance({ kind: 'audio', wav: wav(1), endedAt: 10 });
    expect(t.sent).toEqual([wav(1)]);
    // The learner talks again while their first line is still being transcribed.
    t.source().events.onSpeechRealStart();
    expect(t.output.calls).toEqual(['stop']);
    expect(t.sent).toHaveLength(1);
    t.source().events.onUtterance({ kind: 'audio', wav: wav(2), endedAt: 20 });
    expect(t.sent).toHaveLength(1);

    // Their first line arrives as a turn: the round stays muted; its first reply is cut, and the held line goes.
    t.event(learnerTurn(0, 'voice'));
    expect(t.output.calls).toEqual(['stop']);
    t.event({ type: 'delta', speaker: 'patient', index: 1, text: 'What' });
    expect(t.sent.slice(1)).toEqual([{ type: 'heard', index: 1, ms: 0 }, wav(2)]);
    t.event({ type: 'delta', speaker: 'patient', index: 1, text: ' do' });
    expect(t.sent).toHaveLength(3);

    // The next round plays as usual.
    t.event(learnerTurn(2, 'voice'));
    expect(t.output.calls).toEqual(['stop', 'resume']);
  });

  it('holds an utterance finished while a turn is in flight, and sends it when that turn is done', async () => {
    const t = setup();
    t.controller.toggleMic();
    await settle();
    t.controller.sendText('I have your results.');
    t.source().events.onUtterance({ kind: 'audio', wav: wav(4), endedAt: 10 });
    expect(t.state().listening).toBe('sending');
    expect(t.sent).toHaveLength(1);
    t.event({ type: 'done', replies: 1 });
    expect(t.sent[1]).toEqual(wav(4));
  });

  it('reports the time from the end of speech to the first reply audio, once per spoken turn', async () => {
    const t = setup();
    t.controller.toggleMic();
    await settle();
    t.source().events.onUtterance({ kind: 'audio', wav: wav(5), endedAt: 1000 });
    t.event({ type: 'transcript', text: 'Hello' });
    t.event(learnerTurn(4, 'voice'));
    expect(t.output.calls).toEqual(['resume']);
    t.controller.replyStarted({ speaker: 'patient', index: 5 }, 1850.4);
    t.controller.replyStarted({ speaker: 'wife', index: 6 }, 4000);
    expect(t.sent.slice(1)).toEqual([{ type: 'timing', turn: 4, endToPlaybackMs: 850 }]);

    // Typed turns have no timing.
    t.controller.sendText('Anything else?');
    t.event(learnerTurn(7, 'typed'));
    t.controller.replyStarted({ speaker: 'patient', index: 8 }, 9000);
    expect(t.sent).toHaveLength(3);
  });

  it('offers no microphone without a transcriber, until the learner opts in to browser recognition', async () => {
    const t = setup({ transcription: false, browserRecognition: true });
    expect(t.state().recognition).toBe('none');
    t.controller.toggleMic();
    t.controller.pushStart();
    await settle();
    expect(t.kinds).toEqual([]);
    expect(t.state()).toMatchObject({ handsFree: false, pushToTalk: false, listening: 'idle' });

    t.controller.chooseBrowserRecognition(true);
    expect(t.state().recognition).toBe('browser');
    t.controller.toggleMic();
    await settle();
    expect(t.kinds).toEqual(['recognition']);
    t.source().events.onUtterance({ kind: 'text', text: 'Hello there', endedAt: 5 });
    expect(t.sent).toEqual([{ type: 'text', text: 'Hello there', spoken: true }]);

    t.controller.chooseBrowserRecognition(false);
    expect(t.state()).toMatchObject({ recognition: 'none', handsFree: false });
    expect(t.source().calls).toContain('destroy');

    const without = setup({ transcription: false, browserRecognition: false });
    without.controller.chooseBrowserRecognition(true);
    expect(without.state().recognition).toBe('none');
  });

  it('stops the microphone when the channel closes and reports a source that fails on its own', async () => {
    const t = setup();
    t.controller.toggleMic();
    await settle();
    t.source().events.onFailure(new MicError('no-device', 'The microphone was disconnected.'));
    expect(t.state()).toMatchObject({
      handsFree: false,
      listening: 'idle',
      problem: 'The microphone was disconnected.',
    });

    t.controller.toggleMic();
    await settle();
    t.controller.channel('closed');
    expect(t.state()).toMatchObject({
      channel: 'closed',
      recognition: 'none',
      handsFree: false,
      listening: 'idle',
    });
    expect(t.controller.sendText('Hello')).toBe(false);
  });
});
