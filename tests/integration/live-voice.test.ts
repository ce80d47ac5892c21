// Speaking over the live channel through the real openai SDK against the fake OpenAI-compatible server: the
// utterance is transcribed, the reply is voiced sentence by sentence, faults and bad audio leave nothing half-stored,
// and cutting a reply off keeps what was heard.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai.ts';
import { type LiveClient, openLive } from '../support/live-client.ts';
import { startServerOnFake, type TestServer } from '../support/start-server.ts';
import { buildWav, concat, silence, tone } from '../support/wav.ts';

let fake: FakeOpenAI;
let server: TestServer;
let learner: ApiClient;
const open: LiveClient[] = [];

const THREE_SENTENCES = 'I see. So it is serious then. What happens to me now, doctor?';
/** A second of something like speech with quiet either side, as vad-web cuts it (16 kHz, 16-bit mono). */
const utterance = () => buildWav({ samples: concat(silence(150), tone(1000, 16_000), silence(150)) });

async function liveSession(scenarioId = 'breaking-news-cancer'): Promise<{ id: string; live: LiveClient }> {
  const res = await learner.post('/api/sessions', { scenarioId, difficulty: 1 });
  expect(res.status).toBe(201);
  const live = await openLive(server.url, res.body.session.id, learner.cookieHeader());
  open.push(live);
  await live.waitFor('ready');
  return { id: res.body.session.id, live };
}

async function storedTurns(id: string): Promise<any[]> {
  return (await learner.get(`/api/sessions/${id}`)).body.session.turns;
}

const requestsTo = (path: string) => fake.requests.filter((r) => r.path.endsWith(path));

beforeAll(async () => {
  fake = await startFakeOpenAI();
  server = await startServerOnFake(fake, {
    BEDSIDE_LLM_TIMEOUT_MS: '1500',
    BEDSIDE_AUDIO_TIMEOUT_MS: '800',
    BEDSIDE_LLM_CIRCUIT_FAILURES: '50',
  });
  learner = new ApiClient(server.url);
  await learner.register('voice@example.org', 'Val');
});
afterAll(async () => {
  await Promise.all(open.map((live) => live.close()));
  await server.stop();
  await fake.close();
});
beforeEach(() => {
  fake.reset();
  fake.setDefault({ reply: THREE_SENTENCES, tokensPerSecond: 40 });
});

describe('a spoken turn', () => {
  it('is transcribed, stored as voice, answered in text and audio, and timed', async () => {
    const { id, live } = await liveSession();
    expect(live.events[0]).toEqual({ type: 'ready', transcription: true, synthesis: true });
    fake.setTranscriptionDefault({ text: 'Hello Mrs Ellis, how are you feeling today?', latencyMs: 50 });
    const wav = utterance();
    live.sendAudio(wav);
    expect(await live.waitFor('transcript')).toEqual({
      type: 'transcript',
      text: 'Hello Mrs Ellis, how are you feeling today?',
    });
    const end = await live.waitFor('audio-end');
    expect(end.unspoken).toBeNull();

    const upload = requestsTo('/audio/transcriptions')[0]?.upload;
    expect(upload?.model).toBe('gpt-4o-mini-transcribe');
    expect(Buffer.from(upload?.file ?? []).equals(Buffer.from(wav))).toBe(true);

    const types = live.events.map((e) => e.type);
    const reply = live.events.flatMap((e) =>
      e.type === 'turn' && e.turn.speaker !== 'learner' ? [e] : [],
    )[0];
    expect(reply?.turn.text).toBe(THREE_SENTENCES);
    const audio = live.events.flatMap((e) => (e.type === 'audio' ? [e] : []));
    expect(audio.map((a) => a.seq)).toEqual(audio.map((_, i) => i));
    expect(audio.every((a) => a.mime === 'audio/pcm;rate=24000' && a.index === reply?.turn.index)).toBe(true);
    // The first sentence was voiced while the model was still writing the rest.
    expect(types.indexOf('audio')).toBeLessThan(live.events.indexOf(reply as (typeof live.events)[number]));
    const speech = requestsTo('/audio/speech').map((r) => r.body);
    expect(speech.map((b) => b?.input)).toEqual([
      'I see.',
      'So it is serious then.',
      'What happens to me now, doctor?',
    ]);
    expect(new Set(speech.map((b) => b?.voice)).size).toBe(1);
    const bytes = audio.reduce((sum, a) => sum + Buffer.from(a.data, 'base64').length, 0);
    expect(bytes).toBe(((THREE_SENTENCES.length - 2) * 60 * 24_000 * 2) / 1000);

    // The server's timings are merged into the stored turn once the last audio is out, just after `audio-end`.
    await expect.poll(async () => (await storedTurns(id))[0].voiceTimings).not.toBeNull();
    const learnerTurn = (await storedTurns(id))[0];
    expect(learnerTurn).toMatchObject({
      speaker: 'learner',
      source: 'voice',
      text: 'Hello Mrs Ellis, how are you feeling today?',
    });
    expect(learnerTurn.voiceTimings.transcribedMs).toBeGreaterThanOrEqual(50);
    expect(learnerTurn.voiceTimings.firstTokenMs).toBeGreaterThan(learnerTurn.voiceTimings.transcribedMs);
    expect(learnerTurn.voiceTimings.firstAudioSentMs).toBeGreaterThan(learnerTurn.voiceTimings.firstTokenMs);
    expect(learnerTurn.voiceTimings.clientEndToPlaybackMs).toBeNull();

    live.send({ type: 'timing', turn: learnerTurn.index, endToPlaybackMs: 812.4 });
    await expect.poll(async () => (await storedTurns(id))[0].voiceTimings.clientEndToPlaybackMs).toBe(812);
  });

  it.each([
    [
      'not a WAV',
      () => new TextEncoder().encode('hello, this is not audio at all, just text'),
      /WAV|recording/i,
    ],
    [
      '32-bit float',
      () => buildWav({ data: new Uint8Array(64_000), formatTag: 3, bitsPerSample: 32 }),
      /format|16-bit/i,
    ],
    ['96 kHz', () => buildWav({ samples: tone(1000, 96_000), sampleRate: 96_000 }), /rate|kHz/i],
    ['too short', () => buildWav({ samples: tone(120) }), /short/i],
    ['too long', () => buildWav({ samples: tone(61_000, 8_000), sampleRate: 8_000 }), /long/i],
    ['silence only', () => buildWav({ samples: silence(2000) }), /silen|hear/i],
  ])('refuses %s with a clear error, stores nothing, and carries on', async (_name, make, message) => {
    const { id, live } = await liveSession();
    live.sendAudio(make());
    const error = await live.waitFor('error');
    expect(error.error.code).toBe('bad_audio');
    expect(error.error.message).toMatch(message);
    expect(requestsTo('/audio/transcriptions')).toEqual([]);
    expect(await storedTurns(id)).toEqual([]);
    live.sendAudio(utterance());
    await live.waitFor('done');
    expect((await storedTurns(id))[0]?.source).toBe('voice');
  });

  it.each([
    ['a 500 on every try', [{ fault: 'http-500' }, { fault: 'http-500' }, { fault: 'http-500' }]],
    ['a hang on every try', [{ fault: 'hang' }, { fault: 'hang' }, { fault: 'hang' }]],
    ['an answer cut mid-way', [{ fault: 'cut' }, { fault: 'cut' }, { fault: 'cut' }]],
    ['nothing heard', [{ text: '  ' }]],
  ] as const)('asks the learner to say it again after %s, storing nothing', async (_name, steps) => {
    const { id, live } = await liveSession();
    fake.scriptTranscription(...steps);
    live.sendAudio(utterance());
    const error = await live.waitFor('error', undefined, { timeoutMs: 15_000 });
    expect(error.error).toEqual({
      code: 'transcription_failed',
      message: "I didn't catch that: say it again, or type it.",
    });
    expect(await storedTurns(id)).toEqual([]);
    expect(live.events.map((e) => e.type)).not.toContain('transcript');
  });
});

describe('when the voice fails', () => {
  it('hands the text it could not voice to the browser and still stores the reply whole', async () => {
    const { id, live } = await liveSession();
    fake.scriptSpeech({}, { fault: 'http-500' }, { fault: 'http-500' }, { fault: 'http-500' });
    live.send({ type: 'text', text: 'Hello, how are you feeling today?' });
    const end = await live.waitFor('audio-end');
    expect(end.unspoken).toBe('So it is serious then. What happens to me now, doctor?');
    expect(live.events.some((e) => e.type === 'audio')).toBe(true);
    expect((await storedTurns(id)).at(-1)?.text).toBe(THREE_SENTENCES);
  });
});

describe('cutting a reply off', () => {
  it('stores what was heard of the voiced reply, and the character notices in its next reply', async () => {
    const { id, live } = await liveSession();
    live.send({ type: 'text', text: 'Hello, how are you feeling today?' });
    await live.waitFor('audio-end');
    const reply = (await storedTurns(id)).at(-1);
    // 'I see.' plays for 6 × 60 ms; 500 ms more is a third of the way into the second sentence.
    live.send({ type: 'heard', index: reply.index, ms: 360 + 500 });
    const cut = await live.waitFor('turn', (e) => e.turn.index === reply.index && e.turn.cutOff !== null);
    expect(cut.turn.text).toBe('I see. So it is');
    expect((await storedTurns(id)).at(-1)).toMatchObject({
      text: 'I see. So it is',
      cutOff: { fullText: THREE_SENTENCES, heardMs: 860 },
    });

    fake.requests.length = 0;
    live.send({ type: 'text', text: 'Sorry, I did not mean to interrupt you.' });
    await live.waitFor('done', undefined, { from: live.events.indexOf(cut) + 1 });
    const prompt = String(requestsTo('/chat/completions')[0]?.body?.messages?.[0]?.content ?? '');
    expect(prompt).toMatch(/cut in while you were still talking/);
  });

  it('stops a reply still being written, keeps what was said, drops the rest, and frees the session', async () => {
    const { id, live } = await liveSession();
    fake.script({
      reply: `${THREE_SENTENCES} And another thing I wanted to say to you.`,
      tokensPerSecond: 8,
    });
    live.send({ type: 'text', text: 'Hello, how are you feeling today?' });
    const first = await live.waitFor('audio');
    live.send({ type: 'heard', index: first.index, ms: 200 });
    const cut = await live.waitFor('turn', (e) => e.turn.index === first.index, { timeoutMs: 5_000 });
    expect(cut.turn.text).toBe('I see.');
    expect(cut.turn.cutOff?.fullText.startsWith('I see.')).toBe(true);
    expect(cut.turn.cutOff?.fullText.length).toBeLessThan(THREE_SENTENCES.length);
    const chat = requestsTo('/chat/completions')[0];
    // The model was told to stop: its stream was abandoned rather than read to the end.
    await expect.poll(() => chat?.timing.abandonedAt).toBeGreaterThan(0);
    expect(chat?.timing.endedAt).toBeNull();
    // The cut reply's own 'done' comes after its turn; waiting for it keeps it from being taken for the next one's.
    await live.waitFor('done', undefined, { from: live.events.indexOf(cut) + 1 });

    const from = live.events.length;
    fake.setTranscriptionDefault({ text: 'Sorry, please go on.' });
    live.sendAudio(utterance());
    await live.waitFor('done', undefined, { from });
    expect(live.events.slice(from).filter((e) => e.type === 'error')).toEqual([]);
    const speakers = (await storedTurns(id)).map((t) => (t.speaker === 'learner' ? 'learner' : 'character'));
    expect(speakers).toEqual(['learner', 'character', 'learner', 'character']);
  });
});
