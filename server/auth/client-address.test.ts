import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { addressKey, clientAddress } from './client-address.ts';

describe('client address', () => {
  const seen = async (hops: number, headers: Record<string, string>, remoteAddress = '10.0.0.5') => {
    const app = new Hono().get('/', (c) => c.text(clientAddress(c, hops)));
    const res = await app.request('/', { headers }, { incoming: { socket: { remoteAddress } } });
    return res.text();
  };

  it('is the socket peer unless proxies are trusted, so a client cannot pick its own address', async () => {
    expect(await seen(0, { 'x-forwarded-for': '203.0.113.9' })).toBe('10.0.0.5');
  });

  it('behind trusted proxies, reads X-Forwarded-For from the right', async () => {
    // The client forged the first entry; the one proxy appended the address it really saw.
    expect(await seen(1, { 'x-forwarded-for': '1.2.3.4, 203.0.113.9' })).toBe('203.0.113.9');
    expect(await seen(2, { 'x-forwarded-for': '1.2.3.4, 203.0.113.9, 10.0.0.2' })).toBe('203.0.113.9');
    expect(await seen(1, {})).toBe('10.0.0.5');
  });

  it('keys IPv4 as itself and IPv6 by its /64', () => {
    expect(addressKey('203.0.113.9')).toBe('203.0.113.9');
    expect(addressKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:ffff:1:2:3')).toBe('2001:db8:1:2::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('unknown')).toBe('unknown');
  });
});
