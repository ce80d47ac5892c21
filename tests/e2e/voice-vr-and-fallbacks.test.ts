// Voice end to end, the other ways into it: push-to-talk with a controller trigger in an emulated headset (iwer);
// a server without a key (no transcription: the room says how to enable voice, and replies still come, captioned,
// in the browser's voice where it has one); and a microphone the browser refuses (a clear message, typing works).
// A real server, the fake OpenAI-compatible server where a key is set, the built client and headless Chromium whose
// microphone plays espeak-ng speech made at test time.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai.ts';
import { type LearnerSpeech, makeLearnerSpeech, wavFacts } from '../support/learner-speech.ts';
import { startServer, startServerOnFake, type TestServer } from '../support/start-server.ts';
import { ARTIFACTS, launchBrowser, openScene, register, say, type TestBrowser } from './browser.ts';
import { probe } from './scene-frames.ts';
import { learnerLines, replySpeaker, storedTurns, turnSettled } from './voice-steps.ts';
import { readTrace, VOICE_TRACE, waitForMicOpen, waitForSent, waitForState } from './voice-trace.ts';

const SCENARIO = 'breaking-news-cancer';

let speechDir: string;
let fake: FakeOpenAI;
/** A server with a key: the fake transcribes and speaks. */
let voiced: TestServer;
const browsers: TestBrowser[] = [];

beforeAll(async () => {
  speechDir = mkdtempSync(join(tmpdir(), 'bedside-speech-'));
  fake = await startFakeOpenAI();
  voiced = await startServerOnFake(fake, { BEDSIDE_CHARACTER_MODEL: 'fake-1' });
}, 60_000);

afterEach(async () => {
  await Promise.all(browsers.splice(0).map((b) => b.close()));
});

afterAll(async () => {
  await voiced?.stop();
  await fake?.close();
  rmSync(speechDir, { recursive: true, force: true });
});

async function launch(options: Parameters<typeof launchBrowser>[0]): Promise<TestBrowser> {
  const browser = await launchBrowser(options);
  browsers.push(browser);
  return browser;
}

const transcriptions = () => fake.requests.filter((r) => r.path === '/v1/audio/transcriptions');

describe('push-to-talk in an emulated headset', () => {
  const HEARD = "I'd like to talk with you about the results of your scan.";
  const REPLY = 'All right. Go on.';
  let speech: LearnerSpeech;

  beforeAll(() => {
    // One long stretch of speech without pauses, so only the trigger's release can end it.
    speech = makeLearnerSpeech(speechDir, 'push-to-talk', [
      {
        text:
          'I would like to talk with you about the results of the scan that we did last week and what they mean ' +
          'for you and your family and for the treatment that we can offer you over the next few months',
        atS: 1.5,
      },
    ]);
  });

  it('talks while the trigger is held, and the held speech becomes a spoken turn on release', async () => {
    fake.reset();
    fake.setDefault({ reply: REPLY, tokensPerSecond: 40 });
    fake.setTranscriptionDefault({ text: HEARD });
    const line = speech.lines[0] as LearnerSpeech['lines'][number];
    const browser = await launch({ webgl: true, microphone: { file: speech.path } });
    const { page, pageErrors } = await browser.openPage(voiced.url, { xr: true, initScript: VOICE_TRACE });
    await register(page, 'push-to-talk@example.org');
    await openScene(page, SCENARIO, 2);
    await page.waitForFunction('window.__bedsideScene?.frames > 0');
    await page.locator('[data-testid="voice-state"][data-recognition="server"]').waitFor();
    await page.waitForFunction(() => {
      const button = document.querySelector<HTMLButtonElement>('[data-testid="enter-vr"]');
      return button !== null && !button.disabled;
    });
    await page.getByTestId('enter-vr').click();
    await page.waitForFunction('window.__bedsideScene.presenting === true', undefined, { timeout: 10_000 });

    // The right controller points up at the ceiling, away from the in-VR buttons by the learner's knees.
    await page.evaluate(`(() => {
      const right = window.__iwerDevice.controllers.right;
      const half = Math.PI / 6;
      right.quaternion.set(Math.sin(half), 0, 0, Math.cos(half));
    })()`);
    const xrFrames = await probe<number>(page, 'window.__bedsideScene.xrFrames');
    await page.waitForFunction(`window.__bedsideScene.xrFrames >= ${xrFrames + 5}`);
    await expect(page.getByTestId('voice-toggle').getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(page.getByTestId('voice-state').getAttribute('data-state')).resolves.toBe('idle');

    // Hold the trigger: the microphone starts, and the speech is heard while it is held.
    const pressedAt = await probe<number>(page, 'performance.now()');
    await page.evaluate(`window.__iwerDevice.controllers.right.updateButtonValue('trigger', 1)`);
    const mic = await waitForMicOpen(page);
    const hearing = await waitForState(page, 'hearing', pressedAt);
    expect(hearing - mic.asked).toBeGreaterThan(line.atS * 1000 - 200);

    // Let go part-way through the sentence (1.5 s into it): what was said so far goes. (No screenshot here: on a busy
    // machine one took 6 s, the sentence ended while held, and the detector sent it before the release.)
    // Polled on a timer: the default polls on animation frames, which an immersive session holds back (once the
    // release came 8.2 s late, after the whole sentence).
    // Released by a timer in the page itself: a wait in the test, then a look at the clock, then the release, are
    // three round trips, and on a busy machine they once let the release come 6 s late.
    const releasedAt = await page.evaluate(
      (t) =>
        new Promise<number>((resolve) => {
          setTimeout(
            () => {
              const at = performance.now();
              window.__iwerDevice?.controllers.right?.updateButtonValue('trigger', 0);
              resolve(at);
            },
            Math.max(0, t - performance.now()),
          );
        }),
      hearing + 1_500,
    );
    const sent = await waitForSent(page, 'audio', pressedAt);
    expect(sent.at).toBeGreaterThanOrEqual(releasedAt);
    // Sent because of the release, long before the sentence would have ended (over 6 s of it was still to come):
    // 0.5 s on a quiet machine, 2.5 s once beside the server tests on two cores.
    expect(sent.at - releasedAt).toBeLessThan(4_000);
    const sending = await waitForState(page, 'sending', pressedAt);
    expect(sending).toBeGreaterThanOrEqual(releasedAt);

    // The fake heard the held part only: cut by the release, well short of the whole sentence.
    await expect.poll(() => transcriptions().length).toBe(1);
    const wav = wavFacts(transcriptions()[0]?.upload?.file ?? new Uint8Array());
    const held = releasedAt - hearing;
    console.info(
      `voice e2e push-to-talk: speech heard ${Math.round(hearing - mic.asked)} ms after the microphone was asked for ` +
        `(${Math.round(mic.asked - pressedAt)} ms after the press), released ${Math.round(held)} ms later, ` +
        `sent ${Math.round(sent.at - releasedAt)} ms after the release; upload ${Math.round(wav.durationMs)} ms ` +
        `of a ${Math.round(line.durationS * 1000)} ms sentence`,
    );
    // Speech up to the release, shorter than the sentence: nothing after the release was taken. The bound follows
    // the time held; the upload carries the detector's lead-in (under 1.2 s seen), and the page's clock only roughly
    // matches the audio's when the machine is busy.
    expect(wav.durationMs).toBeGreaterThan(1_000);
    expect(wav.durationMs).toBeLessThan(held + 2_000);
    // Cut short of the sentence, whenever the release came before its end.
    if (held + 2_000 < line.durationS * 1000 - 1_000) {
      expect(wav.durationMs).toBeLessThan(line.durationS * 1000 - 1_000);
    }
    expect(wav.rms).toBeGreaterThan(0.01);

    // It is the learner's spoken turn; the microphone rests again (it was never switched on), the reply plays.
    await learnerLines(page).first().waitFor();
    await expect(learnerLines(page).first().locator('.text').textContent()).resolves.toBe(HEARD);
    await page.screenshot({ path: `${ARTIFACTS}/voice-vr-push-to-talk.png` });
    await waitForState(page, 'idle', sending);
    const speaker = await replySpeaker(page, 1);
    // Its audio played: the room's voice state was `speaking` after the utterance went.
    await page.waitForFunction(
      (t) => window.__voiceTrace?.states.some((s) => s.speaking && s.at > t),
      sending,
      {
        timeout: 15_000,
      },
    );
    await turnSettled(page);
    const [learnerTurn, reply] = await storedTurns(page, voiced.url);
    expect(learnerTurn).toMatchObject({ speaker: 'learner', source: 'voice', text: HEARD });
    expect(reply).toMatchObject({ speaker, text: REPLY });
    // The trigger talked: it pressed no in-VR button (Pause would have paused the scene).
    await expect(page.getByTestId('scene-pause').getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(probe(page, 'window.__bedsideScene.presenting')).resolves.toBe(true);

    expect(pageErrors).toEqual([]);
    await page.close();
  });
});

describe('the embedded default: a server without a key', () => {
  let server: TestServer;
  let browser: TestBrowser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launch({ webgl: true })]);
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('shows how to enable voice instead of a microphone, and replies still come with captions', async () => {
    const { page, pageErrors } = await browser.openPage(server.url, { initScript: VOICE_TRACE });
    await register(page, 'embedded@example.org');
    await openScene(page, SCENARIO, 2);
    await page.waitForFunction('window.__bedsideScene?.frames > 0');

    // No microphone button that would do nothing: the room says what to set up, and offers the browser's own
    // recognition only with a plain warning.
    const state = page.locator('[data-testid="voice-state"][data-recognition="none"]');
    await state.waitFor();
    await expect(state.textContent()).resolves.toContain('Voice input off');
    await expect(page.getByTestId('voice-toggle').count()).resolves.toBe(0);
    const setup = page.getByTestId('voice-setup');
    await expect(setup.textContent()).resolves.toMatch(/OPENAI_API_KEY/);
    if ((await page.getByTestId('voice-recognition-optin').count()) > 0) {
      await expect(setup.textContent()).resolves.toMatch(/send the recording to their maker/);
    }
    // Space (outside the text box) does not open a microphone either.
    await page.getByTestId('scene-canvas').click();
    await page.keyboard.down('Space');
    await page.keyboard.up('Space');
    await expect(state.getAttribute('data-state')).resolves.toBe('idle');

    // A typed turn is answered; the caption shows it. The browser's voices speak it where there are any;
    // this headless Chromium has none, and the mouths then follow the text timeline.
    const voices = await probe<number>(page, 'speechSynthesis.getVoices().length');
    console.info(`voice e2e: headless Chromium has ${voices} speechSynthesis voice(s)`);
    await say(page, "Hello, I'm Dr Morgan. Is it all right if I sit down?");
    const reply = page
      .locator('[data-testid="transcript-line"][data-status="stored"]:not([data-speaker="learner"])')
      .last();
    const speaker = (await reply.getAttribute('data-speaker')) ?? '';
    const text = ((await reply.locator('.text').textContent()) ?? '').trim();
    const caption = page.locator(`[data-testid="caption"][data-speaker="${speaker}"]`);
    await caption.waitFor();
    await expect(caption.textContent()).resolves.toContain(text.split(/\s+/).slice(0, 3).join(' '));
    if (voices > 0) {
      await page.waitForFunction('window.__bedsideScene.voicePlaying()', undefined, { timeout: 5_000 });
      await expect(probe(page, 'window.__bedsideScene.voiceDrivesMouths()')).resolves.toBe(true);
    } else {
      await expect(probe(page, 'window.__bedsideScene.voiceDrivesMouths()')).resolves.toBe(false);
      await expect(probe(page, 'window.__bedsideScene.voicePlaying()')).resolves.toBe(false);
    }
    // The widest the mouth has opened since the scene opened, not how open it is now: the reply is short, and on a
    // loaded machine the wait for it to be open now timed out twice.
    await page.waitForFunction((id) => (window.__bedsideScene?.mouthPeak(id) ?? 0) > 0.05, speaker, {
      timeout: 15_000,
      polling: 50,
    });
    await page.screenshot({ path: `${ARTIFACTS}/voice-embedded.png` });

    const trace = await readTrace(page);
    expect(trace.mic).toEqual([]);
    expect(trace.sent.filter((f) => f.type === 'audio')).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});

describe('a microphone the browser refuses', () => {
  it('says so clearly, turns the microphone back off, and typing still works', async () => {
    fake.reset();
    fake.setDefault({ reply: 'Yes, of course. Please do.', tokensPerSecond: 40 });
    const speech = makeLearnerSpeech(speechDir, 'refused', [{ text: 'Can you hear me?', atS: 1.5 }]);
    // No fake permission prompt: the browser's own answer to a page asking for the microphone, which is no.
    const browser = await launch({ microphone: { file: speech.path, allow: false } });
    const { page, pageErrors } = await browser.openPage(voiced.url, { initScript: VOICE_TRACE });
    await register(page, 'refused@example.org');
    await openScene(page, SCENARIO, 2);

    const toggle = page.getByTestId('voice-toggle');
    await toggle.click();
    const problem = page.getByTestId('voice-problem');
    await problem.waitFor({ timeout: 20_000 });
    await expect(problem.textContent()).resolves.toMatch(/not allowed to use the microphone.*type below/);
    await expect(problem.getAttribute('role')).resolves.toBe('alert');
    const trace = await readTrace(page);
    expect(trace.mic.map((m) => m.event)).toEqual(['asked', 'refused']);
    expect(trace.mic[1]?.error).toBe('NotAllowedError');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(page.getByTestId('voice-state').getAttribute('data-state')).resolves.toBe('idle');
    await page.screenshot({ path: `${ARTIFACTS}/voice-mic-refused.png` });

    await say(page, 'Is it all right if I sit down?');
    const turns = await storedTurns(page, voiced.url);
    expect(turns[0]).toMatchObject({
      speaker: 'learner',
      source: 'typed',
      text: 'Is it all right if I sit down?',
    });
    expect(turns[1]?.text).toBe('Yes, of course. Please do.');
    expect(transcriptions()).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
