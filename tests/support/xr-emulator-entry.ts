// Runs in the page before the app: an emulated Meta Quest 3 (iwer) stands in for a headset.
// Bundled into an IIFE by xr-emulator.ts; tests reach the device as `window.__iwerDevice`.

import { metaQuest3, XRDevice } from 'iwer';

declare global {
  interface Window {
    __iwerDevice?: XRDevice;
  }
}

const device = new XRDevice(metaQuest3);
// Chromium already has navigator.xr (with no headset), so iwer only takes over when forced.
device.installRuntime({ forceInstall: true });
window.__iwerDevice = device;
