/**
 * The snippet with the article as HTML honours the author's choices once the script runs: its
 * `<health-topic>` start tag carries the chosen sections, heading level and language, escaped.
 * And a "latest" snippet preloads none of this build's files, which a later deploy replaces.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { writeSnippet, type SnippetChoices } from '../../apps/snippet-builder/snippet.js';
import { parseHtml } from '../support/parsed-html.js';

/** A prerendered snippet's start tag as scripts/prerender writes it: the whole article, at h2. */
const PRERENDERED = `<script type="application/ld+json">{"name":"Mioclonía"}</script>
<script type="module" src="https://cdn.example.org/health-topic-elements.AbCd1234.js" integrity="sha384-x" crossorigin="anonymous"></script>
<health-topic no-structured-data topic="myoclonus" lang="es" heading-level="2"><template shadowrootmode="open"><article><h2 part="title">Mioclonía</h2></article></template></health-topic>`;

function choices(changes: Partial<SnippetChoices> = {}): SnippetChoices {
  return {
    baseUrl: 'https://cdn.example.org/',
    build: {
      entry: 'health-topic-elements.AbCd1234.js',
      latest: 'health-topic-elements.js',
      topicIndex: 'topics/index.0123456789.json',
      fragments: 'b0123456789a',
      lazy: [],
      files: { 'health-topic-elements.AbCd1234.js': 'sha384-x', 'topics/index.0123456789.json': 'sha256-index' },
    } as unknown as SnippetChoices['build'],
    topic: 'myoclonus',
    lang: 'es',
    headingLevel: 2,
    sections: [],
    version: 'pinned',
    fallback: { title: 'Mioclonía' },
    prerendered: PRERENDERED,
    ...changes,
  };
}

const element = (snippet: string) => {
  const found = parseHtml(snippet).elements.filter((each) => each.tagName === 'health-topic');
  assert.equal(found.length, 1, snippet);
  return found[0].attributes;
};

test('with the article as HTML, the element carries the chosen sections, heading level and language', () => {
  const attributes = element(writeSnippet(choices({ sections: ['risk-factors', 'treatment'], headingLevel: 3 })));
  assert.deepEqual(attributes, { 'no-structured-data': '', topic: 'myoclonus', lang: 'es', 'heading-level': '3', sections: 'risk-factors,treatment' });
});

test('with the article as HTML in the page\'s language, the element has no lang of its own', () => {
  const attributes = element(writeSnippet(choices({ lang: undefined, headingLevel: 4 })));
  assert.deepEqual(attributes, { 'no-structured-data': '', topic: 'myoclonus', 'heading-level': '4' });
});

test('hostile section ids stay inside the element\'s sections attribute', () => {
  const sections = ['a" onload="alert(1)', '<img src=x onerror=alert(1)>', "b' x='"];
  const snippet = writeSnippet(choices({ sections }));
  assert.equal(element(snippet).sections, sections.join(','));
  assert.deepEqual(parseHtml(snippet).elements.map((each) => each.tagName).filter((tag) => tag === 'img'), []);
});

test('a "latest" snippet preloads none of this build\'s files: the script it loads asks for the next build\'s', () => {
  const laidOut: Partial<SnippetChoices>[] = [{}, { prerendered: undefined }, { sections: ['symptoms'] }, { headingLevel: 3, prerendered: undefined }];
  for (const each of laidOut) {
    const payload = { file: 'topics/myoclonus.es.0123456789.json', integrity: 'sha256-article' };
    assert.doesNotMatch(writeSnippet(choices({ ...each, payload, version: 'latest' })), /rel="preload"/, JSON.stringify(each));
    // Pinned, the same choices keep their preloads: that build's files stay where they are.
    assert.match(writeSnippet(choices({ ...each, payload, version: 'pinned' })), /rel="preload"/, JSON.stringify(each));
  }
});

test('without structured data: no JSON-LD in the article as HTML, and the element told to add none', () => {
  const embedded = writeSnippet(choices({ noStructuredData: true }));
  assert.doesNotMatch(embedded, /application\/ld\+json/);
  assert.ok('no-structured-data' in element(embedded));
  assert.match(writeSnippet(choices()), /<script type="application\/ld\+json">/);
  const bare = writeSnippet(choices({ prerendered: undefined, noStructuredData: true }));
  assert.ok('no-structured-data' in element(bare));
  assert.ok(!('no-structured-data' in element(writeSnippet(choices({ prerendered: undefined })))));
});
