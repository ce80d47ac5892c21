// The personal-data routes as typed calls: deleting one's own account, and the admin's audit log. The export is a
// plain link (see MY_DATA_EXPORT_PATH): the browser sends the cookie and saves the file the server names.

import type { AuditPageDto } from '../../../server/protocol.ts';
import { apiErrorFrom } from './api-error.ts';

export type { AuditAction, AuditEventDto, AuditPageDto } from '../../../server/protocol.ts';

/** Where the signed-in person's data downloads from, as a JSON attachment. */
export const MY_DATA_EXPORT_PATH = '/api/me/export';

export interface PrivacyApi {
  /** Deletes the caller's account; rejects with the server's ApiError (401 wrong password, 409 the only admin). */
  deleteMyAccount(password: string): Promise<void>;
  /** A page of the audit log, newest first; `before` is the `next` of the page before it. */
  auditPage(before?: number): Promise<AuditPageDto>;
}

/** Creates the privacy API client over `fetch`, against the page's own origin by default. */
export function createPrivacyApi(
  fetchFn: typeof fetch = (...args) => fetch(...args),
  baseUrl = '',
): PrivacyApi {
  return {
    deleteMyAccount: async (password) => {
      const response = await fetchFn(`${baseUrl}/api/me`, {
        method: 'DELETE',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: JSON.stringify({ password }),
      });
      if (!response.ok) throw await apiErrorFrom(response);
    },
    auditPage: async (before) => {
      const query = before === undefined ? '' : `?before=${before}`;
      const response = await fetchFn(`${baseUrl}/api/audit${query}`, {
        headers: { Accept: 'application/json' },
      });
      if (!response.ok) throw await apiErrorFrom(response);
      return (await response.json()) as AuditPageDto;
    },
  };
}
