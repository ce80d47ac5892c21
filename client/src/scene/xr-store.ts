// The XR session: immersive VR only, seated (a `local` space: the headset's starting pose is the seat), no
// locomotion, controller and hand models served by Bedside itself rather than a CDN.

import { createXRStore } from '@react-three/xr';
import { XR_PROFILES_PATH } from '../../../server/protocol.ts';

export type BedsideXRStore = ReturnType<typeof createBedsideXRStore>;

export function createBedsideXRStore() {
  const baseAssetPath = new URL(`${XR_PROFILES_PATH}/`, window.location.href).href;
  return createXRStore({
    // No offer on page load: the learner chooses VR with the button.
    offerSession: false,
    // @react-three/xr's emulator fails in Chromium and loads a second three; tests install their own.
    emulate: false,
    // A press counts as a click for up to a second (the default is 300 ms): slower hands still reach Pause.
    // No controller models: the detailed Quest models cost 12 draw calls and 9k triangles per eye, more than
    // both faces' animated parts; a seated conversation needs only the pointing rays.
    controller: {
      model: false,
      rayPointer: { clickThresholdMs: 1000 },
      teleportPointer: false,
      grabPointer: false,
    },
    hand: {
      rayPointer: { clickThresholdMs: 1000 },
      teleportPointer: false,
      grabPointer: false,
      touchPointer: false,
    },
    baseAssetPath,
    customSessionInit: {
      requiredFeatures: ['local'],
      optionalFeatures: ['hand-tracking', 'layers'],
    },
  });
}
