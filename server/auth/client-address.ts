// The address a request came from, as a key for limits: the socket's peer, or, behind trusted proxies, the
// address the outermost trusted proxy saw (X-Forwarded-For read from the right, so a client cannot forge it).

import { isIPv6 } from 'node:net';
import type { Context } from 'hono';

/**
 * `trustedProxyHops` is how many proxies stand in front of Bedside (0: clients connect directly). Each proxy
 * appends the address it saw, so the client is the entry that many places from the end.
 */
export function clientAddress(c: Context, trustedProxyHops: number): string {
  const peer = socketAddress(c);
  if (trustedProxyHops <= 0) return peer;
  const forwarded = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return forwarded[forwarded.length - trustedProxyHops] ?? forwarded[0] ?? peer;
}

/** The key an address is limited under: IPv6 by its /64, which one subscriber usually holds whole. */
export function addressKey(address: string): string {
  const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  if (!isIPv6(plain)) return plain;
  return `${expandIPv6(plain).slice(0, 4).join(':')}::/64`;
}

function socketAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

function expandIPv6(address: string): string[] {
  const [head = '', tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array<string>(missing).fill('0'), ...right].map((group) =>
    group.toLowerCase().replace(/^0+(?=.)/, ''),
  );
}
