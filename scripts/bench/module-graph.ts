/**
 * The script-tag build's modules, found by reading their imports: what the script tag runs before
 * any article (the entry and everything it imports statically) and what is loaded on demand
 * (`import()`), so the benchmark follows the build whatever its chunks are called.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface ScriptGraph {
  /** The entry, then the files it imports statically, directly or not. */
  eager: string[];
  /** Files reached only through `import()`. */
  lazy: string[];
}

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*(["'`])(\.{1,2}\/[^"'`]+?\.js)\1/g;
const DYNAMIC_IMPORT = /\bimport\(\s*(["'`])(\.{1,2}\/[^"'`]+?\.js)\1\s*\)/g;

async function importsOf(file: string): Promise<{ staticImports: string[]; dynamicImports: string[] }> {
  const code = await readFile(file, 'utf8');
  const resolve = (pattern: RegExp) => [...code.matchAll(pattern)].map((match) => path.resolve(path.dirname(file), match[2]));
  return { staticImports: resolve(STATIC_IMPORT), dynamicImports: resolve(DYNAMIC_IMPORT) };
}

/** Reads the graph from the entry; throws when a file it imports is missing. */
export async function scriptGraph(entry: string): Promise<ScriptGraph> {
  const eager: string[] = [];
  const lazyRoots: string[] = [];
  const walk = async (file: string, into: string[], seen: Set<string>) => {
    if (seen.has(file)) return;
    if (!existsSync(file)) throw new Error(`${path.basename(file)} is missing`);
    seen.add(file);
    into.push(file);
    const { staticImports, dynamicImports } = await importsOf(file);
    lazyRoots.push(...dynamicImports);
    for (const imported of staticImports) await walk(imported, into, seen);
  };
  const seen = new Set<string>();
  await walk(entry, eager, seen);
  const lazy: string[] = [];
  while (lazyRoots.length > 0) await walk(lazyRoots.shift()!, lazy, seen);
  return { eager, lazy };
}
