import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import { isHashedNameOf, sha256Integrity, type BuildIntegrity } from '../../src/content/published.js';
import { FIRST_PAINT } from './entry-group.js';

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
      const topicIndex = (await readdir(path.join(options.dir!, 'topics'))).find((name) => isHashedNameOf(name, 'index', '.json'));
      // The hash the elements download the index with (content-manifest.ts), for a preload that matches their request.
      files[`topics/${topicIndex}`] = sha256Integrity(createHash('sha256').update(await readFile(path.join(options.dir!, 'topics', topicIndex!))).digest('base64'));
      const integrity: BuildIntegrity = {
        entry: chunks.find((file) => file.name === FIRST_PAINT)!.fileName,
        latest: chunks.find((file) => file.isEntry)!.fileName,
        lazy: chunks.filter((file) => !file.isEntry && file.name !== FIRST_PAINT).map((file) => file.fileName),
        topicIndex: `topics/${topicIndex}`,
        files,
      };
      await writeFile(path.join(options.dir!, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
    },
  };
}
