import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Writes dist/integrity.json: the Subresource Integrity hash of every script, the entry's name and
 * the chunks it imports, from which the snippet builder makes `<link rel="modulepreload"
 * integrity>` and `<script integrity>` tags, so every file the page runs first is checked.
 */
export function integrityFile(): Plugin {
  return {
    name: 'integrity-file',
    // After writing: the hashes must be of the bytes on disk, after every plugin has had its say.
    async writeBundle(options, bundle) {
      const files: Record<string, string> = {};
      let entry = '';
      let preload: string[] = [];
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const bytes = await readFile(path.join(options.dir!, file.fileName));
        files[file.fileName] = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
        if (file.isEntry) {
          entry = file.fileName;
          preload = file.imports;
        }
      }
      const integrity = { entry, preload, files };
      await writeFile(path.join(options.dir!, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
    },
  };
}
