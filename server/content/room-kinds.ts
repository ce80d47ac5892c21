// Where a scenario happens and where each character is in it: closed sets the scenario schema accepts and the
// client's scene must build. Plain constants (no zod), so `server/protocol.ts` re-exports them for the client.

export const ROOMS = ['consultation', 'ward-bay', 'ed-relatives-room', 'assessment-room'] as const;
export type Room = (typeof ROOMS)[number];

/** `seated` is on a chair (or, in a ward bay, on the edge of the bed); `in-bed` is propped up against pillows. */
export const PLACES = ['seated', 'standing', 'in-bed'] as const;
export type Place = (typeof PLACES)[number];

/**
 * Where a character is when the scenario does not say: in a ward bay the patient is in bed and visitors stand by
 * it; in a bare assessment room everyone stands (it has one chair); elsewhere people sit.
 */
export function defaultPlace(room: Room, role: 'patient' | 'relative'): Place {
  switch (room) {
    case 'ward-bay':
      return role === 'patient' ? 'in-bed' : 'standing';
    case 'assessment-room':
      return 'standing';
    case 'consultation':
    case 'ed-relatives-room':
      return 'seated';
  }
}
