// The privacy store: the admin's audit log, a page at a time, and the deletion of one's own account. It follows the
// learner store's view as the cohort store does; a failed load goes to the learner store's banner.

import { createStore, type StoreApi } from 'zustand/vanilla';
import { ApiError } from '../api/api-error.ts';
import type { AuditEventDto, PrivacyApi } from '../api/privacy-api.ts';
import type { View } from './bedside-state.ts';
import type { BedsideStore } from './store.ts';

/** One page of the audit log as the admin reads it. */
export interface AuditLog {
  events: AuditEventDto[];
  /** The cursor of the page after this one (older events); null on the last page. */
  older: number | null;
  /** The cursors of the pages before this one, oldest last (null: the newest page); empty on the newest page. */
  newer: (number | null)[];
  /** This page's own cursor; null for the newest page. */
  before: number | null;
}

export interface PrivacyState {
  /** The audit page showing; null until the first one is loaded. */
  audit: AuditLog | null;
  /** A page of the log is on its way (the paging buttons are disabled). */
  auditLoading: boolean;
  /** The account's deletion is on its way. */
  deleting: boolean;
  /** Why the last deletion was refused, in words. */
  deleteError: string | null;
}

export interface PrivacyActions {
  /** The next page of the log: events older than those showing. */
  olderAudit(): Promise<void>;
  /** Back to the page before: newer events. */
  newerAudit(): Promise<void>;
  /** Deletes the account after checking the password; on success the learner store signs out to the sign-in page. */
  deleteAccount(password: string): Promise<boolean>;
  clearDeleteError(): void;
}

export type PrivacyStore = StoreApi<PrivacyState & PrivacyActions>;

export const initialPrivacyState: PrivacyState = {
  audit: null,
  auditLoading: false,
  deleting: false,
  deleteError: null,
};

/** Creates the privacy store over the API and the learner store whose view it follows. */
export function createPrivacyStore(api: PrivacyApi, bedside: BedsideStore): PrivacyStore {
  const store = createStore<PrivacyState & PrivacyActions>()((set, get) => ({
    ...initialPrivacyState,

    olderAudit: async () => {
      const audit = get().audit;
      if (!audit || audit.older === null || get().auditLoading) return;
      await loadAudit(audit.older, [...audit.newer, audit.before]);
    },

    newerAudit: async () => {
      const audit = get().audit;
      if (!audit || audit.newer.length === 0 || get().auditLoading) return;
      await loadAudit(audit.newer.at(-1) ?? null, audit.newer.slice(0, -1));
    },

    deleteAccount: async (password) => {
      bedside.getState().dismissError();
      set({ deleting: true, deleteError: null });
      try {
        await api.deleteMyAccount(password);
      } catch (error) {
        const refusal = refusalOf(error);
        if (refusal === null) bedside.getState().showError(error);
        set({ deleting: false, deleteError: refusal });
        return false;
      }
      set({ deleting: false });
      bedside.getState().accountDeleted();
      return true;
    },

    clearDeleteError: () => set({ deleteError: null }),
  }));

  /** Loads the page at `before` (null: the newest); only shown if the audit page is still open. */
  const loadAudit = async (before: number | null, newer: (number | null)[]): Promise<void> => {
    store.setState({ auditLoading: true });
    try {
      const page = await api.auditPage(before ?? undefined);
      if (bedside.getState().view.name === 'audit')
        store.setState({ audit: { events: page.events, older: page.next, newer, before } });
    } catch (error) {
      bedside.getState().showError(error);
    } finally {
      store.setState({ auditLoading: false });
    }
  };

  const follow = (next: View): void => {
    if (!bedside.getState().user) {
      store.setState({ ...initialPrivacyState });
      return;
    }
    store.setState({ deleteError: null });
    // The log opens on its newest page each time: what was newest before may have moved on.
    if (next.name === 'audit') void loadAudit(null, []);
  };

  bedside.subscribe((state, previous) => {
    if (state.view !== previous.view || state.user !== previous.user) follow(state.view);
  });
  follow(bedside.getState().view);
  return store;
}

/** A refused deletion in words; null when the banner should handle it (signed out, which also leaves the page). */
function refusalOf(error: unknown): string | null {
  if (!(error instanceof ApiError))
    return 'The server could not be reached, so nothing was deleted. Check the connection and try again.';
  switch (error.code) {
    case 'invalid_credentials':
      return 'That password is not right, so nothing was deleted. Try again.';
    case 'last_admin':
      return 'You are the only admin, so your account cannot be deleted: make someone else an admin first (on the Users page), then try again.';
    case 'unauthenticated':
      return null;
    default:
      // Too many attempts, a busy server: its own safe message says what to do.
      return `Nothing was deleted. ${error.message}`;
  }
}
