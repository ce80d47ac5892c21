import { describe, expect, it } from 'vitest';
import type { BedsideApi, ReportAnswer } from '../api/api-client.ts';
import { ApiError } from '../api/api-error.ts';
import { fakeReport } from './fake-report.ts';
import type { Feedback } from './feedback.ts';
import { createManualClock } from './manual-clock.ts';
import { pollReport, TIMED_OUT_MESSAGE } from './report-poller.ts';

const report = fakeReport();
const pending: ReportAnswer = { status: 'pending', retryAfterMs: null };

/** An in-memory report endpoint that gives its scripted answers in order, then repeats the last one. */
function fakeReportApi(script: (ReportAnswer | Error)[]): Pick<BedsideApi, 'getReport'> & { calls: number } {
  const api = {
    calls: 0,
    async getReport(): Promise<ReportAnswer> {
      const answer = script[Math.min(api.calls, script.length - 1)];
      api.calls++;
      if (!answer || answer instanceof Error) throw answer ?? new Error('empty script');
      return answer;
    },
  };
  return api;
}

function start(script: (ReportAnswer | Error)[]) {
  const clock = createManualClock();
  const api = fakeReportApi(script);
  const seen: Feedback[] = [];
  const stop = pollReport(api, 's1', (feedback) => seen.push(feedback), { clock });
  return { clock, api, seen, stop };
}

describe('pollReport', () => {
  it('asks once a second while the server grades, then hands over the report', async () => {
    const { clock, api, seen } = start([
      pending,
      { status: 'running', retryAfterMs: null },
      { status: 'ready', report },
    ]);
    await clock.advance(0);
    expect(api.calls).toBe(1);
    expect(seen).toEqual([{ status: 'grading' }]);

    await clock.advance(999);
    expect(api.calls).toBe(1);
    await clock.advance(1);
    expect(api.calls).toBe(2);
    await clock.advance(1000);
    expect(api.calls).toBe(3);
    expect(seen).toEqual([{ status: 'grading' }, { status: 'ready', report }]);
    expect(clock.sleepers).toBe(0);
  });

  it('stops at once when the session was left: there is nothing to wait for', async () => {
    const left = { left: 'opted_out', message: 'You opted out of this session.' } as const;
    const { clock, api, seen } = start([{ status: 'left', left }]);
    await clock.advance(0);
    expect(seen).toEqual([{ status: 'grading' }, { status: 'left', reason: 'opted_out' }]);
    await clock.advance(5000);
    expect(api.calls).toBe(1);
    expect(clock.sleepers).toBe(0);
  });

  it('follows Retry-After, within bounds', async () => {
    const { clock, api } = start([
      { status: 'pending', retryAfterMs: 3000 },
      { status: 'pending', retryAfterMs: 0 },
      { status: 'ready', report },
    ]);
    await clock.advance(2999);
    expect(api.calls).toBe(1);
    await clock.advance(1);
    expect(api.calls).toBe(2);
    await clock.advance(250);
    expect(api.calls).toBe(3);
  });

  it('gives up with a message after a minute of grading', async () => {
    const { clock, api, seen } = start([pending]);
    await clock.advance(59_000);
    expect(seen.at(-1)).toEqual({ status: 'grading' });
    await clock.advance(1000);
    expect(seen.at(-1)).toEqual({ status: 'unavailable', message: TIMED_OUT_MESSAGE });
    expect(api.calls).toBe(61);
    await clock.advance(10_000);
    expect(api.calls).toBe(61);
    expect(clock.sleepers).toBe(0);
  });

  it('stops asking, and stays quiet, once stopped', async () => {
    const { clock, api, seen, stop } = start([pending, { status: 'ready', report }]);
    await clock.advance(0);
    stop();
    await clock.advance(5000);
    expect(api.calls).toBe(1);
    expect(seen).toEqual([{ status: 'grading' }]);
    expect(clock.sleepers).toBe(0);
  });

  it('rides out a dropped connection or a server error, but not a refusal', async () => {
    const flaky = start([
      new TypeError('Failed to fetch'),
      new ApiError(503, 'unavailable', 'Try again.'),
      { status: 'ready', report },
    ]);
    await flaky.clock.advance(2000);
    expect(flaky.seen.at(-1)).toEqual({ status: 'ready', report });

    const refused = start([
      new ApiError(404, 'not_found', 'Session not found.'),
      { status: 'ready', report },
    ]);
    await refused.clock.advance(5000);
    expect(refused.api.calls).toBe(1);
    expect(refused.seen.at(-1)).toEqual({ status: 'unavailable', message: 'Session not found.' });
  });
});
