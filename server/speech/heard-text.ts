// What the learner heard of a reply they cut off: its text up to the word being said when playback stopped.

/** One synthesised piece of a reply, as sent: its text and how long its audio plays. */
export interface SpokenPiece {
  text: string;
  durationMs: number;
}

export interface HeardReport {
  /** Milliseconds of the reply that played. */
  ms: number;
  /** For a browser voice: characters of the text spoken so far (from its boundary events). */
  chars?: number | undefined;
}

/** A steady conversational speaking rate, used when neither audio nor the browser says where speech stopped. */
const CHARS_PER_SECOND = 14;

/**
 * The part of `text` the learner heard. The browser's character count is exact; otherwise the synthesised pieces'
 * durations place the cut, within a piece in proportion to its characters; otherwise a typical speaking rate.
 * The word being said is kept whole, since the learner heard it start.
 */
export function heardText(text: string, heard: HeardReport, pieces: readonly SpokenPiece[] = []): string {
  const chars =
    heard.chars ?? charsFromPieces(text, heard.ms, pieces) ?? (heard.ms / 1000) * CHARS_PER_SECOND;
  if (chars <= 0) return '';
  if (chars >= text.length) return text;
  const wordEnd = text.slice(Math.floor(chars)).search(/\s/);
  const cut = wordEnd === -1 ? text.length : Math.floor(chars) + wordEnd;
  return text.slice(0, cut).trimEnd();
}

function charsFromPieces(text: string, ms: number, pieces: readonly SpokenPiece[]): number | null {
  if (pieces.length === 0) return null;
  let elapsed = 0;
  let from = 0;
  for (const piece of pieces) {
    const at = text.indexOf(piece.text, from);
    const start = at === -1 ? from : at;
    if (ms < elapsed + piece.durationMs) {
      const share = piece.durationMs > 0 ? (ms - elapsed) / piece.durationMs : 0;
      return start + share * piece.text.length;
    }
    elapsed += piece.durationMs;
    from = start + piece.text.length;
  }
  // Past the audio sent so far: everything voiced was heard.
  return from;
}
