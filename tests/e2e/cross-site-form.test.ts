// A form on another origin of the same site (another port of this host) posts to Bedside with the learner's cookie,
// since SameSite counts sites, not ports. Signing out needs no body, so only the Origin check stops it: the post
// is refused with 403 `cross_origin` and the learner stays signed in.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/start-server.ts';
import { launchBrowser, register, type TestBrowser } from './browser.ts';

let browser: TestBrowser;
let server: TestServer;
let otherSite: Server;
let otherOrigin: string;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  otherSite = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(
      `<!doctype html><form method="post" action="${server.url}/api/auth/logout"><button id="go">Claim your prize</button></form>`,
    );
  });
  await new Promise<void>((resolve) => otherSite.listen(0, '127.0.0.1', resolve));
  otherOrigin = `http://127.0.0.1:${(otherSite.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await new Promise((resolve) => otherSite?.close(resolve));
});

it("a form on another origin cannot sign the learner out, though the browser sends the learner's cookie", async () => {
  const { page } = await browser.openPage(server.url);
  await register(page, 'target@example.org');

  await page.goto(otherOrigin);
  const [request, response] = await Promise.all([
    page.waitForRequest(`${server.url}/api/auth/logout`),
    page.waitForResponse(`${server.url}/api/auth/logout`),
    page.locator('#go').click(),
  ]);
  const sent = await request.allHeaders();
  expect(sent.origin).toBe(otherOrigin);
  expect(sent.cookie).toMatch(/bedside_session=/);
  expect(response.status()).toBe(403);
  expect((await response.json()).error.code).toBe('cross_origin');

  const me = await page.request.get(`${server.url}/api/me`);
  expect(me.status()).toBe(200);
  expect((await me.json()).user.email).toBe('target@example.org');
});
