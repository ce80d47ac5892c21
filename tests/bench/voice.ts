// bench:voice: concurrent learners speak to a character over the live channel (each with its own account and
// WebSocket), with transcription, chat and speech from a fake OpenAI-compatible server at fixed latencies.
// Per turn, at the client: "end to first audio", from sending the utterance frame to the reply's first `audio`
// frame, and from then to the reply's `audio-end`.
//
// Bedside's overhead is end to first audio minus the providers' own time for that turn, measured from the fake's
// request timings rather than assumed: the transcription request's duration (arrival to answer), the chat
// request's arrival to the write of the token that completes its first sentence, and the first speech request's
// arrival to its first chunk. The first sentence counts as complete when the token after it is written: the
// sentence chunker cuts only once the whitespace after a full stop arrives (a full stop alone may belong to a title
// or a number), and that token leads with it. This matches the nominal ttft + N / rate for an N-token first
// sentence. The token's time is interpolated from the measured first-token and end times at the measured mean
// token gap (the fake records no per-token times; its gaps are timer-paced, so the error is about a millisecond).
//
// Speech is paced at real time by default (`--tts-speed 1`: 48,000 bytes/s of 24 kHz 16-bit PCM after a 100 ms
// first chunk); `--tts-speed 4` sends it four times faster, `0` unpaced. The faster speech arrives, the earlier its
// last chunk, so firstAudioRatio is harder to meet at higher speeds.
// Each learner's first turn comes at a random moment within --ramp-ms (about one turn's length: the reply's ~7 s
// of audio and the think time), as learners who started at different times; --ramp-ms 0 starts all 50 within the
// first think time, a burst that stays bunched for several turns.
// Usage: npm run bench:voice [-- --sessions 50 --turns 4 --think-ms 1500 --ramp-ms 9000 --tts-speed 1 --json
//   --dump turns.jsonl]
// Bedside, the fake and the clients each run in their own process; times are compared as epoch ms.

import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ApiClient } from '../support/api-client.ts';
import { startServerProcess } from '../support/server-process.ts';
import { buildWav, concat, silence, tone } from '../support/wav.ts';
import { type CpuSpent, cpuMeter } from './cpu-meter.ts';
import type { FakeVoiceConfig, FakeVoiceTiming } from './fake-voice-process.ts';
import { providerSpans, type ServerVoiceTimings, voiceFigures } from './voice-figures.ts';
import { now, type TimedTurn, VoiceLearner } from './voice-learner.ts';

const { values } = parseArgs({
  options: {
    sessions: { type: 'string', default: '50' },
    turns: { type: 'string', default: '4' },
    'think-ms': { type: 'string', default: '1500' },
    'ramp-ms': { type: 'string', default: '9000' },
    'stt-ms': { type: 'string', default: '150' },
    'ttft-ms': { type: 'string', default: '250' },
    'tokens-per-second': { type: 'string', default: '40' },
    'tts-first-chunk-ms': { type: 'string', default: '100' },
    'tts-speed': { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
    /** Writes one JSON line per measured turn here, for looking into the tail. */
    dump: { type: 'string' },
  },
});
const sessions = Number(values.sessions);
const turnsPerSession = Number(values.turns);
const thinkMs = Number(values['think-ms']);
const rampMs = Number(values['ramp-ms']);
const WARM_UP_SESSIONS = 4;
const ttsSpeed = Number(values['tts-speed']);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Three sentences; the first, of four tokens, carries the turn's reference to the speech request. */
const REPLY =
  'Okay {ref}, go on. I was not expecting any of this today, to be honest with you. What is going to happen to me now?';
/** Tokens as the fake splits them (word-ish, leading whitespace kept). */
const replyTokens = REPLY.match(/\s*\S+|\s+$/g) ?? [];
const FIRST_SENTENCE_TOKENS = replyTokens.findIndex((t) => /[.!?]$/.test(t)) + 1;
const LINES = [
  'Hello Reece, I am Sam, one of the nurses here.',
  'You seem really frightened. What is going on?',
  'Would you rather sit here or somewhere quieter?',
  'What has been happening over the last few days?',
  'It makes sense that this place feels overwhelming.',
];
const TRANSCRIPT_CHUNK = 'btxt';
/** About a second of something like speech, as vad-web cuts it, carrying what the fake should "hear". */
const utterance = (said: string) =>
  buildWav({
    samples: concat(silence(150), tone(1000, 16_000), silence(150)),
    extraChunks: [{ id: TRANSCRIPT_CHUNK, bytes: new TextEncoder().encode(said) }],
  });

const fakeConfig: FakeVoiceConfig = {
  sttMs: Number(values['stt-ms']),
  ttftMs: Number(values['ttft-ms']),
  tokensPerSecond: Number(values['tokens-per-second']),
  replyTemplate: REPLY,
  ttsFirstChunkMs: Number(values['tts-first-chunk-ms']),
  ttsBytesPerSecond: ttsSpeed * 24_000 * 2,
  transcriptChunk: TRANSCRIPT_CHUNK,
};

const fakeProcess = fork(new URL('./fake-voice-process.ts', import.meta.url), [JSON.stringify(fakeConfig)], {
  execArgv: ['--import', 'tsx'],
});
const fakeUrl = await new Promise<string>((resolve) =>
  fakeProcess.once('message', (m) => resolve((m as { url: string }).url)),
);
const fakeTimings = () =>
  new Promise<FakeVoiceTiming[]>((resolve) => {
    fakeProcess.once('message', (m) => resolve((m as { timings: FakeVoiceTiming[] }).timings));
    fakeProcess.send('report');
  });
const server = await startServerProcess({
  OPENAI_API_KEY: 'bench-key-not-secret',
  OPENAI_BASE_URL: fakeUrl,
  BEDSIDE_LLM_CIRCUIT_FAILURES: '100',
});
try {
  const learners = await Promise.all(
    Array.from({ length: sessions + WARM_UP_SESSIONS }, async (_, i) => {
      const client = new ApiClient(server.url);
      await client.register(`voice-bench-${i}@example.org`, `Voice ${i}`);
      const created = await client.post('/api/sessions', { scenarioId: 'agitated-young-person' });
      if (created.status !== 201) throw new Error(`session start failed: ${created.status}`);
      const sessionId = created.body.session.id as string;
      const live = await VoiceLearner.open(server.url, sessionId, client.cookieHeader());
      return { client, sessionId, live };
    }),
  );
  // Warm-up on sessions of their own, not measured: first-use costs (compiling, the SDK's connections) are paid once.
  await Promise.all(
    learners.splice(sessions).map(async ({ live }) => {
      await live.speak(utterance('Hello. (warm-up)'), 'warm-up');
      live.close();
    }),
  );

  const measured: TimedTurn[] = [];
  const errors: string[] = [];
  // CPU per process and for the machine, so a run disturbed by other work on the same cores shows it.
  const cpu = cpuMeter({ server: server.child.pid, fake: fakeProcess.pid, client: process.pid });
  const cpuBefore = cpu.read();
  const started = now();
  await Promise.all(
    learners.map(async ({ live }, i) => {
      // Learners who started at different moments: first turns spread over about one turn's length.
      await sleep(rampMs * Math.random());
      for (let t = 0; t < turnsPerSession; t++) {
        // Learners listen, think and answer, so sessions do not move in lockstep.
        await sleep(thinkMs * (0.5 + Math.random()));
        const ref = `ref-${i}-${t}`;
        try {
          measured.push(await live.speak(utterance(`${LINES[t % LINES.length]} (${ref})`), ref));
        } catch (error) {
          errors.push(error instanceof Error ? error.message : String(error));
        }
      }
      live.close();
    }),
  );
  const seconds = (now() - started) / 1000;
  const cpuSpent = cpu.spentSince(cpuBefore);

  const spans = providerSpans(
    await fakeTimings(),
    measured.map((m) => m.ref),
    { tokens: replyTokens.length, firstSentenceTokens: FIRST_SENTENCE_TOKENS },
  );
  // The server's own clock for the same turns, to tell its share of the overhead from the wire's and the client's.
  const serverTimings = new Map<string, ServerVoiceTimings>();
  await Promise.all(
    learners.map(async ({ client, sessionId }) => {
      const { body } = await client.get(`/api/sessions/${sessionId}`);
      for (const turn of body.session.turns as Array<{ text: string; voiceTimings?: ServerVoiceTimings }>) {
        const ref = /\((ref-\d+-\d+)\)/.exec(turn.text)?.[1];
        if (ref && turn.voiceTimings) serverTimings.set(ref, turn.voiceTimings);
      }
    }),
  );
  const figures = voiceFigures(measured, spans, serverTimings);
  if (values.dump) {
    const rows = measured.map((m) => ({
      ref: m.ref,
      sentAtMs: m.sentAt - started,
      endToFirstAudioMs: m.firstAudioAt - m.sentAt,
      lastAudioMs: m.lastAudioAt - m.sentAt,
      audioEndMs: m.endAt - m.sentAt,
      providers: spans.get(m.ref),
      server: serverTimings.get(m.ref),
    }));
    writeFileSync(values.dump, rows.map((row) => JSON.stringify(row)).join('\n'));
  }
  const result = {
    sessions,
    turns: measured.length,
    errors: errors.length,
    ...figures,
    peakRssMb: server.peakRssMb(),
    serverCpuMsPerTurn: Math.round(((cpuSpent.processes.server ?? 0) * 1000) / Math.max(1, measured.length)),
    cpu: cpuSpent,
    seconds: Math.round(seconds * 10) / 10,
    config: {
      sttMs: fakeConfig.sttMs,
      ttftMs: fakeConfig.ttftMs,
      tokensPerSecond: fakeConfig.tokensPerSecond,
      firstSentenceTokens: FIRST_SENTENCE_TOKENS,
      replyTokens: replyTokens.length,
      ttsFirstChunkMs: fakeConfig.ttsFirstChunkMs,
      ttsSpeed,
      thinkMs,
      rampMs,
    },
  };
  if (values.json) console.log(JSON.stringify(result));
  else printTable(result, errors);
} finally {
  server.stop();
  fakeProcess.kill();
}

type Result = ReturnType<typeof voiceFigures> & {
  turns: number;
  errors: number;
  peakRssMb: number;
  seconds: number;
  serverCpuMsPerTurn: number;
  cpu: CpuSpent;
};

function printTable(r: Result, errors: readonly string[]) {
  console.log(
    `${r.turns} spoken turns over ${sessions} concurrent live sessions in ${r.seconds} s, ${r.errors} errors (first turns spread over ${rampMs} ms, think time ${thinkMs / 2}–${(thinkMs * 3) / 2} ms)`,
  );
  for (const e of errors.slice(0, 5)) console.log(`  ${e}`);
  const pace = ttsSpeed === 0 ? 'unpaced' : `${ttsSpeed}× real time`;
  console.log(
    `fake providers: STT ${fakeConfig.sttMs} ms; chat first token ${fakeConfig.ttftMs} ms, ${fakeConfig.tokensPerSecond} tokens/s, first sentence ${FIRST_SENTENCE_TOKENS} tokens; TTS first chunk ${fakeConfig.ttsFirstChunkMs} ms, then ${pace}`,
  );
  const ms = (n: number) => `${n} ms`;
  const so = r.serverOverhead;
  const rows = [
    ['figure', 'p50', 'p99', 'target'],
    ['end to first audio (client)', ms(r.endToFirstAudioP50Ms), ms(r.endToFirstAudioP99Ms), 'p50 ≤ 650 ms'],
    ["  providers' own time", ms(r.providersP50Ms), '', ''],
    ['  Bedside overhead (client)', ms(r.overheadP50Ms), ms(r.overheadP99Ms), 'p50 ≤ 15, p99 ≤ 60 ms'],
    ['    in the server', ms(so.total.p50), ms(so.total.p99), ''],
    ['      hearing', ms(so.hearing.p50), ms(so.hearing.p99), ''],
    ['      starting the reply', ms(so.replyStart.p50), ms(so.replyStart.p99), ''],
    ['      voicing the first sentence', ms(so.voicing.p50), ms(so.voicing.p99), ''],
    ['first audio to audio-end', ms(r.firstAudioToEnd.p50), ms(r.firstAudioToEnd.p99), ''],
    ['first audio ÷ last audio (median)', String(r.firstAudioRatio), '', '≤ 0.4'],
  ];
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((row) => row[c]?.length ?? 0)));
  for (const row of rows)
    console.log(
      row
        .map((cell, c) => cell.padEnd(widths[c] ?? 0))
        .join('  ')
        .trimEnd(),
    );
  console.log(`server peak RSS ${r.peakRssMb} MB; server CPU ${r.serverCpuMsPerTurn} ms per turn`);
  console.log(
    `CPU over the measured turns: server ${r.cpu.processes.server} s, fake ${r.cpu.processes.fake} s, clients ${r.cpu.processes.client} s, other work on this machine ${r.cpu.othersS} s (steal ${r.cpu.machineStealS} s)`,
  );
}
