/**
 * A consistent copy of dist/ (the script-tag build: health-topic-elements.js, the chunks it loads,
 * topics/), taken once at the start: the benchmark serves and weighs this copy, so a rebuild
 * of dist/ during the run cannot mix two builds.
 */
import { cp, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { scriptGraph } from './module-graph.js';

/** The files of the script-tag build, as absolute paths inside the copy. */
export interface DistFiles {
  /** The folder served as /dist/. */
  root: string;
  entry: string;
  /** The files the entry imports statically (directly or not): run before any article. */
  entryImports: string[];
  validatorChunk: string;
  pickerChunk: string;
  spanishStringsChunk: string;
  /** Other chunks loaded on demand. */
  otherLazyChunks: string[];
  topicIndex: string;
  payloads: Record<string, string>;
  figures: string[];
}

const ENTRY = 'health-topic-elements.js';
const TOPIC = 'myoclonus';

/**
 * Copies dist/ into `into` and checks the copy is whole: every chunk the entry imports, directly or
 * on demand, the topic index the code names, the payloads the index lists and the figures they
 * show. A build being written (or dist/ missing) is waited for: up to `waitMs`, looking again every
 * 15 s.
 */
export async function snapshotDist(repoRoot: string, into: string, { waitMs = 180_000 } = {}): Promise<DistFiles> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      await rm(into, { recursive: true, force: true });
      await mkdir(path.dirname(into), { recursive: true });
      await cp(path.join(repoRoot, 'dist'), into, { recursive: true });
      return await checkedFiles(into);
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`dist/ is missing or incomplete: ${(error as Error).message}`);
      console.log(`dist/ is not ready (${(error as Error).message}); looking again in 15 s.`);
      await new Promise((resolve) => setTimeout(resolve, 15_000));
    }
  }
}

async function checkedFiles(root: string): Promise<DistFiles> {
  const entry = path.join(root, ENTRY);
  const { eager, lazy } = await scriptGraph(entry);
  const chunk = (prefix: string) => {
    const found = lazy.find((file) => path.basename(file).startsWith(`${prefix}-`));
    if (!found) throw new Error(`no ${prefix}-*.js chunk is loaded on demand`);
    return found;
  };
  const code = (await Promise.all([...eager, ...lazy].map((file) => readFile(file, 'utf8')))).join('\n');
  const indexName = code.match(/index\.[0-9a-f]{10}\.json/)?.[0];
  if (!indexName) throw new Error('the code names no topic index');
  const topicIndex = must(path.join(root, 'topics', indexName));
  const index = JSON.parse(await readFile(topicIndex, 'utf8')) as { topics: Record<string, Record<string, string>> };
  const files = index.topics[TOPIC];
  if (!files?.en || !files.es) throw new Error(`the topic index has no ${TOPIC} in en and es`);
  const payloads = Object.fromEntries(Object.entries(files).map(([locale, name]) => [locale, must(path.join(root, 'topics', name))]));
  const figureNames = (await readdir(path.join(root, 'topics'))).filter((name) => /\.(svg|png|jpe?g|webp|avif)$/.test(name));
  for (const payload of Object.values(payloads)) {
    for (const src of (await readFile(payload, 'utf8')).match(/[\w-]+\.[0-9a-f]{10}\.(?:svg|png|jpe?g|webp|avif)/g) ?? []) {
      if (!figureNames.includes(src)) throw new Error(`figure ${src} is missing`);
    }
  }
  return {
    root,
    entry,
    entryImports: eager.slice(1),
    validatorChunk: chunk('validate'),
    pickerChunk: chunk('language-picker'),
    spanishStringsChunk: chunk('es'),
    otherLazyChunks: lazy.filter((file) => !/^(validate|language-picker|es)-/.test(path.basename(file))),
    topicIndex,
    payloads,
    figures: figureNames.map((name) => path.join(root, 'topics', name)),
  };
}

function must(file: string): string {
  if (!existsSync(file)) throw new Error(`${path.basename(file)} is missing`);
  return file;
}
