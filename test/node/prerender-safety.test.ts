/** Prerendered snippets are pasted into CMS pages as they are: no article text may become markup there. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { prerenderSnippet } from '../../scripts/prerender/snippet.js';
import type { HealthTopic } from '../../src/content/schema.js';
import { parseHtml } from './support/parsed-html.js';

const root = path.resolve(import.meta.dirname, '../..');
const article = JSON.parse(readFileSync(path.join(root, 'content/topics/myoclonus/en.json'), 'utf8')) as HealthTopic;

/** Titles that close, open or break out of each place a title is written: comment, script, attribute, text. */
const HOSTILE_TITLES = [
  'Evil --><img src=x onerror=alert(1)><!--',
  'Evil --!><img src=x onerror=alert(1)>',
  'X </script><img src=x onerror=alert(1)>',
  'T <!--<script>',
  '" onmouseover="alert(1)',
  '<style>*{display:none}</style>',
];

describe('prerendered snippet', () => {
  for (const title of HOSTILE_TITLES) {
    it(`keeps the title as text everywhere it is written: ${title}`, async () => {
      const { html } = await prerenderSnippet({ ...article, title }, ['en'], '/dist/');
      const parsed = parseHtml(html);
      const figures = article.sections.flatMap((section) => section.blocks).filter((block) => block.type === 'figure');
      assert.equal(parsed.elements.filter((element) => element.tagName === 'img').length, figures.length, 'images but the figures');
      assert.equal(parsed.elements.filter((element) => element.tagName === 'style').length, 0, 'style elements');
      const handlers = parsed.elements.flatMap((element) => Object.keys(element.attributes).filter((name) => name.startsWith('on')));
      assert.deepEqual(handlers, []);
      assert.equal(parsed.comments.filter((comment) => !/^(\/?lit-|\?)/.test(comment)).length, 1, 'one comment of ours');
      const scripts = parsed.elements.filter((element) => element.tagName === 'script');
      assert.deepEqual(scripts.map((script) => script.attributes.type), ['application/ld+json', 'module']);
      assert.equal(JSON.parse(scripts[0].text).name, title);
      assert.ok(parsed.texts.includes(title), 'the title is shown as text');
    });
  }
});
