// Folders under server/ import one way: no two folders import each other (tests aside), so each layer can be read,
// tested and replaced without the ones above it.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SERVER = dirname(fileURLToPath(import.meta.url));

/** Edges `from→to` allowed to stay part of a cycle: none. Only ever shrinks. */
const ALLOWED = new Set<string>([]);

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)'(\.{1,2}\/[^']+)'/gm;

/** The top folder under server/ of a path relative to it; null for files at the top. */
function folderOf(path: string): string | null {
  const [first, ...rest] = path.split('/');
  return rest.length > 0 && first !== undefined && first !== '..' ? first : null;
}

/** Every import from one top folder into another, as `from→to` with the files that make it. */
function folderEdges(): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  const files = readdirSync(SERVER, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('.test.ts'),
  );
  for (const file of files) {
    const from = folderOf(file);
    if (!from) continue;
    for (const [, specifier] of readFileSync(join(SERVER, file), 'utf8').matchAll(SPECIFIER)) {
      const target = relative(SERVER, resolve(SERVER, dirname(file), specifier as string));
      const to = folderOf(target);
      if (!to || to === from) continue;
      const key = `${from}→${to}`;
      edges.set(key, [...(edges.get(key) ?? []), `${file} imports ${target}`]);
    }
  }
  return edges;
}

describe('server folders', () => {
  it('never import each other', () => {
    const edges = folderEdges();
    const cycles = [...edges]
      .filter(([key]) => {
        const [from, to] = key.split('→');
        return edges.has(`${to}→${from}`) && !ALLOWED.has(key);
      })
      .map(([key, files]) => `${key}:\n  ${files.join('\n  ')}`);
    expect(cycles, `folders importing each other:\n${cycles.join('\n')}`).toEqual([]);
  });

  it('finds the imports it checks', () => {
    // A scan that saw nothing would pass the test above for the wrong reason.
    expect(folderEdges().get('routes→http')?.length).toBeGreaterThan(0);
  });
});
