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
 *
 * Sites: `dist` (this build) and `deploys` (.test-results/deploys/: builds deployed beside each
 * other, written by test/support/deploy-builds.mjs). Nothing is cached, so each test sees what
 * it asked for.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SITES = { dist: path.join(root, 'dist'), deploys: path.join(root, '.test-results/deploys') };
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.html': 'text/html' };

/** What a tampering CDN does to a file: code that announces itself wherever it runs. */
export const TAMPERED_MARK = ';globalThis.__tamperedCodeRan = (globalThis.__tamperedCodeRan || []).concat(document.currentScript ? "script" : "module");\n';

async function answer(request, response) {
  const url = new URL(request.url, 'http://cdn');
  const [, mode, ...rest] = url.pathname.split('/');
  let tampered;
  if (mode === 'tampered') tampered = decodeURIComponent(rest.shift());
  const [site, ...file] = rest;
  const folder = SITES[site];
  const relative = file.join('/');
  const headers = { 'Cache-Control': 'no-store', 'Content-Type': TYPES[path.extname(relative)] ?? 'application/octet-stream' };
  if (mode === 'cors' || mode === 'tampered' || (mode === 'code-cors' && relative.endsWith('.js'))) headers['Access-Control-Allow-Origin'] = '*';
  const resolved = folder && path.resolve(folder, relative);
  if (!['cors', 'no-cors', 'code-cors', 'tampered'].includes(mode) || !resolved?.startsWith(folder + path.sep)) {
    response.writeHead(404, headers).end('Not found');
    return;
  }
  try {
    let body = await readFile(resolved);
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
  return {
    name: 'cdn-server',
    async serverStart() {
      server = createServer((request, response) => void answer(request, response));
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${server.address().port}`;
    },
    async serverStop() {
      await new Promise((resolve) => server?.close(resolve));
    },
    executeCommand({ command }) {
      return command === 'cdn-origin' ? origin : undefined;
    },
  };
}
