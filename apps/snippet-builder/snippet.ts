/**
 * The HTML a CMS author pastes, and the CSS for the site's stylesheet, written from the author's
 * choices and the build's dist/integrity.json. Plain functions: the snippet builder shows them, and
 * the tests and the benchmark paste exactly what they write.
 */
import { escapeAttribute as attribute, escapeText as text, fragmentPath, type BuildIntegrity } from '../../src/content/published.js';
import { fitsBuiltHtml } from '../../src/first-paint/fragment-address.js';
import { baseLanguage } from '../../src/shared/locales.js';
import { readBaseAddress } from './base-address.js';

/** The language choice that leaves `lang` out, so the article follows the page's language. */
export const PAGE_LANGUAGE = '';

/** A file of the build and its Subresource Integrity hash. */
export interface PublishedFile {
  file: string;
  integrity: string;
}

export interface SnippetChoices {
  /** Where the build's dist/ folder is served, read by `readBaseAddress` (base-address.ts): an absolute address ending in "/", or a guess from one without a scheme. */
  baseUrl: string;
  build: BuildIntegrity;
  topic: string;
  /** The chosen article's payload file (`topics/...`) and its hash from the topic index, downloaded early when known. */
  payload?: PublishedFile;
  /** The reader's language, only when the author chose one: otherwise the page's language applies. */
  lang?: string;
  headingLevel: number;
  /** Section ids, in the article's order; none for the whole article. */
  sections: string[];
  /** "pinned": this build, checked by Subresource Integrity; "latest": always the newest build, unchecked. */
  version: 'pinned' | 'latest';
  /** Shown until the script runs, and to readers without JavaScript: the article's title, linked when an address is given. */
  fallback: { title: string; href?: string };
  /** The article as HTML (a prerendered snippet, already addressed from `baseUrl`), instead of the fallback. */
  prerendered?: string;
  /** Leave out the article's schema.org data (JSON-LD), for a page that describes itself to search engines. */
  noStructuredData?: boolean;
}

/** A fallback link only when it leads to a web page (http or https, or relative to the page): never `javascript:` or `data:`. */
function webLink(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const { protocol } = new URL(href, 'https://page.invalid/');
    return protocol === 'https:' || protocol === 'http:' ? href : undefined;
  } catch {
    return undefined;
  }
}


/**
 * A prerendered snippet (dist/prerendered/*.html) for pasting: its addresses moved from where the
 * prerender wrote them (`writtenFor`, in dist/prerendered/index.json) to where the files are
 * served, and, for a snippet that follows the page's language, without the element's own `lang`
 * (the element then takes the article over in the page's language).
 */
export function addressPrerendered(markup: string, writtenFor: string, baseUrl: string, followPageLanguage: boolean): string {
  // A function, not a string, as the replacement: a `$'` or `$&` in the address is then only text.
  const served = `="${attribute(baseUrl)}`;
  const moved = markup.replaceAll(`="${writtenFor}`, () => served);
  return followPageLanguage ? moved.replace(/(<health-topic\b[^>]*?) lang="[^"]*"/, '$1') : moved;
}

/**
 * What the article needs first, to download while the script does rather than after it. An
 * article the build's HTML fits, in a known language, needs that HTML (signed, so no hash), which
 * also tells the elements where its JSON is; pasted as HTML, it needs that JSON too, for the
 * takeover. Laid out otherwise (or in a build before the signed HTML), it needs the topic index
 * and its JSON. Each preload carries the
 * hash the elements download the file with: a preload the request does not match goes unused.
 */
function preloads(choices: SnippetChoices): { file: string; integrity?: string }[] {
  const { build, lang, payload } = choices;
  // Every file below is this build's: the newest script, once another build is deployed, asks for that build's instead.
  if (choices.version === 'latest') return [];
  const laidOut = new Map<string, string>([['heading-level', String(choices.headingLevel)]]);
  if (choices.sections.length > 0) laidOut.set('sections', choices.sections.join(','));
  if (build.fragments && fitsBuiltHtml((name) => laidOut.get(name) ?? null)) {
    // In the page's language, the file is known only in the page: nothing to preload, and surely
    // not the topic index, which the HTML makes unneeded and which grows with the library.
    if (!lang) return [];
    const html = { file: `${build.topicIndex.replace(/[^/]*$/, '')}${fragmentPath(build.fragments, choices.topic, baseLanguage(lang))}` };
    return choices.prerendered && payload ? [html, payload] : [html];
  }
  return [{ file: build.topicIndex, integrity: build.files[build.topicIndex] }, ...(payload ? [payload] : [])];
}

/** The attributes that lay the article out as the author chose: the script honours them, whatever HTML the page holds. */
function layout(choices: SnippetChoices): string[] {
  return [
    ...(choices.lang ? [`lang="${attribute(choices.lang)}"`] : []),
    `heading-level="${choices.headingLevel}"`,
    ...(choices.sections.length > 0 ? [`sections="${attribute(choices.sections.join(','))}"`] : []),
  ];
}

/**
 * The prerendered element's start tag with the author's language and layout in place of the
 * build's (the whole article at h2): once the script runs, the page shows what the preview shows.
 */
function withLayout(prerendered: string, choices: SnippetChoices): string {
  // A function, not a string, as the replacement: a `$'` in a section id is then only text.
  return prerendered.replace(/<health-topic\b([^>]*)>/, (_tag, built: string) => {
    const kept = built.replace(/\s+(?:lang|heading-level|sections)="[^"]*"/g, '').replace(/\s+/g, ' ').trimEnd();
    return `<health-topic${kept} ${layout(choices).join(' ')}>`;
  });
}

/** The script tag: this build checked by its hash, or the newest build at `baseUrl` (an address `readBaseAddress` gave). */
export function scriptLine(baseUrl: string, build: BuildIntegrity, version: SnippetChoices['version']): string {
  const url = (file: string) => attribute(new URL(file, baseUrl).href);
  return version === 'pinned'
    ? `<script type="module" src="${url(build.entry)}" integrity="${attribute(build.files[build.entry] ?? '')}" crossorigin="anonymous"></script>`
    : `<script type="module" src="${url(build.latest)}" crossorigin="anonymous"></script>`;
}

/** The snippet to paste where the article belongs; none for a base address `readBaseAddress` refuses (the builder says why). */
export function writeSnippet(typed: SnippetChoices): string {
  const base = readBaseAddress(typed.baseUrl);
  if (!base.ok) return '';
  const choices = { ...typed, baseUrl: base.url };
  const { baseUrl, build, version } = choices;
  const url = (file: string) => attribute(new URL(file, baseUrl).href);
  const lines: string[] = [];
  for (const { file, integrity } of preloads(choices)) {
    const check = integrity ? ` integrity="${attribute(integrity)}"` : '';
    lines.push(`<link rel="preload" href="${url(file)}" as="fetch"${check} crossorigin="anonymous">`);
  }
  lines.push(scriptLine(baseUrl, build, version));
  if (choices.prerendered) {
    // The prerendered snippet brings its element and JSON-LD; its own script line gives way to the one above.
    let prerendered = choices.prerendered.replace(/^<script type="module"[^\n]*\n/m, '');
    if (choices.noStructuredData) prerendered = prerendered.replace(/^<script type="application\/ld\+json">[\s\S]*?<\/script>\n/m, '');
    lines.push(withLayout(prerendered, choices).trim());
    return lines.join('\n');
  }
  const attributes = [
    `topic="${attribute(choices.topic)}"`,
    ...layout(choices),
    ...(choices.noStructuredData ? ['no-structured-data'] : []),
  ];
  const { title } = choices.fallback;
  const href = webLink(choices.fallback.href);
  const fallback = href ? `<a href="${attribute(href)}">${text(title)}</a>` : text(title);
  lines.push(`<health-topic ${attributes.join(' ')}>\n  <p>${fallback}</p>\n</health-topic>`);
  return lines.join('\n');
}

/** Colors the author chose, as custom properties; empty for the text color. */
export interface SnippetColors {
  link: string;
  accent: string;
}

/**
 * The CSS to add to the site's stylesheet (inline styles would break a strict CSP): space kept for
 * the article until it shows, unless the article is in the HTML already, and any colors. A whole
 * article is longer than a screen: a screen's height kept from the start means what follows it is
 * below the screen before the article arrives, and moves out of no one's sight.
 */
export function writeCss(colors: SnippetColors, withPrerendered: boolean, wholeArticle = true): string {
  const rules: string[] = [];
  if (!withPrerendered) {
    rules.push(
      wholeArticle
        ? '/* A screen\'s height for the article from the start, so the page does not jump when it arrives. */\nhealth-topic {\n  display: block;\n  min-height: 100vh;\n}'
        : '/* Space for the article until the script runs, so the page does not jump. */\nhealth-topic:not(:defined) {\n  display: block;\n  min-height: 24rem;\n}',
    );
  }
  const properties = [
    ...(colors.link ? [`  --health-topic-link-color: ${colors.link};`] : []),
    ...(colors.accent ? [`  --health-topic-accent-color: ${colors.accent};`, `  --health-topic-focus-color: ${colors.accent};`] : []),
  ];
  if (properties.length > 0) rules.push(`health-topic {\n${properties.join('\n')}\n}`);
  return rules.join('\n\n');
}

/** What the server holding dist/ must send, for the author to pass on to whoever runs it. */
export const SERVER_HEADERS = [
  'On another origin than the page: Access-Control-Allow-Origin: * (or the site\'s origin), for every file.',
  'Files named by a hash (health-topic-elements.<hash>.js, chunks/, topics/, prerendered/*.css): Cache-Control: public, max-age=31536000, immutable.',
  'health-topic-elements.js and integrity.json: Cache-Control: no-cache. Keep every earlier build\'s hashed files: pasted snippets load them.',
];
