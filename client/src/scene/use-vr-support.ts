// Whether this browser can open an immersive VR session (and if not, why not), and whether one is open now.

import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { BedsideXRStore } from './xr-store.ts';

/** `insecure`: WebXR exists only on HTTPS (or localhost); `no-webxr`: the browser lacks it; `no-headset`: none found. */
export type VrSupport = 'checking' | 'supported' | 'insecure' | 'no-webxr' | 'no-headset';

export function useVrSupport(): VrSupport {
  const [support, setSupport] = useState<VrSupport>('checking');
  useEffect(() => {
    let live = true;
    const xr = navigator.xr;
    if (!xr) {
      setSupport(window.isSecureContext ? 'no-webxr' : 'insecure');
      return;
    }
    xr.isSessionSupported('immersive-vr').then(
      (ok) => live && setSupport(ok ? 'supported' : 'no-headset'),
      () => live && setSupport('no-headset'),
    );
    return () => {
      live = false;
    };
  }, []);
  return support;
}

/** Why VR is not available, and what is needed, in words for the page; null while checking or when it is. */
export function vrUnavailableNote(support: VrSupport): string | null {
  const meanwhile =
    'Here, carry on with mouse and keyboard: drag or use the arrow keys to look around, and type below.';
  switch (support) {
    case 'checking':
    case 'supported':
      return null;
    case 'insecure':
      return `VR needs a secure address: open Bedside over HTTPS in a headset's browser that supports WebXR. ${meanwhile}`;
    case 'no-webxr':
      return `This browser does not support WebXR, which VR needs: open this page in a VR headset's browser. ${meanwhile}`;
    case 'no-headset':
      return `No VR headset was found. VR needs a WebXR headset: open this page in the headset's own browser, or connect one to this computer. ${meanwhile}`;
  }
}

export function usePresenting(store: BedsideXRStore): boolean {
  return useStore(store, (s) => s.session != null);
}
