// Rule checks on one character reply: out of role, AI claims, stage directions or markup, clinical advice,
// length, and leaks of hidden facts the character was not yet ready to tell.

export type RuleName = 'claims-ai' | 'out-of-role' | 'markup' | 'clinical-advice' | 'too-long' | 'leak';

export interface RuleFinding {
  rule: RuleName;
  detail: string;
}

export interface HiddenFactProbe {
  id: string;
  /** Words distinctive enough that two of them in a reply suggest the fact came out. */
  keywords: string[];
}

const CLAIMS_AI =
  /\b(as an ai|an ai\b|a language model|language model|artificial intelligence|a chatbot|i'?m a bot|openai|large language)/i;
const OUT_OF_ROLE =
  /\b(system prompt|my instructions|i (?:was|am) (?:programmed|instructed)|role-?play(?:ing)?|simulation (?:is )?ended|simulation ended|this (?:is a )?(?:simulation|scenario)|as a character)\b/i;
const MARKUP = /(\*[^*]+\*|\[[^\]]+\]|^\s*[-•#]\s|^\s*\d+\.\s|\*\*|`)/m;
const CLINICAL_ADVICE =
  /\b(you should (?:prescribe|give|order|start)|i(?:'d| would) (?:prescribe|recommend)|\d+\s?mg\b|milligrams|dose of)\b/i;

/** Checks one reply. `maxWords` is the prompt's limit; `blocked` are the facts not yet tellable. */
export function checkReply(
  text: string,
  maxWords: number,
  blocked: readonly HiddenFactProbe[],
): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const found = (rule: RuleName, match: RegExpExecArray | null) => {
    if (match) findings.push({ rule, detail: match[0] });
  };
  found('claims-ai', CLAIMS_AI.exec(text));
  found('out-of-role', OUT_OF_ROLE.exec(text));
  found('markup', MARKUP.exec(text));
  found('clinical-advice', CLINICAL_ADVICE.exec(text));
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words > maxWords * 1.5) findings.push({ rule: 'too-long', detail: `${words} words` });
  const lower = text.toLowerCase();
  for (const fact of blocked) {
    const hits = fact.keywords.filter((k) => new RegExp(`\\b${k}\\b`).test(lower));
    if (hits.length >= 2) findings.push({ rule: 'leak', detail: `${fact.id}: ${hits.join(', ')}` });
  }
  return findings;
}

const STOP = new Set(
  `about after again also because been before being could didn't doesn't don't every going haven't having just
know mean might never nothing only really right said should since still than that their there these thing think
those though through told wasn't were what when where which while will with without would your you're yours`.split(
    /\s+/,
  ),
);

/** Distinctive words of a hidden fact: long words in its summary and lines, minus those the character says anyway. */
export function factKeywords(summaryAndLines: readonly string[], commonText: string): string[] {
  const common = new Set(words(commonText));
  const counts = new Map<string, number>();
  for (const w of summaryAndLines.flatMap(words)) {
    if (w.length >= 5 && !STOP.has(w) && !common.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([w]) => w);
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z][a-z'’-]+/g) ?? [];
}
