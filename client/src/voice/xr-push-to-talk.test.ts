import { describe, expect, it } from 'vitest';
import { watchXrTrigger, type XrSessionSource } from './xr-push-to-talk.ts';

/** An XR session as far as select events go. */
class FakeSession extends EventTarget {
  select(type: 'selectstart' | 'selectend', inputSource: object) {
    const event = new Event(type) as Event & { inputSource: object };
    event.inputSource = inputSource;
    this.dispatchEvent(event);
  }
}

function fakeXrStore() {
  let session: XRSession | null = null;
  const listeners = new Set<(state: { session?: XRSession | null }) => void>();
  const store: XrSessionSource = {
    getState: () => ({ session }),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const setSession = (next: FakeSession | null) => {
    session = next as unknown as XRSession | null;
    for (const listener of listeners) listener({ session });
  };
  return { store, setSession };
}

describe('push-to-talk on a controller trigger', () => {
  it('talks while a trigger is held, unless the controller points at a button', () => {
    const xr = fakeXrStore();
    const calls: string[] = [];
    let pointing = false;
    const stop = watchXrTrigger(xr.store, {
      pointingAtButton: () => pointing,
      onPress: () => calls.push('press'),
      onRelease: () => calls.push('release'),
    });
    const session = new FakeSession();
    xr.setSession(session);
    const left = {};
    const right = {};
    session.select('selectstart', left);
    session.select('selectstart', right);
    session.select('selectend', left);
    expect(calls).toEqual(['press']);
    session.select('selectend', right);
    expect(calls).toEqual(['press', 'release']);

    pointing = true;
    session.select('selectstart', right);
    session.select('selectend', right);
    expect(calls).toEqual(['press', 'release']);

    // Leaving VR with the trigger held lets go.
    pointing = false;
    session.select('selectstart', left);
    xr.setSession(null);
    expect(calls).toEqual(['press', 'release', 'press', 'release']);
    stop();
    session.select('selectstart', left);
    expect(calls).toHaveLength(4);
  });
});
