// Headless Chromium for the end-to-end tests: the built client, one persistent profile per file, fresh pages.

import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { xrEmulatorScript } from '../support/xr-emulator.ts';

export const ARTIFACTS = 'test-artifacts';

export interface TestBrowser {
  /** A fresh page (its own cookies) that collects uncaught page errors for the test to check. */
  openPage(url: string, options?: OpenPageOptions): Promise<{ page: Page; pageErrors: string[] }>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** WebGL through SwiftShader (software), for the 3D scene. @default false */
  webgl?: boolean;
  /** A fake microphone playing this WAV once (absolute path), with audio allowed to play unprompted. */
  microphone?: FakeMicrophone;
  /**
   * Enforce the server's Content-Security-Policy. Off by default because Playwright's polling `waitForFunction`
   * compiles its predicate in the page, which the policy (rightly) forbids; content-security-policy.test.ts turns
   * it on and waits without it. @default false
   */
  enforceCsp?: boolean;
}

export interface FakeMicrophone {
  /** Absolute path of the WAV the microphone plays, from its start each time a page opens the microphone. */
  file: string;
  /** Grant the microphone without asking; false leaves the permission to the page's context (refused). @default true */
  allow?: boolean;
}

export interface OpenPageOptions {
  /** Inject the emulated headset (iwer, Meta Quest 3) before the app starts; see tests/support/xr-emulator.ts. @default false */
  xr?: boolean;
  /** Make the page's canvases refuse WebGL, as a browser without it does. @default false */
  noWebgl?: boolean;
  /** A script to run in the page before the app starts (e.g. a recorder of what happens, for timing). */
  initScript?: string;
}

/** Runs in the page before the app: every request for a WebGL context gets null. */
const REFUSE_WEBGL = `(() => {
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
    return String(kind).startsWith('webgl') ? null : getContext.call(this, kind, ...rest);
  };
})();`;

/** Builds the client if needed and launches Chromium. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<TestBrowser> {
  if (!existsSync('client/dist/index.html')) {
    // `npm test` builds first; this covers running a file on its own in a fresh checkout.
    const { build } = await import('vite');
    await build({ configFile: 'client/vite.config.ts', logLevel: 'warn' });
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const profileDir = mkdtempSync(join(tmpdir(), 'bedside-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 860 },
    bypassCSP: !options.enforceCsp,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.webgl ? ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'] : []),
      ...(options.microphone ? microphoneArgs(options.microphone) : []),
    ],
  });
  return {
    async openPage(url, pageOptions = {}) {
      await context.clearCookies();
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      if (pageOptions.xr) await page.addInitScript({ content: await xrEmulatorScript() });
      if (pageOptions.noWebgl) await page.addInitScript({ content: REFUSE_WEBGL });
      if (pageOptions.initScript) await page.addInitScript({ content: pageOptions.initScript });
      await page.goto(url);
      return { page, pageErrors };
    },
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Chromium's fake capture device fed from a file (`%noloop`: played once, then silence). */
function microphoneArgs({ file, allow = true }: FakeMicrophone): string[] {
  if (!isAbsolute(file)) throw new Error(`the fake microphone needs an absolute path, not ${file}`);
  return [
    ...(allow ? ['--use-fake-ui-for-media-stream'] : []),
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-audio-capture=${file}%noloop`,
    '--autoplay-policy=no-user-gesture-required',
  ];
}

/** Registers a new learner from the sign-in page and waits for the lobby. */
export async function register(page: Page, email: string): Promise<void> {
  await page.getByTestId('auth-form').waitFor();
  await page.getByTestId('auth-toggle').click();
  await page.getByLabel('Name').fill('Dr Morgan');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByTestId('auth-submit').click();
  await page.getByTestId('page-lobby').waitFor();
}

/** From the lobby: prepares the scenario, picks the level in the pre-brief and waits for the 3D scene. */
export async function openScene(page: Page, scenarioId: string, level: number): Promise<void> {
  await page
    .getByTestId(`scenario-${scenarioId}`)
    .getByRole('button', { name: /Prepare/ })
    .click();
  await page.getByTestId('prebrief').waitFor();
  await page.getByTestId(`difficulty-${level}`).check();
  await page.getByTestId('prebrief-start').click();
  await page.getByTestId('scene-canvas').waitFor();
}

/** Sends one line by text and waits until it is stored and no reply is still streaming. */
export async function say(page: Page, text: string): Promise<void> {
  const before = await page.locator('[data-testid="transcript-line"][data-speaker="learner"]').count();
  await page.getByTestId('composer-input').fill(text);
  await page.getByTestId('composer-input').press('Enter');
  await page.waitForFunction(
    (count) =>
      document.querySelectorAll(
        '[data-testid="transcript-line"][data-speaker="learner"][data-status="stored"]',
      ).length === count && !document.querySelector('[data-status="streaming"], [data-status="sending"]'),
    before + 1,
  );
}
