import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type FakeOpenAI, startFakeOpenAI } from '../../tests/support/fake-openai.ts';
import { type ChatModel, ChatModelError, type ChatRequest, type ChatStreamEvent } from './chat-model.ts';
import { type CircuitBreaker, createCircuitBreaker } from './circuit-breaker.ts';
import { createOpenAIChatModel } from './openai-chat-model.ts';
import { CircuitOpenError, type ResilienceOptions, withResilience } from './resilient-chat-model.ts';

const REPLY = 'Why did nobody tell us sooner?';

let fake: FakeOpenAI;
let adapter: ChatModel;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  // A hang costs one timeout; a second leaves a busy machine's answers room, so only the hang times out.
  adapter = createOpenAIChatModel({ apiKey: 'test-key', baseURL: fake.url, timeoutMs: 1000 });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.reset();
  fake.setDefault({ reply: REPLY });
});

const request: ChatRequest = {
  model: 'fake-model',
  messages: [{ role: 'user', content: 'The scan shows the cancer has spread.' }],
  temperature: 0.7,
  maxTokens: 200,
};

/** The adapter wrapped with a fresh breaker and a sleep that records its waits instead of waiting. */
function resilient(options: Partial<ResilienceOptions> = {}) {
  const waits: number[] = [];
  const breaker: CircuitBreaker =
    options.breaker ?? createCircuitBreaker({ failureThreshold: 100, coolDownMs: 1000 });
  const model = withResilience(adapter, {
    breaker,
    random: () => 0.5,
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...options,
  });
  return { model, waits, breaker };
}

async function drain(stream: AsyncIterable<ChatStreamEvent>) {
  const events: ChatStreamEvent[] = [];
  try {
    for await (const event of stream) events.push(event);
    return { text: textOf(events), events, error: null };
  } catch (error) {
    return { text: textOf(events), events, error };
  }
}

const textOf = (events: ChatStreamEvent[]) => events.map((e) => (e.type === 'delta' ? e.text : '')).join('');

describe('withResilience: retries', () => {
  it('retries a 500, a reset, a hang and a cut that came before any text, then streams the reply', async () => {
    fake.script(
      { fault: 'http-500' },
      { fault: 'reset' },
      { fault: 'hang' },
      { fault: 'cut', afterChunks: 0 },
      { reply: REPLY },
    );
    const { model } = resilient({ maxAttempts: 5 });
    const { text, events, error } = await drain(model.stream(request));
    expect(error).toBeNull();
    expect(text).toBe(REPLY);
    expect(events.at(-1)?.type).toBe('end');
    expect(fake.requests).toHaveLength(5);
  });

  it('backs off exponentially, with jitter, up to the cap', async () => {
    fake.script(...Array.from({ length: 5 }, () => ({ fault: 'http-500' as const })));
    const { model, waits } = resilient({ maxAttempts: 5, baseBackoffMs: 400, maxRetryWaitMs: 1000 });
    const { error } = await drain(model.stream(request));
    expect(error).toMatchObject({ kind: 'server-error' });
    // backoffs 400, 800, 1000 (capped), 1000; jitter keeps each in [backoff / 2, backoff)
    expect(waits).toEqual([300, 600, 750, 750]);
    expect(fake.requests).toHaveLength(5);
  });

  it('gives up after maxAttempts (3 by default)', async () => {
    fake.setDefault({ fault: 'http-500' });
    const { model, waits } = resilient();
    await expect(drain(model.stream(request))).resolves.toMatchObject({ error: { kind: 'server-error' } });
    expect(fake.requests).toHaveLength(3);
    expect(waits).toHaveLength(2);
  });

  it('waits what a 429 asks for', async () => {
    fake.script({ fault: 'http-429', retryAfterSeconds: 1.5 }, { reply: REPLY });
    const { model, waits } = resilient();
    expect((await drain(model.stream(request))).text).toBe(REPLY);
    expect(waits).toEqual([1500]);
  });

  it('really sleeps for the retry-after of a 429', async () => {
    fake.script({ fault: 'http-429', retryAfterSeconds: 1 }, { reply: REPLY });
    const model = withResilience(adapter, {
      breaker: createCircuitBreaker({ failureThreshold: 5, coolDownMs: 1 }),
    });
    const started = performance.now();
    expect((await drain(model.stream(request))).text).toBe(REPLY);
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('gives up at once when a 429 asks for longer than the cap', async () => {
    fake.script({ fault: 'http-429', retryAfterSeconds: 30 });
    const { model, waits } = resilient({ maxRetryWaitMs: 2000 });
    const { error } = await drain(model.stream(request));
    expect(error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 30_000 });
    expect(waits).toEqual([]);
    expect(fake.requests).toHaveLength(1);
  });

  it('never retries once text has reached the caller', async () => {
    fake.script({ fault: 'cut', afterChunks: 2 }, { reply: REPLY });
    const { model } = resilient();
    const { events, error } = await drain(model.stream(request));
    expect(events.filter((e) => e.type === 'delta')).toHaveLength(2);
    expect(error).toMatchObject({ kind: 'stream-cut' });
    expect(fake.requests).toHaveLength(1);
  });

  it('does not retry a refused request', async () => {
    const wrongPath = createOpenAIChatModel({
      apiKey: 'k',
      baseURL: fake.url.replace(/\/v1$/, ''),
      timeoutMs: 3000,
    });
    const model = withResilience(wrongPath, {
      breaker: createCircuitBreaker({ failureThreshold: 1, coolDownMs: 1 }),
    });
    await expect(drain(model.stream(request))).resolves.toMatchObject({ error: { kind: 'bad-response' } });
    expect(fake.requests).toHaveLength(1);
  });

  it('stops retrying when the caller aborts during the backoff', async () => {
    fake.setDefault({ fault: 'http-500' });
    const abort = new AbortController();
    const model = withResilience(adapter, {
      breaker: createCircuitBreaker({ failureThreshold: 100, coolDownMs: 1 }),
      baseBackoffMs: 5000,
    });
    // Abort once the first attempt has reached the server and the backoff has begun. A fixed delay
    // let a busy machine abort before the request arrived, and its late arrival ate the next test's script.
    const firstAttemptSeen = setInterval(() => {
      if (fake.requests.length === 0) return;
      clearInterval(firstAttemptSeen);
      setTimeout(() => abort.abort(), 50);
    }, 5);
    const { error } = await drain(model.stream({ ...request, signal: abort.signal }));
    clearInterval(firstAttemptSeen);
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(error).not.toBeInstanceOf(ChatModelError);
    expect(fake.requests).toHaveLength(1);
  });

  it('retries a structured call too', async () => {
    fake.script({ fault: 'http-500' }, { reply: '{"spread":true}' });
    const { model, waits } = resilient();
    const result = await model.structured({
      ...request,
      schemaName: 'finding',
      schema: z.object({ spread: z.boolean() }),
    });
    expect(result.value).toEqual({ spread: true });
    expect(waits).toHaveLength(1);
  });
});

describe('withResilience: circuit breaker', () => {
  function breakerAt() {
    let now = new Date('2025-01-01T00:00:00Z');
    const breaker = createCircuitBreaker({ failureThreshold: 2, coolDownMs: 30_000, now: () => now });
    return {
      breaker,
      advance: (ms: number) => {
        now = new Date(now.getTime() + ms);
      },
    };
  }

  it('opens after the threshold and then rejects without an HTTP call', async () => {
    fake.setDefault({ fault: 'http-500' });
    const { breaker } = breakerAt();
    const { model } = resilient({ breaker, maxAttempts: 5 });

    // The second failure opens the circuit; the retry it would have made is refused with that failure.
    await expect(drain(model.stream(request))).resolves.toMatchObject({ error: { kind: 'server-error' } });
    expect(fake.requests).toHaveLength(2);
    expect(breaker.state()).toMatchObject({ state: 'open', consecutiveFailures: 2 });

    const { error } = await drain(model.stream(request));
    expect(error).toBeInstanceOf(CircuitOpenError);
    expect(error).toMatchObject({ kind: 'server-error', message: 'circuit open' });
    await expect(
      model.structured({ ...request, schemaName: 's', schema: z.object({}) }),
    ).rejects.toBeInstanceOf(CircuitOpenError);
    expect(fake.requests).toHaveLength(2);
  });

  it('sends one probe after the cool-down and closes when it succeeds', async () => {
    fake.script({ fault: 'http-500' }, { fault: 'http-500' });
    const { breaker, advance } = breakerAt();
    const { model } = resilient({ breaker, maxAttempts: 1 });
    await drain(model.stream(request));
    await drain(model.stream(request));
    expect(breaker.state().state).toBe('open');

    advance(30_000);
    expect(breaker.state().state).toBe('half-open');
    expect((await drain(model.stream(request))).text).toBe(REPLY);
    expect(breaker.state()).toEqual({ state: 'closed', openUntil: null, consecutiveFailures: 0 });
    expect(fake.requests).toHaveLength(3);
  });

  it('reopens when the probe fails', async () => {
    fake.setDefault({ fault: 'reset' });
    const { breaker, advance } = breakerAt();
    const { model } = resilient({ breaker, maxAttempts: 3 });
    await drain(model.stream(request));
    advance(30_000);
    const { error } = await drain(model.stream(request));
    expect(error).toMatchObject({ kind: 'connection' });
    expect(breaker.state()).toMatchObject({ state: 'open', openUntil: '2025-01-01T00:01:00.000Z' });
    expect(fake.requests).toHaveLength(3);
  });

  it('counts a reply the caller stopped reading as a success', async () => {
    fake.script({ fault: 'http-500' }, { fault: 'http-500' }, { reply: REPLY, tokensPerSecond: 100 });
    const { breaker, advance } = breakerAt();
    const { model } = resilient({ breaker, maxAttempts: 1 });
    await drain(model.stream(request));
    await drain(model.stream(request));
    advance(30_000);
    for await (const event of model.stream(request)) {
      if (event.type === 'delta') break;
    }
    expect(breaker.state().state).toBe('closed');
  });
});
