// Each room's builder and light, by the scenario's room id.

import type { Room } from '../../../../server/protocol.ts';
import type { RoomLayout } from '../room-layout.ts';
import { buildAssessmentRoom } from './assessment-room.ts';
import { buildConsultationRoom } from './consultation-room.ts';
import { buildRelativesRoom } from './relatives-room.ts';
import type { RoomGeometry } from './room-geometry-types.ts';
import { buildWardBay } from './ward-bay.ts';

export interface RoomLight {
  /** Sky and ground colours of the ambient light, and its strength. */
  sky: string;
  ground: string;
  ambient: number;
  /** The main light (a window, a lamp, the ceiling panel): where from, its colour and strength. */
  key: { position: [number, number, number]; colour: string; intensity: number };
  /** A soft light from behind the learner, so faces read clearly (darker skin above all). */
  fill: { colour: string; intensity: number };
  /** What the room's far walls fade to beyond the shell (the canvas's clear colour). */
  background: string;
}

const LIGHTS: Record<Room, RoomLight> = {
  consultation: {
    sky: '#fffaf0',
    ground: '#c9c0b2',
    ambient: 1.6,
    key: { position: [-3, 3.2, 1.5], colour: '#fff4e0', intensity: 1.4 },
    fill: { colour: '#fffaf2', intensity: 0.9 },
    background: '#d9d4ca',
  },
  'ward-bay': {
    sky: '#f4f6f8',
    ground: '#b4b8b4',
    ambient: 1.35,
    key: { position: [0.4, 3.4, 0.2], colour: '#f2f6ff', intensity: 1.2 },
    fill: { colour: '#f6f8fa', intensity: 0.85 },
    background: '#cfd6d3',
  },
  'ed-relatives-room': {
    sky: '#ffeed8',
    ground: '#b9a58c',
    ambient: 1.25,
    key: { position: [2.2, 2.0, -1.0], colour: '#ffd9a6', intensity: 1.3 },
    fill: { colour: '#fff0dc', intensity: 0.85 },
    background: '#d6c7b2',
  },
  'assessment-room': {
    sky: '#f7fbff',
    ground: '#c7cbcc',
    ambient: 2.0,
    key: { position: [0, 3.2, 0.4], colour: '#ffffff', intensity: 1.5 },
    fill: { colour: '#f4f8ff', intensity: 1.0 },
    background: '#e2e6e6',
  },
};

export function roomLight(room: Room): RoomLight {
  return LIGHTS[room];
}

export function buildRoom(layout: RoomLayout): RoomGeometry {
  switch (layout.room) {
    case 'consultation':
      return buildConsultationRoom(layout);
    case 'ward-bay':
      return buildWardBay(layout);
    case 'ed-relatives-room':
      return buildRelativesRoom(layout);
    case 'assessment-room':
      return buildAssessmentRoom(layout);
  }
}
