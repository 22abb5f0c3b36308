import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';

/** How the npm build's code names the table until each chunk gets its relative path to it. */
const PLACEHOLDER = 'health-topic-elements:content-files';
const TABLE = 'content-files.js';

/**
 * The npm build ships the content-file table (scripts/content-files.ts) as dist/content-files.js,
 * beside dist/topics/, as it is: its `new URL('./topics/…', import.meta.url)` lines are for the
 * app's bundler to rewrite, so this build must neither rewrite them (Vite would inline every file
 * as base64 in library mode) nor move the table away from topics/. The code imports it on demand,
 * by a path relative to whichever chunk holds that code.
 */
export function contentFileTable(): Plugin {
  const generated = new URL('../../src/content/generated/content-files.ts', import.meta.url);
  return {
    name: 'content-file-table',
    // Before Vite's resolver, which would bundle the table (and inline its files).
    enforce: 'pre',
    resolveId(source) {
      return source.endsWith('/generated/content-files.js') ? { id: PLACEHOLDER, external: true } : null;
    },
    renderChunk(code, chunk) {
      if (!code.includes(PLACEHOLDER)) return null;
      const relative = path.posix.relative(path.posix.dirname(chunk.fileName), TABLE);
      return { code: code.replaceAll(PLACEHOLDER, relative.startsWith('.') ? relative : `./${relative}`), map: null };
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: TABLE, source: await readFile(generated, 'utf8') });
    },
  };
}
