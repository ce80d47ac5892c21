// Keeps only the words a character says aloud from a streamed model reply: drops stage directions in
// asterisks, brackets or parentheses, markdown marks, and a leading "Name:" label, across delta boundaries.

const OPENERS: Record<string, string> = { '*': '*', '(': ')', '[': ']' };

export interface SpokenTextFilter {
  /** Feeds a delta; returns the text that can be shown now (possibly empty). */
  push(delta: string): string;
  /** Flushes what is held back at the end of the stream. */
  end(): string;
}

export function createSpokenTextFilter(speakerNames: readonly string[]): SpokenTextFilter {
  const labels = speakerNames.filter(Boolean).map((name) => `${name.toLowerCase()}:`);
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

  /** The held-back opening without a "Name:" label, once it can no longer turn into one. */
  const releaseHead = (final: boolean): string | null => {
    const opening = head.trimStart();
    const compact = opening.toLowerCase().replace(/\s*:/, ':');
    const label = labels.find((l) => compact.startsWith(l));
    if (label) return opening.slice(opening.indexOf(':') + 1).trimStart();
    const couldBeLabel = labels.some((l) => l.startsWith(compact.trimEnd()));
    if (couldBeLabel && !final) return null;
    return opening;
  };

  return {
    push(delta) {
      if (headDone) return clean(delta);
      // Stage directions are dropped first, so a label after one ("*sighs* Alan: ...") is still found.
      head += clean(delta);
      const released = releaseHead(false);
      if (released === null) return '';
      headDone = true;
      return released;
    },
    end() {
      if (headDone) return '';
      headDone = true;
      return releaseHead(true) ?? '';
    },
  };
}

/** The whole reply filtered at once (trimmed). */
export function spokenText(text: string, speakerNames: readonly string[]): string {
  const filter = createSpokenTextFilter(speakerNames);
  return (filter.push(text) + filter.end()).trim();
}
