import { describe, expect, it } from 'vitest';
import { assignmentStatus, type SessionFacts } from './assignment-status.ts';

const terms = {
  scenarioId: 'breaking-news-cancer',
  difficulty: null,
  dueAt: '2026-03-10T00:00:00.000Z',
  createdAt: '2026-03-01T00:00:00.000Z',
};
const session = (over: Partial<SessionFacts> = {}): SessionFacts => ({
  scenarioId: 'breaking-news-cancer',
  difficulty: 2,
  status: 'ended',
  leftReason: null,
  createdAt: '2026-03-02T00:00:00.000Z',
  ...over,
});
const before = '2026-03-05T00:00:00.000Z';
const after = '2026-03-11T00:00:00.000Z';

describe('assignmentStatus', () => {
  it('is not started without a session on the scenario since it was set', () => {
    expect(assignmentStatus(terms, [], before)).toEqual({ status: 'not_started', sessions: 0 });
    const elsewhere = [
      session({ scenarioId: 'agitated-young-person' }),
      session({ createdAt: '2026-02-28T23:59:59.999Z' }),
    ];
    expect(assignmentStatus(terms, elsewhere, before)).toEqual({ status: 'not_started', sessions: 0 });
  });

  it('is in progress with a session still active, or only left ones', () => {
    expect(assignmentStatus(terms, [session({ status: 'active' })], before).status).toBe('in_progress');
    expect(assignmentStatus(terms, [session({ leftReason: 'opted_out' })], before)).toEqual({
      status: 'in_progress',
      sessions: 1,
    });
  });

  it('is completed by a graded session, even after the due date', () => {
    const sessions = [session({ status: 'active' }), session()];
    expect(assignmentStatus(terms, sessions, before)).toEqual({ status: 'completed', sessions: 2 });
    expect(assignmentStatus(terms, sessions, after).status).toBe('completed');
  });

  it('is overdue past the due date when not completed, started or not', () => {
    expect(assignmentStatus(terms, [], after).status).toBe('overdue');
    expect(assignmentStatus(terms, [session({ status: 'active' })], after).status).toBe('overdue');
    expect(assignmentStatus({ ...terms, dueAt: null }, [], after).status).toBe('not_started');
  });

  it('counts only sessions at the level it names, when it names one', () => {
    const level3 = { ...terms, difficulty: 3 };
    expect(assignmentStatus(level3, [session({ difficulty: 2 })], before).status).toBe('not_started');
    expect(assignmentStatus(level3, [session({ difficulty: 3 })], before).status).toBe('completed');
  });
});
