/**
 * The README's table of headers for the server or CDN names every file `npm run build` writes to
 * dist/: a file it leaves out gets no caching rule, and a web team guesses.
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
const table = readme.split('<!-- headers: every file of dist/')[1]?.split('\n\n')[0] ?? '';

/** A pattern of the table's first column (`chunks/*`, `health-topic-elements.<hash>.js`, `articles/**\/index.html`) as a regular expression. */
function patternOf(text: string): RegExp {
  const source = text
    .split(/(\*\*\/|\*\*|\*|<[a-z]+>)/)
    .map((part) => (part === '**/' ? '(?:.*/)?' : part === '**' ? '.+' : part === '*' ? '[^/]+' : /^<[a-z]+>$/.test(part) ? '[^/.]+' : part.replace(/[.?+^$()[\]{}|\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

describe('the README\'s table of headers', () => {
  it('covers every file of dist/', async () => {
    assert.ok(table.includes('| Files |'), 'the table is marked in the README');
    const rows = table.split('\n').filter((line) => line.startsWith('| `'));
    const patterns = rows.flatMap((row) => [...row.split('|')[1].matchAll(/`([^`]+)`/g)].map((match) => patternOf(match[1])));
    const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
    const files = (await readdir(dist, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)));
    assert.ok(files.some((file) => file.startsWith('articles/')) && files.some((file) => file.startsWith('prerendered/')), 'a whole build');
    assert.deepEqual(files.filter((file) => !patterns.some((pattern) => pattern.test(file))), []);
  });
});
