// The Content-Security-Policy every response carries: the client's own files only, nothing inline, no other hosts.
// Each allowance beyond 'self' is there because the real client needs it; tests/e2e/content-security-policy.test.ts
// runs the desktop scene, VR and voice under this policy and fails on any violation.

import type { secureHeaders } from 'hono/secure-headers';

type SecureHeadersOptions = NonNullable<Parameters<typeof secureHeaders>[0]>;
export type ContentSecurityPolicy = NonNullable<SecureHeadersOptions['contentSecurityPolicy']>;

export const CONTENT_SECURITY_POLICY: ContentSecurityPolicy = {
  defaultSrc: ["'self'"],
  // The voice detector's model runs in WebAssembly (onnxruntime-web), which must be compiled in the page.
  scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
  // Caption text is laid out in a worker that the text library starts from a blob of its own code.
  workerSrc: ["'self'", 'blob:'],
  // 'self' also covers the live channel's ws:/wss: address on this host.
  connectSrc: ["'self'"],
  // Textures and decoded images in the 3D scene come as data: and blob: addresses.
  imgSrc: ["'self'", 'data:', 'blob:'],
  // Synthesised replies play from blobs.
  mediaSrc: ["'self'", 'blob:'],
  fontSrc: ["'self'", 'data:'],
  styleSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};
