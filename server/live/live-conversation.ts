// One learner's live channel to one session: spoken utterances become turns, replies stream as text and as audio,
// and a learner who cuts a character off leaves in the transcript only what they heard.

import { AudioRejected, checkUtterance } from '../audio/wav.ts';
import { errors } from '../domain-errors.ts';
import { errorForLog } from '../error-for-log.ts';
import { isKnownError } from '../http/api-error.ts';
import type { LiveServerEvent, TurnEvent, UserDto, VoiceTimingsDto } from '../protocol.ts';
import type { Synthesiser } from '../providers/synthesiser.ts';
import type { Transcriber } from '../providers/transcriber.ts';
import { toTurnDto } from '../sessions/dto.ts';
import { ReplyCutOff, startTurn, type TurnDeps } from '../sessions/take-turn.ts';
import { heardText } from '../speech/heard-text.ts';
import { createReplyAudio, type ReplyAudio } from '../speech/reply-audio.ts';
import type { TurnRow } from '../stores/ports.ts';

export interface LiveDeps extends TurnDeps {
  /** Turns spoken utterances into text; without it the channel takes typed turns only. */
  transcriber?: Transcriber | undefined;
  /** Voices replies; without it the browser's own voices speak them. */
  synthesiser?: Synthesiser | undefined;
  /** The synthesiser voice of a character in a session's scenario. */
  voiceOf(scenarioId: string, characterId: string): string;
}

export interface LiveConversation {
  /** A typed turn; `spoken` when the browser's own recogniser heard it. */
  text(text: string, spoken: boolean): Promise<void>;
  /** One spoken utterance, a WAV file. */
  utterance(bytes: Uint8Array): Promise<void>;
  /** The learner cut reply `index` off after hearing `ms` of it (`chars` characters, for a browser voice). */
  heard(index: number, ms: number, chars: number | undefined): Promise<void>;
  /** The client's measure, for learner turn `turn`, from the end of speech to reply audio playing. */
  timing(turn: number, endToPlaybackMs: number): Promise<void>;
  /** The channel closed: stop voicing (the turn itself still completes and is stored). */
  close(): void;
}

/** A cut-off that arrived before its reply was stored; applied when it is. */
interface PendingCut {
  index: number;
  ms: number;
  chars: number | undefined;
}

/** The learner turn being answered and what is being voiced for it. */
interface Round {
  learnerIndex: number;
  controller: AbortController;
  audio: Map<number, ReplyAudio>;
  pendingCut: PendingCut | null;
  /** True until the replies are stored (or dropped after a cut-off). */
  answering: boolean;
  /** Resolves when `answering` turns false. */
  repliesDone: Promise<void>;
}

/** The server's part of a spoken turn's timings. */
type ServerTimings = Omit<VoiceTimingsDto, 'clientEndToPlaybackMs'>;

const NO_TIMINGS: VoiceTimingsDto = {
  transcribedMs: null,
  firstTokenMs: null,
  firstAudioSentMs: null,
  clientEndToPlaybackMs: null,
};

/** Longest wait, after a cut-off, for the interrupted turn to wind down before the next one starts. */
const WIND_DOWN_MS = 5_000;

export function openLiveConversation(
  deps: LiveDeps,
  user: UserDto,
  sessionId: string,
  scenarioId: string,
  send: (event: LiveServerEvent) => void,
): LiveConversation {
  let round: Round | null = null;
  /** An utterance is being checked or transcribed. */
  let hearing = false;
  let closed = false;
  // A cut-off and the storing of the reply it cuts touch the same turns: they run one at a time, in arrival order.
  let cutting: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const run = cutting.then(work, work);
    cutting = run.catch(() => undefined);
    return run;
  };

  const sendError = (error: unknown) => {
    const known = isKnownError(error) ? error : errors.internal(error);
    if (!isKnownError(error))
      deps.logger.log('error', 'live turn failed', { sessionId, error: errorForLog(error) });
    send({ type: 'error', error: { code: known.code, message: known.message } });
  };

  /** Waits, briefly, for a turn the learner cut off to store what it keeps and release the session. */
  async function windDown(): Promise<void> {
    const previous = round;
    if (!previous?.controller.signal.aborted) return;
    await Promise.race([previous.repliesDone, new Promise((resolve) => setTimeout(resolve, WIND_DOWN_MS))]);
  }

  async function runTurn(
    text: string,
    source: 'typed' | 'voice',
    voice: { receivedAt: number; transcribedMs: number } | null,
  ): Promise<void> {
    await windDown();
    const controller = new AbortController();
    const started = await startTurn(deps, user, sessionId, text, { source, signal: controller.signal });
    let finishReplies = () => {};
    const current: Round = {
      learnerIndex: started.learnerTurn.index,
      controller,
      audio: new Map(),
      pendingCut: null,
      answering: true,
      repliesDone: new Promise<void>((resolve) => {
        finishReplies = resolve;
      }),
    };
    round = current;
    send({ type: 'turn', turn: started.learnerTurn });
    const timings: ServerTimings = {
      transcribedMs: voice?.transcribedMs ?? null,
      firstTokenMs: null,
      firstAudioSentMs: null,
    };
    const sinceReceived = () => (voice ? Math.round(performance.now() - voice.receivedAt) : null);
    const voicing: Promise<void>[] = [];
    try {
      for await (const event of started.replies) {
        if (event.type === 'delta' && timings.firstTokenMs === null) timings.firstTokenMs = sinceReceived();
        const kept = await onReplyEvent(current, event, () => {
          if (timings.firstAudioSentMs === null) timings.firstAudioSentMs = sinceReceived();
        });
        if (kept) send(kept);
        if (event.type === 'turn') {
          const audio = current.audio.get(event.turn.index);
          if (audio) voicing.push(audio.end());
        }
      }
    } catch (error) {
      sendError(error);
    } finally {
      current.answering = false;
      finishReplies();
    }
    await Promise.all(voicing);
    const row = voice ? await deps.stores.sessions.findTurn(sessionId, current.learnerIndex) : undefined;
    if (row) await patchTimings(row, timings);
  }

  /** Voices and relays one reply event; returns the event to send (a stored reply may have been cut first). */
  async function onReplyEvent(
    current: Round,
    event: TurnEvent,
    onFirstAudio: () => void,
  ): Promise<TurnEvent | null> {
    switch (event.type) {
      case 'delta':
        audioFor(current, event.speaker, event.index, onFirstAudio)?.push(event.text);
        return event;
      case 'retract':
        current.audio.get(event.index)?.retract();
        return event;
      case 'turn':
        return oneAtATime(async () => {
          const cut = current.pendingCut;
          if (cut && cut.index === event.turn.index) {
            current.pendingCut = null;
            return (await cutReply(current, cut)) ?? event;
          }
          return event;
        });
      default:
        return event;
    }
  }

  function audioFor(current: Round, speaker: string, index: number, onFirstAudio: () => void) {
    if (!deps.synthesiser || closed || current.controller.signal.aborted) return undefined;
    let audio = current.audio.get(index);
    if (!audio) {
      audio = createReplyAudio({
        synthesiser: deps.synthesiser,
        voice: deps.voiceOf(scenarioId, speaker),
        speaker,
        index,
        send,
        onFirstAudio,
      });
      current.audio.set(index, audio);
    }
    return audio;
  }

  /** Stores what the learner heard of a reply; returns its turn event, or a retract when nothing was heard. */
  async function cutReply(current: Round, cut: PendingCut): Promise<TurnEvent | null> {
    if ((await deps.stores.sessions.sessionStatus(sessionId)) !== 'active') return null;
    const row = await deps.stores.sessions.findTurn(sessionId, cut.index);
    if (!row || row.speaker === 'learner') return null;
    const pieces = current.audio.get(cut.index)?.pieces ?? [];
    const heard = heardText(row.text, { ms: cut.ms, chars: cut.chars }, pieces);
    if (heard === row.text) return { type: 'turn', turn: toTurnDto(row) };
    if (heard === '') {
      await deps.stores.sessions.deleteTurnsAfter(sessionId, cut.index - 1);
      return { type: 'retract', speaker: row.speaker, index: cut.index };
    }
    const updated = await deps.stores.sessions.updateTurn(row.id, {
      text: heard,
      meta: { ...row.meta, cutOff: { fullText: row.text, heardMs: Math.round(cut.ms) } },
    });
    return { type: 'turn', turn: toTurnDto(updated) };
  }

  /** Merges timings into a spoken turn's: the server's and the browser's parts arrive in either order. */
  async function patchTimings(row: TurnRow, change: Partial<VoiceTimingsDto>): Promise<void> {
    const earlier = (row.meta.voiceTimings as VoiceTimingsDto | undefined) ?? NO_TIMINGS;
    await deps.stores.sessions.updateTurn(row.id, {
      meta: { ...row.meta, voiceTimings: { ...earlier, ...change } },
    });
  }

  return {
    async text(text, spoken) {
      try {
        await runTurn(text, spoken ? 'voice' : 'typed', null);
      } catch (error) {
        sendError(error);
      }
    },

    async utterance(bytes) {
      const receivedAt = performance.now();
      if (hearing || (round?.answering && !round.controller.signal.aborted)) {
        sendError(errors.turnInProgress());
        return;
      }
      hearing = true;
      try {
        if (!deps.transcriber) throw errors.voiceUnavailable();
        const utterance = checkUtterance(bytes);
        let text: string;
        try {
          text = (await deps.transcriber.transcribe(utterance)).trim();
        } catch (error) {
          deps.logger.log('warn', 'transcription failed', { sessionId, error: errorForLog(error) });
          throw errors.transcriptionFailed();
        }
        if (text === '') throw errors.transcriptionFailed();
        if (closed) return;
        send({ type: 'transcript', text });
        const transcribedMs = Math.round(performance.now() - receivedAt);
        hearing = false;
        await runTurn(text, 'voice', { receivedAt, transcribedMs });
      } catch (error) {
        sendError(error instanceof AudioRejected ? errors.badAudio(error.message) : error);
      } finally {
        hearing = false;
      }
    },

    async heard(index, ms, chars) {
      const current = round;
      // The transcript is final once the session has ended (grading may already have read it): a late cut-off
      // changes nothing.
      if ((await deps.stores.sessions.sessionStatus(sessionId).catch(() => 'active')) !== 'active') return;
      if (!current || index <= current.learnerIndex) {
        sendError(errors.invalidMessage(`Reply ${index} is not one being answered now.`));
        return;
      }
      for (const [replyIndex, audio] of current.audio) if (replyIndex >= index) audio.cancel();
      if (!current.controller.signal.aborted) current.controller.abort(new ReplyCutOff(index));
      try {
        await oneAtATime(async () => {
          if ((await deps.stores.sessions.sessionStatus(sessionId)) !== 'active') return;
          // Replies after the one cut were never heard.
          await deps.stores.sessions.deleteTurnsAfter(sessionId, index);
          const row = await deps.stores.sessions.findTurn(sessionId, index);
          if (row && row.speaker !== 'learner') {
            const event = await cutReply(current, { index, ms, chars });
            if (event) send(event);
          } else current.pendingCut = { index, ms, chars };
        });
      } catch (error) {
        sendError(error);
      }
    },

    async timing(turn, endToPlaybackMs) {
      try {
        const row = await deps.stores.sessions.findTurn(sessionId, turn);
        if (row?.speaker !== 'learner' || row.source !== 'voice') {
          sendError(errors.invalidMessage(`Turn ${turn} is not a spoken learner turn.`));
          return;
        }
        await patchTimings(row, { clientEndToPlaybackMs: Math.round(endToPlaybackMs) });
      } catch (error) {
        sendError(error);
      }
    },

    close() {
      closed = true;
      if (round) for (const audio of round.audio.values()) audio.cancel();
    },
  };
}
