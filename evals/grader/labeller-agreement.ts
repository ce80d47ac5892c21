// eval:labellers: how far two people agree on which sentence shows which rubric item, as a ceiling for the
// grader's evidence precision. A second educator, who never saw the detectors or the first labels, labelled the
// sentences of the third final blind set again (evals/grader/blind-final-3-second). Each sentence the second
// labeller files under an item is scored like a grader's citation against the first labeller's labels, and the
// other way round; then the offline grader's citations are scored against the second labeller and against both.
// Usage: npm run eval:labellers [-- --json]

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { loadRubricsOrThrow } from '../../server/content/load-rubrics.ts';
import { grade } from '../../server/grading/grade.ts';
import { fromFile } from '../../server/grading/transcript.ts';
import { BLIND_FINAL_3_DIR, type BlindSentence, type BlindTranscript, loadBlind } from './blind-set.ts';
import { type EvidenceCounts, emptyCounts, scoreEvidence } from './evidence.ts';

export const SECOND_DIR = new URL('blind-final-3-second/', import.meta.url);

const secondSchema = z.object({
  rubric: z.string(),
  turns: z.array(
    z.union([
      z.object({
        speaker: z.literal('learner'),
        sentences: z.array(
          z.object({ text: z.string(), shows: z.array(z.string()), harm: z.string().nullable() }),
        ),
      }),
      z.object({ speaker: z.string(), text: z.string() }),
    ]),
  ),
});

/** The first labeller's transcript with the second labeller's sentence labels in place of its own. */
function relabelled(first: BlindTranscript): BlindTranscript {
  const path = new URL(`${first.rubric}/${basename(first.file)}`, SECOND_DIR);
  const second = secondSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  const labels = second.turns.flatMap((t) => ('sentences' in t ? t.sentences : []));
  if (labels.length !== first.sentences.length)
    throw new Error(
      `${path.pathname}: ${labels.length} sentences, the first labeller has ${first.sentences.length}`,
    );
  const sentences = first.sentences.map((s, i) => {
    const label = labels[i] as (typeof labels)[number];
    if (label.text !== s.text) throw new Error(`${path.pathname}: sentence ${i + 1} differs`);
    return { ...s, shows: label.shows, harm: label.harm };
  });
  return { ...first, sentences };
}

/** Sentences shown by either labeller; harmful when either says so. */
function union(a: BlindTranscript, b: BlindTranscript): BlindTranscript {
  const sentences: BlindSentence[] = a.sentences.map((s, i) => {
    const other = b.sentences[i] as BlindSentence;
    return { ...s, shows: [...new Set([...s.shows, ...other.shows])], harm: s.harm ?? other.harm };
  });
  return { ...a, sentences };
}

interface Tally {
  cited: number;
  agreed: number;
  harmful: number;
}

/** Each (sentence, item) one labeller files is a citation; it agrees when the other files it too and sees no harm. */
function humanAgreement(citing: readonly BlindTranscript[], judging: readonly BlindTranscript[]) {
  const byItem = new Map<string, Tally>();
  const all: Tally = { cited: 0, agreed: 0, harmful: 0 };
  citing.forEach((t, ti) => {
    t.sentences.forEach((s, si) => {
      const other = judging[ti]?.sentences[si] as BlindSentence;
      for (const item of s.shows) {
        const tally = byItem.get(item) ?? { cited: 0, agreed: 0, harmful: 0 };
        byItem.set(item, tally);
        const agreed = other.shows.includes(item) && other.harm === null;
        for (const x of [tally, all]) {
          x.cited++;
          if (agreed) x.agreed++;
          if (other.harm !== null) x.harmful++;
        }
      }
    });
  });
  return { all, byItem };
}

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 1000) / 1000 : null);

function evidenceSummary(c: EvidenceCounts) {
  return {
    precision: ratio(c.precise, c.positiveQuotes),
    recall: ratio(c.recalled, c.shownPairs),
    quotes: c.positiveQuotes,
    harmfulCited: c.harmfulCited,
  };
}

export async function labellerAgreement() {
  const first = loadBlind(BLIND_FINAL_3_DIR);
  const second = first.map(relabelled);
  const both = first.map((t, i) => union(t, second[i] as BlindTranscript));
  const rubrics = loadRubricsOrThrow('rubrics');
  const vsFirst = emptyCounts();
  const vsSecond = emptyCounts();
  const vsEither = emptyCounts();
  for (const [i, t] of first.entries()) {
    const rubric = rubrics.find((r) => r.id === t.rubric);
    if (!rubric) throw new Error(`${t.file}: no rubric "${t.rubric}"`);
    const { report } = await grade(fromFile({ turns: t.turns }), [rubric], {});
    scoreEvidence(vsFirst, t, report);
    scoreEvidence(vsSecond, second[i] as BlindTranscript, report);
    scoreEvidence(vsEither, both[i] as BlindTranscript, report);
  }
  const secondVsFirst = humanAgreement(second, first);
  const firstVsSecond = humanAgreement(first, second);
  const tally = (t: Tally) => ({ ...t, precision: ratio(t.agreed, t.cited) });
  return {
    transcripts: first.length,
    sentences: first.reduce((n, t) => n + t.sentences.length, 0),
    secondJudgedByFirst: tally(secondVsFirst.all),
    firstJudgedBySecond: tally(firstVsSecond.all),
    byItem: Object.fromEntries(
      [...secondVsFirst.byItem].map(([item, t]) => [
        item,
        {
          second: tally(t),
          first: tally(firstVsSecond.byItem.get(item) ?? { cited: 0, agreed: 0, harmful: 0 }),
        },
      ]),
    ),
    grader: {
      againstFirst: evidenceSummary(vsFirst),
      againstSecond: evidenceSummary(vsSecond),
      againstEither: evidenceSummary(vsEither),
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await labellerAgreement();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(result));
  } else {
    const s = result.secondJudgedByFirst;
    const f = result.firstJudgedBySecond;
    console.log(`${result.transcripts} transcripts, ${result.sentences} sentences, each labelled twice`);
    console.log(
      `second labeller's sentences judged by the first: precision ${s.precision} of ${s.cited} (${s.harmful} on sentences the first calls harmful)`,
    );
    console.log(
      `first labeller's sentences judged by the second: precision ${f.precision} of ${f.cited} (${f.harmful} on sentences the second calls harmful)`,
    );
    console.log('per item (second judged by first | first judged by second):');
    for (const [item, t] of Object.entries(result.byItem))
      console.log(
        `  ${item.padEnd(24)} ${String(t.second.precision).padStart(5)} of ${String(t.second.cited).padStart(3)} | ${String(t.first.precision).padStart(5)} of ${String(t.first.cited).padStart(3)}`,
      );
    for (const [name, g] of Object.entries(result.grader))
      console.log(
        `the offline grader ${name}: precision ${g.precision} of ${g.quotes} quotes, recall ${g.recall}, harmful cited ${g.harmfulCited}`,
      );
  }
}
