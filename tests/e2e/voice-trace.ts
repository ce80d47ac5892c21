// A recorder for the voice browser tests, injected before the app starts: every change of the room's voice state
// (the `voice-state` element's data attributes), every frame the page sends on the live channel, and each request
// for the microphone, stamped with the page's clock. Tests wait on it rather than sleeping, and time barge-in with
// it. It only watches: each call goes through to the browser unchanged.

import type { Page } from 'playwright-core';

export interface VoiceTrace {
  /** `data-state` (idle, starting, listening, hearing, sending) and `data-speaking` of the voice state. */
  states: Array<{ at: number; state: string; speaking: boolean }>;
  /**
   * Frames sent on the live channel: JSON by type (with `heard`'s index and ms), a WAV as `audio` with its size;
   * `playing` is whether a character's voice was playing as the frame went (the scene probe's `voicePlaying()`).
   */
  sent: Array<{ at: number; type: string; index?: number; ms?: number; bytes?: number; playing?: boolean }>;
  /** getUserMedia: asked, opened (the fake microphone's file starts playing), or refused with the error's name. */
  mic: Array<{ at: number; event: 'asked' | 'opened' | 'refused'; error?: string }>;
}

declare global {
  interface Window {
    __voiceTrace?: VoiceTrace;
  }
}

export const VOICE_TRACE = `(() => {
  const trace = { states: [], sent: [], mic: [] };
  window.__voiceTrace = trace;
  const now = () => performance.now();
  let last = '';
  const look = () => {
    const el = document.querySelector('[data-testid="voice-state"]');
    if (!el) return;
    const state = el.getAttribute('data-state') || '';
    const speaking = el.getAttribute('data-speaking') === 'true';
    const key = state + '/' + speaking;
    if (key === last) return;
    last = key;
    trace.states.push({ at: now(), state, speaking });
  };
  new MutationObserver(look).observe(document, {
    subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'data-speaking'],
  });
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    const playing = window.__bedsideScene ? window.__bedsideScene.voicePlaying() : undefined;
    if (typeof data === 'string') {
      let frame = {};
      try { frame = JSON.parse(data); } catch {}
      trace.sent.push({ at: now(), type: String(frame.type), index: frame.index, ms: frame.ms, playing });
    } else {
      trace.sent.push({ at: now(), type: 'audio', bytes: data.byteLength ?? data.size, playing });
    }
    return send.call(this, data);
  };
  const media = navigator.mediaDevices;
  if (media && media.getUserMedia) {
    const getUserMedia = media.getUserMedia.bind(media);
    media.getUserMedia = (constraints) => {
      trace.mic.push({ at: now(), event: 'asked' });
      return getUserMedia(constraints).then(
        (stream) => { trace.mic.push({ at: now(), event: 'opened' }); return stream; },
        (error) => { trace.mic.push({ at: now(), event: 'refused', error: error && error.name }); throw error; },
      );
    };
  }
})();`;

export const readTrace = (page: Page) => page.evaluate(() => window.__voiceTrace as VoiceTrace);

/** Waits until the voice state has been `state` (at or after `since`, page clock); returns when it became so. */
export async function waitForState(page: Page, state: string, since = 0, timeout = 20_000): Promise<number> {
  const handle = await page.waitForFunction(
    ([s, t]) => window.__voiceTrace?.states.find((x) => x.state === s && x.at >= t)?.at,
    [state, since] as const,
    { timeout },
  );
  return (await handle.jsonValue()) as number;
}

/** Waits until the page has sent a frame of `type` (at or after `since`); returns it. */
export async function waitForSent(
  page: Page,
  type: string,
  since = 0,
  timeout = 20_000,
): Promise<VoiceTrace['sent'][number]> {
  const handle = await page.waitForFunction(
    ([k, t]) => window.__voiceTrace?.sent.find((x) => x.type === k && x.at >= t),
    [type, since] as const,
    { timeout },
  );
  return (await handle.jsonValue()) as VoiceTrace['sent'][number];
}

/**
 * Waits until the microphone opened; returns when it was asked for and when the page heard it was open. The fake
 * microphone's file starts playing in between (a busy page learns of it late, so speech can be heard sooner after
 * `opened` than the file's timing says).
 */
export async function waitForMicOpen(
  page: Page,
  timeout = 20_000,
): Promise<{ asked: number; opened: number }> {
  const handle = await page.waitForFunction(
    () => {
      const mic = window.__voiceTrace?.mic ?? [];
      const opened = mic.find((x) => x.event === 'opened');
      const asked = mic.filter((x) => x.event === 'asked' && x.at <= (opened?.at ?? 0)).at(-1);
      return opened && asked ? { asked: asked.at, opened: opened.at } : null;
    },
    undefined,
    { timeout },
  );
  return (await handle.jsonValue()) as { asked: number; opened: number };
}
