// Cuts a reply streaming in as text deltas into pieces worth synthesising on their own: whole sentences, or a
// clause once it is long enough. Speech starts after the first piece, so the first should come early, but pieces
// cut too small sound choppy (each is voiced with its own intonation).

/** Titles that end in a full stop without ending the sentence. */
const TITLES = /\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Sr|Jr|vs|etc|e\.g|i\.e)\.$/i;
/** A sentence end: terminal punctuation (and closing quotes or brackets) followed by whitespace. */
const SENTENCE_END = /[.!?…]+["'’”)\]]*\s/g;
/** A clause end: a comma, semicolon, colon or dash followed by whitespace. */
const CLAUSE_END = /(?:[,;:]|\s[-–—])\s/g;

export interface ChunkerOptions {
  /** A clause is cut off as a piece of its own once the piece would be at least this long. @default 60 */
  minClauseChars?: number;
}

export interface SentenceChunker {
  /** Adds streamed text; returns the pieces it completed, in order (often none). */
  push(text: string): string[];
  /** The reply is complete: returns what is left as a last piece (none if only whitespace). */
  end(): string[];
}

export function createSentenceChunker(options: ChunkerOptions = {}): SentenceChunker {
  const minClauseChars = options.minClauseChars ?? 60;
  let buffer = '';

  /** The index just past the first cut point in `buffer`, or -1. */
  function nextCut(): number {
    for (const match of buffer.matchAll(SENTENCE_END)) {
      const end = match.index + match[0].length;
      if (!TITLES.test(buffer.slice(0, match.index + match[0].trimEnd().length))) return end;
    }
    for (const match of buffer.matchAll(CLAUSE_END)) {
      const end = match.index + match[0].length;
      if (end >= minClauseChars) return end;
    }
    return -1;
  }

  return {
    push(text) {
      buffer += text;
      const pieces: string[] = [];
      for (let cut = nextCut(); cut > 0; cut = nextCut()) {
        const piece = buffer.slice(0, cut).trim();
        buffer = buffer.slice(cut);
        if (piece) pieces.push(piece);
      }
      return pieces;
    },
    end() {
      const rest = buffer.trim();
      buffer = '';
      return rest ? [rest] : [];
    },
  };
}
