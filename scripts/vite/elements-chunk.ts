import path from 'node:path';
import type { Rolldown } from 'vite';

/**
 * The script-tag build's one chunk that every page runs: each module the entry reaches through
 * static imports (Rolldown tags them `$initial`), but the entry itself, which stays a few lines
 * that import this chunk. Modules reached only through `import()` (the validator, the language
 * picker, the Spanish words, the JSON-LD, the code lookup) are not `$initial`, so Rolldown gives
 * each its own chunk, with what only it uses: the module graph decides, no list has to follow it.
 */
export function elementsChunk(entry: string): Rolldown.CodeSplittingGroup {
  const entryId = path.resolve(entry);
  return { name: 'elements', tags: ['$initial'], test: (id) => id !== entryId };
}
