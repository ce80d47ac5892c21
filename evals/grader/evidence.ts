// Evidence precision and recall against sentence labels: does each quote the grader cites as showing an item's
// behaviour actually show it (precision), is any such quote a harmful sentence, and where the labels say the
// behaviour was shown, did the grader cite it at least once (recall, per transcript and item).

import type { GradingReport, Quote } from '../../server/grading/report-types.ts';
import type { BlindSentence, BlindTranscript } from './blind-set.ts';

export interface EvidenceCounts {
  /** Quotes cited as showing an item's behaviour. */
  positiveQuotes: number;
  /** Of those, quotes that lie on a sentence labelled as showing that item. */
  precise: number;
  /** Positive quotes that touch a sentence labelled harmful. */
  harmfulCited: number;
  /** Transcript × item pairs where the labels show the behaviour. */
  shownPairs: number;
  /** Of those, pairs where the grader cited a precise quote. */
  recalled: number;
  /** Examples of imprecise or harmful citations, for reading. */
  misses: string[];
}

export function emptyCounts(): EvidenceCounts {
  return { positiveQuotes: 0, precise: 0, harmfulCited: 0, shownPairs: 0, recalled: 0, misses: [] };
}

function normal(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The labelled sentences a quote lies on: those it contains or that contain it, in the same turn. */
export function sentencesUnder(quote: Quote, sentences: readonly BlindSentence[]): BlindSentence[] {
  const q = normal(quote.quote);
  if (q === '') return [];
  return sentences.filter((s) => {
    if (s.turn !== quote.turn) return false;
    const t = normal(s.text);
    return t !== '' && (q.includes(t) || t.includes(q));
  });
}

export function scoreEvidence(
  counts: EvidenceCounts,
  transcript: BlindTranscript,
  report: GradingReport,
): void {
  const items = report.rubrics[0]?.items ?? [];
  for (const item of items) {
    let recalled = false;
    for (const quote of item.evidence.filter((q) => q.shows === true)) {
      counts.positiveQuotes++;
      const under = sentencesUnder(quote, transcript.sentences);
      const shows = under.some((s) => s.shows.includes(item.id));
      const harmful = under.some((s) => s.harm !== null);
      if (shows && !harmful) {
        counts.precise++;
        recalled = true;
      } else {
        counts.misses.push(
          `${harmful ? 'harmful' : 'imprecise'} ${transcript.file} ${item.id}: "${quote.quote.slice(0, 120)}"`,
        );
      }
      if (harmful) counts.harmfulCited++;
    }
    if (transcript.sentences.some((s) => s.shows.includes(item.id))) {
      counts.shownPairs++;
      if (recalled) counts.recalled++;
    }
  }
}
