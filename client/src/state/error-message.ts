// The words a failed request shows the learner: the server's safe message, or a plain one for anything else.

import { ApiError } from '../api/api-error.ts';

export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something went wrong talking to the server. Please try again.';
}
