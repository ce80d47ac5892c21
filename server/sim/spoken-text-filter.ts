// Keeps only the words a character says aloud from a streamed model reply: drops stage directions in
// asterisks, brackets or parentheses, markdown marks, and a leading "Name:" label, across delta boundaries.

const OPENERS: Record<string, string> = { '*': '*', '(': ')', '[': ']' };
const LABEL_LOOKAHEAD = 40;

export interface SpokenTextFilter {
  /** Feeds a delta; returns the text that can be shown now (possibly empty). */
  push(delta: string): string;
  /** Flushes what is held back at the end of the stream. */
  end(): string;
}

export function createSpokenTextFilter(speakerNames: readonly string[]): SpokenTextFilter {
  const label = new RegExp(
    `^\\s*(?:${speakerNames.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*:\\s*`,
    'i',
  );
  let closer: string | null = null;
  let head = '';
  let headDone = false;
  let lastEmitted = ' ';

  const clean = (text: string): string => {
    let out = '';
    for (const ch of text) {
      if (closer) {
        if (ch === closer) closer = null;
        continue;
      }
      if (ch in OPENERS) {
        closer = OPENERS[ch] as string;
        continue;
      }
      if (ch === '#' || ch === '_' || ch === '`') continue;
      // Collapse the doubled spaces that removed spans leave behind.
      if (/\s/.test(ch) && /\s/.test(out.at(-1) ?? lastEmitted)) continue;
      out += ch;
    }
    if (out) lastEmitted = out.at(-1) as string;
    return out;
  };

  return {
    push(delta) {
      if (headDone) return clean(delta);
      head += delta;
      // Hold the first characters back until a "Name:" label can be recognised and removed.
      if (head.length < LABEL_LOOKAHEAD && !/[.!?]/.test(head)) return '';
      headDone = true;
      return clean(head.replace(label, '').replace(/^\s+/, ''));
    },
    end() {
      if (headDone) return '';
      headDone = true;
      return clean(head.replace(label, '').replace(/^\s+/, ''));
    },
  };
}

/** The whole reply filtered at once (trimmed). */
export function spokenText(text: string, speakerNames: readonly string[]): string {
  const filter = createSpokenTextFilter(speakerNames);
  return (filter.push(text) + filter.end()).trim();
}
