/**
 * The script-tag build's modules, found by reading their imports: what runs before any article
 * (the entry and what it imports statically) and what loads on demand (`import()`), so the tests
 * follow the build whatever its chunks are called.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*(["'`])(\.{1,2}\/[^"'`]+?\.js)\1/g;
const DYNAMIC_IMPORT = /\bimport\(\s*(["'`])(\.{1,2}\/[^"'`]+?\.js)\1\s*\)/g;

/** `eager`: the entry, then what it imports statically, directly or not; `lazy`: files reached only through `import()`. */
export async function scriptGraph(entry: string): Promise<{ eager: string[]; lazy: string[] }> {
  const [eager, lazy, lazyRoots, seen] = [[] as string[], [] as string[], [] as string[], new Set<string>()];
  const walk = async (file: string, into: string[]): Promise<void> => {
    if (seen.has(file)) return;
    seen.add(file);
    into.push(file);
    const code = await readFile(file, 'utf8').catch(() => Promise.reject(new Error(`${path.basename(file)} is missing`)));
    const resolve = (pattern: RegExp) => [...code.matchAll(pattern)].map((match) => path.resolve(path.dirname(file), match[2]));
    lazyRoots.push(...resolve(DYNAMIC_IMPORT));
    for (const imported of resolve(STATIC_IMPORT)) await walk(imported, into);
  };
  await walk(entry, eager);
  while (lazyRoots.length > 0) await walk(lazyRoots.shift()!, lazy);
  return { eager, lazy };
}
