import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type FakeOpenAI, startFakeOpenAI } from '../../tests/support/fake-openai.ts';
import { type ChatModel, ChatModelError, type ChatRequest, type ChatStreamEvent } from './chat-model.ts';
import { createOpenAIChatModel, retryAfterMs } from './openai-chat-model.ts';

const REPLY = 'I just want to know if she is going to be all right.';

let fake: FakeOpenAI;
let model: ChatModel;
/** For the deadline tests; the others get room, so a busy machine's first request is not a timeout. */
let quick: ChatModel;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  model = createOpenAIChatModel({ apiKey: 'test-key', baseURL: fake.url, timeoutMs: 3000 });
  quick = createOpenAIChatModel({ apiKey: 'test-key', baseURL: fake.url, timeoutMs: 300 });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.reset();
  fake.setDefault({ reply: REPLY });
});

const request = (overrides: Partial<ChatRequest> = {}): ChatRequest => ({
  model: 'fake-model',
  messages: [
    { role: 'system', content: 'You are the patient’s daughter.' },
    { role: 'user', content: 'I have some difficult news.' },
  ],
  temperature: 0.7,
  maxTokens: 200,
  ...overrides,
});

/** Drains a stream, keeping the events seen before any error. */
async function drain(stream: AsyncIterable<ChatStreamEvent>) {
  const events: ChatStreamEvent[] = [];
  try {
    for await (const event of stream) events.push(event);
    return { events, error: null };
  } catch (error) {
    return { events, error };
  }
}

const deltas = (events: ChatStreamEvent[]) => events.flatMap((e) => (e.type === 'delta' ? [e.text] : []));

const kindOf = (error: unknown) => (error instanceof ChatModelError ? error.kind : error);

describe('stream', () => {
  it('yields the reply in several deltas, then usage', async () => {
    fake.script({ reply: REPLY, tokensPerSecond: 500 });
    const { events, error } = await drain(model.stream(request()));

    expect(error).toBeNull();
    expect(deltas(events).length).toBeGreaterThan(5);
    expect(deltas(events).join('')).toBe(REPLY);
    // 5 + 5 words in the prompt, 13 word-ish tokens in the reply
    expect(events.at(-1)).toEqual({ type: 'end', usage: { promptTokens: 10, completionTokens: 13 } });
    expect(fake.requests[0]?.body).toMatchObject({
      model: 'fake-model',
      stream: true,
      stream_options: { include_usage: true },
      temperature: 0.7,
      max_tokens: 200,
    });
    expect(fake.requests[0]?.headers.authorization).toBe('Bearer test-key');
  });

  it('reports scripted usage', async () => {
    fake.script({ reply: 'Yes.', usage: { prompt: 321, completion: 7 } });
    const { events } = await drain(model.stream(request()));
    expect(events.at(-1)).toEqual({ type: 'end', usage: { promptTokens: 321, completionTokens: 7 } });
  });

  it('throws stream-cut after the deltas that arrived when the connection is cut', async () => {
    fake.script({ fault: 'cut', afterChunks: 3 });
    const { events, error } = await drain(model.stream(request()));
    expect(deltas(events)).toHaveLength(3);
    expect(kindOf(error)).toBe('stream-cut');
  });

  it('throws stream-cut when cut before any content', async () => {
    fake.script({ fault: 'cut', afterChunks: 0 });
    const { events, error } = await drain(model.stream(request()));
    expect(events).toEqual([]);
    expect(kindOf(error)).toBe('stream-cut');
  });

  it('times out a request that is never answered, within about timeoutMs', async () => {
    fake.script({ fault: 'hang' });
    const started = performance.now();
    const { error } = await drain(quick.stream(request()));
    expect(kindOf(error)).toBe('timeout');
    expect(performance.now() - started).toBeGreaterThanOrEqual(280);
    // Well short of never; a loaded CI machine once took 1.3 s for a 300 ms timeout.
    expect(performance.now() - started).toBeLessThan(1800);
  });

  it('times out a stream whose first token never comes after the headers', async () => {
    fake.script({ reply: REPLY, ttftMs: 5000 });
    const { events, error } = await drain(quick.stream(request()));
    expect(events).toEqual([]);
    expect(kindOf(error)).toBe('timeout');
  });

  it('times out a stream that stalls between chunks', async () => {
    fake.script({ reply: 'Is she in pain?', tokensPerSecond: 1 });
    const { events, error } = await drain(quick.stream(request()));
    expect(deltas(events)).toEqual(['Is']);
    expect(kindOf(error)).toBe('timeout');
  });

  it('does not count a slow consumer against the idle deadline', async () => {
    fake.script({ reply: 'Is she in pain?' });
    const seen: string[] = [];
    for await (const event of quick.stream(request())) {
      if (event.type === 'delta') seen.push(event.text);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    expect(seen.join('')).toBe('Is she in pain?');
  });

  it('maps a reset connection to connection', async () => {
    fake.script({ fault: 'reset' });
    expect(kindOf((await drain(model.stream(request()))).error)).toBe('connection');
  });

  it('maps a 500 to server-error, with one HTTP call (no SDK retries)', async () => {
    fake.script({ fault: 'http-500' });
    expect(kindOf((await drain(model.stream(request()))).error)).toBe('server-error');
    expect(fake.requests).toHaveLength(1);
  });

  it('maps a 429 to rate-limited with the retry-after header in ms', async () => {
    fake.script({ fault: 'http-429', retryAfterSeconds: 1 });
    const { error } = await drain(model.stream(request()));
    expect(error).toBeInstanceOf(ChatModelError);
    expect(error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 1000 });
    expect(fake.requests).toHaveLength(1);
  });

  it('maps another 4xx to bad-response', async () => {
    const wrongPath = createOpenAIChatModel({
      apiKey: 'k',
      baseURL: fake.url.replace(/\/v1$/, ''),
      timeoutMs: 3000,
    });
    const { error } = await drain(wrongPath.stream(request()));
    expect(kindOf(error)).toBe('bad-response');
    expect(fake.requests[0]?.path).toBe('/chat/completions');
  });

  it('maps a refused connection to connection', async () => {
    const other = await startFakeOpenAI();
    await other.close();
    const nowhere = createOpenAIChatModel({ apiKey: 'k', baseURL: other.url, timeoutMs: 300 });
    expect(kindOf((await drain(nowhere.stream(request()))).error)).toBe('connection');
  });

  it('stops when the caller aborts, with the abort reason rather than a fault', async () => {
    fake.script({ reply: REPLY, tokensPerSecond: 20 });
    const abort = new AbortController();
    const seen: string[] = [];
    const run = (async () => {
      for await (const event of model.stream(request({ signal: abort.signal }))) {
        if (event.type === 'delta') seen.push(event.text);
        if (seen.length === 2) abort.abort();
      }
    })();
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toHaveLength(2);
  });
});

describe('structured', () => {
  const Verdict = z.object({ met: z.boolean(), evidence: z.string() });
  const ask = (signal?: AbortSignal, via: ChatModel = model) =>
    via.structured({
      model: 'judge-model',
      messages: [{ role: 'user', content: 'Did the clinician check understanding?' }],
      temperature: 0,
      schemaName: 'verdict',
      schema: Verdict,
      signal,
    });

  it('sends a json_schema response format and returns the validated value with usage', async () => {
    fake.script({ reply: '{"met":true,"evidence":"asked what she understood"}' });
    const result = await ask();

    expect(result.value).toEqual({ met: true, evidence: 'asked what she understood' });
    expect(result.usage).toEqual({ promptTokens: 5, completionTokens: 4 });
    const body = fake.requests[0]?.body;
    expect(body?.stream).toBeUndefined();
    expect(body?.temperature).toBe(0);
    expect(body?.response_format).toEqual({
      type: 'json_schema',
      json_schema: {
        name: 'verdict',
        strict: true,
        schema: {
          type: 'object',
          properties: { met: { type: 'boolean' }, evidence: { type: 'string' } },
          required: ['met', 'evidence'],
          additionalProperties: false,
        },
      },
    });
  });

  it('asks without strict mode when the schema has optional fields', async () => {
    fake.script({ reply: '{}' });
    await model.structured({
      model: 'judge-model',
      messages: [{ role: 'user', content: 'x' }],
      temperature: 0,
      schemaName: 'loose',
      schema: z.object({ note: z.string().optional() }),
    });
    expect(fake.requests[0]?.body?.response_format?.json_schema?.strict).toBe(false);
  });

  it('rejects an answer that is not JSON, or does not match the schema, as bad-response', async () => {
    fake.script({ reply: 'Yes, they did.' }, { reply: '{"met":"yes"}' });
    await expect(ask()).rejects.toMatchObject({ kind: 'bad-response' });
    await expect(ask()).rejects.toMatchObject({
      kind: 'bad-response',
      message: expect.stringContaining('verdict'),
    });
  });

  it('maps faults like the stream does', async () => {
    fake.script(
      { fault: 'http-500' },
      { fault: 'http-429', retryAfterSeconds: 2 },
      { fault: 'reset' },
      { fault: 'hang' },
      { fault: 'cut', afterChunks: 1 },
    );
    await expect(ask()).rejects.toMatchObject({ kind: 'server-error' });
    await expect(ask()).rejects.toMatchObject({ kind: 'rate-limited', retryAfterMs: 2000 });
    await expect(ask()).rejects.toMatchObject({ kind: 'connection' });
    await expect(ask()).rejects.toMatchObject({ kind: 'timeout' });
    await expect(ask()).rejects.toMatchObject({ kind: 'connection' });
  });

  it('times out an answer whose body never finishes', async () => {
    fake.script({ reply: '{"met":true,"evidence":"x"}', ttftMs: 2000 });
    await expect(ask(undefined, quick)).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('rejects with the abort reason when the caller aborts', async () => {
    fake.script({ fault: 'hang' });
    await expect(ask(AbortSignal.timeout(50))).rejects.toMatchObject({ name: 'TimeoutError' });
    // On a busy machine the abandoned request can reach the fake late: let it arrive within this test.
    for (let waited = 0; fake.requests.length === 0 && waited < 2000; waited += 20)
      await new Promise((resolve) => setTimeout(resolve, 20));
  });
});

describe('retryAfterMs', () => {
  const headers = (init: Record<string, string>) => new Headers(init);

  it('reads retry-after-ms first, then retry-after as seconds or as an HTTP date', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(retryAfterMs(headers({ 'retry-after-ms': '250', 'retry-after': '9' }), now)).toBe(250);
    expect(retryAfterMs(headers({ 'retry-after': '1.5' }), now)).toBe(1500);
    expect(retryAfterMs(headers({ 'retry-after': 'Wed, 01 Jan 2025 00:00:03 GMT' }), now)).toBe(3000);
    expect(retryAfterMs(headers({ 'retry-after': 'soon' }), now)).toBeNull();
    expect(retryAfterMs(headers({}), now)).toBeNull();
  });

  it('reads a retry-after-ms header sent by the server', async () => {
    fake.script({ fault: 'http-429', headers: { 'retry-after-ms': '120' } });
    expect((await drain(model.stream(request()))).error).toMatchObject({ retryAfterMs: 120 });
  });
});
