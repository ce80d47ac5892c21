// Push-to-talk in the headset: holding a controller trigger (a `select`) talks, unless the controller points at one
// of the in-VR buttons, where the trigger presses the button instead. Reads the XR session's own events, so it
// works for any controller or hand, and lets go when the session ends.

/** What we use of the XR store: its session, and being told when it changes. */
export interface XrSessionSource {
  getState(): { session?: XRSession | null };
  subscribe(listener: (state: { session?: XRSession | null }) => void): () => void;
}

export interface XrPushToTalkOptions {
  /** Some controller ray is on a button now. */
  pointingAtButton(): boolean;
  onPress(): void;
  onRelease(): void;
}

/** Starts watching; returns the function that stops. */
export function watchXrTrigger(xr: XrSessionSource, options: XrPushToTalkOptions): () => void {
  let session: XRSession | null = null;
  const held = new Set<XRInputSource>();

  const release = () => {
    if (held.size === 0) return;
    held.clear();
    options.onRelease();
  };
  const onStart = (event: XRInputSourceEvent) => {
    if (options.pointingAtButton()) return;
    const first = held.size === 0;
    held.add(event.inputSource);
    if (first) options.onPress();
  };
  const onEnd = (event: XRInputSourceEvent) => {
    if (!held.delete(event.inputSource) || held.size > 0) return;
    options.onRelease();
  };

  const attach = (next: XRSession | null) => {
    if (next === session) return;
    if (session) {
      session.removeEventListener('selectstart', onStart);
      session.removeEventListener('selectend', onEnd);
      release();
    }
    session = next;
    session?.addEventListener('selectstart', onStart);
    session?.addEventListener('selectend', onEnd);
  };

  attach(xr.getState().session ?? null);
  const unsubscribe = xr.subscribe((state) => attach(state.session ?? null));
  return () => {
    unsubscribe();
    attach(null);
  };
}
