// Captions in the room, above each character: their name and what they are saying, on a dark panel that lights up
// while they speak. Rendered with troika text from a font Bedside ships, so nothing is fetched from elsewhere.

import fontUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url';
import { Text } from '@react-three/drei';
import { useFrame } from '@react-three/fiber';
import { useRef, useState } from 'react';
import type { Mesh, MeshBasicMaterial } from 'three';
import type { CaptionSize } from '../state/comfort.ts';
import type { AvatarDrive } from './avatar/avatar-drive.ts';
import { CAPTION_CHARACTERS, CAPTION_FONT_METRES, CAPTION_WIDTH_EMS } from './caption-style.ts';
import type { Seat } from './seating.ts';

export interface CaptionLine {
  speaker: string;
  name: string;
  text: string;
}

interface Props {
  line: CaptionLine | null;
  seat: Seat;
  /** Height of the caption's lower edge above the floor (m): above the character's head. */
  height: number;
  drive: AvatarDrive | undefined;
  size: CaptionSize;
}

const PANEL_PADDING = 0.6;
/** The speaker's name, smaller than the words. */
const NAME_SCALE = 0.8;
const IDLE = '#1d2327';
const SPEAKING = '#24455a';
/** Renders nothing visible: makes the caption glyphs ready when the scene opens, not at the first reply. */
export function CaptionGlyphs() {
  return (
    <Text font={fontUrl} characters={CAPTION_CHARACTERS} visible={false}>
      {' '}
    </Text>
  );
}

export function Caption3D({ line, seat, height, drive, size }: Props) {
  const fontSize = CAPTION_FONT_METRES[size];
  const [bounds, setBounds] = useState<[number, number] | null>(null);
  const panel = useRef<Mesh>(null);
  const lit = useRef(false);

  useFrame(() => {
    const speaking = drive?.speaking ?? false;
    if (!panel.current || speaking === lit.current) return;
    lit.current = speaking;
    (panel.current.material as MeshBasicMaterial).color.set(speaking ? SPEAKING : IDLE);
  });

  if (!line) return null;
  const [x, , z] = seat.position;
  const bodyHeight = bounds?.[1] ?? fontSize * 1.25;
  return (
    <group position={[x, height, z]} rotation={[0, seat.facing, 0]}>
      {bounds && (
        <mesh ref={panel} position={[0, (bounds[1] + fontSize * NAME_SCALE * 1.6) / 2, -0.005]}>
          <planeGeometry
            args={[
              bounds[0] + fontSize * PANEL_PADDING * 2,
              bounds[1] + fontSize * NAME_SCALE * 1.6 + fontSize * PANEL_PADDING * 2,
            ]}
          />
          <meshBasicMaterial color={IDLE} transparent opacity={0.82} />
        </mesh>
      )}
      <Text
        font={fontUrl}
        fontSize={fontSize * NAME_SCALE}
        anchorX="center"
        anchorY="bottom"
        color="#9fd3f0"
        position={[0, bodyHeight + fontSize * 0.25, 0]}
      >
        {line.name}
      </Text>
      <Text
        font={fontUrl}
        fontSize={fontSize}
        characters={CAPTION_CHARACTERS}
        maxWidth={fontSize * CAPTION_WIDTH_EMS}
        lineHeight={1.25}
        anchorX="center"
        anchorY="bottom"
        textAlign="left"
        color="#ffffff"
        onSync={(text: { textRenderInfo?: { blockBounds: number[] } }) => {
          const b = text.textRenderInfo?.blockBounds;
          if (b && b.length === 4) setBounds([(b[2] ?? 0) - (b[0] ?? 0), (b[3] ?? 0) - (b[1] ?? 0)]);
        }}
      >
        {line.text}
      </Text>
    </group>
  );
}
