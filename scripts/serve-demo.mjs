/**
 * Serves the demo host page and the built script on localhost: `npm start` builds first, then runs
 * this. The repository root is served, so the page loads /dist/health-topic-elements.js exactly as
 * a hospital site would load it from its own server or a CDN.
 *
 *   node scripts/serve-demo.mjs [--port 8080]
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '8080' } } });
const root = new URL('..', import.meta.url).pathname;
const files = sirv(root, { dev: true, etag: true });

const server = createServer((request, response) => {
  if (request.url === '/' || request.url === '/index.html') {
    response.writeHead(302, { Location: '/demo/' });
    response.end();
    return;
  }
  files(request, response, () => {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found');
  });
});

server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Demo: http://localhost:${values.port}/demo/  (Ctrl+C to stop)`);
});
