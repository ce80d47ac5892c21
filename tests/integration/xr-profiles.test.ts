// The headset's controller and hand models come from this server, not a CDN.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/start-server.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
}, 30_000);

afterAll(async () => {
  await server?.stop();
});

describe('WebXR input profiles', () => {
  it('serves the profile list and a Quest controller profile without signing in', async () => {
    const list = await fetch(`${server.url}/xr-profiles/profilesList.json`);
    expect(list.status).toBe(200);
    const profiles = (await list.json()) as Record<string, unknown>;
    expect(Object.keys(profiles)).toContain('meta-quest-touch-plus');

    const profile = await fetch(`${server.url}/xr-profiles/meta-quest-touch-plus/profile.json`);
    expect(profile.status).toBe(200);
    expect(profile.headers.get('cache-control')).toMatch(/max-age/);
    const body = (await profile.json()) as { profileId: string };
    expect(body.profileId).toBe('meta-quest-touch-plus');
  });

  it('answers 404 for a missing file and for a path outside the profiles', async () => {
    expect((await fetch(`${server.url}/xr-profiles/no-such-device/profile.json`)).status).toBe(404);
    const outside = await fetch(`${server.url}/xr-profiles/..%2F..%2Fpackage.json`);
    expect(outside.status).not.toBe(200);
  });
});
