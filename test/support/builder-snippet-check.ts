/**
 * What the snippet builder's snippet must be for any choices an author types: none, when the base
 * address is refused; otherwise HTML that a browser reads back as exactly one `<health-topic>`
 * with exactly the intended attributes, the files addressed from the base as read, no handler
 * attribute, no `javascript:` (or other script-running) address, and no element but the snippet's.
 */
import assert from 'node:assert/strict';
import { readBaseAddress } from '../../apps/snippet-builder/base-address.js';
import { addressPrerendered, writeSnippet, type SnippetChoices } from '../../apps/snippet-builder/snippet.js';
import { parseHtml, type ParsedElement } from './parsed-html.js';

/** The fields an author types or a topic index supplies; the rest of the choices are fixed below. */
export interface TypedChoices {
  baseUrl: string;
  topic: string;
  /** A topic-index locale key, chosen as the reader's language; empty for the page's language. */
  lang: string;
  sections: string[];
  fallbackTitle: string;
  fallbackHref: string;
  version: SnippetChoices['version'];
  /** With the article as HTML (a prerendered snippet moved to the base), instead of the fallback. */
  prerendered: boolean;
}

const BUILD = {
  entry: 'health-topic-elements.AbCd1234.js',
  latest: 'health-topic-elements.js',
  topicIndex: 'topics/index.0123456789.json',
  lazy: ['chunks/hints.AbCd1234.js'],
  files: { 'health-topic-elements.AbCd1234.js': 'sha384-AAAA', 'chunks/hints.AbCd1234.js': 'sha384-BBBB' },
};

/** Where the fixture below was prerendered for, as dist/prerendered/index.json records it. */
const WRITTEN_FOR = '/dist/';

/** A prerendered snippet's shape (see scripts/prerender/snippet.ts), small: every kind of address it holds. */
const PRERENDERED = `<!-- Myoclonus (en), prerendered by Health Topic Elements. Paste where the article belongs. -->
<script type="application/ld+json">{"name":"Myoclonus"}</script>
<script type="module" src="${WRITTEN_FOR}health-topic-elements.AbCd1234.js" integrity="sha384-AAAA" crossorigin="anonymous"></script>
<health-topic topic="myoclonus" lang="en" no-structured-data><template shadowrootmode="open"><link rel="stylesheet" href="${WRITTEN_FOR}prerendered/styles.0123456789.css"><article><nav><a part="toc-link">Symptoms</a></nav><img src="${WRITTEN_FOR}topics/figure.0123456789.svg" alt=""></article></template></health-topic>
`;

const SNIPPET_ELEMENTS = new Set(['link', 'script', 'health-topic', 'p', 'a']);
const PRERENDERED_ELEMENTS = new Set(['link', 'script', 'health-topic', 'template', 'article', 'nav', 'a', 'img']);

/** An address that runs script or holds a document when followed or loaded. */
function runsScript(address: string): boolean {
  // The URL parser drops tabs and new lines, and leading spaces and controls, as browsers do.
  const scheme = address.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '').match(/^([a-z][a-z\d+.-]*):/i)?.[1].toLowerCase();
  return scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data';
}

function attributesOf(element: ParsedElement): Record<string, string> {
  return element.attributes;
}

/** Text as an HTML parser hands it back: line breaks normalized, NUL replaced in attributes. */
const asParsed = (text: string) => text.replace(/\r\n?/g, '\n').replace(/\0/g, '\ufffd');

/** Writes the snippet for `typed` and checks it; says whether it was written or refused. */
export function checkBuilderSnippet(typed: TypedChoices): 'written' | 'refused' {
  const base = readBaseAddress(typed.baseUrl);
  const followPageLanguage = typed.lang === '';
  const choices: SnippetChoices = {
    baseUrl: typed.baseUrl,
    build: BUILD,
    topic: typed.topic,
    lang: typed.lang || undefined,
    headingLevel: 2,
    sections: typed.sections,
    version: typed.version,
    fallback: { title: typed.fallbackTitle, href: typed.fallbackHref || undefined },
    // The builder moves the prerendered snippet only to an address it accepted (its state's baseUrl).
    prerendered: typed.prerendered && base.ok ? addressPrerendered(PRERENDERED, WRITTEN_FOR, base.url, followPageLanguage) : undefined,
  };
  const snippet = writeSnippet(choices);
  if (!base.ok) {
    assert.equal(snippet, '', 'no snippet for a refused base address');
    assert.ok(base.message.length > 0, 'a refusal says why');
    return 'refused';
  }
  assert.ok(base.url.startsWith('https://') || base.url.startsWith('http://'), base.url);

  const { elements } = parseHtml(snippet);
  const allowed = choices.prerendered ? PRERENDERED_ELEMENTS : SNIPPET_ELEMENTS;
  for (const element of elements) {
    assert.ok(allowed.has(element.tagName), `an element the snippet does not write: <${element.tagName}>`);
    for (const [name, value] of Object.entries(attributesOf(element))) {
      assert.ok(!/^on/i.test(name), `a handler attribute: <${element.tagName} ${name}>`);
      if (name === 'href' || name === 'src') {
        assert.ok(!runsScript(value), `a script address: <${element.tagName} ${name}="${value}">`);
        // Every file of the build is addressed from the base as read; only the fallback link is the author's own.
        if (!(element.tagName === 'a' && name === 'href')) assert.ok(value.startsWith(base.url), `<${element.tagName} ${name}="${value}"> from ${base.url}`);
      }
    }
  }

  const articles = elements.filter((element) => element.tagName === 'health-topic');
  assert.equal(articles.length, 1, 'exactly one <health-topic>');
  // The article as HTML keeps its topic and flag; the language and layout are the author's either way.
  const expected: Record<string, string> = {
    ...(choices.prerendered ? { topic: 'myoclonus', 'no-structured-data': '' } : { topic: asParsed(typed.topic) }),
    ...(followPageLanguage ? {} : { lang: asParsed(typed.lang) }),
    'heading-level': '2',
    ...(typed.sections.length > 0 ? { sections: asParsed(typed.sections.join(',')) } : {}),
  };
  assert.deepEqual(attributesOf(articles[0]), expected, 'the element\'s attributes, exactly');

  const scripts = elements.filter((element) => element.tagName === 'script' && element.attributes.type === 'module');
  assert.equal(scripts.length, 1, 'one module script');
  assert.equal(scripts[0].attributes.src, new URL(typed.version === 'pinned' ? BUILD.entry : BUILD.latest, base.url).href);

  if (!choices.prerendered) {
    // In text, the parser drops a NUL rather than replacing it.
    const title = typed.fallbackTitle.replace(/\r\n?/g, '\n').replace(/\0/g, '');
    assert.ok(parseHtml(snippet).texts.join('').includes(title), 'the fallback title, as text');
    const links = elements.filter((element) => element.tagName === 'a');
    assert.ok(links.length <= 1, 'at most the fallback link');
    if (links.length === 1) assert.equal(links[0].attributes.href, asParsed(typed.fallbackHref), 'the fallback link, as typed');
  }
  return 'written';
}
