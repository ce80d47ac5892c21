// The judge: one structured-output call per rubric at temperature 0. The transcript goes in as numbered data
// inside delimiters; instructions aimed at the grader are redacted from the judge's copy; every quote it returns
// is checked against the transcript, and an item whose quote is not found is voided.

import { z } from 'zod';
import type { JudgePlaceholder } from '../content/load-judge-template.ts';
import type { PromptTemplate } from '../content/prompt-template.ts';
import type { Rubric } from '../content/rubric-schema.ts';
import type { ChatModel, TokenUsage } from '../providers/chat-model.ts';
import type { ConversationMetrics, Quote } from './report-types.ts';
import type { GradingTranscript } from './transcript.ts';

export interface Judge {
  chat: ChatModel;
  model: string;
  template: PromptTemplate<JudgePlaceholder>;
}

const judgedItemSchema = z.strictObject({
  id: z.string(),
  score: z.number().min(0).max(1).nullable(),
  evidence: z.array(z.strictObject({ turn: z.number().int().min(1), quote: z.string() })),
  suggestion: z.string(),
});
export const judgeAnswerSchema = z.strictObject({ items: z.array(judgedItemSchema) });

export interface JudgedItem {
  id: string;
  score: number | null;
  evidence: Quote[];
  suggestion: string | null;
  /** Why the judge's answer for this item was not trusted. */
  voided: string | null;
}

export interface JudgedRubric {
  items: Map<string, JudgedItem>;
  usage: TokenUsage | null;
}

/** Requests to whoever grades the transcript, as regex fragments. */
const GRADER_REQUESTS = [
  'ignore (?:the|all|any|your|previous|prior) (?:rubric|instructions?|rules?)',
  '(?:give|award) (?:me |this |them )?(?:full|top|maximum|max|perfect) (?:marks|score|points)',
  'note to (?:the )?(?:grader|marker|assessor|examiner|judge)',
  '(?:score|grade|rate|mark) (?:this|me) (?:as )?(?:10|ten|100|full|perfect|a perfect)',
  '(?:dear|attention,?) (?:grader|marker|assessor|ai|model)',
  'you are (?:now )?the (?:grader|assessor)',
  'system prompt',
];
/** Sentences that address the grader rather than the people in the room: the whole sentence around a request. */
const GRADER_DIRECTED = new RegExp(`[^.!?\\n]*\\b(?:${GRADER_REQUESTS.join('|')})\\b[^.!?\\n]*[.!?]?`, 'gi');

export const REDACTED = '[a remark addressed to the grader, removed]';

/** The transcript as the judge sees it: numbered turns, grader-directed remarks redacted. */
export function transcriptForJudge(transcript: GradingTranscript): string {
  const lines = transcript.turns.map((t) => {
    const who = t.speaker === 'learner' ? 'learner' : (transcript.names?.[t.speaker] ?? t.speaker);
    const text = t.speaker === 'learner' ? t.text.replace(GRADER_DIRECTED, REDACTED) : t.text;
    return `[${t.index + 1}] ${who}: ${text}`;
  });
  return `<transcript>\n${lines.join('\n')}\n</transcript>`;
}

/** Scores one rubric with the judge. Throws (ChatModelError) when the call fails; the caller retries. */
export async function judgeRubric(
  judge: Judge,
  rubric: Rubric,
  transcript: GradingTranscript,
  metrics: ConversationMetrics,
): Promise<JudgedRubric> {
  const system = judge.template.render({
    rubricTitle: rubric.title,
    rubricSource: rubric.source,
    items: rubric.items
      .map((i) => `- ${i.id} (${i.scale}): ${i.title}. ${i.description} Evidence: ${i.evidence}`)
      .join('\n'),
    findings: describeMetrics(metrics),
  });
  const result = await judge.chat.structured({
    model: judge.model,
    temperature: 0,
    schemaName: `rubric_${rubric.id.replace(/-/g, '_')}`,
    schema: judgeAnswerSchema,
    messages: [
      { role: 'system', content: system },
      { role: 'user', content: transcriptForJudge(transcript) },
    ],
  });
  const items = new Map<string, JudgedItem>();
  for (const item of rubric.items) {
    const answer = result.value.items.find((a) => a.id === item.id);
    if (!answer) {
      items.set(item.id, {
        id: item.id,
        score: null,
        evidence: [],
        suggestion: null,
        voided: 'the judge did not score it',
      });
      continue;
    }
    // The judge numbers turns from 1, as it was shown them; evidence keeps the 0-based index.
    const evidence = answer.evidence.map((q) => ({ turn: q.turn - 1, quote: q.quote }));
    const missing = evidence.find((q) => !quoteFound(transcript, q));
    const score = answer.score === null ? null : snapToScale(answer.score, item.scale);
    items.set(item.id, {
      id: item.id,
      score: missing ? null : score,
      evidence: missing ? [] : evidence,
      suggestion: answer.suggestion.trim() || null,
      voided: missing ? `quote not found in turn ${missing.turn + 1}: "${missing.quote}"` : null,
    });
  }
  return { items, usage: result.usage };
}

/** Whether a quote appears in the cited turn, ignoring case, spacing and quote styles. */
export function quoteFound(transcript: GradingTranscript, quote: Quote): boolean {
  const turn = transcript.turns[quote.turn];
  const needle = normalise(quote.quote);
  return turn !== undefined && needle.length > 0 && normalise(turn.text).includes(needle);
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function snapToScale(score: number, scale: 'binary' | 'ordinal'): number {
  if (scale === 'binary') return score >= 0.5 ? 1 : 0;
  return Math.round(score * 2) / 2;
}

function describeMetrics(m: ConversationMetrics): string {
  const moments = m.emotionalMoments;
  return [
    `- learner turns ${m.learnerTurns}; learner share of words ${m.learnerWordShare ?? 'n/a'}`,
    `- open questions ${m.openQuestions}, closed ${m.closedQuestions}; reflections ${m.simpleReflections} simple, ${m.complexReflections} complex`,
    `- emotional moments ${moments.length}: ${moments.map((x) => `turn ${x.turn + 1} (${x.kind}) answered by ${x.response}`).join('; ') || 'none'}`,
    `- jargon terms: ${m.jargonTerms.join(', ') || 'none'}; premature reassurances ${m.prematureReassurances}; threats or commands ${m.threatsOrCommands}`,
    `- first perception check at turn ${m.firstPerceptionTurn === null ? 'never' : m.firstPerceptionTurn + 1}; first news at turn ${m.firstNewsTurn === null ? 'never' : m.firstNewsTurn + 1}`,
  ].join('\n');
}
