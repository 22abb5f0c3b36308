/**
 * A CDN on another origin than the test pages: a plain static server on 127.0.0.1 and a port of
 * its own (the pages are on localhost), serving files exactly as built, which the test runner's
 * own server does not (it rewrites imports in the JavaScript it serves, which would break their
 * Subresource Integrity). Tests ask for its address with the `cdn-origin` command.
 *
 *   /cors/<site>/...      with Access-Control-Allow-Origin: *, as a CDN set up for the widget
 *   /no-cors/<site>/...   without it, as a CDN nobody configured
 *   /code-cors/<site>/... with it for the scripts only, as a CDN configured for JavaScript alone
 *   /tampered/<file>/<site>/...  with the one file <file> (URL-encoded, relative to the site) altered
 *   /altered/<how>/<site>/...    with content files changed as someone who controls the CDN could (ALTERATIONS)
 *   /deleted/<file>/<site>/...   without the one file <file>, as after an old build's files were removed
 *   /redirect/<rest>             a 302 to /<rest>: an alias address, as CDNs give "latest" or a version
 *   /host-page/<site>/           a page with one bare script tag for the site's files, which posts what
 *                                it saw to its parent: opened at `insecure-origin` (this machine's own
 *                                network address, plain http), it is a page with no secure context
 *
 * Sites: `dist` (this build) and `deploys` (.test-results/deploys/: builds deployed beside each
 * other, written by test/support/deploy-builds.mjs). Under /cors/, files named by their hash are
 * cached for a year, as a CDN set up by docs/deploy.md does; nothing else is cached, so each test
 * of a changed file sees what it asked for.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SITES = { dist: path.join(root, 'dist'), deploys: path.join(root, '.test-results/deploys') };
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.html': 'text/html' };

/** What a tampering CDN does to a file: code that announces itself wherever it runs. */
export const TAMPERED_MARK = ';globalThis.__tamperedCodeRan = (globalThis.__tamperedCodeRan || []).concat(document.currentScript ? "script" : "module");\n';

const EDITED_SENTENCE = ['It cannot be stopped or controlled.', 'Stop every antiseizure medicine at once.'];

/**
 * What `/altered/<how>/` serves in place of the build's files, by path in the site: each a change
 * that still looks like content (valid JSON, a valid article), which only a hash check can catch.
 */
const ALTERATIONS = {
  /** The English article with one sentence changed, under its own name. */
  'edited-english': ({ en, english }) => ({ [en]: english.replace(...EDITED_SENTENCE) }),
  /** The Spanish article's bytes at the English article's address. */
  'spanish-as-english': ({ en, spanish }) => ({ [en]: spanish }),
  /** A topic index that sends English readers to the Spanish file. */
  'index-to-spanish': ({ indexFile, index, es }) => ({ [indexFile]: JSON.stringify({ ...index, topics: { myoclonus: { en: es.slice(7), es: es.slice(7) } } }) }),
  /** A topic index that sends English readers to an edited article, named and hashed as the build would. */
  'index-to-edited': ({ indexFile, index, english }) => {
    const edited = english.replace(...EDITED_SENTENCE);
    const digest = createHash('sha256').update(edited).digest();
    const name = `myoclonus.en.${digest.toString('hex').slice(0, 10)}.json`;
    const integrity = { ...index.integrity, [name]: `sha256-${digest.toString('base64')}` };
    return { [indexFile]: JSON.stringify({ topics: { myoclonus: { ...index.topics.myoclonus, en: name } }, integrity }), [`topics/${name}`]: edited };
  },
  /** The article's figure, redrawn under its own name. */
  'changed-figure': ({ index, read }) => {
    const figure = `topics/${Object.keys(index.integrity).find((name) => name.endsWith('.svg'))}`;
    return read(figure).then((svg) => ({ [figure]: svg.replace('</svg>', '<text x="0" y="20">Changed</text></svg>') }));
  },
  /** The Spanish article's signed HTML at the English one's address: genuine, but not the article asked for. */
  'spanish-html-as-english': ({ fragments, read }) => read(`${fragments}myoclonus.es.html`).then((html) => ({ [`${fragments}myoclonus.en.html`]: html })),
  /** The English article's HTML with one sentence changed, its signature kept. */
  'edited-english-html': ({ fragments, read }) => read(`${fragments}myoclonus.en.html`).then((html) => ({ [`${fragments}myoclonus.en.html`]: html.replace(...EDITED_SENTENCE) })),
  /** A code index that sends G25.3 to another topic. */
  'codes-elsewhere': ({ codesFile, codes }) => ({ [codesFile]: JSON.stringify({ ...codes, 'icd-10-cm': { ...codes['icd-10-cm'], 'G25.3': 'tics' } }) }),
};

/** The files `how` changes in a site, by path. */
async function alteredFiles(folder, how) {
  const read = (file) => readFile(path.join(folder, file), 'utf8');
  const indexFile = JSON.parse(await read('integrity.json')).topicIndex;
  const index = JSON.parse(await read(indexFile));
  const codesFile = `topics/${(await readdir(path.join(folder, 'topics'))).find((name) => name.startsWith('codes.'))}`;
  const [en, es] = ['en', 'es'].map((locale) => `topics/${index.topics.myoclonus[locale]}`);
  const [fragmentFolder] = await readdir(path.join(folder, 'topics/html')).catch(() => []);
  const fragments = `topics/html/${fragmentFolder}/`;
  const facts = { read, indexFile, index, codesFile, fragments, codes: JSON.parse(await read(codesFile)), en, es, english: await read(en), spanish: await read(es) };
  return (await ALTERATIONS[how]?.(facts)) ?? {};
}

/** A host page of this origin, for /host-page/<site>/: it reports to the page that framed it. */
function hostPage(site) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title><link rel="icon" href="data:,">
<script>
  const seen = { events: [], errors: [], secure: window.isSecureContext, inserted: 0 };
  const setHTMLUnsafe = ShadowRoot.prototype.setHTMLUnsafe;
  if (setHTMLUnsafe) ShadowRoot.prototype.setHTMLUnsafe = function (html) { seen.inserted += 1; return setHTMLUnsafe.call(this, html); };
  addEventListener('error', (event) => seen.errors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => seen.errors.push(String(event.reason)));
  for (const type of ['health-topic-load', 'health-topic-error']) {
    addEventListener(type, (event) => {
      seen.events.push(event.detail.code ?? type);
      seen.text = document.querySelector('health-topic').shadowRoot?.textContent ?? '';
      parent.postMessage({ hostPage: seen }, '*');
    });
  }
</script>
<script type="module" src="/cors/${site}/health-topic-elements.js"></script></head>
<body><main><health-topic topic="myoclonus"></health-topic><p>The page goes on.</p></main></body></html>`;
}

async function answer(request, response) {
  const url = new URL(request.url, 'http://cdn');
  const page = url.pathname.match(/^\/host-page\/(\w+)\/$/);
  if (page && SITES[page[1]]) {
    response.writeHead(200, { 'Content-Type': 'text/html', 'Cache-Control': 'no-store' }).end(hostPage(page[1]));
    return;
  }
  if (url.pathname.startsWith('/redirect/')) {
    response.writeHead(302, { Location: url.pathname.slice('/redirect'.length), 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' }).end();
    return;
  }
  const [, mode, ...rest] = url.pathname.split('/');
  let tampered;
  let altered;
  let deleted;
  if (mode === 'tampered') tampered = decodeURIComponent(rest.shift());
  if (mode === 'altered') altered = rest.shift();
  if (mode === 'deleted') deleted = decodeURIComponent(rest.shift());
  const [site, ...file] = rest;
  const folder = SITES[site];
  const relative = file.join('/');
  // Files named by their hash are cached as docs/deploy.md says a CDN should; the rest not at all.
  const hashed = /\.[\w-]{8,10}\.\w+$/.test(relative) || relative.startsWith('chunks/');
  const caching = mode === 'cors' && hashed ? 'public, max-age=31536000, immutable' : 'no-store';
  const headers = { 'Cache-Control': caching, 'Content-Type': TYPES[path.extname(relative)] ?? 'application/octet-stream' };
  if (['cors', 'tampered', 'altered', 'deleted'].includes(mode) || (mode === 'code-cors' && relative.endsWith('.js'))) headers['Access-Control-Allow-Origin'] = '*';
  const resolved = folder && path.resolve(folder, relative);
  if (!['cors', 'no-cors', 'code-cors', 'tampered', 'altered', 'deleted'].includes(mode) || !resolved?.startsWith(folder + path.sep) || relative === deleted) {
    response.writeHead(404, headers).end('Not found');
    return;
  }
  try {
    const changed = altered ? (await alteredFiles(folder, altered))[relative] : undefined;
    let body = changed !== undefined ? Buffer.from(changed) : await readFile(resolved);
    if (relative === tampered) body = Buffer.concat([body, Buffer.from(TAMPERED_MARK)]);
    response.writeHead(200, headers).end(body);
  } catch {
    response.writeHead(404, headers).end('Not found');
  }
}

/** A web-test-runner plugin that starts the CDN with the test server, and answers `cdn-origin`. */
export function cdnServerPlugin() {
  let server;
  let origin;
  let insecureOrigin;
  return {
    name: 'cdn-server',
    async serverStart() {
      server = createServer((request, response) => void answer(request, response));
      // Every address of the machine: 127.0.0.1 for the CDN, its network address for a page with no secure context.
      await new Promise((resolve) => server.listen(0, '0.0.0.0', resolve));
      origin = `http://127.0.0.1:${server.address().port}`;
      const networkAddress = Object.values(networkInterfaces()).flat().find((address) => address?.family === 'IPv4' && !address.internal)?.address;
      insecureOrigin = networkAddress ? `http://${networkAddress}:${server.address().port}` : null;
    },
    async serverStop() {
      await new Promise((resolve) => server?.close(resolve));
    },
    executeCommand({ command }) {
      if (command === 'insecure-origin') return insecureOrigin;
      return command === 'cdn-origin' ? origin : undefined;
    },
  };
}
