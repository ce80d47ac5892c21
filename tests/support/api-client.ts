// A small cookie-keeping HTTP client for driving the API in tests and benches.

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export class ApiClient {
  private cookie = '';

  constructor(readonly baseUrl: string) {}

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    const response = await fetch(this.baseUrl + path, {
      method,
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON (SSE or HTML): keep the text
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  /** The same signed-in learner, talking to another instance (behind a load balancer, requests go to either). */
  at(baseUrl: string): ApiClient {
    const other = new ApiClient(baseUrl);
    other.cookie = this.cookie;
    return other;
  }

  /** The session cookie, for requests made outside this client (e.g. streaming reads). */
  cookieHeader(): string {
    return this.cookie;
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }

  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', path, body ?? {}, headers);
  }

  /** Polls a session's report until it is ready; anything but 202 (still grading) or 200 fails. */
  async waitForReport(sessionId: string, timeoutMs = 10_000): Promise<any> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const res = await this.get(`/api/sessions/${sessionId}/report`);
      if (res.status === 200) return res.body;
      if (res.status !== 202) throw new Error(`report answered ${res.status}: ${JSON.stringify(res.body)}`);
      if (Date.now() > until) throw new Error('the report never arrived');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** Registers a fresh account and keeps its cookie. */
  async register(
    email: string,
    name = 'Test Learner',
    password = 'correct horse battery',
  ): Promise<ApiResponse> {
    return this.post('/api/auth/register', { email, password, name });
  }
}
