// A seated session: the `local` reference space puts the headset's starting pose at the learner's seat, whatever
// the learner's real height or chair. @react-three/xr sets `local-floor` when it connects; this runs after it.

import { useThree } from '@react-three/fiber';
import { XROrigin } from '@react-three/xr';
import { useEffect } from 'react';
import { LEARNER_EYE } from './seating.ts';

export function SeatedSpace() {
  const xr = useThree((s) => s.gl.xr);
  useEffect(() => {
    xr.setReferenceSpaceType('local');
  }, [xr]);
  return <XROrigin position={[LEARNER_EYE[0], LEARNER_EYE[1], LEARNER_EYE[2]]} />;
}
