/**
 * One prerendered snippet: an article rendered by the elements themselves with Lit SSR into
 * declarative shadow DOM, with its schema.org JSON-LD and the script tag (see scripts/prerender.ts).
 */
import { createHash } from 'node:crypto';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { HealthTopic as Article } from '../../src/content/schema.js';
import '../../src/define.js';
import { loadLanguagePicker } from '../../src/elements/language-picker/load-language-picker.js';
import { messagesFor } from '../../src/i18n/localization.js';
import { escapeAttribute as attribute, hashedName } from '../../src/content/published.js';
import { jsonLdText } from '../../src/seo/structured-data.js';
import { fragmentHtml } from './fragment.js';

export interface Snippet {
  /** Each shadow root's styles in one `<style>`: nothing to download or wait for, so the article shows with the page. */
  html: string;
  /** The same with linked stylesheets, for pages whose Content-Security-Policy refuses inline styles. */
  strictCspHtml: string;
  /** Stylesheets the strict-CSP snippet links, by file name (in the `prerendered/` folder). */
  stylesheets: Map<string, string>;
  /** What a Content-Security-Policy's style-src must list to allow the inline styles instead. */
  styleHashes: string[];
  /** The shadow root's HTML alone, for the first paint's signed fragment (see fragment.ts). */
  fragment: string;
  /** The element with its declarative shadow root and inline styles, for the article's own page (article-page.ts). */
  element: string;
  /** The script tag that takes the article over. */
  script: string;
}

/** Lit SSR writes each stylesheet of a shadow root in a `<style>` of its own: one per root is enough. */
const STYLE_RUN = /(?:<style>[\s\S]*?<\/style>)+/g;
const cssOf = (run: string) => [...run.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((style) => style[1]).join('\n');

function combineStyles(markup: string): string {
  return markup.replace(STYLE_RUN, (run) => `<style>${cssOf(run)}</style>`);
}

/**
 * Lit SSR marks each part of a template with a comment (`<!--lit-part ...-->`, `<!--lit-node 0-->`,
 * `<?>`) for hydration, which the snippet has no use for: `<health-topic>` swaps in its own render
 * rather than hydrating the prerendered one. Without them the snippet is about a fifth smaller, and
 * clearer to a CMS author. Lit writes every `<` of text and attribute values as `&lt;`, and the
 * JSON-LD is added afterwards, so nothing else can match.
 */
const LIT_MARKERS = /<!--\/?lit-(?:part|node)\b[^>]*-->|<\?>/g;

/**
 * A strict CSP refuses inline `<style>`: each distinct stylesheet becomes a file named by its hash,
 * linked instead, and cached like the rest of dist/. (A linked stylesheet in the body holds the
 * rendering of what follows it until it arrives, which is why this is not the default.)
 */
function linkStylesheets(markup: string, baseUrl: string, stylesheets: Map<string, string>): string {
  return markup.replace(/<style>([\s\S]*?)<\/style>/g, (_style, css: string) => {
    const fileName = hashedName('styles', '.css', createHash('sha256').update(css).digest('hex'));
    stylesheets.set(fileName, css);
    return `<link rel="stylesheet" href="${attribute(`${baseUrl}prerendered/${fileName}`)}">`;
  });
}

/** The CSP source of each distinct inline style: `'sha256-...'`. */
function styleHashes(markup: string): string[] {
  const texts = new Set([...markup.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((style) => style[1]));
  return [...texts].map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`);
}

/**
 * A comment holding any text: without `<` and `>`, no text can end it early (`-->`, `--!>`) or
 * open another (`<!--`). Comments are read by no one but the people pasting the snippet.
 */
export function htmlComment(text: string): string {
  return `<!-- ${text.replace(/[<>]/g, '')} -->`;
}

function scriptTag(baseUrl: string, script: SnippetScript | undefined): string {
  const src = attribute(`${baseUrl}${script?.file ?? 'health-topic-elements.js'}`);
  return `<script type="module" src="${src}"${script ? ` integrity="${attribute(script.integrity)}"` : ''} crossorigin="anonymous"></script>`;
}

/** The script the snippet loads: a file of dist/ and its Subresource Integrity hash. */
export interface SnippetScript {
  file: string;
  integrity: string;
}

/**
 * The snippet for one article; `baseUrl` is where dist/ is served, ending in "/"; `script` the file
 * that holds what the first paint runs, pinned by its hash, so the snippet keeps working, checked,
 * after later builds are deployed beside it; `version`, the article's content version (published.ts).
 */
export async function prerenderSnippet(article: Article, locales: string[], baseUrl: string, script?: SnippetScript, version?: string): Promise<Snippet> {
  await messagesFor(article.locale); // the widget's words in the article's language, ready for a synchronous render
  await loadLanguagePicker(); // registered by <health-topic> in the browser, when an article has several languages
  const markup = await collectResult(
    render(
      html`<health-topic topic=${article.id} lang=${article.locale} content-version=${ifDefined(version)} no-structured-data .prerendered=${{ article, locales }}></health-topic>`,
    ),
  );
  const combined = combineStyles(markup.replace(LIT_MARKERS, ''));
  const stylesheets = new Map<string, string>();
  // The page's address is not known here, so the JSON-LD has no url.
  const head = `${htmlComment(`${article.title} (${article.locale}), prerendered by Health Topic Elements. Paste where the article belongs.`)}
<script type="application/ld+json">${jsonLdText(article)}</script>
${scriptTag(baseUrl, script)}`;
  return {
    html: `${head}\n${combined}\n`,
    strictCspHtml: `${head}\n${linkStylesheets(combined, baseUrl, stylesheets)}\n`,
    stylesheets,
    styleHashes: styleHashes(combined),
    fragment: fragmentHtml(combined),
    element: combined,
    script: scriptTag(baseUrl, script),
  };
}
