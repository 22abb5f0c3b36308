/**
 * One prerendered snippet: an article rendered by the elements themselves with Lit SSR into
 * declarative shadow DOM, with its schema.org JSON-LD and the script tag (see scripts/prerender.ts).
 */
import { createHash } from 'node:crypto';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import type { HealthTopic as Article } from '../../src/content/schema.js';
import '../../src/define.js';
import { loadLanguagePicker } from '../../src/elements/language-picker/load-language-picker.js';
import { messagesFor } from '../../src/i18n/localization.js';
import { jsonLdText } from '../../src/seo/structured-data.js';

export interface Snippet {
  html: string;
  /** Stylesheets the snippet links, by file name (in the `prerendered/` folder). */
  stylesheets: Map<string, string>;
}

/**
 * Lit SSR inlines each shadow root's styles in `<style>`; a strict CSP refuses those. Each distinct
 * stylesheet becomes a file named by its hash, linked instead, and cached like the rest of dist/.
 */
function linkStylesheets(markup: string, baseUrl: string, stylesheets: Map<string, string>): string {
  return markup.replace(/<style>([\s\S]*?)<\/style>/g, (_style, css: string) => {
    const fileName = `styles.${createHash('sha256').update(css).digest('hex').slice(0, 10)}.css`;
    stylesheets.set(fileName, css);
    return `<link rel="stylesheet" href="${attribute(`${baseUrl}prerendered/${fileName}`)}">`;
  });
}

/**
 * A comment holding any text: without `<` and `>`, no text can end it early (`-->`, `--!>`) or
 * open another (`<!--`). Comments are read by no one but the people pasting the snippet.
 */
export function htmlComment(text: string): string {
  return `<!-- ${text.replace(/[<>]/g, '')} -->`;
}

/** Text for a double-quoted attribute value. */
export function attribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** The snippet for one article; `baseUrl` is where dist/ is served, ending in "/". */
export async function prerenderSnippet(article: Article, locales: string[], baseUrl: string): Promise<Snippet> {
  await messagesFor(article.locale); // the widget's words in the article's language, ready for a synchronous render
  await loadLanguagePicker(); // registered by <health-topic> in the browser, when an article has several languages
  const markup = await collectResult(
    render(
      html`<health-topic topic=${article.id} lang=${article.locale} no-structured-data .prerendered=${{ article, locales }}></health-topic>`,
    ),
  );
  const stylesheets = new Map<string, string>();
  const body = linkStylesheets(markup, baseUrl, stylesheets);
  return {
    // The page's address is not known here, so the JSON-LD has no url.
    html: `${htmlComment(`${article.title} (${article.locale}), prerendered by Health Topic Elements. Paste where the article belongs.`)}
<script type="application/ld+json">${jsonLdText(article)}</script>
<script type="module" src="${attribute(`${baseUrl}health-topic-elements.js`)}" crossorigin="anonymous"></script>
${body}
`,
    stylesheets,
  };
}
