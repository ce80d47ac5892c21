import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStores } from '../../../tests/support/test-stores.ts';
import type { Stores } from '../ports.ts';

let opened: Awaited<ReturnType<typeof openTestStores>>;
let stores: Stores;

beforeEach(async () => {
  opened = await openTestStores();
  stores = opened.stores;
  await stores.accounts.createAccount({
    id: 'ivy',
    email: 'ivy@example.org',
    name: 'Ivy',
    passwordHash: 'x',
  });
  await stores.accounts.createAccount({
    id: 'lea',
    email: 'lea@example.org',
    name: 'Lea',
    passwordHash: 'x',
  });
});
afterEach(() => opened.close());

describe('the audit store', () => {
  it('lists events newest first with the names of the accounts that still exist', async () => {
    await stores.audit.record({
      at: '2026-01-01T00:00:00.000Z',
      actorId: 'ivy',
      action: 'session_viewed',
      subjectUserId: 'lea',
      targetId: 's1',
    });
    await stores.audit.record({
      at: '2026-01-01T00:00:01.000Z',
      actorId: 'ivy',
      action: 'cohort_viewed',
      subjectUserId: null,
      targetId: 'c1',
    });
    await stores.audit.record({
      at: '2026-01-01T00:00:02.000Z',
      actorId: 'gone',
      action: 'report_viewed',
      subjectUserId: 'also-gone',
      targetId: 's2',
    });
    const events = await stores.audit.list(10);
    expect(events.map((e) => e.targetId)).toEqual(['s2', 'c1', 's1']);
    expect(events[2]).toMatchObject({
      actorId: 'ivy',
      actorName: 'Ivy',
      action: 'session_viewed',
      subjectUserId: 'lea',
      subjectName: 'Lea',
      at: '2026-01-01T00:00:00.000Z',
    });
    expect(events[1]).toMatchObject({ subjectUserId: null, subjectName: null });
    expect(events[0]).toMatchObject({ actorName: null, subjectName: null });
  });

  it('pages by the id of the last event seen', async () => {
    for (let i = 0; i < 5; i++) {
      await stores.audit.record({
        at: `2026-01-01T00:00:0${i}.000Z`,
        actorId: 'ivy',
        action: 'progress_viewed',
        subjectUserId: 'lea',
        targetId: `t${i}`,
      });
    }
    const first = await stores.audit.list(2);
    expect(first.map((e) => e.targetId)).toEqual(['t4', 't3']);
    const second = await stores.audit.list(2, first.at(-1)?.id);
    expect(second.map((e) => e.targetId)).toEqual(['t2', 't1']);
    const last = await stores.audit.list(2, second.at(-1)?.id);
    expect(last.map((e) => e.targetId)).toEqual(['t0']);
  });
});
