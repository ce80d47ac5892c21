// Reading the scene's test probe (window.__bedsideScene, client/src/scene/scene-probe.ts) from a browser test.

import type { Page } from 'playwright-core';

export const probe = <T>(page: Page, expression: string) => page.evaluate<T>(expression);

/** Waits until the scene has rendered `more` frames beyond now (or XR frames, when `xr`). */
export async function waitForFrames(page: Page, more: number, xr = false): Promise<void> {
  const key = xr ? 'xrFrames' : 'frames';
  const now = await probe<number>(page, `window.__bedsideScene.${key}`);
  await page.waitForFunction(`window.__bedsideScene.${key} >= ${now + more}`, undefined, { timeout: 20_000 });
}
