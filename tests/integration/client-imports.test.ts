// The client's boundary with the server: `server/protocol.ts` is the only server file the client may import, and
// what protocol.ts loads at run time stays free of server code and packages, so it never drags them into the bundle.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PROTOCOL = 'server/protocol.ts';

interface ModuleImport {
  specifier: string;
  /** Erased by the compiler (`import type`, `export type`, `import('x').T` in a type). */
  typeOnly: boolean;
}

/** Every module a file imports or re-exports from, static or dynamic. */
function importsOf(file: string, text: string): ModuleImport[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const found: ModuleImport[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.importClause?.isTypeOnly ?? false });
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false });
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push({ specifier: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Source files under `dir` (repo-relative), skipping builds and dependencies. */
function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.(c|m)?tsx?$/.test(path) && !/(^|\/)(dist|node_modules)\//.test(path))
    .map((path) => join(dir, path));
}

/** A relative specifier as a repo-relative path; null for a package. */
function target(fromFile: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  return relative(ROOT, resolve(ROOT, dirname(fromFile), specifier));
}

function read(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8');
}

describe('what the client imports', () => {
  it('reaches outside client/ only for server/protocol.ts and shared/', () => {
    const files = sourceFiles('client');
    expect(files.length).toBeGreaterThan(50);
    const outside: string[] = [];
    for (const file of files) {
      for (const { specifier } of importsOf(file, read(file))) {
        const path = target(file, specifier);
        if (path === null || path.startsWith('client/')) continue;
        if (path !== PROTOCOL && !path.startsWith('shared/')) outside.push(`${file} imports ${path}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('loads, through server/protocol.ts, only files that import nothing at run time', () => {
    const reached = new Set<string>();
    const pending = [PROTOCOL];
    const offending: string[] = [];
    for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
      if (reached.has(file)) continue;
      reached.add(file);
      for (const { specifier, typeOnly } of importsOf(file, read(file))) {
        if (typeOnly) continue;
        const path = target(file, specifier);
        if (file !== PROTOCOL || path === null) offending.push(`${file} loads ${path ?? specifier}`);
        if (path !== null) pending.push(path);
      }
    }
    expect(offending).toEqual([]);
  });

  it('shared/ imports nothing outside itself', () => {
    const offending = sourceFiles('shared').flatMap((file) =>
      importsOf(file, read(file))
        .map(({ specifier }) => target(file, specifier) ?? specifier)
        .filter((path) => !path.startsWith('shared/'))
        .map((path) => `${file} imports ${path}`),
    );
    expect(offending).toEqual([]);
  });
});

describe('importsOf', () => {
  it('finds static, re-exported, dynamic and type-position imports, and tells which are erased', () => {
    const text = [
      "import type { A } from './a.ts';",
      "import { type B, c } from './b.ts';",
      "import './side-effect.ts';",
      "export type { D } from './d.ts';",
      "export { E } from './e.ts';",
      "const f = () => import('./f.ts');",
      "type G = import('./g.ts').G;",
    ].join('\n');
    expect(importsOf('x.ts', text)).toEqual([
      { specifier: './a.ts', typeOnly: true },
      { specifier: './b.ts', typeOnly: false },
      { specifier: './side-effect.ts', typeOnly: false },
      { specifier: './d.ts', typeOnly: true },
      { specifier: './e.ts', typeOnly: false },
      { specifier: './f.ts', typeOnly: false },
      { specifier: './g.ts', typeOnly: true },
    ]);
  });
});
