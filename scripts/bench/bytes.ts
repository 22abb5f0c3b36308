/**
 * Figure 1, bytes: raw, gzip and brotli sizes of the script-tag build's files, the total a page
 * downloads to show the English article, and the byte budget.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser } from 'puppeteer-core';
import { openMeasuredPage, withTimeout } from './browser.js';
import type { DistFiles } from './dist-snapshot.js';
import { formatBytes, formatKb, markdownTable } from './stats.js';

/** The budget (issue, and .size-limit.cjs): entry + one article, gzip, 1 kB = 1000 bytes. */
export const BUDGET_BYTES = 16_000;

export interface FileSize {
  label: string;
  /** Path under dist/. */
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageRequest {
  path: string;
  /** The file under dist/ it maps to, when it is one of the widget's. */
  size?: FileSize;
}

export interface BytesResult {
  files: FileSize[];
  /** The entry and the files it imports statically: what the script tag runs before any article. */
  entryCode: FileSize;
  budget: { gzip: number; pass: boolean };
  demoRequests: PageRequest[];
  /** Gzip bytes of the dist/ files the demo page downloaded. */
  widgetTotalGzip: number;
}

/** Sizes of one file: as it is, gzip at level 9, brotli at its highest quality. */
export async function sizeOf(file: string, label: string, distRoot: string): Promise<FileSize> {
  const bytes = await readFile(file);
  return {
    label,
    file: path.relative(distRoot, file),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

/** The files of the build, one by one. */
async function buildFileSizes(dist: DistFiles): Promise<FileSize[]> {
  return Promise.all([
    sizeOf(dist.entry, 'Script-tag entry', dist.root),
    ...dist.entryImports.map((file) => sizeOf(file, 'Chunk the entry imports', dist.root)),
    sizeOf(dist.payloads.en, 'Myoclonus article, English', dist.root),
    sizeOf(dist.payloads.es, 'Myoclonus article, Spanish', dist.root),
    sizeOf(dist.validatorChunk, 'Validator chunk', dist.root),
    sizeOf(dist.pickerChunk, 'Language-picker chunk', dist.root),
    sizeOf(dist.spanishStringsChunk, 'Spanish UI-strings chunk', dist.root),
    ...dist.otherLazyChunks.map((file) => sizeOf(file, 'Other chunk loaded on demand', dist.root)),
    sizeOf(dist.topicIndex, 'Topic index', dist.root),
    ...dist.figures.map((figure) => sizeOf(figure, 'Figure', dist.root)),
  ]);
}

/** Several files' sizes added up (each compressed on its own, as size-limit adds them). */
function total(label: string, files: FileSize[]): FileSize {
  return {
    label,
    file: files.map((file) => file.file).join(' + '),
    raw: files.reduce((sum, file) => sum + file.raw, 0),
    gzip: files.reduce((sum, file) => sum + file.gzip, 0),
    brotli: files.reduce((sum, file) => sum + file.brotli, 0),
  };
}

/**
 * Opens the demo page (no CPU slowdown, empty cache), waits for the article and for the network to
 * be idle, and lists every request it made, each mapped to its file in dist/ when it is one.
 */
async function demoPageRequests(browser: Browser, origin: string, dist: DistFiles): Promise<PageRequest[]> {
  const { page, close } = await openMeasuredPage(browser, {
    cpuSlowdown: 1,
    beforeScripts: ["window.__loaded = new Promise((resolve) => addEventListener('health-topic-load', resolve, { once: true }));"],
  });
  try {
    const paths: string[] = [];
    page.on('requestfinished', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http')) paths.push(url.pathname);
    });
    await page.goto(`${origin}/demo/index.html`);
    await withTimeout(page.evaluate('window.__loaded'), 30_000, 'the demo page to load its article');
    await page.waitForNetworkIdle({ idleTime: 1000, timeout: 30_000 });
    const requests: PageRequest[] = [];
    for (const requestPath of paths) {
      const file = requestPath.startsWith('/dist/') ? path.join(dist.root, requestPath.slice('/dist/'.length)) : undefined;
      requests.push({ path: requestPath, size: file ? await sizeOf(file, path.basename(file), dist.root) : undefined });
    }
    return requests;
  } finally {
    await close();
  }
}

export async function measureBytes(browser: Browser, origin: string, dist: DistFiles): Promise<BytesResult> {
  const files = await buildFileSizes(dist);
  const entryCode = total('Entry and the chunks it imports', files.filter((file) => file.label === 'Script-tag entry' || file.label === 'Chunk the entry imports'));
  const english = files.find((file) => file.label === 'Myoclonus article, English')!;
  const budgetGzip = entryCode.gzip + english.gzip;
  const demoRequests = await demoPageRequests(browser, origin, dist);
  return {
    files,
    entryCode,
    budget: { gzip: budgetGzip, pass: budgetGzip <= BUDGET_BYTES },
    demoRequests,
    widgetTotalGzip: demoRequests.reduce((sum, request) => sum + (request.size?.gzip ?? 0), 0),
  };
}

export function reportBytes(result: BytesResult): string {
  const row = (file: FileSize) => [file.label, `\`${file.file}\``, formatBytes(file.raw), formatBytes(file.gzip), formatBytes(file.brotli)];
  const widgetRequests = result.demoRequests.filter((request) => request.size);
  const hostRequests = result.demoRequests.filter((request) => !request.size);
  const totalRaw = widgetRequests.reduce((sum, request) => sum + request.size!.raw, 0);
  const totalBrotli = widgetRequests.reduce((sum, request) => sum + request.size!.brotli, 0);
  return `## 1. Bytes

Sizes of the files in \`dist/\` as built: raw, gzip (Node's zlib, level 9) and brotli (zlib, quality 11).
1 kB = 1000 bytes, as size-limit counts.

${markdownTable(
  ['File', 'Path under dist/', 'Raw (B)', 'Gzip (B)', 'Brotli (B)'],
  [...result.files.map(row), row(result.entryCode).map((cell) => `**${cell}**`)],
)}

"The entry" below is the script-tag entry with the chunks it imports statically (${result.entryCode.file.split(' + ').map((file) => `\`${file}\``).join(', ')}): what the script tag
downloads and runs before any article.

**Budget: entry + one article (English) = ${formatBytes(result.budget.gzip)} B gzip = ${formatKb(result.budget.gzip)}, limit ${formatKb(BUDGET_BYTES)}: ${result.budget.pass ? 'PASS' : 'FAIL'}**
(${formatBytes(BUDGET_BYTES - result.budget.gzip)} B to spare).

**What a page downloads to show the English article.** The demo page (\`demo/index.html\`) was opened
with an empty cache; every request it made until the article had loaded and the network had been
idle for 1 s is listed, and those that are files of \`dist/\` are summed.

${markdownTable(
  ['Request', 'Raw (B)', 'Gzip (B)', 'Brotli (B)'],
  [
    ...widgetRequests.map((request) => [`\`${request.path}\``, formatBytes(request.size!.raw), formatBytes(request.size!.gzip), formatBytes(request.size!.brotli)]),
    ['**Total, widget files**', `**${formatBytes(totalRaw)}**`, `**${formatBytes(result.widgetTotalGzip)}**`, `**${formatBytes(totalBrotli)}**`],
  ],
)}

The host page's own requests, not counted: ${hostRequests.map((request) => `\`${request.path}\``).join(', ') || 'none'}.`;
}
