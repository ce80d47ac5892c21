// Prompt templates are files in prompts/templates/ with a small YAML front matter (template name, version)
// and {{placeholders}}; validated at load so a typo fails start-up instead of reaching a model.

import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ContentError, describeIssues } from './content-error.ts';

const frontMatterSchema = z.strictObject({ template: z.string().min(1), version: z.number().int().min(1) });
const PLACEHOLDER = /\{\{([a-zA-Z][a-zA-Z0-9]*)\}\}/g;

export interface PromptTemplate<K extends string> {
  name: string;
  version: number;
  render(values: Record<K, string>): string;
}

/** Loads a template and checks that it uses exactly the given placeholders. */
export function loadPromptTemplate<K extends string>(
  path: string,
  placeholders: readonly K[],
  displayPath = path,
): PromptTemplate<K> {
  const source = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new ContentError(displayPath, ['(top level): a front matter block between --- lines']);
  const front = frontMatterSchema.safeParse(parseYaml(match[1] as string));
  if (!front.success) throw new ContentError(displayPath, describeIssues(front.error.issues));
  const body = match[2] as string;
  const used = new Set([...body.matchAll(PLACEHOLDER)].map((m) => m[1] as string));
  const known = new Set<string>(placeholders);
  const problems = [
    ...[...used]
      .filter((p) => !known.has(p))
      .map((p) => `{{${p}}}: not a known placeholder (${placeholders.join(', ')})`),
    ...placeholders.filter((p) => !used.has(p)).map((p) => `{{${p}}}: expected in the template but missing`),
  ];
  if (problems.length > 0) throw new ContentError(displayPath, problems);
  return {
    name: front.data.template,
    version: front.data.version,
    render: (values) =>
      body
        .replace(PLACEHOLDER, (_, key: string) => values[key as K] ?? '')
        // Empty optional sections leave blank lines behind; keep at most one.
        .replace(/\n{3,}/g, '\n\n')
        .trim(),
  };
}
