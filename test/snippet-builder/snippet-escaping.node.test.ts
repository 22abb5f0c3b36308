import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addressPrerendered, writeSnippet, type SnippetChoices } from '../../apps/snippet-builder/snippet.js';

const written = 'https://example.test/dist/';
const prerendered = `<health-topic topic="myoclonus" lang="en">\n  <link rel="stylesheet" href="${written}prerendered/a.css">\n</health-topic>`;

test('a base address with a quote stays inside its attribute in the prerendered part', () => {
  const moved = addressPrerendered(prerendered, written, 'https://cdn.example.org/a"><img src=x onerror=alert(1)>/', false);
  assert.doesNotMatch(moved, /<img/);
  assert.doesNotMatch(moved, /"\s*onerror=/);
});

test('a base address holding a replacement pattern ($\') is written as it is, and the element stays one', () => {
  const moved = addressPrerendered(prerendered, written, "https://cdn.example.org/$'/", false);
  assert.equal(moved.match(/<health-topic\b/g)?.length, 1);
  assert.match(moved, /href="https:\/\/cdn\.example\.org\/\$'\/prerendered\/a\.css"/);
});

function choices(href: string): SnippetChoices {
  return {
    baseUrl: 'https://cdn.example.org/',
    build: { entry: 'e.js', latest: 'l.js', topicIndex: 'topics/index.json', lazy: [], files: { 'e.js': 'sha384-x' } } as unknown as SnippetChoices['build'],
    topic: 'myoclonus', headingLevel: 2, sections: [], version: 'pinned',
    fallback: { title: 'Myoclonus', href },
  };
}

test('a javascript: fallback link is not written; the title stays as text', () => {
  for (const href of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x']) {
    const snippet = writeSnippet(choices(href));
    assert.doesNotMatch(snippet, /javascript:|data:/i, href);
    assert.match(snippet, /<p>Myoclonus<\/p>/);
  }
});

test('an https fallback link is written', () => {
  assert.match(writeSnippet(choices('https://hospital.example/myoclonus')), /<a href="https:\/\/hospital\.example\/myoclonus">Myoclonus<\/a>/);
});

test('each preload carries the hash the elements download its file with, escaped, so the browser uses it', () => {
  const base = choices('https://hospital.example/myoclonus');
  const snippet = writeSnippet({
    ...base,
    build: { ...base.build, files: { 'e.js': 'sha384-x', 'topics/index.json': 'sha256-index"<' } },
    payload: { file: 'topics/myoclonus.en.json', integrity: 'sha256-article' },
  });
  assert.match(snippet, /<link rel="preload" href="https:\/\/cdn\.example\.org\/topics\/index\.json" as="fetch" integrity="sha256-index&quot;&lt;" crossorigin="anonymous">/);
  assert.match(snippet, /<link rel="preload" href="https:\/\/cdn\.example\.org\/topics\/myoclonus\.en\.json" as="fetch" integrity="sha256-article" crossorigin="anonymous">/);
});

test('an article the build\'s HTML fits, in a chosen language, preloads that HTML alone: no topic index, which grows with the library', () => {
  const base = choices('https://hospital.example/myoclonus');
  const build = { ...base.build, fragments: 'b0123456789a', files: { 'e.js': 'sha384-x', 'topics/index.json': 'sha256-index' } };
  const fits = writeSnippet({ ...base, build, lang: 'es-MX', payload: { file: 'topics/myoclonus.es.json', integrity: 'sha256-article' } });
  assert.deepEqual(fits.match(/<link rel="preload"[^>]*>/g), ['<link rel="preload" href="https://cdn.example.org/topics/html/b0123456789a/myoclonus.es.html" as="fetch" crossorigin="anonymous">']);
  // Pasted as HTML, the takeover needs the article's JSON too; the HTML file says where it is.
  const pasted = writeSnippet({ ...base, build, lang: 'es', payload: { file: 'topics/myoclonus.es.json', integrity: 'sha256-article' }, prerendered: '<health-topic topic="myoclonus"></health-topic>' });
  assert.deepEqual(pasted.match(/href="[^"]*"/g)!.slice(0, 2), ['href="https://cdn.example.org/topics/html/b0123456789a/myoclonus.es.html"', 'href="https://cdn.example.org/topics/myoclonus.es.json"']);
  // In the page's language, the file is not known here: no preload, and not the topic index either.
  assert.doesNotMatch(writeSnippet({ ...base, build, lang: undefined }), /rel="preload"/);
  // Laid out otherwise: the elements take the JSON path, through the index.
  for (const other of [{ sections: ['symptoms'] }, { headingLevel: 3 }]) {
    const snippet = writeSnippet({ ...base, build, lang: 'es', ...other });
    assert.match(snippet, /href="https:\/\/cdn\.example\.org\/topics\/index\.json"/, JSON.stringify(other));
    assert.doesNotMatch(snippet, /topics\/html\//, JSON.stringify(other));
  }
  // A build from before the signed HTML has none to preload.
  assert.match(writeSnippet({ ...base, lang: 'es' }), /topics\/index\.json/);
});
