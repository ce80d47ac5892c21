// Shared loading of content files: parse YAML or JSON, validate with a zod schema, check the id matches the file
// name, and load whole folders collecting every error rather than stopping at the first.

import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { ContentError, describeIssues } from './content-error.ts';

const EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** Parses and validates one file whose `id` must equal its file name. Throws ContentError. */
export function loadContentFile<S extends z.ZodType<{ id: string }>>(
  schema: S,
  path: string,
  displayPath = path,
): z.output<S> {
  let raw: unknown;
  try {
    const source = readFileSync(path, 'utf8');
    raw = extname(path) === '.json' ? JSON.parse(source) : parseYaml(source);
  } catch (error) {
    throw new ContentError(displayPath, [
      `not readable as ${extname(path).slice(1)}: ${(error as Error).message}`,
    ]);
  }
  const result = schema.safeParse(raw);
  if (!result.success) throw new ContentError(displayPath, describeIssues(result.error.issues));
  const expectedId = basename(path, extname(path));
  if (result.data.id !== expectedId) {
    throw new ContentError(displayPath, [
      `id: expected "${expectedId}" to match the file name, got "${result.data.id}"`,
    ]);
  }
  return result.data;
}

export interface ContentDirResult<T> {
  items: T[];
  errors: ContentError[];
}

/** Loads every YAML or JSON file of a folder, in name order. */
export function loadContentDir<T>(
  dir: string,
  loadFile: (path: string, displayPath: string) => T,
  cwd = process.cwd(),
): ContentDirResult<T> {
  const items: T[] = [];
  const errors: ContentError[] = [];
  const files = readdirSync(dir)
    .filter((name) => EXTENSIONS.has(extname(name)))
    .sort();
  for (const name of files) {
    const path = join(dir, name);
    try {
      items.push(loadFile(path, relative(cwd, path)));
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else throw error;
    }
  }
  return { items, errors };
}

/** Throws one error listing every invalid file. */
export function throwIfInvalid(kind: string, errors: readonly ContentError[]): void {
  if (errors.length > 0)
    throw new Error(`Invalid ${kind} files:\n${errors.map((e) => e.message).join('\n')}`);
}
