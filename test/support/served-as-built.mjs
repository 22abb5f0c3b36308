/**
 * Serves the script-tag build's code (dist/health-topic-elements*.js, dist/chunks/) and its signed
 * HTML (dist/topics/html/) byte for byte, as a hospital's server does (the test runner's server
 * adds a script of its own to the HTML it serves, which fails the signature). The test runner's own server rewrites the imports in the JavaScript
 * it serves (`"../x.js"` becomes `"./../x.js"`), which fails the build's integrity checks on its
 * chunks, as a CDN that rewrote JavaScript would. The npm build (dist/index.js and what it imports)
 * still goes through the test runner's server, which resolves its bare imports (`lit`) as an app's
 * bundler would.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const SCRIPT_TAG_BUILD = /^\/dist\/((?:health-topic-elements[^/]*\.js|chunks\/[^/]+\.js|topics\/html\/\w+\/[^/]+\.html))$/;
/** `/uncached/<name>/dist/...`: every file of dist/ under an address no earlier test left in the browser's cache. */
const UNCACHED = /^\/uncached\/[\w-]+\/dist\/(.+)$/;
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.html': 'text/html' };

export async function servedAsBuilt(context, next) {
  const built = SCRIPT_TAG_BUILD.exec(context.path) ?? UNCACHED.exec(context.path);
  if (!built) return next();
  const file = path.resolve(dist, decodeURIComponent(built[1]));
  if (!file.startsWith(dist)) return next();
  try {
    context.body = await readFile(file);
  } catch {
    return next();
  }
  context.type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  context.set('Cache-Control', 'no-cache');
  return undefined;
}
