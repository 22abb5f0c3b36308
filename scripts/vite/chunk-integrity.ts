import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { FIRST_PAINT } from './entry-group.js';

/** What the plugin's `define` puts where src/shared/chunk-table.ts reads the table, until the table replaces it. */
export const CHUNK_TABLE_PLACEHOLDER = '@@health-topic-chunk-table@@';

/**
 * Writes into the first-paint file the table of the on-demand chunks, each with its SHA-256 and
 * the chunks it imports (see src/shared/chunk-table.ts), in place of CHUNK_TABLE_PLACEHOLDER. It runs once every chunk's
 * code is final. The first-paint file keeps its name: the name's hash already covers every chunk's,
 * since the file names them in its `import()`s, so a changed chunk still gives a new name.
 * The table holds only names, paths and base64, none of which can end the string it is written in.
 */
export function chunkIntegrity(): Plugin {
  return {
    name: 'chunk-integrity',
    // The placeholder comes with the plugin: a build without the plugin (Storybook's) has no table, and checks nothing.
    config: () => ({ define: { __HEALTH_TOPIC_CHUNKS__: JSON.stringify(CHUNK_TABLE_PLACEHOLDER) } }),
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const firstPaint = chunks.find((chunk) => chunk.name === FIRST_PAINT);
      if (!firstPaint) return this.error(`No "${FIRST_PAINT}" chunk to write the chunk table into.`);
      const lazy = chunks.filter((chunk) => !chunk.isEntry && chunk !== firstPaint);
      // A chunk's static imports are loaded, checked, before it: an import inside a module is not checked by the browser.
      const nameOf = new Map(lazy.map((chunk) => [chunk.fileName, chunk.name]));
      const rows = lazy.map((chunk) => {
        const needs = chunk.imports.flatMap((file) => nameOf.get(file) ?? []);
        return `${chunk.name} ${chunk.fileName} sha256-${createHash('sha256').update(chunk.code).digest('base64')} ${needs.join(',')}`.trimEnd();
      });
      const names = lazy.map((chunk) => chunk.name);
      if (new Set(names).size !== names.length) return this.error(`Two on-demand chunks share a name: ${names.join(', ')}.`);
      const parts = firstPaint.code.split(CHUNK_TABLE_PLACEHOLDER);
      if (parts.length !== 2) return this.error(`The first-paint file holds the chunk table's placeholder ${parts.length - 1} times, not once.`);
      firstPaint.code = parts.join(rows.join(';'));
    },
  };
}
