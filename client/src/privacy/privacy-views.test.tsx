// The privacy pages rendered to HTML: the download link and the deletion's confirmation (what goes, what cohorts
// keep, the server's refusal in words), and the audit log as a table of who, what and whose.

import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { AuditEventDto } from '../../../server/protocol.ts';
import type { BedsideApi } from '../api/api-client.ts';
import type { PrivacyApi } from '../api/privacy-api.ts';
import { BedsideContext } from '../components/bedside-context.ts';
import { PrivacyContext } from '../components/privacy-context.ts';
import { AuditPage } from '../instructor/audit-page.tsx';
import { createPrivacyStore, type PrivacyActions, type PrivacyState } from '../state/privacy-store.ts';
import { createBedsideStore } from '../state/store.ts';
import { DeleteConfirm, MyDataPage } from './my-data-page.tsx';

/** Renders inside both stores over an API that is never called, with the privacy store in the given state. */
function render(node: ReactNode, state: Partial<PrivacyState> = {}): string {
  const api = new Proxy({}, { get: () => () => Promise.reject(new Error('not called')) });
  const bedside = createBedsideStore(api as BedsideApi, { comfortStorage: null });
  const actions = createPrivacyStore(api as PrivacyApi, bedside).getState();
  // A server render reads a store's initial state: a store that starts in the state wanted.
  const privacy = createStore<PrivacyState & PrivacyActions>()(() => ({ ...actions, ...state }));
  return renderToStaticMarkup(
    <BedsideContext value={bedside}>
      <PrivacyContext value={privacy}>{node}</PrivacyContext>
    </BedsideContext>,
  );
}

const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&#x27;/g, "'");

describe('my data', () => {
  it('offers the export as a JSON file to save, and deletion behind a further step', () => {
    const html = render(<MyDataPage />);
    expect(html).toContain('href="/api/me/export"');
    expect(html).toContain('download="bedside-my-data.json"');
    expect(text(html)).toContain('Download my data');
    expect(text(html)).toContain('Delete my account…');
    expect(html).not.toContain('type="password"');
  });

  it('says what is deleted and what cohorts keep, and asks for the password', () => {
    const html = render(<DeleteConfirm onCancel={() => {}} />);
    expect(text(html)).toContain('Delete your account for good?');
    expect(text(html)).toMatch(/every session with its transcript and report/);
    expect(text(html)).toMatch(/What your cohorts keep: anonymised totals only/);
    expect(html).toContain('type="password"');
    expect(html).toMatch(/autocomplete="current-password"/i);
    // Nothing to submit until a password is typed; no refusal to show yet.
    expect(html).toMatch(/<button type="submit"[^>]*disabled=""/);
    expect(html).not.toContain('aria-invalid="true"');
  });

  it("shows the server's refusal in words, tied to the password field", () => {
    const refusal = 'That password is not right, so nothing was deleted. Try again.';
    const html = render(<DeleteConfirm onCancel={() => {}} />, { deleteError: refusal });
    expect(text(html)).toContain(refusal);
    expect(html).toContain('aria-invalid="true"');
    expect(html).toMatch(/role="alert"[^>]*>That password is not right/);
  });
});

describe('the audit log', () => {
  const event = (over: Partial<AuditEventDto>): AuditEventDto => ({
    id: 1,
    at: '2026-03-04T09:30:00.000Z',
    action: 'session_viewed',
    actor: { id: 'u-teacher', name: 'Dr Okafor' },
    subject: { id: 'u-learner', name: 'Sam Reyes' },
    targetId: 'session-7',
    ...over,
  });

  it('lists when, who, what, whose and the target, and marks deleted accounts by id', () => {
    const html = render(<AuditPage />, {
      audit: {
        events: [
          event({
            id: 3,
            action: 'account_deleted',
            actor: { id: 'u-gone', name: null },
            subject: { id: 'u-gone', name: null },
            targetId: 'u-gone',
          }),
          event({ id: 2, action: 'cohort_viewed', subject: null, targetId: 'cohort-1' }),
          event({ id: 1 }),
        ],
        older: 1,
        newer: [],
        before: null,
      },
    });
    const headers = [...html.matchAll(/<th scope="col">([^<]+)<\/th>/g)].map((m) => m[1]);
    expect(headers).toEqual(['When', 'Who', 'What', 'Whose', 'Target']);
    const rows = html.split('data-testid="audit-row"').slice(1).map(text);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('Deleted account u-gone');
    expect(rows[0]).toContain('Deleted their own account');
    expect(rows[1]).toContain('Opened the cohort overview');
    expect(rows[1]).toContain('Whole cohort');
    expect(rows[1]).toContain('cohort cohort-1');
    expect(rows[2]).toMatch(/Dr Okafor.*Read a session.*Sam Reyes.*session session-7/);
    expect(html).toContain('dateTime="2026-03-04T09:30:00.000Z"');
    // The newest page: nothing newer, something older.
    expect(html).toMatch(/<button type="button" disabled=""[^>]*data-testid="audit-newer"/);
    expect(html).not.toMatch(/disabled=""[^>]*data-testid="audit-older"/);
  });

  it('says when nothing has been recorded, with no paging', () => {
    const html = render(<AuditPage />, { audit: { events: [], older: null, newer: [], before: null } });
    expect(text(html)).toContain('Nothing has been recorded yet.');
    expect(html).not.toContain('audit-older');
  });
});
