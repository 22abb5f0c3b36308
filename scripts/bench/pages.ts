/**
 * The pages the bench opens, written to the run's folder and served under /bench/. Each is the same
 * hospital page (header, navigation, the article's slot, an aside and a footer after it), with the
 * article in the slot one way or another: the page variants. The static article is the prerendered
 * snippet with its shadow roots flattened into plain HTML: the widget's own text and markup,
 * without its script, styles or JSON-LD.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { HealthTopic } from '../../src/content/schema.js';
import { addressPrerendered, writeSnippet } from '../../apps/snippet-builder/snippet.js';
import { prerenderedFileName } from '../../src/content/published.js';
import type { BuildFiles } from './build-files.js';

export const TOPIC = 'myoclonus';
export const VARIANTS = {
  static: 'Static HTML (the baseline)',
  script: 'One script tag',
  builder: "The snippet builder's snippet",
  prerendered: 'Prerendered snippet',
  iframe: 'Iframe of the static article (the peer)',
  floor: 'Trivial custom element (the floor)',
} as const;
export type Variant = keyof typeof VARIANTS;
export const WIDGET_COUNTS = [1, 10, 100] as const;

const SCRIPT_TAG = '<script type="module" src="/dist/health-topic-elements.js"></script>';

/** Inline, as many CMS themes do, so every variant has the same request list besides the article's own. */
const CSS = `body { margin: 0; font: 17px/1.6 system-ui, sans-serif; color: #1f2933; background: #f3f6f6; } a { color: #0a5c63; }
  body > * { padding: 0.75rem 1rem; } body > header { background: #0a5c63; color: #fff; } body > nav { background: #07434a; }
  body > footer { background: #1f2933; color: #cfe3e6; } body > :is(header, nav) a { color: #fff; } body > footer a { color: #9fd8de; }
  body > :is(nav, footer) ul { display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; margin: 0; padding: 0; list-style: none; }
  main, aside { max-width: 48rem; margin: 1rem auto; background: #fff; } img { max-width: 100%; height: auto; } iframe { display: block; width: 100%; height: 40rem; border: 0; }`;

const links = (names: string[]) => names.map((name) => `<li><a href="/${name.toLowerCase().replace(/\W+/g, '-')}">${name}</a></li>`).join('');

/** The hospital page around `slot`: its header, navigation, introduction, then an aside and a footer after the article. */
const hospitalPage = (slot: string) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<title>Myoclonus | Health Library | Riverbend Community Hospital</title>
<meta name="description" content="Myoclonus: what it is, its causes, symptoms and treatment, from the Riverbend Health Library.">
<style>${CSS}</style></head>
<body>
<header><a href="/">Riverbend Community Hospital</a> Main line: <a href="tel:+15555550100">(555) 555-0100</a></header>
<nav aria-label="Primary"><ul>${links(['Find a Doctor', 'Locations', 'Patients and Visitors', 'Health Library', 'About'])}</ul></nav>
<main><h1>Health Library</h1><p>Plain-language articles to help you and your family learn about health topics and prepare questions for your care team.</p>
${slot}
</main>
<aside aria-labelledby="care"><h2 id="care">Need care?</h2><p>To see a neurologist, call <a href="tel:+15555550142">(555) 555-0142</a>, Monday to Friday.</p>
<h2>Related topics</h2><ul>${links(['Epilepsy', 'Essential tremor', 'Restless legs syndrome', 'Tic disorders', 'Dystonia'])}</ul></aside>
<footer><ul>${links(['Contact us', 'Accessibility', 'Privacy', 'Careers'])}</ul><p>Riverbend Community Hospital (fictional)</p></footer>
</body>
</html>
`;

/** The prerendered snippet as plain HTML: shadow roots inline, custom elements as divs, no scripts, styles or Lit markers. */
function flatten(snippet: string): string {
  return snippet
    .replace(/<template shadowroot[^>]*>|<\/template>|<link rel="stylesheet"[^>]*>|<style>[\s\S]*?<\/style>|<script[\s\S]*?<\/script>|<!--[\s\S]*?-->|<\?>/g, '')
    .replace(/<(\/?)[a-z]+(?:-[a-z]+)+/g, '<$1div')
    .trim();
}

/** What the snippet builder writes for the topic with its defaults (the article as HTML, this build pinned), for files at /dist/. */
async function builderSnippet(build: BuildFiles, origin: string): Promise<string> {
  const read = (file: string) => readFile(path.join(build.root, file), 'utf8');
  const baseUrl = `${origin}/dist/`;
  const { baseUrl: writtenFor } = JSON.parse(await read('prerendered/index.json')) as { baseUrl: string };
  return writeSnippet({
    baseUrl,
    build: JSON.parse(await read('integrity.json')),
    topic: TOPIC,
    headingLevel: 2,
    sections: [],
    version: 'pinned',
    fallback: { title: TOPIC },
    prerendered: addressPrerendered(await read(`prerendered/${prerenderedFileName(TOPIC, 'en')}`), writtenFor, baseUrl, true),
  });
}

/** Writes every page. `texts` mark the article shown: its title and its last sentence. */
export async function writePages(dir: string, build: BuildFiles, origin: string) {
  await mkdir(dir, { recursive: true });
  const write = (name: string, html: string) => writeFile(path.join(dir, name), html);
  const [english, spanish] = await Promise.all(
    [build.payloads.en, build.payloads.es].map(async (file) => JSON.parse(await readFile(path.join(build.root, file), 'utf8')) as HealthTopic),
  );
  const prerendered = await readFile(path.join(build.root, 'prerendered', `${TOPIC}.en.html`), 'utf8');
  const staticArticle = flatten(prerendered);
  const snippet = await builderSnippet(build, origin);
  const slots: Record<Variant, string> = {
    static: staticArticle,
    script: `${SCRIPT_TAG}\n<health-topic topic="${TOPIC}"></health-topic>`,
    builder: snippet,
    prerendered,
    iframe: `<iframe src="/bench/article.html" title="${english.title}"></iframe>`,
    floor: '<script type="module" src="/bench/floor-element.js"></script>\n<article-text></article-text>',
  };
  for (const [variant, slot] of Object.entries(slots)) await write(`${variant}.html`, hospitalPage(slot));
  for (const count of WIDGET_COUNTS) await write(`widgets-${count}.html`, hospitalPage(SCRIPT_TAG + `\n<health-topic topic="${TOPIC}"></health-topic>`.repeat(count)));
  await write('article.html', `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>${english.title}</title>
<style>body { font: 17px/1.6 system-ui, sans-serif; color: #1f2933; } img { max-width: 100%; height: auto; }</style></head>\n<body>${staticArticle}</body>\n</html>\n`);
  await write('floor-element.js', `customElements.define('article-text', class extends HTMLElement {
  connectedCallback() { this.innerHTML = ${JSON.stringify(staticArticle)}; }
});\n`);
  const lastSentence = english.disclaimer.split(/(?<=[.!?])\s+/).at(-1)!;
  return { texts: [english.title, lastSentence], titles: { en: english.title, es: spanish.title }, builderSnippet: snippet };
}
