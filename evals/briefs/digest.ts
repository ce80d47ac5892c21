// Prints what a blind-set writer may see of the content: each scenario's public face (pre-brief, objectives,
// characters by name and role, levels by label) and each rubric's items, never a character's lines, persona or a
// detector. `npx tsx evals/briefs/digest.ts scenarios|rubrics > file.md`, then hand the file to writers with the
// brief beside this script.

import { HARM_KINDS } from '../../server/content/harm-kinds.ts';
import { loadRubricsOrThrow } from '../../server/content/load-rubrics.ts';
import { loadScenariosOrThrow } from '../../server/content/load-scenarios.ts';
import { TOPICS } from '../../server/content/topics.ts';

function scenariosDigest(): string {
  return loadScenariosOrThrow('prompts/scenarios')
    .map((s) => {
      const people = s.characters.map(
        (c) => `- \`${c.id}\`: ${c.name}, ${c.role}${c.age ? `, ${c.age}` : ''}`,
      );
      const levels = Object.entries(s.difficulty.levels).map(([n, l]) => `- level ${n}: ${l.label}`);
      return [
        `## \`${s.id}\`: ${s.title}`,
        s.summary,
        `**Setting.** ${s.setting}`,
        `**You are.** ${s.learnerRole}`,
        `**Pre-brief.** ${s.prebrief.text}`,
        '**Objectives.**',
        ...s.objectives.map((o) => `- ${o}`),
        "**Characters** (the id is what a probe's `to:` names):",
        ...people,
        '**Levels.**',
        ...levels,
      ].join('\n\n');
    })
    .join('\n\n');
}

function rubricsDigest(): string {
  const rubrics = loadRubricsOrThrow('rubrics').map((r) =>
    [
      `## \`${r.id}\`: ${r.title}`,
      `Source: ${r.source}`,
      ...r.items.map((i) => `- \`${i.id}\` (${i.scale}): **${i.title}.** ${i.description}`),
    ].join('\n\n'),
  );
  const harms = `## Harm kinds\n\n${HARM_KINDS.map((k) => `\`${k}\``).join(', ')}`;
  return [...rubrics, harms].join('\n\n');
}

const what = process.argv[2];
if (what === 'scenarios')
  console.log(`# Scenarios\n\nTopics a probe may name: ${TOPICS.join(', ')}.\n\n${scenariosDigest()}`);
else if (what === 'rubrics') console.log(`# Rubrics\n\n${rubricsDigest()}`);
else {
  console.error('usage: digest.ts scenarios|rubrics');
  process.exit(2);
}
