/**
 * The article's own pages, where the link form leads (scripts/prerender/article-page.ts): one per
 * topic and language in dist/articles/ after `npm run build`, each naming itself as canonical and
 * its other languages, with addresses escaped for their attributes.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { articlePage } from '../../scripts/prerender/article-page.js';
import { readTopicIndex } from '../../src/content/topic-index.js';
import { validateTopic } from '../../src/content/validate.js';

const dist = new URL('../../dist/', import.meta.url);
const build = JSON.parse(await readFile(new URL('integrity.json', dist), 'utf8')) as { topicIndex: string };
const { topics } = readTopicIndex(await readFile(new URL(build.topicIndex, dist), 'utf8'));

describe('the article pages of the build', () => {
  for (const [topic, files] of Object.entries(topics)) {
    const locales = Object.keys(files);
    for (const locale of locales) {
      it(`${topic} in ${locale}: canonical, the other languages, the language of the page`, async () => {
        const page = await readFile(new URL(`articles/${topic}/${locale}/index.html`, dist), 'utf8');
        assert.match(page, new RegExp(`^<!doctype html>\\n<html lang="${locale}" dir="ltr">`));
        assert.ok(page.includes(`<link rel="canonical" href="/dist/articles/${topic}/${locale}/">`));
        for (const other of locales) assert.ok(page.includes(`<link rel="alternate" hreflang="${other}" href="/dist/articles/${topic}/${other}/">`), other);
        assert.ok(page.includes(`"url":"/dist/articles/${topic}/${locale}/"`), 'the JSON-LD names the page');
        assert.equal(page.match(/<health-topic\b/g)?.length, 1);
      });
    }
    it(`${topic}: the topic's page without a language is its first language's`, async () => {
      const [first] = locales;
      assert.equal(await readFile(new URL(`articles/${topic}/index.html`, dist), 'utf8'), await readFile(new URL(`articles/${topic}/${first}/index.html`, dist), 'utf8'));
    });
  }
});

describe('an article page served from an odd address', () => {
  it('escapes its canonical and language addresses', async () => {
    const result = validateTopic(JSON.parse(await readFile(new URL('../../content/topics/myoclonus/en.json', import.meta.url), 'utf8')));
    assert.ok(result.ok);
    const page = articlePage(result.value, ['en', 'es'], 'https://cdn.example/a"b<c&d/', { element: '<health-topic></health-topic>', script: '' });
    assert.ok(page.includes('<link rel="canonical" href="https://cdn.example/a&quot;b&lt;c&amp;d/articles/myoclonus/en/">'));
    assert.ok(page.includes('hreflang="es" href="https://cdn.example/a&quot;b&lt;c&amp;d/articles/myoclonus/es/"'));
    assert.ok(!page.includes('a"b'));
  });
});
