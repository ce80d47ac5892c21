// What of an error may go into the logs. A failed database query's message carries the query's parameters (a
// learner's words, a report's quotes): only the database's own code and message are kept.

export function errorForLog(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if ('query' in error && 'params' in error) {
    const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
    const code = typeof cause?.code === 'string' ? ` ${cause.code}` : '';
    return `database query failed${code}: ${typeof cause?.message === 'string' ? cause.message : 'no detail'}`;
  }
  return `${error.name}: ${error.message}`;
}
