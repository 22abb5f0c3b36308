import { readdir, readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

/**
 * Copies the content written by scripts/build-content.ts (payloads, figures and the topic index,
 * each named by its hash) to dist/topics/, which the elements download from.
 */
export function publishTopics(): Plugin {
  const generated = new URL('../../src/content/generated/topics/', import.meta.url);
  return {
    name: 'publish-topics',
    async generateBundle() {
      for (const fileName of await readdir(generated)) {
        this.emitFile({ type: 'asset', fileName: `topics/${fileName}`, source: await readFile(new URL(fileName, generated)) });
      }
    },
  };
}
