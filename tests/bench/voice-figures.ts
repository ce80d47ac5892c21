// bench:voice's arithmetic: the providers' own time per turn from the fake's request timings, Bedside's overhead
// above it (at the client, and per stage on the server's clock), and the percentiles reported.

import { percentile } from '../support/server-process.ts';
import type { FakeVoiceTiming } from './fake-voice-process.ts';
import type { TimedTurn } from './voice-learner.ts';

/** What the fake took for one turn, ms. */
export interface ProviderSpans {
  stt: number;
  /** Chat request arriving to its first token written. */
  chatFirstToken: number;
  /** First token to the token after the first sentence (whose leading space ends it). */
  firstSentence: number;
  /** The first speech request arriving to its first chunk written. */
  ttsFirstChunk: number;
  total: number;
}

/** A spoken turn's stage times on the server's clock, from the utterance arriving (its stored `voiceTimings`). */
export interface ServerVoiceTimings {
  transcribedMs: number | null;
  firstTokenMs: number | null;
  firstAudioSentMs: number | null;
}

export interface ReplyShape {
  /** Tokens in the whole reply, as the fake splits it. */
  tokens: number;
  firstSentenceTokens: number;
}

/** The providers' spans per turn reference; throws when a measured turn has no matching requests. */
export function providerSpans(
  timings: readonly FakeVoiceTiming[],
  refs: readonly string[],
  reply: ReplyShape,
): Map<string, ProviderSpans> {
  const byRef = new Map<string, { stt?: FakeVoiceTiming; chat?: FakeVoiceTiming; tts?: FakeVoiceTiming }>();
  for (const t of timings) {
    if (!t.ref) continue;
    const entry = byRef.get(t.ref) ?? {};
    if (t.path.endsWith('/transcriptions')) entry.stt = t;
    else if (t.path.endsWith('/chat/completions')) entry.chat = t;
    else if (t.path.endsWith('/speech')) entry.tts ??= t;
    byRef.set(t.ref, entry);
  }
  const spans = new Map<string, ProviderSpans>();
  for (const ref of refs) {
    const { stt, chat, tts } = byRef.get(ref) ?? {};
    if (!stt?.receivedAt || !stt.endedAt || !chat?.receivedAt || !chat.firstContentAt || !chat.endedAt) {
      throw new Error(`no fake timing for ${ref}`);
    }
    if (!tts?.receivedAt || !tts.firstContentAt) throw new Error(`no speech timing for ${ref}`);
    // The measured mean gap between tokens (the end follows the last token at once).
    const tokenGap = (chat.endedAt - chat.firstContentAt) / (reply.tokens - 1);
    const span = {
      stt: stt.endedAt - stt.receivedAt,
      chatFirstToken: chat.firstContentAt - chat.receivedAt,
      firstSentence: reply.firstSentenceTokens * tokenGap,
      ttsFirstChunk: tts.firstContentAt - tts.receivedAt,
    };
    spans.set(ref, {
      ...span,
      total: span.stt + span.chatFirstToken + span.firstSentence + span.ttsFirstChunk,
    });
  }
  return spans;
}

const round = (n: number, places = 1) => Math.round(n * 10 ** places) / 10 ** places;

function summary(values: number[]): { p50: number; p99: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)) };
}

/** The bench's figures over the measured turns. */
export function voiceFigures(
  turns: readonly TimedTurn[],
  spans: ReadonlyMap<string, ProviderSpans>,
  server: ReadonlyMap<string, ServerVoiceTimings>,
) {
  const providers = (t: TimedTurn) => spans.get(t.ref) as ProviderSpans;
  const endToFirstAudio = summary(turns.map((t) => t.firstAudioAt - t.sentAt));
  const overhead = summary(turns.map((t) => t.firstAudioAt - t.sentAt - providers(t).total));
  // Per stage on the server's clock: hearing (upload, checks, transcription call), starting the reply (storing the
  // learner turn, the prompt, the chat call, the first delta), and voicing (sentence cut, speech call, first send).
  const stages = turns.flatMap((t) => {
    const s = server.get(t.ref);
    const p = providers(t);
    if (s?.transcribedMs == null || s.firstTokenMs == null || s.firstAudioSentMs == null) return [];
    return [
      {
        hearing: s.transcribedMs - p.stt,
        replyStart: s.firstTokenMs - s.transcribedMs - p.chatFirstToken,
        voicing: s.firstAudioSentMs - s.firstTokenMs - p.firstSentence - p.ttsFirstChunk,
        server: s.firstAudioSentMs - p.total,
      },
    ];
  });
  const ratios = [...turns.map((t) => (t.firstAudioAt - t.sentAt) / (t.lastAudioAt - t.sentAt))].sort(
    (a, b) => a - b,
  );
  return {
    endToFirstAudioP50Ms: endToFirstAudio.p50,
    endToFirstAudioP99Ms: endToFirstAudio.p99,
    overheadP50Ms: overhead.p50,
    overheadP99Ms: overhead.p99,
    firstAudioRatio: round(percentile(ratios, 50), 3),
    providersP50Ms: summary(turns.map((t) => providers(t).total)).p50,
    firstAudioToEnd: summary(turns.map((t) => t.endAt - t.firstAudioAt)),
    serverOverhead: {
      total: summary(stages.map((s) => s.server)),
      hearing: summary(stages.map((s) => s.hearing)),
      replyStart: summary(stages.map((s) => s.replyStart)),
      voicing: summary(stages.map((s) => s.voicing)),
    },
  };
}
