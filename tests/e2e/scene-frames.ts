// Reading the scene's test probe (window.__bedsideScene, client/src/scene/scene-probe.ts) from a browser test.

import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const probe = <T>(page: Page, expression: string) => page.evaluate<T>(expression);

/** Waits until the scene has rendered `more` frames beyond now (or XR frames, when `xr`). */
export async function waitForFrames(page: Page, more: number, xr = false): Promise<void> {
  const key = xr ? 'xrFrames' : 'frames';
  const now = await probe<number>(page, `window.__bedsideScene.${key}`);
  await page.waitForFunction(`window.__bedsideScene.${key} >= ${now + more}`, undefined, { timeout: 20_000 });
}

/**
 * Points the right controller at an in-VR button from 0.23 m above and 0.27 m in front of it, then pulls the
 * trigger until `done`, at most three times: a pull that lands between the frames the ray is tested in is pulled
 * again, as a person would. `target` is in iwer's space (the seat's eye at (0, 1.6, 0)).
 */
export async function pointAndPull(
  page: Page,
  target: [number, number, number],
  done: () => Promise<boolean>,
): Promise<void> {
  const [x, y, z] = target;
  await page.evaluate(`(() => {
    const device = window.__iwerDevice;
    device.quaternion.set(0, 0, 0, 1);
    const right = device.controllers.right;
    right.position.set(${x}, ${y + 0.23}, ${z + 0.27});
    const half = -Math.atan2(0.23, 0.27) / 2;
    right.quaternion.set(Math.sin(half), 0, 0, Math.cos(half));
  })()`);
  await waitForFrames(page, 5, true);
  for (let pull = 0; pull < 3 && !(await done()); pull++) {
    await page.evaluate(`window.__iwerDevice.controllers.right.updateButtonValue('trigger', 1)`);
    await waitForFrames(page, 1, true);
    await page.evaluate(`window.__iwerDevice.controllers.right.updateButtonValue('trigger', 0)`);
    await waitForFrames(page, 5, true).catch(() => undefined);
    await expect
      .poll(done, { timeout: 3000 })
      .toBe(true)
      .catch(() => undefined);
  }
  await expect.poll(done).toBe(true);
}
