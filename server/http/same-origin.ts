// Middleware: a state-changing request sent by a page on another site is refused (cross-site request forgery).
// Browsers mark such requests with `Origin` (and `Sec-Fetch-Site` where Origin is absent); a page cannot forge
// either. Clients that send neither, such as scripts and command-line tools, are not browsers and pass.

import type { MiddlewareHandler } from 'hono';
import { httpErrors } from './api-error.ts';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** `Sec-Fetch-Site` values that come from this site's own pages or from the user (typing an address). */
const OWN_SITE_FETCHES = new Set(['same-origin', 'none']);

export function sameOriginWrites(): MiddlewareHandler {
  return async (c, next) => {
    if (STATE_CHANGING.has(c.req.method) && isCrossSite(c.req.raw.headers))
      throw httpErrors.crossSiteRequest();
    await next();
  };
}

/** True when the browser says the request came from a page on another origin. */
export function isCrossSite(headers: Headers): boolean {
  const origin = headers.get('origin');
  if (origin !== null) return !ownHosts(headers).includes(hostOf(origin) ?? '');
  const site = headers.get('sec-fetch-site');
  return site !== null && !OWN_SITE_FETCHES.has(site.toLowerCase());
}

/**
 * The host this server is reached at: `Host`, and behind a reverse proxy that rewrites it, `X-Forwarded-Host`
 * (a page on another site cannot set that header on a request without a preflight this server never grants).
 */
function ownHosts(headers: Headers): string[] {
  const forwarded = headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  return [headers.get('host'), forwarded].filter((h): h is string => Boolean(h)).map((h) => h.toLowerCase());
}

/** The `host[:port]` of an Origin value; null for `null` (sandboxed or opaque origins) and anything malformed. */
function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
}
