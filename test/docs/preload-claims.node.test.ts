/**
 * What the README and docs/deploy.md say the snippet preloads is what the snippet builder's
 * `writeSnippet` writes: the README's marked example, line for line (its hashes and build named
 * by placeholders), and the cases the docs say preload nothing.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { writeSnippet, type SnippetChoices } from '../../apps/snippet-builder/snippet.js';
import type { BuildIntegrity } from '../../src/content/published.js';
import { readTopicIndex } from '../../src/content/topic-index.js';

const read = (file: string) => readFile(new URL(`../../${file}`, import.meta.url), 'utf8');
const build = JSON.parse(await read('dist/integrity.json')) as BuildIntegrity;
const { topics, integrity } = readTopicIndex(await read(`dist/${build.topicIndex}`));
const payloadFile = `topics/${topics.myoclonus.es}`;
const BASE = 'https://cdn.example.org/health-topic-elements/';

function snippet(choices: Partial<SnippetChoices>): string {
  return writeSnippet({
    baseUrl: BASE,
    build,
    topic: 'myoclonus',
    lang: 'es',
    payload: { file: payloadFile, integrity: integrity[topics.myoclonus.es] },
    headingLevel: 2,
    sections: [],
    version: 'pinned',
    fallback: { title: 'Mioclonía' },
    prerendered: '<health-topic topic="myoclonus" lang="es"></health-topic>',
    ...choices,
  });
}

/** The preload lines of a snippet, with this build's id and hashes as the docs write them. */
const preloadLines = (html: string) =>
  html
    .split('\n')
    .filter((line) => line.startsWith('<link rel="preload"'))
    .map((line) => line.replaceAll(build.fragments ?? '<none>', '<build>').replace(/\.[0-9a-f]{10}\.json/g, '.<hash>.json').replace(/integrity="sha256-[^"]+"/g, 'integrity="sha256-..."'));

describe('the docs\' word on what the snippet preloads', () => {
  it('the README\'s example holds the preloads a pinned snippet with the article as HTML gets', async () => {
    const example = (await read('README.md')).split('<!-- preloads: pinned -->\n```html\n')[1].split('```')[0];
    assert.deepEqual(preloadLines(example), preloadLines(snippet({})));
    assert.equal(preloadLines(snippet({})).length, 2);
  });

  it('nothing for "latest" or for the page\'s language, as both docs say', async () => {
    assert.deepEqual(preloadLines(snippet({ version: 'latest' })), []);
    assert.deepEqual(preloadLines(snippet({ lang: undefined })), []);
    assert.match(await read('README.md'), /A snippet in the page's language preloads nothing[^.]*\), and nor does a "latest" snippet/);
    assert.match(await read('docs/deploy.md'), /nothing for the page's language or for "latest"/);
  });

  it('the topic index and the article\'s JSON where the build\'s HTML does not fit', () => {
    assert.deepEqual(preloadLines(snippet({ sections: ['symptoms'] })).map((line) => /href="([^"]+)"/.exec(line)![1].slice(BASE.length)), ['topics/index.<hash>.json', 'topics/myoclonus.es.<hash>.json']);
  });
});
