import type { UserDto } from '../protocol.ts';

/** Hono context variables set by middleware. */
export interface AppEnv {
  Variables: { user: UserDto };
}
