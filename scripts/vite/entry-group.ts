import type { Plugin, Rolldown } from 'vite';

/** The file that holds what the first paint runs, named by its hash: dist/health-topic-elements.<hash>.js. */
export const FIRST_PAINT = 'health-topic-elements';

/**
 * Puts every module the script-tag entry reaches through static imports (Rolldown tags them
 * `$initial`) in one chunk, FIRST_PAINT, beside the entry: one file that one Subresource Integrity
 * hash covers. Modules reached only through `import()` (the validator, the language picker, the
 * Spanish words, the JSON-LD, the code lookup) are not `$initial`: Rolldown gives each a chunk of
 * its own, which imports what it shares from this one. The module graph decides; no list has to
 * follow it.
 */
export const firstPaintGroup: Rolldown.CodeSplittingGroup = { name: FIRST_PAINT, tags: ['$initial'] };

/** Where the build writes each chunk: FIRST_PAINT at the top of dist/, the rest in dist/chunks/. */
export function chunkFileName(chunk: { name: string }): string {
  return chunk.name === FIRST_PAINT ? `${FIRST_PAINT}.[hash].js` : 'chunks/[name]-[hash].js';
}

/**
 * Keeps define.ts, which registers the elements when it runs, in the first-paint file: the entry
 * imports it for that alone, and package.json's `sideEffects` (which names only the files the
 * package ships) would have the build drop such an import.
 */
export function keepRegistration(): Plugin {
  return {
    name: 'keep-registration',
    transform(code, id) {
      return id.endsWith('/src/define.ts') ? { code, moduleSideEffects: true } : null;
    },
  };
}

/**
 * Makes "latest" (the entry, dist/health-topic-elements.js) a copy of the first-paint file rather
 * than a line importing it: a page with the bare script tag then has the first paint's code one
 * request sooner. The chunks still import the hashed file, which a second copy of the code then
 * runs; what must happen once per page is shared between the copies (src/shared/this-build.ts).
 * Runs after the chunk table is written, so the copy carries it.
 */
export function latestAsCopy(): Plugin {
  return {
    name: 'latest-as-copy',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const firstPaint = chunks.find((chunk) => chunk.name === FIRST_PAINT);
      const latest = chunks.find((chunk) => chunk.isEntry);
      if (!firstPaint || !latest) return this.error('No first-paint file and entry to copy it to.');
      latest.code = firstPaint.code;
    },
  };
}
