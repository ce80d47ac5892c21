import { Hono } from 'hono';
import { deleteCookie } from 'hono/cookie';
import { z } from 'zod';
import type { AuthDeps, SignInDeps } from '../auth/auth-service.ts';
import { type AuthSettings, defaultAuthSettings } from '../auth/auth-settings.ts';
import { addressKey, clientAddress } from '../auth/client-address.ts';
import { createStoredLoginGuard } from '../auth/login-guard.ts';
import { gatedHasher } from '../auth/passwords.ts';
import { createWorkGate } from '../auth/work-gate.ts';
import type { SceneCatalog } from '../content/scene-catalog.ts';
import type { AppEnv } from '../http/app-env.ts';
import { readJson } from '../http/read-json.ts';
import { SESSION_COOKIE } from '../http/require-user.ts';
import type { Logger } from '../ports.ts';
import { deleteOwnAccount, exportLearnerData } from '../privacy/learner-data.ts';

export const deleteAccountBody = z.strictObject({ password: z.string().min(1).max(200) });

/** The signed-in person's own data under /api/me: all of it as JSON, and deleting the account. */
export function meRoutes(
  deps: AuthDeps & { catalog: SceneCatalog; logger: Logger; auth?: AuthSettings | undefined },
) {
  const settings = deps.auth ?? defaultAuthSettings();
  // The password is checked like a sign-in: counted against the same stored limits. Deleting is rare: one hash at a time.
  const signIn: SignInDeps = {
    ...deps,
    hasher: gatedHasher(createWorkGate({ concurrency: 1, maxWaiting: settings.hashQueue })),
    guard: createStoredLoginGuard(settings, deps.stores.attempts, deps.clock),
    commonPasswords: new Set(),
  };
  return new Hono<AppEnv>()
    .get('/export', async (c) => {
      const data = await exportLearnerData(deps, c.get('user'));
      c.header('Content-Disposition', 'attachment; filename="bedside-my-data.json"');
      return c.json(data);
    })
    .delete('/', async (c) => {
      const { password } = await readJson(c, deleteAccountBody);
      await deleteOwnAccount(signIn, c.get('user'), {
        password,
        addressKey: addressKey(clientAddress(c, settings.trustedProxyHops)),
      });
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    });
}
