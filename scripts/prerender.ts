/**
 * Writes, for every topic and language, dist/prerendered/<topic>.<locale>.html: a snippet holding
 * the whole article as HTML, for search engines and for readers whose JavaScript is off or fails.
 *
 *   tsx scripts/prerender.ts [--base-url URL]     (npm run prerender; after npm run build)
 *
 * The article is rendered by the elements themselves, with Lit SSR, into declarative shadow DOM,
 * so it looks the same with or without JavaScript; with JavaScript, `<health-topic>` keeps it on
 * screen and swaps in its own render only once that is ready (no flash, no layout shift, one
 * article). Styles are linked files (dist/prerendered/*.css), not inline `<style>`, so the snippet
 * works under a strict Content-Security-Policy. The snippet also carries the article's schema.org
 * JSON-LD (the element is marked `no-structured-data`, so it does not add a second one).
 * The article's figure and the stylesheets are addressed from --base-url.
 *
 * --base-url: where dist/ is served, as the snippet's links will see it (default "/dist/").
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import type { HealthTopic as Article } from '../src/content/schema.js';
import { validateTopic } from '../src/content/validate.js';
import '../src/define.js';
import { loadLanguagePicker } from '../src/elements/language-picker/load-language-picker.js';
import { messagesFor } from '../src/i18n/localization.js';
import { structuredData } from '../src/seo/structured-data.js';

const root = path.resolve(import.meta.dirname, '..');
const { values: options } = parseArgs({ options: { 'base-url': { type: 'string', default: '/dist/' } } });
const baseUrl = options['base-url'].endsWith('/') ? options['base-url'] : `${options['base-url']}/`;
const topicsDir = path.join(root, 'dist/topics');
const outputDir = path.join(root, 'dist/prerendered');

/**
 * Lit SSR inlines each shadow root's styles in `<style>`; a strict CSP refuses those. Each distinct
 * stylesheet becomes a file named by its hash, linked instead, and cached like the rest of dist/.
 */
async function linkStylesheets(markup: string): Promise<string> {
  const files = new Map<string, string>();
  for (const [, css] of markup.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    if (files.has(css)) continue;
    const fileName = `styles.${createHash('sha256').update(css).digest('hex').slice(0, 10)}.css`;
    await writeFile(path.join(outputDir, fileName), css);
    files.set(css, fileName);
  }
  return markup.replace(/<style>([\s\S]*?)<\/style>/g, (_style, css: string) => `<link rel="stylesheet" href="${baseUrl}prerendered/${files.get(css)}">`);
}

/** The published payloads, by topic and locale, read from the topic index. */
async function publishedArticles(): Promise<{ article: Article; locales: string[] }[]> {
  const indexFile = (await readdir(topicsDir)).find((name) => /^index\.[0-9a-f]{10}\.json$/.test(name));
  if (!indexFile) throw new Error('dist/topics/ has no topic index: run `npm run build` first.');
  const { topics } = JSON.parse(await readFile(path.join(topicsDir, indexFile), 'utf8')) as { topics: Record<string, Record<string, string>> };
  const articles: { article: Article; locales: string[] }[] = [];
  for (const files of Object.values(topics)) {
    for (const fileName of Object.values(files)) {
      const result = validateTopic(JSON.parse(await readFile(path.join(topicsDir, fileName), 'utf8')));
      if (!result.ok) throw new Error(`${fileName} is not valid: ${result.issues[0].path}: ${result.issues[0].message}`);
      articles.push({ article: withFigureUrls(result.value), locales: Object.keys(files) });
    }
  }
  return articles;
}

/** Figure files are served from dist/topics/ beside the payloads. */
function withFigureUrls(article: Article): Article {
  return {
    ...article,
    sections: article.sections.map((section) => ({
      ...section,
      blocks: section.blocks.map((block) =>
        block.type === 'figure' && !block.src.startsWith('https://') ? { ...block, src: `${baseUrl}topics/${block.src}` } : block,
      ),
    })),
  };
}

async function prerender(article: Article, locales: string[]): Promise<string> {
  await messagesFor(article.locale); // the widget's words in the article's language, ready for a synchronous render
  const markup = await collectResult(
    render(
      html`<health-topic topic=${article.id} lang=${article.locale} no-structured-data .prerendered=${{ article, locales }}></health-topic>`,
    ),
  );
  // The page's address is not known here; "<" escaped so no text can close the script element.
  const jsonLd = JSON.stringify(structuredData(article)).replace(/</g, '\\u003c');
  return `<!-- ${article.title} (${article.locale}), prerendered by Health Topic Elements. Paste where the article belongs. -->
<script type="application/ld+json">${jsonLd}</script>
<script type="module" src="${baseUrl}health-topic-elements.js" crossorigin="anonymous"></script>
${await linkStylesheets(markup)}
`;
}

// The snippet shows the language picker as the page will; in the browser it is registered on demand.
await loadLanguagePicker();
await rm(outputDir, { recursive: true, force: true });
await mkdir(outputDir, { recursive: true });
for (const { article, locales } of await publishedArticles()) {
  const fileName = `${article.id}.${article.locale}.html`;
  await writeFile(path.join(outputDir, fileName), await prerender(article, locales));
  console.log(`Wrote dist/prerendered/${fileName}`);
}
