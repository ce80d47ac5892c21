// Looking around without a headset: drag on the scene (the view turns the way the mouse moves) or use the arrow keys
// to turn the head, within the range a seated person would turn. The view starts fitted to the canvas, so a phone's
// narrow one still shows everyone (camera-fit.ts). Off while in VR, where the headset moves the camera.

import { useFrame, useThree } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import { useEffect, useMemo, useRef } from 'react';
import { PerspectiveCamera } from 'three';
import { fitCamera, framingPoints } from './camera-fit.ts';
import type { RoomLayout } from './room-layout.ts';
import { LEARNER_EYE, SCENE_FOCUS } from './seating.ts';

const MAX_YAW = 1.1;
const MIN_PITCH = -0.6;
const MAX_PITCH = 0.45;
const DRAG_RADIANS_PER_PIXEL = 0.004;
const KEY_RADIANS_PER_SECOND = 1.2;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

const START_PITCH = Math.atan2(SCENE_FOCUS[1] - LEARNER_EYE[1], LEARNER_EYE[2] - SCENE_FOCUS[2]);

export function DesktopLook({ layout }: { layout: RoomLayout }) {
  const camera = useThree((s) => s.camera);
  const element = useThree((s) => s.gl.domElement);
  const aspect = useThree((s) => s.size.width / Math.max(1, s.size.height));
  const presenting = useXR((s) => s.session != null);
  const points = useMemo(() => framingPoints(layout), [layout]);
  const fit = useMemo(
    () => fitCamera(points, [LEARNER_EYE[0], LEARNER_EYE[1], LEARNER_EYE[2]], START_PITCH, aspect),
    [points, aspect],
  );
  // `yaw` is the learner's turn away from the fitted starting view.
  const look = useRef({
    yaw: 0,
    pitch: START_PITCH,
    keys: { left: false, right: false, up: false, down: false },
  }).current;

  useEffect(() => {
    let dragging: { x: number; y: number } | null = null;
    const down = (e: PointerEvent) => {
      dragging = { x: e.clientX, y: e.clientY };
      element.setPointerCapture(e.pointerId);
    };
    const move = (e: PointerEvent) => {
      if (!dragging) return;
      look.yaw = clamp(look.yaw - (e.clientX - dragging.x) * DRAG_RADIANS_PER_PIXEL, -MAX_YAW, MAX_YAW);
      look.pitch = clamp(
        look.pitch - (e.clientY - dragging.y) * DRAG_RADIANS_PER_PIXEL,
        MIN_PITCH,
        MAX_PITCH,
      );
      dragging = { x: e.clientX, y: e.clientY };
    };
    const up = () => {
      dragging = null;
    };
    const key = (pressed: boolean) => (e: KeyboardEvent) => {
      const name = ARROWS[e.key];
      if (!name) return;
      e.preventDefault();
      look.keys[name] = pressed;
    };
    const keyDown = key(true);
    const keyUp = key(false);
    element.tabIndex = 0;
    element.setAttribute('aria-label', 'The clinic room. Drag or use the arrow keys to look around.');
    element.addEventListener('pointerdown', down);
    element.addEventListener('pointermove', move);
    element.addEventListener('pointerup', up);
    element.addEventListener('pointercancel', up);
    element.addEventListener('keydown', keyDown);
    element.addEventListener('keyup', keyUp);
    return () => {
      element.removeEventListener('pointerdown', down);
      element.removeEventListener('pointermove', move);
      element.removeEventListener('pointerup', up);
      element.removeEventListener('pointercancel', up);
      element.removeEventListener('keydown', keyDown);
      element.removeEventListener('keyup', keyUp);
    };
  }, [element, look]);

  useFrame((_, delta) => {
    if (presenting) return;
    const step = KEY_RADIANS_PER_SECOND * Math.min(delta, 0.1);
    const { keys } = look;
    if (keys.left) look.yaw = clamp(look.yaw + step, -MAX_YAW, MAX_YAW);
    if (keys.right) look.yaw = clamp(look.yaw - step, -MAX_YAW, MAX_YAW);
    if (keys.up) look.pitch = clamp(look.pitch + step, MIN_PITCH, MAX_PITCH);
    if (keys.down) look.pitch = clamp(look.pitch - step, MIN_PITCH, MAX_PITCH);
    camera.position.set(LEARNER_EYE[0], LEARNER_EYE[1], LEARNER_EYE[2]);
    camera.rotation.set(look.pitch, fit.yaw + look.yaw, 0, 'YXZ');
    // Set again after VR too, which leaves the headset's projection on the camera.
    if (camera instanceof PerspectiveCamera && camera.fov !== fit.fov) {
      camera.fov = fit.fov;
      camera.updateProjectionMatrix();
    }
  });
  return null;
}

const ARROWS: Readonly<Record<string, 'left' | 'right' | 'up' | 'down'>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};
