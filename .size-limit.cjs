// The byte budget (issue: entry + one article <= 16 kB gzip). Checked by `npm run size`, part of npm test.
// Raised by 1 kB (16.5 -> 17.5, 18.5 -> 19.75 with the article) when the widget learned to say who
// wrote, rebuilt, translated and reviewed each part, and where the text comes from (about 1.3 kB
// gzip of templates and English words that the first paint needs), after the translators' notes,
// which had been shipped by mistake, were dropped from the bundle (about 1.1 kB).
// Raised by 0.75 kB (17.5 -> 18.25, 19.75 -> 20.5) for the content-not-found state (its words,
// telling a missing file from a network failure, finding files through the npm build's table) and
// the developers' console hints, whose checks run on every page: 0.63 kB gzip measured (17.33 ->
// 17.96 kB); the hints' explanations are a chunk of their own, loaded only when there is one to give.
// Raised by 0.1 kB (18.25 -> 18.35, 20.5 -> 20.6) when a page holding a prerendered article got to
// paint it before the elements take it over, and work put off until after a paint stopped waiting
// on frames that never come (a hidden tab, a throttled iframe): about 60 B gzip, which left 3 B.
// Raised by 0.1 kB with the article (20.6 -> 20.7; the entry's own budget unchanged) when the rules
// of the published content became one module (src/content/published.ts) that the build, the tools
// and the widget share: the topic index's hash read by the shared name pattern, a DOI link that
// encodes `#`, `?` and lone surrogates rather than breaking on them, and the clinical-code rule,
// which the code-lookup chunk now takes from the entry: 148 B gzip measured (entry 18.17 -> 18.32 kB).
// Raised by 0.4 kB (18.35 -> 18.75, 20.7 -> 21.1) when <health-topic>'s loading became one
// @lit/task Task driving the render, with the prerendered takeover, the announcing of outcomes and
// typed events in small modules of their own (about 0.2 kB gzip), and the article, its notice and
// its states began to carry their own `dir` (0.17 kB gzip, measured by leaving the bindings out):
// entry 18.32 -> 18.71 kB measured.
// Raised by 0.4 kB (18.75 -> 19.15, 21.1 -> 21.5) for three defects a hostile or careless page
// could cause: names isolated in <bdi> so a direction override cannot reverse a line; "loaded"
// only once the inner elements are this library's and on screen, with the element-conflict state
// and its words for a page that defined its own <topic-section> or <citation-list>; dates held to
// the years 1900-2200 (the console's explanation and the JSON Schema's pattern stay out of the
// entry): entry 18.71 -> 19.1 kB measured.
// Raised by 1.3 kB (19.15 -> 20.45, 21.5 -> 22.8) for the chain of integrity (SECURITY.md): the
// table of each on-demand chunk's SHA-256 (about 0.45 kB gzip of hashes, which do not compress),
// loading each chunk through a checked module script, the widget's Trusted Types policy moved into
// the first paint for it, downloads checked by hash with a second look to tell a changed file from
// a missing one, figure checks, and the changed-file state and its words. Downloaded articles are
// no longer hashed in the page, which saved little: entry 19.12 -> 20.38 kB measured, with the
// console messages shortened and SHA-256 rather than SHA-384 in the table.
// Rebuilt for HTML first (issue: 12 kB gzip before the text, at any library size). The first paint
// no longer runs Lit: the first-paint file holds the elements' stylesheets, the signature check,
// the chunk table and the Trusted Types policy, and paints the article's signed HTML; the elements
// (with Lit) come after that paint, as checked chunks, and are budgeted apart. What is downloaded
// before the text is the entry, the first-paint file and one signed HTML file, whatever the number
// of topics: the topic index is no longer on that path.
// "Latest" (dist/health-topic-elements.js) is a copy of the first-paint file, so either name is
// the one file a page runs before the text.
// The elements after the paint: raised by 1 kB (18.5 -> 19.5 kB) for the reading events (one
// IntersectionObserver per article, the link kinds, print): 18.22 -> 19.22 kB measured. They run
// on every page that shows an article, so they are not a chunk of their own (one more request).
// Their files are now read from the elements' imports: the shared chunk listed by name here had
// been renamed by the build (link-rule -> dates), and its 0.35 kB had gone uncounted.
const fs = require('node:fs');
const path = require('node:path');

/**
 * The elements' chunk and every chunk it imports statically (Lit, and what it shares with the
 * on-demand chunks, whatever Rolldown names that), read from the built files: the module graph
 * decides, so a renamed shared chunk is still counted. test/build/lazy-chunks.node.test.ts checks it.
 */
function elementsChunks() {
  const folder = path.join(__dirname, 'dist/chunks');
  const define = fs.existsSync(folder) ? fs.readdirSync(folder).find((file) => /^define-[\w-]+\.js$/.test(file)) : undefined;
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = fs.readFileSync(path.join(folder, file), 'utf8');
    for (const [, imported] of code.matchAll(/(?:\bfrom|\bimport)\s*"\.\/([\w.-]+\.js)"/g)) visit(imported);
  };
  if (define) visit(define);
  return [...seen].sort().map((file) => `dist/chunks/${file}`);
}

module.exports = [
  {
    name: 'Before the text, one script tag: the first-paint file and the Myoclonus article\'s signed HTML (en)',
    path: ['dist/health-topic-elements.*.js', 'dist/topics/html/*/myoclonus.en.html'],
    gzip: true,
    limit: '12 kB',
  },
  {
    name: 'The first-paint file',
    path: ['dist/health-topic-elements.*.js'],
    gzip: true,
    // 6.3 kB, then 6.74 kB with the link form (links into the build's article pages become articles).
    limit: '7 kB',
  },
  {
    name: 'After the paint: the elements and Lit, which take the article over',
    path: elementsChunks(),
    gzip: true,
    limit: '19.5 kB',
  },
];
