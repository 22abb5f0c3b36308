/**
 * The article's own page, dist/articles/<topic>/<locale>/index.html: where the link a CMS author
 * pastes leads (see src/first-paint/article-links.ts), so that with JavaScript off, or for a
 * search engine, the link is a real, indexable article. The same prerendered article and JSON-LD
 * as the snippet, in a whole page of the article's language, with its canonical address and the
 * addresses of its other languages.
 */
import type { HealthTopic as Article } from '../../src/content/schema.js';
import { escapeAttribute as attribute, escapeText as text } from '../../src/content/published.js';
import { textDirection } from '../../src/shared/locales.js';
import { jsonLdText, structuredData } from '../../src/seo/structured-data.js';
import type { Snippet } from './snippet.js';

/** The folder of an article's page in a language, under dist/: `articles/<topic>/<locale>/`. */
export function articlePageFolder(topic: string, locale: string): string {
  return `articles/${topic}/${locale}/`;
}


/**
 * The page for `article`, whose languages are `locales`, with dist/ served at `baseUrl`. Styles
 * are inline (the page is the build's own, and shows with no stylesheet to wait for).
 */
export function articlePage(article: Article, locales: string[], baseUrl: string, snippet: Pick<Snippet, 'element' | 'script'>): string {
  const address = (locale: string) => `${baseUrl}${articlePageFolder(article.id, locale)}`;
  const canonical = address(article.locale);
  const alternates = locales.map((locale) => `<link rel="alternate" hreflang="${attribute(locale)}" href="${attribute(address(locale))}">`);
  const description = structuredData(article).description ?? '';
  return `<!doctype html>
<html lang="${attribute(article.locale)}" dir="${textDirection(article.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(article.title)}</title>
<meta name="description" content="${attribute(String(description))}">
<link rel="canonical" href="${attribute(canonical)}">
${alternates.join('\n')}
<script type="application/ld+json">${jsonLdText(article, canonical)}</script>
${snippet.script}
<style>body { margin: 0 auto; max-width: 52rem; padding: 1rem; font-family: system-ui, sans-serif; line-height: 1.5; }</style>
</head>
<body>
<main>
${snippet.element}
</main>
</body>
</html>
`;
}
