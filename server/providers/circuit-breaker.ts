// A circuit breaker for the model server: after enough consecutive failures, stop calling it for a cool-down,
// then let a single probe decide whether to close again.

export type CircuitStateName = 'closed' | 'open' | 'half-open';

export interface CircuitState {
  state: CircuitStateName;
  /** When the current opening ends (ISO 8601), or null while closed. */
  openUntil: string | null;
  consecutiveFailures: number;
}

export interface CircuitBreaker {
  /** Whether a call may go ahead now. In half-open, true for one probe only. */
  allow(): boolean;
  recordSuccess(): void;
  recordFailure(): void;
  state(): CircuitState;
}

export interface CircuitBreakerOptions {
  failureThreshold: number;
  coolDownMs: number;
  /** @default () => new Date() */
  now?: () => Date;
}

/** Creates a closed breaker. */
export function createCircuitBreaker(options: CircuitBreakerOptions): CircuitBreaker {
  const { failureThreshold, coolDownMs } = options;
  const now = () => (options.now ?? (() => new Date()))().getTime();
  let consecutiveFailures = 0;
  let openUntil: number | null = null;
  // While a half-open probe is out, no other call goes; if the probe never reports back (its caller gave up),
  // another probe may go after one more cool-down.
  let probeUntil: number | null = null;

  const stateName = (at: number): CircuitStateName =>
    openUntil === null ? 'closed' : at < openUntil ? 'open' : 'half-open';

  return {
    allow() {
      const at = now();
      switch (stateName(at)) {
        case 'closed':
          return true;
        case 'open':
          return false;
        case 'half-open':
          if (probeUntil !== null && at < probeUntil) return false;
          probeUntil = at + coolDownMs;
          return true;
      }
    },
    recordSuccess() {
      consecutiveFailures = 0;
      openUntil = null;
      probeUntil = null;
    },
    recordFailure() {
      const at = now();
      consecutiveFailures += 1;
      if (stateName(at) === 'half-open' || consecutiveFailures >= failureThreshold) {
        openUntil = at + coolDownMs;
        probeUntil = null;
      }
    },
    state() {
      return {
        state: stateName(now()),
        openUntil: openUntil === null ? null : new Date(openUntil).toISOString(),
        consecutiveFailures,
      };
    },
  };
}
