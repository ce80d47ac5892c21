// Headless Chromium for the end-to-end tests: the built client, one persistent profile per file, fresh pages.

import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const ARTIFACTS = 'test-artifacts';

export interface TestBrowser {
  /** A fresh page (its own cookies) that collects uncaught page errors for the test to check. */
  openPage(url: string): Promise<{ page: Page; pageErrors: string[] }>;
  close(): Promise<void>;
}

/** Builds the client if needed and launches Chromium. */
export async function launchBrowser(): Promise<TestBrowser> {
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
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    async openPage(url) {
      await context.clearCookies();
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(url);
      return { page, pageErrors };
    },
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
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
