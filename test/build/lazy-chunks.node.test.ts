/**
 * What each build runs up front and what it leaves until a page needs it, read from the imports of
 * the built files (run after npm run build): the validator, the language picker, the Spanish words,
 * the JSON-LD, the code lookup and the console's developer hints are each loaded on demand, in the
 * script-tag and the npm build; and the script-tag build's first-paint file carries each chunk's hash.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { BuildIntegrity } from '../../src/content/published.js';
import { readChunkTable } from '../../src/shared/chunk-table.js';
import { CHUNK_TABLE_PLACEHOLDER } from '../../scripts/vite/chunk-integrity.js';
import { TOPIC_INDEX_FILE, TOPIC_INDEX_INTEGRITY } from '../../src/content/generated/content-manifest.js';
import { scriptGraph } from '../support/module-graph.js';

const dist = path.resolve(import.meta.dirname, '../../dist');
const LAZY = ['code-lookup', 'developer-hints', 'es', 'language-picker', 'structured-data', 'validate'];
/**
 * The elements themselves, which the script tag loads after its first paint, and the chunks they
 * import statically: Lit, and whatever the build names the code they share with on-demand chunks.
 */
async function elementsChunks(): Promise<string[]> {
  const chunks = path.join(dist, 'chunks');
  const define = readdirSync(chunks).find((file) => file.startsWith('define-'))!;
  const { eager } = await scriptGraph(path.join(chunks, define));
  return eager.filter((file) => path.dirname(file) === chunks);
}

/**
 * A built file's name without folder, extension and hash: `chunks/validate-x1Y2z3_-.js` is
 * "validate", `health-topic-elements.x1Y2z3_-.js` is "health-topic-elements.<hash>".
 */
function nameOf(file: string): string {
  const name = path.basename(file, '.js');
  return path.dirname(file) === dist ? name.replace(/\.[\w-]{8}$/, '.<hash>') : name.replace(/-[\w-]{8}$/, '');
}

async function namesFrom(entry: string): Promise<{ eager: string[]; lazy: string[] }> {
  const graph = await scriptGraph(path.join(dist, entry));
  return { eager: graph.eager.map(nameOf), lazy: graph.lazy.map(nameOf) };
}

describe('lazy chunks', () => {
  it('the script tag runs one file, the first paint\'s (latest is a copy of the hashed file), everything else on demand', async () => {
    const { eager, lazy } = await namesFrom('health-topic-elements.js');
    const ELEMENTS = (await elementsChunks()).map(nameOf);
    assert.ok(ELEMENTS.includes('define') && ELEMENTS.includes('lit'), ELEMENTS.join(', '));
    assert.deepEqual(eager, ['health-topic-elements']);
    const record = JSON.parse(readFileSync(path.join(dist, 'integrity.json'), 'utf8')) as BuildIntegrity;
    assert.equal(readFileSync(path.join(dist, record.latest), 'utf8'), readFileSync(path.join(dist, record.entry), 'utf8'));
    // The chunks import the hashed file: from "latest", its second copy comes after the paint.
    assert.deepEqual([...lazy].sort(), [...LAZY, ...ELEMENTS, 'health-topic-elements.<hash>'].sort());
  });

  it("the build's own record (integrity.json, which the snippet builder and the bench read) lists the same files", async () => {
    const record = JSON.parse(readFileSync(path.join(dist, 'integrity.json'), 'utf8')) as BuildIntegrity;
    const graph = await scriptGraph(path.join(dist, record.entry));
    assert.deepEqual(graph.eager.map((file) => path.relative(dist, file)), [record.entry]);
    assert.deepEqual(graph.lazy.map((file) => path.relative(dist, file)).sort(), [...record.lazy].sort());
  });

  it('the elements\' byte budget (.size-limit.cjs) counts every chunk the elements import statically', async () => {
    const limits = createRequire(import.meta.url)('../../.size-limit.cjs') as { name: string; path: string[] }[];
    const afterThePaint = limits.find((limit) => limit.name.startsWith('After the paint'))!;
    assert.deepEqual(afterThePaint.path.map((file) => path.resolve(dist, '..', file)).sort(), (await elementsChunks()).sort());
  });

  it('the first-paint file carries each on-demand chunk\'s name, file and the SHA-256 of its bytes on disk', async () => {
    const ELEMENTS = (await elementsChunks()).map(nameOf);
    const record = JSON.parse(readFileSync(path.join(dist, 'integrity.json'), 'utf8')) as BuildIntegrity;
    const code = readFileSync(path.join(dist, record.entry), 'utf8');
    const table = readChunkTable(/`([\w-]+ chunks\/[^`]*sha256-[^`]*)`/.exec(code)![1]!, 'https://cdn.example/dist/');
    assert.deepEqual([...table.keys()].sort(), [...LAZY, ...ELEMENTS].sort());
    for (const file of record.lazy) {
      const sha256 = `sha256-${createHash('sha256').update(readFileSync(path.join(dist, file))).digest('base64')}`;
      const chunk = table.get(nameOf(path.join(dist, file)))!;
      assert.deepEqual({ url: chunk.url, integrity: chunk.integrity }, { url: `https://cdn.example/dist/${file}`, integrity: sha256 }, file);
      // Every chunk a chunk imports is loaded, checked, before it: none is left for the browser to fetch unchecked.
      const imported = [...readFileSync(path.join(dist, file), 'utf8').matchAll(/from"\.\/([\w-]+)\.js"/g)].map((match) => nameOf(match[1]!));
      assert.deepEqual([...chunk.needs].sort(), imported.sort(), file);
    }
    assert.ok(!code.includes(CHUNK_TABLE_PLACEHOLDER), 'the placeholder is left in the first-paint file');
  });

  it('the build record gives the topic index the hash the elements download it with, for the snippet\'s preload to match', () => {
    const record = JSON.parse(readFileSync(path.join(dist, 'integrity.json'), 'utf8')) as BuildIntegrity;
    assert.equal(record.files[record.topicIndex], TOPIC_INDEX_INTEGRITY);
    assert.equal(record.topicIndex, `topics/${TOPIC_INDEX_FILE}`);
  });

  for (const entry of ['index.js', 'define.js']) {
    it(`the npm build's ${entry} leaves the same parts to load on demand`, async () => {
      const { eager, lazy } = await namesFrom(entry);
      for (const name of LAZY) {
        assert.ok(!eager.includes(name), `${entry} loads ${name} up front: ${eager.join(', ')}`);
        assert.ok(lazy.includes(name), `${entry} never loads ${name} on demand: ${lazy.join(', ')}`);
      }
    });
  }
});

describe('translators\' notes', () => {
  it('stay out of the script-tag build: lit-localize reads them from the source, readers never need them', () => {
    const builtFiles = [
      ...readdirSync(dist).filter((file) => /^health-topic-elements\..+\.js$/.test(file)),
      ...readdirSync(path.join(dist, 'chunks')).map((file) => path.join('chunks', file)),
    ].filter((file) => file.endsWith('.js'));
    const withMessages = builtFiles.filter((file) => readFileSync(path.join(dist, file), 'utf8').includes('Article not available'));
    assert.ok(withMessages.length > 0, 'no built file holds the widget\'s English words');
    for (const file of withMessages) {
      const code = readFileSync(path.join(dist, file), 'utf8');
      assert.doesNotMatch(code, /\bdesc:|Label of the table of contents|Shown under "Article not available"/, file);
    }
  });
});
