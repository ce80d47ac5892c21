// Whether this browser can open an immersive VR session, and whether one is open now.

import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { BedsideXRStore } from './xr-store.ts';

export type VrSupport = 'checking' | 'supported' | 'unsupported';

export function useVrSupport(): VrSupport {
  const [support, setSupport] = useState<VrSupport>('checking');
  useEffect(() => {
    let live = true;
    const xr = navigator.xr;
    if (!xr) {
      setSupport('unsupported');
      return;
    }
    xr.isSessionSupported('immersive-vr').then(
      (ok) => live && setSupport(ok ? 'supported' : 'unsupported'),
      () => live && setSupport('unsupported'),
    );
    return () => {
      live = false;
    };
  }, []);
  return support;
}

export function usePresenting(store: BedsideXRStore): boolean {
  return useStore(store, (s) => s.session != null);
}
