import { DrizzleQueryError } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { errorForLog } from './error-for-log.ts';

describe('errorForLog', () => {
  it("keeps a failed query's database code and message but never its parameters", () => {
    const cause = Object.assign(new Error('could not serialize access'), { code: '40001' });
    const failed = new DrizzleQueryError('insert into turns values ($1)', ['I am so scared'], cause);
    expect(errorForLog(failed)).toBe('database query failed 40001: could not serialize access');
    expect(errorForLog(failed)).not.toContain('scared');
  });

  it('names any other error with its message', () => {
    expect(errorForLog(new TypeError('x is undefined'))).toBe('TypeError: x is undefined');
    expect(errorForLog('plain')).toBe('plain');
  });
});
