// The closed sets of an avatar's appearance: the values the scenario schema accepts and the client's avatars must
// draw. Plain constants (no zod), so `server/protocol.ts` re-exports them without pulling the schema into the client.

/** `bob`: to the jaw, covering the ears; `ponytail`: drawn back and tied behind. */
export const HAIR_STYLES = ['bald', 'receding', 'short', 'curly', 'long', 'bun', 'bob', 'ponytail'] as const;
export const CLOTHING_KINDS = ['gown', 'shirt', 'jumper', 'hoodie', 'cardigan', 'blouse'] as const;
export const BUILDS = ['slight', 'average', 'broad'] as const;
