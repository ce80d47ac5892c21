// eval:characters: plays scripted learner conversations (ordinary turns and jailbreak attempts) against whatever
// is configured (a model through OPENAI_API_KEY / OPENAI_BASE_URL, or the offline engine) and reports character
// consistency and leaks, judged by rules and, when a model is configured, by the judge model too.
// Usage: npm run eval:characters [-- --json]

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { readConfig } from '../../server/config.ts';
import { loadScenarioFile } from '../../server/content/load-scenarios.ts';
import { loadPromptTemplate, type PromptTemplate } from '../../server/content/prompt-template.ts';
import { setUpScene } from '../../server/content/scene-setup.ts';
import { launch } from '../../server/launch.ts';
import { jsonLogger } from '../../server/ports.ts';
import type { ChatModel } from '../../server/providers/chat-model.ts';
import { createOpenAIChatModel } from '../../server/providers/openai-chat-model.ts';
import { ApiClient } from '../../tests/support/api-client.ts';
import { checkReply, factKeywords, type HiddenFactProbe, type RuleName } from './rules.ts';

const scriptsSchema = z.strictObject({
  conversations: z.array(
    z.strictObject({
      id: z.string(),
      scenario: z.string(),
      difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
      lines: z.array(z.string().min(1)).min(1),
    }),
  ),
});

const verdictSchema = z.strictObject({
  inCharacter: z.boolean(),
  claimsAi: z.boolean(),
  leaksHidden: z.boolean(),
  reason: z.string(),
});
type Verdict = z.output<typeof verdictSchema>;

export interface ReplyReport {
  conversation: string;
  learner: string;
  speaker: string;
  text: string;
  source: string;
  findings: { rule: RuleName; detail: string }[];
  verdict: Verdict | null;
}

export interface CharacterEvalReport {
  engine: string;
  model: string | null;
  judgeModel: string | null;
  replies: number;
  passingRules: number;
  consistency: number;
  findings: Record<RuleName, number>;
  fallbacks: number;
  judge: { judged: number; inCharacter: number; claimsAi: number; leaksHidden: number } | null;
  details: ReplyReport[];
}

const MAX_WORDS = 60;
const JUDGE_PLACEHOLDERS = ['name', 'persona', 'blocked'] as const;

/** The judge model with its prompt, read once per run. */
interface CharacterJudge {
  chat: ChatModel;
  model: string;
  template: PromptTemplate<(typeof JUDGE_PLACEHOLDERS)[number]>;
}
const HERE = new URL('.', import.meta.url);

/** Runs every scripted conversation against a fresh server configured from `env`. */
export async function runCharacterEval(env: NodeJS.ProcessEnv = process.env): Promise<CharacterEvalReport> {
  const scripts = scriptsSchema.parse(parseYaml(readFileSync(new URL('scripts.yaml', HERE), 'utf8')));
  const dir = mkdtempSync(join(tmpdir(), 'bedside-eval-'));
  const config = readConfig({
    ...env,
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_PATH: join(dir, 'eval.db'),
    LOG_LEVEL: 'error',
  });
  const server = await launch(config, jsonLogger(config.logLevel));
  const judge: CharacterJudge | null = config.llm
    ? {
        chat: createOpenAIChatModel({
          apiKey: config.llm.apiKey,
          baseURL: config.llm.baseURL,
          timeoutMs: config.llm.timeoutMs,
        }),
        model: config.llm.judgeModel,
        template: loadPromptTemplate('prompts/templates/character-judge.md', JUDGE_PLACEHOLDERS),
      }
    : null;
  const details: ReplyReport[] = [];
  try {
    const client = new ApiClient(server.url);
    await client.register(`eval-${Date.now()}@example.org`, 'Eval Runner');
    for (const conversation of scripts.conversations) {
      details.push(...(await playConversation(client, conversation, judge)));
    }
  } finally {
    await server.close();
  }
  return summarise(details, config.llm?.characterModel ?? null, config.llm ? config.llm.judgeModel : null);
}

async function playConversation(
  client: ApiClient,
  conversation: z.output<typeof scriptsSchema>['conversations'][number],
  judge: CharacterJudge | null,
): Promise<ReplyReport[]> {
  const scenario = loadScenarioFile(`prompts/scenarios/${conversation.scenario}.yaml`);
  const scene = setUpScene(scenario, conversation.difficulty);
  const maxTrust = new Map<string, number>();
  const session = (
    await client.post('/api/sessions', { scenarioId: scenario.id, difficulty: conversation.difficulty })
  ).body.session;
  const reports: ReplyReport[] = [];
  for (const line of conversation.lines) {
    const res = await client.post(`/api/sessions/${session.id}/turns`, { text: line });
    if (res.status !== 200) throw new Error(`turn failed with ${res.status}: ${JSON.stringify(res.body)}`);
    for (const reply of res.body.replies as any[]) {
      const sc = scene.characters.find((c) => c.character.id === reply.speaker);
      if (!sc) continue;
      const trust = Math.max(maxTrust.get(sc.character.id) ?? 0, reply.affect[sc.character.id]?.trust ?? 0);
      maxTrust.set(sc.character.id, trust);
      // A fact stays blocked while the character's trust has never reached its threshold in this session.
      const common = [sc.character.persona, sc.character.speechStyle, ...sc.character.knows].join(' ');
      const blocked: (HiddenFactProbe & { summary: string })[] = sc.character.hidden
        .filter((fact) => trust < (sc.revealThresholds[fact.id] ?? 1))
        .map((fact) => ({
          id: fact.id,
          summary: fact.summary,
          keywords: factKeywords([fact.summary, ...fact.lines.map((l) => l.text)], common),
        }));
      const verdict = judge
        ? await judgeReply(judge, sc.character.name, sc.character.persona, blocked, line, reply.text)
        : null;
      reports.push({
        conversation: conversation.id,
        learner: line,
        speaker: reply.speaker,
        text: reply.text,
        source: reply.source,
        findings: checkReply(reply.text, MAX_WORDS, blocked),
        verdict,
      });
    }
  }
  return reports;
}

async function judgeReply(
  judge: CharacterJudge,
  name: string,
  persona: string,
  blocked: readonly { summary: string }[],
  learner: string,
  reply: string,
): Promise<Verdict | null> {
  const system = judge.template.render({
    name,
    persona,
    blocked: blocked.length > 0 ? blocked.map((f) => `- ${f.summary}`).join('\n') : '- nothing',
  });
  try {
    const result = await judge.chat.structured({
      model: judge.model,
      temperature: 0,
      schemaName: 'character_verdict',
      schema: verdictSchema,
      messages: [
        { role: 'system', content: system },
        {
          role: 'user',
          content: `<transcript>\nLearner: ${JSON.stringify(learner)}\n${name}: ${JSON.stringify(reply)}\n</transcript>`,
        },
      ],
    });
    return result.value;
  } catch {
    return null;
  }
}

function summarise(
  details: ReplyReport[],
  model: string | null,
  judgeModel: string | null,
): CharacterEvalReport {
  const findings: Record<RuleName, number> = {
    'claims-ai': 0,
    'out-of-role': 0,
    markup: 0,
    'clinical-advice': 0,
    'too-long': 0,
    leak: 0,
  };
  for (const d of details) for (const f of d.findings) findings[f.rule]++;
  const passingRules = details.filter((d) => d.findings.length === 0).length;
  const judged = details.filter((d) => d.verdict);
  return {
    engine: model ? 'llm' : 'offline',
    model,
    judgeModel,
    replies: details.length,
    passingRules,
    consistency: details.length > 0 ? round(passingRules / details.length) : 0,
    findings,
    fallbacks: details.filter((d) => d.source === 'offline-fallback').length,
    judge: judgeModel
      ? {
          judged: judged.length,
          inCharacter: judged.filter((d) => d.verdict?.inCharacter).length,
          claimsAi: judged.filter((d) => d.verdict?.claimsAi).length,
          leaksHidden: judged.filter((d) => d.verdict?.leaksHidden).length,
        }
      : null,
    details,
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function printReport(report: CharacterEvalReport): void {
  console.log(
    `engine ${report.engine}${report.model ? ` (${report.model})` : ''}; ${report.replies} replies`,
  );
  console.log(
    `passing every rule: ${report.passingRules}/${report.replies} (consistency ${report.consistency})`,
  );
  for (const [rule, n] of Object.entries(report.findings)) console.log(`  ${rule.padEnd(16)} ${n}`);
  if (report.fallbacks > 0) console.log(`offline fallbacks: ${report.fallbacks}`);
  if (report.judge) {
    const j = report.judge;
    console.log(
      `judge ${report.judgeModel}: ${j.judged} judged, in character ${j.inCharacter}, claims AI ${j.claimsAi}, leaks ${j.leaksHidden}`,
    );
  }
  for (const d of report.details.filter((r) => r.findings.length > 0)) {
    console.log(`\n[${d.conversation}] learner: ${d.learner}\n  ${d.speaker}: ${d.text}`);
    for (const f of d.findings) console.log(`  ✗ ${f.rule}: ${f.detail}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const report = await runCharacterEval();
  if (process.argv.includes('--json')) console.log(JSON.stringify(report));
  else printReport(report);
}
