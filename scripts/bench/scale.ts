/**
 * The library's size: the project's own topic alone, and beside 5,000 synthetic topics (each in
 * English and Spanish), built in a temporary copy of the project (never in the repository): how long
 * the build takes, how big dist/ gets, and what one bare script tag showing the project's topic
 * downloads before its text (title and last sentence painted, the paired runs' probe, lab
 * condition). The build is package.json's `build`, step by step, each timed; the steps that write
 * nothing a reader's browser fetches (NOT_FOR_READERS) are told apart.
 */
import { exec, execFile } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'puppeteer-core';
import { arrivedBeforeText, measureLoad } from './browser.js';
import { startServer } from './server.js';
import { summarize, type Summary } from './stats.js';

/** Synthetic topics added beside the project's own. */
export const SYNTHETIC_COUNTS = [0, 5000] as const;
/** Build steps that write nothing a reader fetches from dist/: type checks, the npm package's files, the demo, the elements' manifest. */
export const NOT_FOR_READERS = /^(tsc|custom-elements-manifest) |--mode (npm|demo)\b/;
/** Left out of the copy: what is not the project's source (the build's and the tests' output, as .gitignore lists it). */
const NOT_COPIED = new Set(['node_modules', '.git', 'dist', '.test-results', 'storybook-static', 'reports', '.stryker-tmp', 'demo/build', 'test/framework-hosts/dist']);

export interface ScaleRow {
  /** The project's own topic and the synthetic ones. */
  topics: number;
  steps: { step: string; seconds: number }[];
  buildSeconds: number;
  /** The steps that write what readers fetch. */
  readerSeconds: number;
  prerenderSeconds: number;
  /** dist/ on disk (du, blocks used) and the sum of its files' sizes, bytes. */
  distBytes: number;
  distApparentBytes: number;
  /** Files other than the page: gzip bytes and requests arrived before the text, medians. */
  bytes: Summary;
  requests: Summary;
  /** The files arrived before the text, and in how many runs. */
  files: { path: string; runs: number }[];
  time: Summary;
  runs: number;
}

/** Clearly fake but valid payloads: the English one, and its Spanish translation. */
const disclaimer = { en: 'Synthetic content made by the bench for a size benchmark. Not medical advice.', es: 'Contenido sintético del banco de pruebas. No es consejo médico.' };
const syntheticTopic = (n: number, locale: 'en' | 'es') => ({
  id: `synthetic-topic-${n}`,
  locale,
  ...(locale === 'es' && { translationOf: 'en' }),
  title: locale === 'en' ? `Synthetic topic ${n}` : `Tema sintético ${n}`,
  summary: [locale === 'en' ? 'Placeholder text for a size benchmark.' : 'Texto de relleno para medir el tamaño.'],
  sections: [{ id: 'placeholder', title: locale === 'en' ? 'Placeholder section' : 'Sección de relleno', blocks: [{ type: 'list', leadIn: locale === 'en' ? 'Placeholder list:' : 'Lista de relleno:', items: ['1', '2'] }] }],
  references: [],
  contributors: [{ name: 'Benchmark Script', role: 'author' }, ...(locale === 'es' ? [{ name: 'Benchmark Script', role: 'translator' }] : [])],
  disclaimer: disclaimer[locale],
});

/** package.json's `build`, its `npm run` steps expanded, as shell commands in order. */
async function buildSteps(project: string): Promise<string[]> {
  const { scripts } = JSON.parse(await readFile(path.join(project, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const expand = (command: string): string[] =>
    command.split('&&').flatMap((step) => {
      const named = /^npm run ([\w:-]+)$/.exec(step.trim())?.[1];
      return named ? expand(scripts[named]) : [step.trim()];
    });
  return expand(scripts.build);
}

/** `texts`: the title and last sentence of `topic`, one of the project's own topics. */
export async function measureScale(repoRoot: string, workDir: string, browser: Browser, page: { topic: string; texts: string[] }, runs: number, progress: (line: string) => void): Promise<ScaleRow[]> {
  const project = path.join(workDir, 'project');
  await cp(repoRoot, project, { recursive: true, filter: (source) => !NOT_COPIED.has(path.relative(repoRoot, source)) });
  await symlink(path.join(repoRoot, 'node_modules'), path.join(project, 'node_modules'), 'dir');
  const env = { ...process.env, PATH: `${path.join(project, 'node_modules/.bin')}${path.delimiter}${process.env.PATH}` };
  const steps = await buildSteps(project);
  const built: Omit<ScaleRow, 'bytes' | 'requests' | 'files' | 'time' | 'runs'>[] = [];
  const topicsDir = path.join(project, 'content/topics');
  const ownTopics = (await readdir(topicsDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).length;
  for (const count of SYNTHETIC_COUNTS) {
    for (let n = 1; n <= count; n += 1) {
      await mkdir(path.join(topicsDir, `synthetic-topic-${n}`), { recursive: true });
      for (const locale of ['en', 'es'] as const) await writeFile(path.join(topicsDir, `synthetic-topic-${n}`, `${locale}.json`), JSON.stringify(syntheticTopic(n, locale)));
    }
    const timed: ScaleRow['steps'] = [];
    for (const step of steps) {
      const started = performance.now();
      await promisify(exec)(step, { cwd: project, env, maxBuffer: 2 ** 28 });
      timed.push({ step, seconds: (performance.now() - started) / 1000 });
    }
    const sum = (list: typeof timed) => list.reduce((total, { seconds }) => total + seconds, 0);
    const du = async (...options: string[]) => Number((await promisify(execFile)('du', ['-s', '-B1', ...options, 'dist'], { cwd: project })).stdout.split('\t')[0]);
    const [distBytes, distApparentBytes] = [await du(), await du('--apparent-size')];
    // Kept beside the copy, to be served once both sizes are built.
    await mkdir(path.join(workDir, `served-${count}`), { recursive: true });
    await rename(path.join(project, 'dist'), path.join(workDir, `served-${count}/dist`));
    const prerenderSeconds = sum(timed.filter(({ step }) => /prerender/.test(step)));
    const readerSeconds = sum(timed.filter(({ step }) => !NOT_FOR_READERS.test(step)));
    built.push({ topics: ownTopics + count, steps: timed, buildSeconds: sum(timed), readerSeconds, prerenderSeconds, distBytes, distApparentBytes });
    progress(`scale: ${ownTopics + count} topics x 2 built in ${sum(timed).toFixed(0)} s (${timed.map(({ step, seconds }) => `${step}: ${seconds.toFixed(1)} s`).join('; ')}), dist ${(distBytes / 1e6).toFixed(0)} MB`);
  }
  await rm(project, { recursive: true, force: true });
  // Both builds served at once, so their loads take turns.
  const served = await Promise.all(
    SYNTHETIC_COUNTS.map(async (count) => {
      const root = path.join(workDir, `served-${count}`);
      await mkdir(path.join(root, 'bench'), { recursive: true });
      await writeFile(path.join(root, 'bench/bare-tag.html'), bareTagPage(page.topic));
      return startServer(root);
    }),
  );
  try {
    const loads = SYNTHETIC_COUNTS.map(() => [] as ReturnType<typeof arrivedBeforeText>[]);
    const times = SYNTHETIC_COUNTS.map(() => [] as number[]);
    const files = SYNTHETIC_COUNTS.map(() => new Map<string, number>());
    for (let run = 0; run <= runs; run += 1) {
      for (const [index, server] of served.entries()) {
        const load = await measureLoad(browser, `${server.origin}/bench/bare-tag.html`, { texts: page.texts });
        if (run === 0) continue; // warms the browser up
        loads[index].push(arrivedBeforeText(load, false));
        for (const file of loads[index].at(-1)!.paths) files[index].set(file, (files[index].get(file) ?? 0) + 1);
        times[index].push(load.paintedAt);
        progress(`scale: ${built[index].topics} topics, run ${run}/${runs}: ${load.paintedAt.toFixed(0)} ms, ${loads[index].at(-1)!.bytes} B in ${loads[index].at(-1)!.requests} requests`);
      }
    }
    return built.map((row, index) => ({
      ...row,
      bytes: summarize(loads[index].map((load) => load.bytes)),
      requests: summarize(loads[index].map((load) => load.requests)),
      files: [...files[index]].map(([file, runs]) => ({ path: file, runs })),
      time: summarize(times[index]),
      runs,
    }));
  } finally {
    await Promise.all(served.map((server) => server.close()));
  }
}

/** A bare page: one script tag, one element. */
const bareTagPage = (topic: string) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>${topic}</title></head>
<body>
<script type="module" src="/dist/health-topic-elements.js"></script>
<health-topic topic="${topic}"></health-topic>
</body>
</html>
`;
