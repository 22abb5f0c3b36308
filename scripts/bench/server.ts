/**
 * The benchmark's web server, on 127.0.0.1 and a free port. Like scripts/serve-demo.mjs it serves
 * the repository root (so /demo/index.html loads /dist/health-topic-elements.js as a hospital site
 * would), with two paths served from the run's temporary folder instead: /dist/ (the snapshot of
 * the build) and /bench/ (the generated pages). Files get the Cache-Control headers the README
 * suggests.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface BenchServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Paths answered with 404, for the error message when a page does not show its article. */
  notFound: string[];
  close(): Promise<void>;
}

/** README, "Caching": the entry may change at the next deploy; everything else has a hash in its name. */
function setCachingHeaders(response: ServerResponse, pathname: string): void {
  if (pathname === '/dist/health-topic-elements.js') response.setHeader('Cache-Control', 'public, max-age=300');
  else if (/^\/dist\/(chunks|topics)\//.test(pathname)) response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
}

export async function startServer({ repoRoot, runRoot }: { repoRoot: string; runRoot: string }): Promise<BenchServer> {
  // dev: read files when asked, rather than listing the whole tree (node_modules included) first.
  const options = { dev: true, etag: true, setHeaders: setCachingHeaders };
  const repoFiles = sirv(repoRoot, options);
  const runFiles = sirv(runRoot, options);
  const notFound: string[] = [];

  const server = createServer((request, response) => {
    const files = /^\/(dist|bench)\//.test(request.url ?? '') ? runFiles : repoFiles;
    files(request, response, () => {
      notFound.push(request.url ?? '');
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    notFound,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
