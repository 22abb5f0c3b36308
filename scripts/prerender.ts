/**
 * Writes, for every topic and language, dist/topics/html/<build>/<topic>.<locale>.html, the signed
 * HTML one script tag paints first (scripts/prerender/fragment.ts), and
 * dist/articles/<topic>/<locale>/index.html, the article's own page, where the link form leads
 * (scripts/prerender/article-page.ts; dist/articles/<topic>/index.html in its first language), and
 * dist/prerendered/<topic>.<locale>.html: a snippet holding
 * the whole article as HTML, for search engines and for readers whose JavaScript is off or fails,
 * and <topic>.<locale>.strict-csp.html, the same for pages whose Content-Security-Policy refuses
 * inline styles.
 *
 *   tsx scripts/prerender.ts [--base-url URL]     (npm run prerender; after npm run build)
 *
 * The article is rendered by the elements themselves, with Lit SSR, into declarative shadow DOM,
 * so it looks the same with or without JavaScript; with JavaScript, `<health-topic>` keeps it on
 * screen and swaps in its own render only once that is ready (no flash, no layout shift, one
 * article). Each shadow root's styles are one inline `<style>`, so the article shows with the rest
 * of the page (dist/prerendered/index.json lists their CSP hashes); the strict-CSP snippet links
 * them as files (dist/prerendered/*.css) instead. The snippet also carries the article's schema.org
 * JSON-LD (the element is marked `no-structured-data`, so it does not add a second one).
 * The article's figure and the stylesheets are addressed from --base-url.
 *
 * --base-url: where dist/ is served, as the snippet's links will see it (default "/dist/").
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readPayload } from '../src/content/figures.js';
import { contentVersion, fragmentPath, isLocalFigure, prerenderedFileName, type BuildIntegrity } from '../src/content/published.js';
import type { HealthTopic as Article } from '../src/content/schema.js';
import { licenceEnded } from '../src/content/licence-terms.js';
import { readTopicIndex } from '../src/content/topic-index.js';
import { validateTopic } from '../src/content/validate.js';
import { articlePage, articlePageFolder } from './prerender/article-page.js';
import { signedFragment } from './prerender/fragment.js';
import { prerenderSnippet } from './prerender/snippet.js';
import { SIGNING_KEY_FILE, type SigningKey } from './vite/fragment-key.js';
import type { FragmentHeader } from '../src/first-paint/signed-fragment.js';

const root = path.resolve(import.meta.dirname, '..');
const { values: options } = parseArgs({ options: { 'base-url': { type: 'string', default: '/dist/' } } });
const baseUrl = options['base-url'].endsWith('/') ? options['base-url'] : `${options['base-url']}/`;
const topicsDir = path.join(root, 'dist/topics');
const outputDir = path.join(root, 'dist/prerendered');
const pagesDir = path.join(root, 'dist/articles');

interface PublishedArticle {
  article: Article;
  locales: string[];
  /** The topic's entry of the topic index: what its fragment vouches for. */
  entry: Pick<FragmentHeader, 'files' | 'integrity'>;
}

/** The published payloads, by topic and locale, read from the topic index (a path under dist/). */
async function publishedArticles(topicIndex: string): Promise<PublishedArticle[]> {
  const { topics, integrity } = readTopicIndex(await readFile(path.join(root, 'dist', topicIndex), 'utf8'));
  const articles: PublishedArticle[] = [];
  for (const files of Object.values(topics)) {
    const localFiles: string[] = [];
    const texts = await Promise.all(Object.values(files).map((fileName) => readFile(path.join(topicsDir, fileName), 'utf8')));
    const topicArticles = texts.map((text, n) => {
      const result = validateTopic(JSON.parse(text));
      if (!result.ok) throw new Error(`${Object.values(files)[n]} is not valid: ${result.issues[0].path}: ${result.issues[0].message}`);
      // Figure files are served from dist/topics/ beside the payloads.
      return readPayload(text, (src) => (isLocalFigure(src) ? (localFiles.push(src), `${baseUrl}topics/${src}`) : src));
    });
    const named = [...Object.values(files), ...localFiles];
    const entry = { files, integrity: Object.fromEntries(named.map((name) => [name, integrity[name]])) };
    for (const article of topicArticles) articles.push({ article, locales: Object.keys(files), entry });
  }
  return articles;
}

/** This build's signing key (scripts/vite/fragment-key.ts), once it is sure the first-paint file holds its public key. */
async function signingKey(entry: string): Promise<SigningKey> {
  const key = JSON.parse(await readFile(path.join(root, SIGNING_KEY_FILE), 'utf8')) as SigningKey;
  if (!(await readFile(path.join(root, 'dist', entry), 'utf8')).includes(key.publicKey)) {
    throw new Error(`${SIGNING_KEY_FILE} is not the key of dist/${entry}: run \`npm run build\` again.`);
  }
  return key;
}

// The build's own record (scripts/vite/integrity-file.ts): its topic index, and the file of what
// the first paint runs, pinned by its hash.
const build = JSON.parse(
  await readFile(path.join(root, 'dist/integrity.json'), 'utf8').catch(() => Promise.reject(new Error('dist/integrity.json is missing: run `npm run build` first.'))),
) as BuildIntegrity;
await rm(outputDir, { recursive: true, force: true });
await rm(pagesDir, { recursive: true, force: true });
await mkdir(outputDir, { recursive: true });
const script = { file: build.entry, integrity: build.files[build.entry] };
const key = await signingKey(build.entry);
const styleHashes = new Set<string>();
const today = new Date().toISOString().slice(0, 10);
for (const { article, locales, entry } of await publishedArticles(build.topicIndex)) {
  // An article whose licence has ended is shown nowhere: no snippet, no page, no signed HTML.
  if (licenceEnded(article, today)) {
    console.log(`Skipped ${article.id} (${article.locale}): its licence ended on ${article.source!.terms!.expires}.`);
    continue;
  }
  const snippet = await prerenderSnippet(article, locales, baseUrl, script, contentVersion(entry.files[article.locale]));
  const header: FragmentHeader = { topic: article.id, locale: article.locale, ...entry };
  const fragment = path.join(topicsDir, fragmentPath(key.build, article.id, article.locale));
  await mkdir(path.dirname(fragment), { recursive: true });
  await writeFile(fragment, signedFragment(header, snippet.fragment, key.privateKey));
  for (const [stylesheet, css] of snippet.stylesheets) await writeFile(path.join(outputDir, stylesheet), css);
  snippet.styleHashes.forEach((hash) => styleHashes.add(hash));
  const [name, strictCspName] = [false, true].map((strictCsp) => prerenderedFileName(article.id, article.locale, strictCsp));
  await writeFile(path.join(outputDir, name), snippet.html);
  await writeFile(path.join(outputDir, strictCspName), snippet.strictCspHtml);
  const page = articlePage(article, locales, baseUrl, snippet);
  const folders = [articlePageFolder(article.id, article.locale), ...(article.locale === locales[0] ? [`articles/${article.id}/`] : [])];
  for (const folder of folders) {
    await mkdir(path.join(root, 'dist', folder), { recursive: true });
    await writeFile(path.join(root, 'dist', folder, 'index.html'), page);
  }
  console.log(`Wrote dist/prerendered/${name} and ${strictCspName}, and dist/${folders.join('index.html and dist/')}index.html`);
}
// Where the snippets address dist/ from, for the snippet builder to move them elsewhere, and the
// hashes a Content-Security-Policy must list to allow their inline styles.
await writeFile(path.join(outputDir, 'index.json'), `${JSON.stringify({ baseUrl, styleHashes: [...styleHashes] }, null, 2)}\n`);
