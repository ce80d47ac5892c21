// Where xAPI statements go and how they are sent; read from the environment by config.ts.

export interface XapiConfig {
  /** The learning record store's xAPI base; statements are POSTed to `${endpoint}/statements`. */
  endpoint: string;
  username: string;
  password: string;
  /** Bedside's own IRIs for activities and extensions start here. @default https://bedside.invalid/xapi/ */
  activityBase: string;
  /** One POST's limit. @default 10 s */
  timeoutMs: number;
  /** The first wait after a failed send; it doubles with each failure. @default 1 s */
  retryMinMs: number;
  /** The longest wait between attempts. @default 5 min */
  retryMaxMs: number;
}

export const DEFAULT_XAPI_ACTIVITY_BASE = 'https://bedside.invalid/xapi/';
