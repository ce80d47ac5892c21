// Dev preview of the procedural avatars (not part of the production build): two or more seated characters seen
// from the learner's seat, with affect and cues from the URL, e.g.
// /preview/avatars.html?distress=0.9&trust=0.2, ?a.anger=0.9&b.trust=0.9, ?cam=face-a, ?speaking=a, ?thinking=b,
// ?nod=1, ?reduced=1, ?cast=1 (six looks in a row), ?room=0 (avatars only, for counting draw calls).

import { Canvas, useFrame, useThree } from '@react-three/fiber';
import { StrictMode, useEffect, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import type { Appearance } from '../../server/protocol.ts';
import { Avatar } from '../src/scene/avatar/avatar.tsx';
import { type AvatarDrive, createAvatarDrive, type FaceState } from '../src/scene/avatar/avatar-drive.ts';
import { buildAvatarRig, rigCost } from '../src/scene/avatar/avatar-rig.ts';

const params = new URLSearchParams(location.search);
const LEARNER: [number, number, number] = [0, 1.2, 1.6];

const OLDER_MAN: Appearance = {
  sex: 'male',
  skinTone: '#e0ac89',
  build: 'average',
  hair: { style: 'receding', colour: '#b9b4ad' },
  clothing: { kind: 'gown', colour: '#9cc0d6' },
  glasses: true,
};
const YOUNGER_WOMAN: Appearance = {
  sex: 'female',
  skinTone: '#9c6644',
  build: 'slight',
  hair: { style: 'long', colour: '#2b1d14' },
  clothing: { kind: 'cardigan', colour: '#6a4c6e' },
  glasses: false,
};
const CAST: Appearance[] = [
  OLDER_MAN,
  YOUNGER_WOMAN,
  {
    ...OLDER_MAN,
    skinTone: '#70452d',
    build: 'broad',
    hair: { style: 'short', colour: '#1c1a18' },
    clothing: { kind: 'hoodie', colour: '#4f6b4a' },
    glasses: false,
  },
  {
    ...YOUNGER_WOMAN,
    skinTone: '#f5d0b5',
    build: 'average',
    hair: { style: 'bun', colour: '#8a6a45' },
    clothing: { kind: 'blouse', colour: '#d8c6b0' },
    glasses: true,
  },
  {
    ...OLDER_MAN,
    skinTone: '#c68863',
    hair: { style: 'curly', colour: '#2b1d14' },
    clothing: { kind: 'shirt', colour: '#7f9bb8' },
    glasses: false,
  },
  {
    ...OLDER_MAN,
    skinTone: '#f1c7a5',
    build: 'slight',
    hair: { style: 'bald', colour: '#6b4a2f' },
    clothing: { kind: 'jumper', colour: '#7a4a3a' },
    glasses: false,
  },
];

interface Seat {
  id: string;
  appearance: Appearance;
  x: number;
}

function seats(): Seat[] {
  if (params.get('cast') === '1')
    return CAST.map((appearance, i) => ({
      id: String.fromCharCode(97 + i),
      appearance,
      x: (i - 2.5) * 0.62,
    }));
  return [
    { id: 'a', appearance: OLDER_MAN, x: -0.45 },
    { id: 'b', appearance: YOUNGER_WOMAN, x: 0.45 },
  ];
}

/** `a.distress` for avatar a, else `distress` for all, else the default. */
function value(id: string, name: string, fallback: number): number {
  const raw = params.get(`${id}.${name}`) ?? params.get(name);
  const number = raw === null ? Number.NaN : Number(raw);
  return Number.isFinite(number) ? number : fallback;
}

function flag(id: string, name: string): boolean {
  const raw = params.get(name);
  return raw === '1' || raw === id || raw === 'all';
}

function driveFor(id: string): AvatarDrive {
  const drive = createAvatarDrive({
    distress: value(id, 'distress', 0.1),
    anger: value(id, 'anger', 0.05),
    trust: value(id, 'trust', 0.5),
  });
  drive.speaking = flag(id, 'speaking');
  drive.thinking = flag(id, 'thinking');
  drive.reducedMotion = params.get('reduced') === '1';
  return drive;
}

interface PreviewProbe {
  frames: number;
  drawCalls: number;
  triangles: number;
  faces: Record<string, FaceState>;
}

declare global {
  interface Window {
    __avatarPreview?: PreviewProbe;
  }
}

function CameraRig({ list }: { list: Seat[] }) {
  const camera = useThree((state) => state.camera);
  useEffect(() => {
    const cam = params.get('cam') ?? 'seat';
    const target = list.find((seat) => cam === `face-${seat.id}`);
    if (target) {
      camera.position.set(target.x * 0.8, 1.24, 0.62);
      camera.lookAt(target.x, 1.2, 0);
    } else {
      camera.position.set(...LEARNER);
      camera.lookAt(0, 0.95, 0);
    }
  }, [camera, list]);
  return null;
}

function Animate({ drives }: { drives: Map<string, AvatarDrive> }) {
  const gl = useThree((state) => state.gl);
  const probe = useMemo<PreviewProbe>(() => ({ frames: 0, drawCalls: 0, triangles: 0, faces: {} }), []);
  useEffect(() => {
    window.__avatarPreview = probe;
  }, [probe]);
  useFrame((state) => {
    const t = state.clock.elapsedTime;
    for (const [id, drive] of drives) {
      if (drive.speaking) drive.mouthOpen = Math.max(0, Math.sin(t * 11) * 0.5 + Math.sin(t * 4.3) * 0.35);
      if (params.get('nod') === '1' && t % 4 < 0.02) drive.nodAt = performance.now();
      probe.faces[id] = drive.face;
    }
    // The last frame's totals (the renderer resets them each frame).
    probe.frames += 1;
    probe.drawCalls = gl.info.render.calls;
    probe.triangles = gl.info.render.triangles;
  });
  return null;
}

function Room() {
  return (
    <group>
      <mesh rotation-x={-Math.PI / 2}>
        <planeGeometry args={[8, 8]} />
        <meshStandardMaterial color="#9a8f80" />
      </mesh>
      <mesh position={[0, 1.5, -1.2]}>
        <planeGeometry args={[8, 3]} />
        <meshStandardMaterial color="#d9d3c7" />
      </mesh>
    </group>
  );
}

function Chair({ x, facing }: { x: number; facing: number }) {
  return (
    <group position={[x, 0, 0]} rotation-y={facing}>
      <mesh position={[0, 0.42, 0]}>
        <boxGeometry args={[0.5, 0.08, 0.48]} />
        <meshStandardMaterial color="#5b4a3c" />
      </mesh>
      <mesh position={[0, 0.78, -0.26]} rotation-x={-0.1}>
        <boxGeometry args={[0.48, 0.6, 0.05]} />
        <meshStandardMaterial color="#5b4a3c" />
      </mesh>
      <mesh position={[0, 0.19, 0]}>
        <boxGeometry args={[0.44, 0.38, 0.42]} />
        <meshStandardMaterial color="#4a3c30" />
      </mesh>
    </group>
  );
}

function Stats({ list }: { list: Seat[] }) {
  useEffect(() => {
    const element = document.getElementById('stats');
    if (!element) return;
    const costs = list.map((seat) => {
      const rig = buildAvatarRig(seat.appearance);
      const cost = rigCost(rig.root);
      rig.dispose();
      return `${seat.id}: ${seat.appearance.sex} ${seat.appearance.hair.style} ${seat.appearance.clothing.kind} — ${cost.drawCalls} draw calls, ${cost.triangles} triangles`;
    });
    const timer = setInterval(() => {
      const probe = window.__avatarPreview;
      if (!probe) return;
      const faces = Object.entries(probe.faces)
        .map(
          ([id, f]) =>
            `${id}: brows↑${f.browInnerUp.toFixed(2)} brows↓${f.browDown.toFixed(2)} corners ${f.mouthCorners.toFixed(2)} lean ${f.leanForward.toFixed(2)} blink ${f.blink.toFixed(2)}`,
        )
        .join('\n');
      element.textContent = `frame: ${probe.drawCalls} draw calls, ${probe.triangles} triangles${params.get('room') === '0' ? ' (avatars only)' : ' (with room)'}\n${costs.join('\n')}\n${faces}`;
    }, 250);
    return () => clearInterval(timer);
  }, [list]);
  return null;
}

function Preview() {
  const list = useMemo(seats, []);
  const drives = useMemo(() => new Map(list.map((seat) => [seat.id, driveFor(seat.id)])), [list]);
  const room = params.get('room') !== '0';
  return (
    <>
      <Canvas camera={{ fov: 55, near: 0.05, far: 50, position: LEARNER }} dpr={1}>
        <color attach="background" args={['#cfc8bb']} />
        <hemisphereLight args={['#f4f1ea', '#6b6158', 1.1]} />
        <directionalLight position={[1.2, 3, 2.5]} intensity={1.8} />
        <CameraRig list={list} />
        <Animate drives={drives} />
        {room && <Room />}
        {list.map((seat) => {
          const facing = Math.atan2(LEARNER[0] - seat.x, LEARNER[2]);
          const drive = drives.get(seat.id);
          return (
            <group key={seat.id}>
              {room && <Chair x={seat.x} facing={facing} />}
              {drive && (
                <Avatar
                  appearance={seat.appearance}
                  drive={drive}
                  position={[seat.x, 0, 0]}
                  facing={facing}
                />
              )}
            </group>
          );
        })}
      </Canvas>
      <Stats list={list} />
    </>
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <Preview />
    </StrictMode>,
  );
