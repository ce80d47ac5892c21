// The HTTP API as typed calls. The store depends on the `BedsideApi` interface, so tests can hand it a fake.

import type {
  ScenarioDto,
  SessionDto,
  SessionWithTurnsDto,
  TurnStreamEvent,
  UserDto,
} from '../../../server/protocol.ts';
import { ApiError, apiErrorFrom } from './api-error.ts';
import { readTurnStream } from './turn-stream.ts';

export type Difficulty = 1 | 2 | 3;

export interface BedsideApi {
  /** The signed-in user, or null when there is no session cookie. */
  me(): Promise<UserDto | null>;
  register(input: { email: string; password: string; name: string }): Promise<UserDto>;
  login(input: { email: string; password: string }): Promise<UserDto>;
  logout(): Promise<void>;
  listScenarios(): Promise<ScenarioDto[]>;
  listSessions(): Promise<SessionDto[]>;
  createSession(input: { scenarioId: string; difficulty?: Difficulty }): Promise<SessionDto>;
  getSession(id: string): Promise<SessionWithTurnsDto>;
  endSession(id: string): Promise<SessionDto>;
  /** Sends a learner turn and yields the streamed events until `done`. */
  sendTurn(sessionId: string, text: string, signal?: AbortSignal): AsyncGenerator<TurnStreamEvent>;
}

/** Creates the API client over `fetch`, against the page's own origin by default. */
export function createApiClient(
  fetchFn: typeof fetch = (...args) => fetch(...args),
  baseUrl = '',
): BedsideApi {
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const init: RequestInit = { method, headers: { Accept: 'application/json' } };
    if (body !== undefined) {
      init.headers = { Accept: 'application/json', 'Content-Type': 'application/json' };
      init.body = JSON.stringify(body);
    }
    const response = await fetchFn(`${baseUrl}${path}`, init);
    if (!response.ok) throw await apiErrorFrom(response);
    return (await response.json()) as T;
  }

  return {
    async me() {
      try {
        return (await call<{ user: UserDto }>('GET', '/api/me')).user;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    async register(input) {
      return (await call<{ user: UserDto }>('POST', '/api/auth/register', input)).user;
    },
    async login(input) {
      return (await call<{ user: UserDto }>('POST', '/api/auth/login', input)).user;
    },
    async logout() {
      await call<unknown>('POST', '/api/auth/logout');
    },
    async listScenarios() {
      return (await call<{ scenarios: ScenarioDto[] }>('GET', '/api/scenarios')).scenarios;
    },
    async listSessions() {
      return (await call<{ sessions: SessionDto[] }>('GET', '/api/sessions')).sessions;
    },
    async createSession(input) {
      return (await call<{ session: SessionDto }>('POST', '/api/sessions', input)).session;
    },
    async getSession(id) {
      const path = `/api/sessions/${encodeURIComponent(id)}`;
      return (await call<{ session: SessionWithTurnsDto }>('GET', path)).session;
    },
    async endSession(id) {
      const path = `/api/sessions/${encodeURIComponent(id)}/end`;
      return (await call<{ session: SessionDto }>('POST', path)).session;
    },
    async *sendTurn(sessionId, text, signal) {
      const response = await fetchFn(`${baseUrl}/api/sessions/${encodeURIComponent(sessionId)}/turns`, {
        method: 'POST',
        headers: { Accept: 'text/event-stream', 'Content-Type': 'application/json' },
        body: JSON.stringify({ text }),
        signal: signal ?? null,
      });
      if (!response.ok) throw await apiErrorFrom(response);
      if (!response.body) throw new ApiError(response.status, 'empty_stream', 'The reply stream was empty.');
      yield* readTurnStream(response.body);
    },
  };
}
