import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import type { BuildIntegrity } from '../../src/content/published.js';
import { TOPIC_INDEX_FILE, TOPIC_INDEX_INTEGRITY } from '../../src/content/generated/content-manifest.js';
import { FIRST_PAINT } from './entry-group.js';
import { SIGNING_KEY_FILE } from './fragment-key.js';

const sri = (bytes: Buffer) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Writes dist/integrity.json (see BuildIntegrity) for the snippet builder. */
export function integrityFile(): Plugin {
  return {
    name: 'integrity-file',
    // After writing: the hashes must be of the bytes on disk, after every plugin has had its say.
    async writeBundle(options, bundle) {
      const files: Record<string, string> = {};
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      for (const file of chunks) files[file.fileName] = sri(await readFile(path.join(options.dir!, file.fileName)));
      // The index and the hash the elements download it with (content-manifest.ts), for a preload that matches their request.
      const topicIndex = `topics/${TOPIC_INDEX_FILE}`;
      files[topicIndex] = TOPIC_INDEX_INTEGRITY;
      const integrity: BuildIntegrity = {
        entry: chunks.find((file) => file.name === FIRST_PAINT)!.fileName,
        latest: chunks.find((file) => file.isEntry)!.fileName,
        lazy: chunks.filter((file) => !file.isEntry && file.name !== FIRST_PAINT).map((file) => file.fileName),
        topicIndex,
        fragments: JSON.parse(await readFile(path.resolve(SIGNING_KEY_FILE), 'utf8')).build,
        files,
      };
      await writeFile(path.join(options.dir!, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
    },
  };
}
