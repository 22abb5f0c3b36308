/**
 * The bench's web server on 127.0.0.1: the run's copy of dist/ under /dist/ and the generated pages
 * under /bench/, with a CDN's usual headers: hashed files (dist/chunks/, dist/topics/,
 * dist/prerendered/*.css) `public, max-age=31536000, immutable`, the rest `no-cache` with an ETag.
 * Every file is text and is sent gzipped at level 9 (Chromium always accepts gzip, and brotli only
 * over HTTPS), compressed once and kept in memory, as a CDN serving precompressed files does.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzip } from './build-files.js';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };
const HASHED = /^\/dist\/(chunks|topics)\/|^\/dist\/prerendered\/.*\.css$|^\/dist\/health-topic-elements\.[\w-]{8}\.js$/;

export async function startServer(root: string) {
  const files = new Map<string, Promise<{ gzipped: Buffer; etag: string }>>();
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = path.join(root, path.normalize(pathname));
    const type = TYPES[path.extname(file)];
    const fail = () => void response.writeHead(404).end();
    if (!/^\/(dist|bench)\//.test(pathname) || !type) return fail();
    if (!files.has(file)) files.set(file, readFile(file).then((body) => ({ gzipped: gzip(body), etag: `"${createHash('sha1').update(body).digest('hex')}"` })));
    files.get(file)!.then(({ gzipped, etag }) => {
      const cacheControl = HASHED.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache';
      const headers = { 'Content-Type': `${type}; charset=utf-8`, 'Content-Encoding': 'gzip', 'Cache-Control': cacheControl, ETag: etag, Vary: 'Accept-Encoding' };
      if (request.headers['if-none-match'] === etag) response.writeHead(304, headers).end();
      else response.writeHead(200, headers).end(gzipped);
    }, fail);
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()).closeAllConnections()),
  };
}

export type BenchServer = Awaited<ReturnType<typeof startServer>>;
