// Where each rubric item's evidence was found in the transcript: which turns it cites and which words of each turn
// the quote matched, so a replay can highlight them. No React here.

import type { ReviewedReport } from '../api/instruction-wire.ts';

/** One item's quote found in a turn. */
export interface EvidenceMark {
  rubricId: string;
  itemId: string;
  itemTitle: string;
  quote: string;
  /** True when the quote shows the item's behaviour, false when it shows where the item fell short. */
  shows: boolean | undefined;
}

/** A piece of a line's text, marked when it is part of a quoted piece of evidence. */
export interface TextSegment {
  text: string;
  marked: boolean;
}

/** Every piece of evidence of the report, by the 0-based turn index it cites. */
export function evidenceByTurn(report: ReviewedReport): Map<number, EvidenceMark[]> {
  const byTurn = new Map<number, EvidenceMark[]>();
  for (const rubric of report.rubrics) {
    for (const item of rubric.items) {
      for (const { turn, quote, shows } of item.evidence) {
        const marks = byTurn.get(turn) ?? [];
        marks.push({ rubricId: rubric.rubricId, itemId: item.id, itemTitle: item.title, quote, shows });
        byTurn.set(turn, marks);
      }
    }
  }
  return byTurn;
}

/**
 * Splits a line into plain and marked pieces, marking where each quote is found. Quotes are matched as the grader
 * checks them: ignoring case, runs of spaces and the style of quotation marks. A quote not found marks nothing.
 */
export function markQuotes(text: string, quotes: readonly string[]): TextSegment[] {
  const { folded, origin } = fold(text);
  const marked = new Array<boolean>(text.length).fill(false);
  for (const quote of quotes) {
    const needle = fold(quote).folded.trim();
    if (needle === '') continue;
    let from = folded.indexOf(needle);
    while (from !== -1) {
      const start = origin[from] ?? 0;
      const end = (origin[from + needle.length - 1] ?? start) + 1;
      marked.fill(true, start, end);
      from = folded.indexOf(needle, from + needle.length);
    }
  }
  const segments: TextSegment[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = segments.at(-1);
    const char = text.charAt(i);
    if (last && last.marked === marked[i]) last.text += char;
    else segments.push({ text: char, marked: marked[i] ?? false });
  }
  return segments;
}

const QUOTE_STYLES: Record<string, string> = { '‘': "'", '’': "'", '“': '"', '”': '"', '`': "'" };

/** Lower case, one space for any run of spaces, plain quotation marks; `origin[i]` is where folded char i came from. */
function fold(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (/\s/.test(char)) {
      if (folded.endsWith(' ')) continue;
      folded += ' ';
    } else {
      const plain = QUOTE_STYLES[char] ?? char;
      // A few letters lower-case to two characters; those stay as they are so positions still line up.
      const lower = plain.toLowerCase();
      folded += lower.length === plain.length ? lower : plain;
    }
    origin.push(i);
  }
  return { folded, origin };
}
