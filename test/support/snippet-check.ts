/**
 * What a prerendered snippet must be for any payload: the payload is refused with paths and
 * messages, or written as HTML that a browser reads back as the payload's own text, with nothing
 * but the article's elements, one comment of ours, and JSON-LD no text can break out of.
 */
import assert from 'node:assert/strict';
import { articlePage } from '../../scripts/prerender/article-page.js';
import { prerenderSnippet } from '../../scripts/prerender/snippet.js';
import { readPayload } from '../../src/content/figures.js';
import { isLocalFigure } from '../../src/content/published.js';
import { validateTopic } from '../../src/content/validate.js';
import { payloadText } from './arbitraries.js';
import { parseHtml } from './parsed-html.js';

/** The elements an article is made of, as the snippet writes them (shadow roots are templates). */
const ARTICLE_ELEMENTS = new Set([
  'health-topic', 'template', 'style', 'link', 'article', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'nav', 'ol', 'ul', 'li', 'a',
  'topic-section', 'section', 'figure', 'img', 'figcaption', 'span', 'em', 'cite', 'bdi', 'citation-list', 'footer', 'time', 'language-picker',
]);

/** Free text of a payload, in the order written: what a reader must find in the snippet. */
function textsOf(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return ['text', 'title', 'name', 'family', 'disclaimer', 'credit', 'container', 'leadIn'].includes(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => textsOf(item, key === 'summary' || key === 'items' ? 'text' : key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([name, item]) => textsOf(item, name));
  return [];
}

/** HTML as a file holds it: UTF-8 bytes, read back as a browser would. */
const asFile = (html: string) => Buffer.from(html, 'utf8').toString('utf8');

/** Checks the snippet of a payload, as `npm run prerender` would write it; says what became of it. */
export async function checkSnippet(payload: unknown): Promise<'written' | 'refused'> {
  const text = payloadText(payload);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'refused'; // not JSON: the prerender reads only files the build wrote from valid payloads
  }
  const result = validateTopic(parsed);
  if (!result.ok) {
    for (const issue of result.issues) assert.ok(typeof issue.path === 'string' && issue.message.length > 0);
    return 'refused';
  }
  const article = readPayload(text, (src) => (isLocalFigure(src) ? `/dist/topics/${src}` : src));
  const snippet = await prerenderSnippet(article, [article.locale], '/dist/');
  const { html } = snippet;
  const page = parseHtml(asFile(html));
  const count = (tag: string) => page.elements.filter((element) => element.tagName === tag).length;
  assert.equal(count('style'), count('template'), 'one style element per shadow root, and no other');
  const foreign = page.elements.map((element) => element.tagName).filter((name) => !ARTICLE_ELEMENTS.has(name) && name !== 'script');
  assert.deepEqual(foreign, [], 'elements that are not the article\'s');
  assert.deepEqual(page.elements.filter((element) => element.tagName === 'script').map((element) => element.attributes.type), ['application/ld+json', 'module']);
  assert.deepEqual(page.elements.flatMap((element) => Object.keys(element.attributes).filter((name) => name.startsWith('on'))), []);
  assert.equal(page.comments.length, 1, `one comment, ours, and none of Lit's hydration markers: ${page.comments.slice(0, 3).join(' | ')}`);
  assert.equal(JSON.parse(page.elements.find((element) => element.tagName === 'script')!.text).name, article.title);
  // The parser turns "\r\n" and "\r" into "\n", as it does in every page.
  const shown = page.texts.join('');
  for (const expected of textsOf(parsed)) assert.ok(shown.includes(expected.replace(/\r\n?/g, '\n')), `the snippet shows ${JSON.stringify(expected)}`);
  checkArticlePage(articlePage(article, [article.locale], '/dist/', snippet), article.title);
  return 'written';
}

/** What the article's own page (scripts/prerender/article-page.ts) may hold besides the article. */
const PAGE_ELEMENTS = new Set(['meta', 'title', 'link', 'script', 'style', 'main']);

/** The article's own page: its title is the article's title as text, and nothing but the page's and the article's elements. */
function checkArticlePage(html: string, title: string): void {
  const page = parseHtml(asFile(html));
  const foreign = page.elements.map((element) => element.tagName).filter((name) => !ARTICLE_ELEMENTS.has(name) && !PAGE_ELEMENTS.has(name));
  assert.deepEqual(foreign, [], 'elements of the article page that are neither the page\'s nor the article\'s');
  assert.equal(page.elements.find((element) => element.tagName === 'title')!.text, title.replace(/\r\n?/g, '\n'));
  assert.deepEqual(page.elements.flatMap((element) => Object.keys(element.attributes).filter((name) => name.startsWith('on'))), []);
  assert.deepEqual(page.elements.filter((element) => element.tagName === 'script').map((element) => element.attributes.type), ['application/ld+json', 'module']);
}
