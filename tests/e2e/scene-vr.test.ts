// The 3D scene end to end: a real server, the built client, headless Chromium with WebGL through SwiftShader.
// With an emulated headset (iwer's Meta Quest 3): enter VR, see frames render in the immersive session, converse
// by text, see the caption and the patient's face fall at bad news, leave VR, end the session; and, in another
// session, opt out with the controller (asked, then confirmed). Without a headset:
// VR is offered as unavailable, the scene renders, dragging turns the view, and the text conversation works.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/start-server.ts';
import { ARTIFACTS, launchBrowser, openScene, register, say, type TestBrowser } from './browser.ts';
import { pointAndPull, probe, waitForFrames } from './scene-frames.ts';

const SCENARIO = 'breaking-news-cancer';
const PATIENT = 'alan';
const BAD_NEWS =
  "I'm afraid the scan shows cancer that has spread to your liver and your spine, and it cannot be cured.";

/** The face fields that show distress, from client/src/scene/avatar/avatar-drive.ts (FaceState). */
interface Face {
  browInnerUp: number;
  gazeDown: number;
  mouthCorners: number;
}

interface ImageStats {
  /** Distinct colours after quantising each channel to 16 levels. */
  colours: number;
  /** Standard deviation of luminance, 0..255. */
  lumaStdDev: number;
}

let browser: TestBrowser;
let server: TestServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser({ webgl: true }), startServer()]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const readFace = (page: Page) =>
  probe<Face | null>(page, `window.__bedsideScene.expression(${JSON.stringify(PATIENT)})`);

/** The last stored reply by a character: who and what. */
async function lastReply(page: Page): Promise<{ speaker: string; text: string }> {
  const line = page
    .locator('[data-testid="transcript-line"][data-status="stored"]:not([data-speaker="learner"])')
    .last();
  return {
    speaker: (await line.getAttribute('data-speaker')) ?? '',
    text: ((await line.locator('.text').textContent()) ?? '').trim(),
  };
}

/** A caption shows the reply's speaker and (part of) its words. */
async function expectCaption(page: Page, reply: { speaker: string; text: string }): Promise<void> {
  const caption = page.locator(`[data-testid="caption"][data-speaker="${reply.speaker}"]`);
  await caption.first().waitFor({ timeout: 5_000 });
  const shown = ((await caption.first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
  const firstWords = reply.text.split(/\s+/).slice(0, 3).join(' ');
  expect(shown.length).toBeGreaterThan(3);
  expect(shown).toContain(firstWords);
}

/**
 * Decodes one or two PNGs in the page (a 2D canvas does the work) and measures the first: how many colours and how
 * much contrast it has; with a second of the same size, the share of pixels that differ clearly between them.
 */
function analyse(page: Page, png: Buffer, other?: Buffer): Promise<ImageStats & { changedShare: number }> {
  return page.evaluate(
    async ([first, second]) => {
      const decode = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2D context');
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      };
      const x = await decode(first);
      const y = second ? await decode(second) : null;
      const colours = new Set<number>();
      let sum = 0;
      let sumSq = 0;
      let changed = 0;
      const pixels = x.length / 4;
      for (let i = 0; i < x.length; i += 4) {
        const r = x[i] ?? 0;
        const g = x[i + 1] ?? 0;
        const b = x[i + 2] ?? 0;
        colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
        const luma = 0.299 * r + 0.587 * g + 0.114 * b;
        sum += luma;
        sumSq += luma * luma;
        if (
          y &&
          Math.abs(r - (y[i] ?? 0)) + Math.abs(g - (y[i + 1] ?? 0)) + Math.abs(b - (y[i + 2] ?? 0)) > 40
        )
          changed++;
      }
      const mean = sum / pixels;
      const changedShare = !y ? 0 : y.length !== x.length ? 1 : changed / pixels;
      return { colours: colours.size, lumaStdDev: Math.sqrt(sumSq / pixels - mean * mean), changedShare };
    },
    [png.toString('base64'), other?.toString('base64') ?? null] as const,
  );
}

/** The share of pixels that differ clearly between two same-sized PNGs. */
const changedShare = async (page: Page, a: Buffer, b: Buffer) => (await analyse(page, a, b)).changedShare;

/** A rendered 3D view, not a blank or single-colour canvas. */
async function expectRendered(page: Page, png: Buffer): Promise<void> {
  const stats = await analyse(page, png);
  expect(stats.colours).toBeGreaterThan(50);
  expect(stats.lumaStdDev).toBeGreaterThan(8);
}

describe('the scene with an emulated headset', () => {
  it('enters VR, converses by text with captions and a changing face, leaves VR and ends', async () => {
    const { page, pageErrors } = await browser.openPage(server.url, { xr: true });
    await expect(page.evaluate('navigator.xr.isSessionSupported("immersive-vr")')).resolves.toBe(true);
    await register(page, 'vr@example.org');
    await openScene(page, SCENARIO, 2);
    await page.getByTestId('page-conversation').waitFor();
    await page.waitForFunction('window.__bedsideScene?.frames > 0');
    await waitForFrames(page, 5);
    await expect(probe(page, 'window.__bedsideScene.presenting')).resolves.toBe(false);
    await expect(probe(page, `window.__bedsideScene.expression('tom') !== null`)).resolves.toBe(true);

    // iwer moves the app's canvas into its own full-window container while presenting: keep hold of the element.
    const canvas = await page.getByTestId('scene-canvas').locator('canvas').elementHandle();
    if (!canvas) throw new Error('no canvas in scene-canvas');
    await page.waitForFunction(() => {
      const button = document.querySelector<HTMLButtonElement>('[data-testid="enter-vr"]');
      return button !== null && !button.disabled;
    });
    await page.getByTestId('enter-vr').click();
    await page.waitForFunction('window.__bedsideScene.presenting === true', undefined, { timeout: 10_000 });
    await expect(page.evaluate('window.__iwerDevice.activeSession !== undefined')).resolves.toBe(true);
    const xrFramesAtStart = await probe<number>(page, 'window.__bedsideScene.xrFrames');
    await waitForFrames(page, 10, true);
    expect(await probe<number>(page, 'window.__bedsideScene.xrFrames')).toBeGreaterThan(xrFramesAtStart);
    await page.getByTestId('exit-vr').waitFor();

    // The DOM stays under iwer's full-window canvas: the composer can still be typed into.
    const calm = await readFace(page);
    expect(calm).not.toBeNull();
    await say(page, BAD_NEWS);
    const reply = await lastReply(page);
    expect(reply.text.length).toBeGreaterThan(3);
    await expectCaption(page, reply);

    // The face eases towards distress within about 1.5 s: brows up, gaze down, mouth corners down.
    const distress = (face: Face) => face.browInnerUp + face.gazeDown - face.mouthCorners;
    const calmScore = distress(calm as Face);
    await page.waitForFunction(
      ([id, before]) => {
        const face = window.__bedsideScene?.expression(id);
        return !!face && face.browInnerUp + face.gazeDown - face.mouthCorners > before + 0.15;
      },
      [PATIENT, calmScore] as const,
      { timeout: 3_000 },
    );
    const upset = (await readFace(page)) as Face;
    expect(upset.browInnerUp).toBeGreaterThanOrEqual((calm as Face).browInnerUp);
    expect(upset.mouthCorners).toBeLessThanOrEqual((calm as Face).mouthCorners);
    expect(distress(upset)).toBeGreaterThan(calmScore + 0.15);

    // The headset budget holds with both avatars, captions, the in-VR buttons and the controller rays in view,
    // counting both eyes: without multiview, three.js draws the scene once per eye (iwer's second eye has a
    // zero-width viewport in mono, but is still drawn).
    const vrStats = await probe<{ drawCalls: number; triangles: number }>(
      page,
      'window.__bedsideScene.renderStats()',
    );
    expect(vrStats.drawCalls).toBeLessThanOrEqual(60);
    expect(vrStats.triangles).toBeLessThanOrEqual(60_000);

    // Under iwer the app's canvas shows the XR framebuffer, above the page.
    await waitForFrames(page, 3, true);
    await page.screenshot({ path: `${ARTIFACTS}/scene-vr.png` });
    const inVr = await canvas.screenshot();
    await expect(probe(page, 'window.__bedsideScene.presenting')).resolves.toBe(true);
    await expectRendered(page, inVr);

    // Turning the head 45° turns the view.
    await page.evaluate(
      'window.__iwerDevice.quaternion.set(0, Math.sin(Math.PI / 8), 0, Math.cos(Math.PI / 8))',
    );
    await waitForFrames(page, 3, true);
    const turned = await canvas.screenshot();
    expect(await changedShare(page, inVr, turned)).toBeGreaterThan(0.3);

    // In the headset, Pause floats by the learner's knees: point the right controller at it and pull the trigger.
    // iwer's `local` space starts at its headset (0, 1.6, 0); the scene puts that pose at the seat's eye
    // (0, 1.2, 1.6), so the in-VR Pause button at (-0.11, 0.82, 1.18) is at (-0.11, 1.22, -0.42) for iwer.
    await expect(page.getByTestId('scene-pause').getAttribute('aria-pressed')).resolves.toBe('false');
    await page.evaluate(`(() => {
      const device = window.__iwerDevice;
      device.quaternion.set(0, 0, 0, 1);
      const right = device.controllers.right;
      right.position.set(-0.11, 1.45, -0.15);
      const half = -Math.atan2(0.23, 0.27) / 2;
      right.quaternion.set(Math.sin(half), 0, 0, Math.cos(half));
    })()`);
    await waitForFrames(page, 5, true);
    // A short pull: a press held for over a second is not a click.
    // One frame held: on a loaded machine SwiftShader may draw only a few frames a second. A pull that lands
    // between the frames the ray is tested in is pulled again, as a person would; one that never lands fails.
    const pressed = () => page.getByTestId('scene-pause').getAttribute('aria-pressed');
    for (let pull = 0; pull < 3 && (await pressed()) !== 'true'; pull++) {
      await page.evaluate(`window.__iwerDevice.controllers.right.updateButtonValue('trigger', 1)`);
      await waitForFrames(page, 1, true);
      await page.evaluate(`window.__iwerDevice.controllers.right.updateButtonValue('trigger', 0)`);
      await waitForFrames(page, 5, true);
      // Give a pull that landed time to show before pulling again (a second pull would resume).
      await expect
        .poll(pressed, { timeout: 3000 })
        .toBe('true')
        .catch(() => undefined);
    }
    await expect.poll(pressed).toBe('true');
    await expect(page.getByTestId('scene-paused').isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('composer-input').isDisabled()).resolves.toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/scene-vr-paused.png` });
    await page.getByTestId('scene-pause').dispatchEvent('click');
    await expect(page.getByTestId('scene-pause').getAttribute('aria-pressed')).resolves.toBe('false');

    // iwer's full-window canvas covers the button, so click it as a script (or a screen reader) would.
    await page.getByTestId('exit-vr').dispatchEvent('click');
    await page.waitForFunction('window.__bedsideScene.presenting === false', undefined, { timeout: 10_000 });
    await expect(page.getByTestId('exit-vr').count()).resolves.toBe(0);
    await waitForFrames(page, 5);
    await page.screenshot({ path: `${ARTIFACTS}/scene-desktop.png` });
    await expect(page.getByTestId('scene-canvas').locator('canvas').count()).resolves.toBe(1);
    await expectRendered(page, await canvas.screenshot());

    await page.getByTestId('end-session').click();
    // Ending asks first.
    await page.getByTestId('end-confirm-yes').click();
    await page.getByTestId('ended').waitFor();
    // The feelings-over-time plots load lazily: one per character in the room.
    await page.getByTestId(`affect-plot-${PATIENT}`).waitFor();
    await page.getByTestId('affect-plot-tom').waitFor();

    expect(pageErrors).toEqual([]);
    await page.close();
  }, 120_000);
});

describe('the scene on a desktop without a headset', () => {
  it('says VR is unavailable, renders, turns the view on drag and converses by text', async () => {
    const { page, pageErrors } = await browser.openPage(server.url);
    await register(page, 'desktop@example.org');
    await openScene(page, SCENARIO, 2);
    await page.waitForFunction('window.__bedsideScene?.frames > 0');
    await waitForFrames(page, 10);

    const enter = page.getByTestId('enter-vr');
    await page.waitForFunction(() => {
      const button = document.querySelector<HTMLButtonElement>('[data-testid="enter-vr"]');
      return (
        !!button && (button.disabled || /not available|unavailable|no vr/i.test(button.textContent ?? ''))
      );
    });
    await expect(enter.textContent()).resolves.toMatch(/not available|unavailable|no vr/i);
    await expect(page.getByTestId('exit-vr').count()).resolves.toBe(0);

    // Idle motion (breathing, blinks) changes a few pixels; a drag turns the whole view.
    const canvas = page.getByTestId('scene-canvas').locator('canvas');
    const first = await canvas.screenshot();
    await waitForFrames(page, 3);
    const idle = await canvas.screenshot();
    await expectRendered(page, first);
    const box = await canvas.boundingBox();
    if (!box) throw new Error('scene-canvas has no box');
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + box.width / 4, y + 20, { steps: 8 });
    await page.mouse.up();
    await waitForFrames(page, 3);
    const dragged = await canvas.screenshot();
    const idleShare = await changedShare(page, first, idle);
    const dragShare = await changedShare(page, first, dragged);
    expect(dragShare).toBeGreaterThan(0.1);
    expect(dragShare).toBeGreaterThan(idleShare * 3);

    await say(page, "Hello, I'm Dr Morgan. Is it all right if I sit down?");
    const reply = await lastReply(page);
    expect(['alan', 'tom']).toContain(reply.speaker);
    await expectCaption(page, reply);

    expect(pageErrors).toEqual([]);
    await page.close();
  });
});

describe('the scene in a browser without WebGL', () => {
  it('says so, and the conversation carries on in text with captions', async () => {
    const { page, pageErrors } = await browser.openPage(server.url, { noWebgl: true });
    await register(page, 'no-webgl@example.org');
    await openScene(page, SCENARIO, 2);
    await page.getByTestId('scene-unavailable').waitFor();
    await expect(page.getByTestId('scene-canvas').locator('canvas').count()).resolves.toBe(0);
    await expect(page.getByTestId('enter-vr').isDisabled()).resolves.toBe(true);

    await say(page, "Hello, I'm Dr Morgan. Is it all right if I sit down?");
    const reply = await lastReply(page);
    await expectCaption(page, reply);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});

describe('opting out from the headset', () => {
  it('asks in VR, and a second pull on the confirmation ends the session as left', async () => {
    const { page, pageErrors } = await browser.openPage(server.url, { xr: true });
    await register(page, 'vr-opt-out@example.org');
    await openScene(page, SCENARIO, 2);
    await page.waitForFunction('window.__bedsideScene?.frames > 0');
    await page.waitForFunction(() => {
      const button = document.querySelector<HTMLButtonElement>('[data-testid="enter-vr"]');
      return button !== null && !button.disabled;
    });
    await page.getByTestId('enter-vr').click();
    await page.waitForFunction('window.__bedsideScene.presenting === true', undefined, { timeout: 10_000 });
    await waitForFrames(page, 5, true);

    // Opt out sits beside Leave, 0.33 m right of the row's centre: (0.33, 1.22, -0.42) for iwer.
    const asking = async () => (await page.getByTestId('opt-out-confirm').count()) === 1;
    await pointAndPull(page, [0.33, 1.22, -0.42], asking);
    await waitForFrames(page, 3, true);
    await page.screenshot({ path: `${ARTIFACTS}/scene-vr-opt-out.png` });
    await expect(probe(page, 'window.__bedsideScene.presenting')).resolves.toBe(true);

    // The confirmation is where the microphone was: 0.1 m up the panel, which leans back 0.75 rad.
    const up = 0.1;
    const confirm: [number, number, number] = [0, 1.22 + up * Math.cos(0.75), -0.42 - up * Math.sin(0.75)];
    const left = async () => (await page.getByTestId('left-feedback').count()) === 1;
    await pointAndPull(page, confirm, left);
    await page.waitForFunction('!window.__bedsideScene || window.__bedsideScene.presenting === false');
    await expect(page.getByTestId('left-feedback').getByRole('heading').textContent()).resolves.toBe(
      'You opted out of this session',
    );

    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
