// The HTTP API as typed calls. The store depends on the `BedsideApi` interface, so tests can hand it a fake.

import type {
  GradingReport,
  LeftReportDto,
  Progress,
  ScenarioDto,
  SelfRating,
  SessionDto,
  SessionWithTurnsDto,
  Skill,
  TurnEvent,
  UserDto,
} from '../../../server/protocol.ts';
import { ApiError, apiErrorFrom } from './api-error.ts';
import { readTurnStream } from './turn-stream.ts';

export type Difficulty = 1 | 2 | 3;

/** The cold-start self-rating: 1 (not confident) to 5 (very confident), for at least one skill. */
export type SelfRatings = Partial<Record<Skill, SelfRating>>;

/** A session's report, how the grading is getting on (the server answers 202 until it is done), or that it was left. */
export type ReportAnswer =
  | { status: 'ready'; report: GradingReport }
  | { status: 'left'; left: LeftReportDto }
  | { status: 'pending' | 'running'; retryAfterMs: number | null };

export interface BedsideApi {
  /** The signed-in user, or null when there is no session cookie. */
  me(): Promise<UserDto | null>;
  register(input: { email: string; password: string; name: string; inviteCode?: string }): Promise<UserDto>;
  login(input: { email: string; password: string }): Promise<UserDto>;
  logout(): Promise<void>;
  listScenarios(): Promise<ScenarioDto[]>;
  listSessions(): Promise<SessionDto[]>;
  createSession(input: { scenarioId: string; difficulty?: Difficulty }): Promise<SessionDto>;
  getSession(id: string): Promise<SessionWithTurnsDto>;
  /** Ends the session; with `optOut` the learner leaves without penalty (it is never graded). */
  endSession(id: string, options?: { optOut?: boolean }): Promise<SessionDto>;
  /** The report of an ended session, or that it is still being graded. */
  getReport(id: string, signal?: AbortSignal): Promise<ReportAnswer>;
  /** The learner's skill ratings with their history, and the next recommended practice. */
  getProgress(): Promise<Progress>;
  /** Records the first self-rating and answers with the progress it gives; 409 `already_rated` after that. */
  saveSelfRating(ratings: SelfRatings): Promise<Progress>;
  /** Sends a learner turn and yields the streamed events until `done`. */
  sendTurn(sessionId: string, text: string, signal?: AbortSignal): AsyncGenerator<TurnEvent>;
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
    async endSession(id, options) {
      const path = `/api/sessions/${encodeURIComponent(id)}/end`;
      const body = options?.optOut ? { optOut: true } : undefined;
      return (await call<{ session: SessionDto }>('POST', path, body)).session;
    },
    async getProgress() {
      return call<Progress>('GET', '/api/learners/me/progress');
    },
    async saveSelfRating(ratings) {
      return call<Progress>('POST', '/api/learners/me/self-rating', { ratings });
    },
    async getReport(id, signal) {
      const response = await fetchFn(`${baseUrl}/api/sessions/${encodeURIComponent(id)}/report`, {
        headers: { Accept: 'application/json' },
        signal: signal ?? null,
      });
      if (!response.ok) throw await apiErrorFrom(response);
      if (response.status === 202) {
        const body = (await response.json()) as { status?: unknown };
        return {
          status: body.status === 'running' ? 'running' : 'pending',
          retryAfterMs: retryAfterMs(response.headers.get('Retry-After')),
        };
      }
      const body = (await response.json()) as GradingReport | LeftReportDto;
      return 'left' in body ? { status: 'left', left: body } : { status: 'ready', report: body };
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

/** `Retry-After` in seconds as milliseconds; null when absent or given as a date. */
function retryAfterMs(header: string | null): number | null {
  if (header === null || !/^\d+(\.\d+)?$/.test(header.trim())) return null;
  return Number(header) * 1000;
}
