/**
 * The addresses a prerendered snippet writes (its script, its linked stylesheets) are escaped for
 * their attribute by the contract's one rule (src/content/published.ts), as the snippet builder's are.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { prerenderSnippet } from '../../scripts/prerender/snippet.js';
import { validateTopic } from '../../src/content/validate.js';

const result = validateTopic(JSON.parse(await readFile(new URL('../../content/topics/myoclonus/en.json', import.meta.url), 'utf8')));
assert.ok(result.ok);
const article = { ...result.value, sections: result.value.sections.slice(0, 1), references: [] };

describe('a prerendered snippet served from an odd address', () => {
  it('escapes &, " and < in the script and stylesheet addresses and the integrity value', async () => {
    const base = 'https://cdn.example/a"b<c&d/';
    const snippet = await prerenderSnippet(article, ['en'], base, { file: 'x.js', integrity: 'sha384-"<&' });
    const escaped = 'https://cdn.example/a&quot;b&lt;c&amp;d/';
    assert.ok(snippet.html.includes(`<script type="module" src="${escaped}x.js" integrity="sha384-&quot;&lt;&amp;" crossorigin="anonymous">`), snippet.html.slice(0, 600));
    assert.match(snippet.strictCspHtml, new RegExp(`<link rel="stylesheet" href="${escaped.replace(/[.?]/g, '\\$&')}prerendered/styles\\.[0-9a-f]{10}\\.css">`));
    assert.ok(!snippet.strictCspHtml.includes('a"b') && !snippet.html.includes('b<c'));
  });
});
