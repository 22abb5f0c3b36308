/**
 * The link a CMS author pastes (see writeLink): the article's page under the build's folder, with
 * the author's choices in its query, only where they differ from the defaults; every part escaped
 * for where it goes, and no link for a topic or language that is no path segment of the build's.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { writeLink, type LinkChoices } from '../../apps/snippet-builder/link.js';
import { parseHtml } from '../support/parsed-html.js';

const BASE = 'https://cdn.example.org/health/';

function link(changes: Partial<LinkChoices> = {}): string {
  return writeLink({ baseUrl: BASE, topic: 'myoclonus', lang: 'es', sections: [], headingLevel: 2, title: 'Mioclonía', ...changes });
}

/** The one `<a>` a browser reads back from the link, and its text. */
function readBack(html: string): { href: string; text: string } {
  const { elements, texts } = parseHtml(html);
  assert.deepEqual(elements.map((element) => element.tagName), ['a'], html);
  assert.deepEqual(Object.keys(elements[0].attributes), ['href'], html);
  return { href: elements[0].attributes.href, text: texts.join('') };
}

test('the defaults: the article\'s page in the chosen language, no query', () => {
  assert.equal(link(), '<a href="https://cdn.example.org/health/articles/myoclonus/es/">Mioclonía</a>');
});

test('in the page\'s language: the topic\'s page, whose language is the topic\'s first', () => {
  assert.equal(link({ lang: undefined }), '<a href="https://cdn.example.org/health/articles/myoclonus/">Mioclonía</a>');
});

test('sections and a heading level other than h2 go into the query, sections first, comma-separated', () => {
  assert.equal(
    link({ sections: ['risk-factors', 'treatment'], headingLevel: 3 }),
    '<a href="https://cdn.example.org/health/articles/myoclonus/es/?sections=risk-factors,treatment&amp;heading-level=3">Mioclonía</a>',
  );
  assert.equal(link({ headingLevel: 4 }), '<a href="https://cdn.example.org/health/articles/myoclonus/es/?heading-level=4">Mioclonía</a>');
  assert.equal(link({ sections: ['symptoms'] }), '<a href="https://cdn.example.org/health/articles/myoclonus/es/?sections=symptoms">Mioclonía</a>');
});

test('a typed base address is read as the snippet reads it; a refused one writes no link', () => {
  assert.match(link({ baseUrl: 'cdn.example.org/health' }), /^<a href="https:\/\/cdn\.example\.org\/health\/articles\/myoclonus\/es\/">/);
  for (const baseUrl of ['javascript:alert(1)', '', '/dist/', 'https://cdn.example.org/a b/']) assert.equal(link({ baseUrl }), '', baseUrl);
});

test('a topic or language that is no plain name writes no link: "..", "/" or "%2e%2e" would lead out of articles/', () => {
  for (const topic of ['..', '.', '%2e%2e', 'a/b', 'a?b', 'a#b', '', ' myoclonus', 'x" onclick="alert(1)', '<script>']) {
    assert.equal(link({ topic }), '', topic);
  }
  for (const lang of ['..', 'es/..', 'es"><img src=x>', 'e s']) assert.equal(link({ lang }), '', lang);
});

test('a title of markup is text', () => {
  const written = link({ title: '</a><img src=x onerror=alert(1)>&amp;' });
  assert.equal(readBack(written).text, '</a><img src=x onerror=alert(1)>&amp;');
});

const BREAKERS = ['"', "'", '<', '>', '&', '&amp;', ',', '=', '?', '#', '/', '..', '%', '%2C', ' ', '\n', 'é', '😀', "$'", 'javascript:'];
const hostile = fc.array(fc.oneof(fc.constantFrom(...BREAKERS), fc.string({ maxLength: 4 })), { maxLength: 4 }).map((parts) => parts.join(''));

test('for any section ids and title, one link into the article\'s page, whose query gives back exactly the ids', () => {
  fc.assert(
    fc.property(fc.array(hostile.filter((id) => id !== ''), { maxLength: 3 }), hostile, fc.integer({ min: 1, max: 6 }), (sections, title, headingLevel) => {
      const { href, text } = readBack(link({ sections, title, headingLevel }));
      const url = new URL(href);
      assert.equal(`${url.origin}${url.pathname}`, `${BASE}articles/myoclonus/es/`);
      assert.equal(url.hash, '');
      // What the link upgrade sets as the element's sections attribute: what the snippet writes there.
      assert.equal(url.searchParams.get('sections'), sections.length > 0 ? sections.join(',') : null);
      assert.equal(url.searchParams.get('heading-level'), headingLevel === 2 ? null : String(headingLevel));
      assert.deepEqual([...url.searchParams.keys()].sort(), [...(sections.length > 0 ? ['sections'] : []), ...(headingLevel === 2 ? [] : ['heading-level'])].sort());
      assert.equal(text, title.replace(/\r\n?/g, '\n').replace(/\0/g, ''));
    }),
    { seed: 24, numRuns: 500 },
  );
});
