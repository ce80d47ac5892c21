import { Hono } from 'hono';
import { z } from 'zod';
import { AUDIT_PAGE_MAX, auditPage } from '../audit/audit-log.ts';
import type { AppEnv } from '../http/app-env.ts';
import { readQuery } from '../http/read-json.ts';
import { requireRole } from '../http/require-role.ts';
import type { Stores } from '../stores/ports.ts';

export const auditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(AUDIT_PAGE_MAX).optional(),
  /** The `next` of the page before: only events older than that one. */
  before: z.coerce.number().int().min(1).optional(),
});

/** GET /api/audit: who read whose data, newest first, a page at a time; admins only. */
export function auditRoutes(deps: { stores: Stores }) {
  return new Hono<AppEnv>()
    .use(requireRole('admin'))
    .get('/', async (c) => c.json(await auditPage(deps.stores.audit, readQuery(c, auditQuery))));
}
