// Runs the fake OpenAI-compatible server in its own process for bench:voice: transcription, a streamed chat reply
// and streamed speech at fixed latencies, so the fake's paced writes do not share an event loop with the clients
// being timed. Talks to its parent over IPC: it sends {url} when listening, and on "report" sends every request's
// path, the turn reference it carried and its timings as epoch milliseconds (comparable across processes).
//
// References travel with the turn: the utterance WAV carries its transcript (with the reference) in a chunk of
// its own, which the fake transcribes; the chat reply puts the reference from the learner's words into its first
// sentence, so the speech request that voices that sentence carries it too.

import { startFakeOpenAI } from '../support/fake-openai.ts';

export interface FakeVoiceConfig {
  sttMs: number;
  ttftMs: number;
  tokensPerSecond: number;
  /** The chat reply; `{ref}` is replaced by the turn's reference. */
  replyTemplate: string;
  ttsFirstChunkMs: number;
  /** Pace of speech after its first chunk; 0 sends it unpaced. */
  ttsBytesPerSecond: number;
  /** The WAV chunk id the bench writes an utterance's transcript under. */
  transcriptChunk: string;
}

export interface FakeVoiceTiming {
  path: string;
  ref: string | null;
  receivedAt: number | null;
  firstContentAt: number | null;
  endedAt: number | null;
}

const REF = /ref-\d+-\d+|warm-up/g;

const config = JSON.parse(process.argv[2] ?? '{}') as FakeVoiceConfig;
const fake = await startFakeOpenAI();
fake.setTranscriptionDefault((upload) => ({
  text: chunkText(upload.file, config.transcriptChunk) ?? 'Hello.',
  latencyMs: config.sttMs,
}));
fake.setDefault((body) => ({
  reply: config.replyTemplate.replace(
    '{ref}',
    lastRef(JSON.stringify(body.messages?.at(-1) ?? '')) ?? 'then',
  ),
  ttftMs: config.ttftMs,
  tokensPerSecond: config.tokensPerSecond,
}));
fake.setSpeechDefault({
  firstChunkMs: config.ttsFirstChunkMs,
  ...(config.ttsBytesPerSecond > 0 ? { bytesPerSecond: config.ttsBytesPerSecond } : {}),
});

const epoch = (t: number | null) => (t === null ? null : performance.timeOrigin + t);
process.send?.({ url: fake.url });
process.on('message', (message) => {
  if (message !== 'report') return;
  const timings: FakeVoiceTiming[] = fake.requests.map((r) => ({
    path: r.path,
    ref: lastRef(
      r.upload
        ? (chunkText(r.upload.file, config.transcriptChunk) ?? '')
        : JSON.stringify(r.path.endsWith('/speech') ? r.body?.input : r.body?.messages?.at(-1)),
    ),
    receivedAt: epoch(r.timing.receivedAt),
    firstContentAt: epoch(r.timing.firstContentAt),
    endedAt: epoch(r.timing.endedAt),
  }));
  process.send?.({ timings }, () => {
    void fake.close().then(() => process.exit(0));
  });
});

function lastRef(text: string): string | null {
  return [...text.matchAll(REF)].at(-1)?.[0] ?? null;
}

/** The text of a WAV file's chunk `id`, or null. */
function chunkText(file: Uint8Array, id: string): string | null {
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  const at = bytes.indexOf(id, 12, 'latin1');
  if (at < 0) return null;
  const size = bytes.readUInt32LE(at + 4);
  return bytes.toString('utf8', at + 8, at + 8 + size);
}
