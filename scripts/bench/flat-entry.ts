/**
 * Figure 2, flat entry: the script-tag entry must not grow with the number of topics, and the
 * build time must grow at most linearly. 1, 100 and 1,000 synthetic topics are built in a
 * temporary copy of the project (never in the repository).
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { HealthTopic } from '../../src/content/schema.js';
import { scriptGraph } from './module-graph.js';
import { formatBytes, formatMs, markdownTable, summarize, timed, type Summary } from './stats.js';

export const TOPIC_COUNTS = [1, 100, 1000] as const;
/** The entry may differ from the one-topic build by this much (the index name has a fixed length). */
const ENTRY_TOLERANCE = 0.01;
/** Time per topic may rise by this much from one topic count to the next and still count as linear. */
const PER_TOPIC_TOLERANCE = 0.1;

export interface FlatEntryRow {
  topics: number;
  entryGzip: number;
  indexGzip: number;
  buildContent: Summary;
  viteBuild: Summary;
  total: Summary;
}

export interface FlatEntryResult {
  runs: number;
  rows: FlatEntryRow[];
  entryFlat: boolean;
  timeLinear: boolean;
}

/** The files of the project a build needs, copied; node_modules linked. */
async function copyProject(repoRoot: string, into: string): Promise<void> {
  await mkdir(into, { recursive: true });
  for (const name of ['package.json', 'tsconfig.json', 'vite.config.ts', 'lit-localize.json', 'src', 'scripts']) {
    await cp(path.join(repoRoot, name), path.join(into, name), { recursive: true });
  }
  await symlink(path.join(repoRoot, 'node_modules'), path.join(into, 'node_modules'), 'dir');
}

/** A clearly fake but valid payload: one section with a paragraph and a list. */
function syntheticTopic(number: number): HealthTopic {
  return {
    id: `synthetic-topic-${number}`,
    locale: 'en',
    title: `Synthetic topic ${number}`,
    summary: ['Placeholder text for a size benchmark.'],
    sections: [
      {
        id: 'placeholder',
        title: 'Placeholder section',
        blocks: [
          { type: 'paragraph', text: 'Placeholder text for a size benchmark. Not health information.' },
          { type: 'list', leadIn: 'Placeholder list:', items: ['Placeholder item one', 'Placeholder item two'] },
        ],
      },
    ],
    references: [],
    contributors: [{ name: 'Benchmark Script', role: 'author' }],
    disclaimer: 'Synthetic content made by scripts/bench.ts for a size benchmark. Not medical advice.',
  };
}

/** `<dir>/topics/synthetic-topic-<n>/en.json` for n = 1..count. */
async function writeSyntheticContent(dir: string, count: number): Promise<void> {
  for (let number = 1; number <= count; number += 1) {
    const topicDir = path.join(dir, 'topics', `synthetic-topic-${number}`);
    await mkdir(topicDir, { recursive: true });
    await writeFile(path.join(topicDir, 'en.json'), JSON.stringify(syntheticTopic(number), null, 2));
  }
}

/** Runs a command to its end; rejects with its output when it fails. */
function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, npm_config_update_notifier: 'false' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} (in ${cwd}) exited with ${code}:\n${output.slice(-3000)}`)),
    );
  });
}

interface BuildRun {
  buildContentMs: number;
  viteBuildMs: number;
  /** The entry and the chunks it imports statically, each gzipped. */
  entryGzip: number;
  indexGzip: number;
}

/** One build of the content in `contentDir`: the content step, then the script-tag build. */
async function buildOnce(project: string, contentDir: string): Promise<BuildRun> {
  const content = await timed(() => run('node', ['--import', 'tsx', 'scripts/build-content.ts', '--content', contentDir], project));
  const vite = await timed(() => run('npx', ['vite', 'build'], project));
  const gzip = async (file: string) => gzipSync(await readFile(file), { level: 9 }).length;
  const manifest = await readFile(path.join(project, 'src/content/generated/content-manifest.ts'), 'utf8');
  const indexName = manifest.match(/index\.[0-9a-f]{10}\.json/)?.[0];
  if (!indexName) throw new Error('The content build named no topic index.');
  const { eager } = await scriptGraph(path.join(project, 'dist/health-topic-elements.js'));
  let entryGzip = 0;
  for (const file of eager) entryGzip += await gzip(file);
  return {
    buildContentMs: content.ms,
    viteBuildMs: vite.ms,
    entryGzip,
    indexGzip: await gzip(path.join(project, 'dist/topics', indexName)),
  };
}

/**
 * Builds each topic count `runs` times, the counts taking turns so that a slow spell of the machine
 * does not fall on one count only. `onProgress` hears of each build.
 */
export async function measureFlatEntry(repoRoot: string, workDir: string, runs: number, onProgress: (line: string) => void): Promise<FlatEntryResult> {
  const project = path.join(workDir, 'project');
  await copyProject(repoRoot, project);
  const contentDirs = new Map<number, string>();
  for (const count of TOPIC_COUNTS) {
    const dir = path.join(workDir, `synthetic-content-${count}`);
    await writeSyntheticContent(dir, count);
    contentDirs.set(count, dir);
  }
  const results = new Map<number, BuildRun[]>(TOPIC_COUNTS.map((count) => [count, []]));
  for (let round = 1; round <= runs; round += 1) {
    for (const count of TOPIC_COUNTS) {
      const build = await buildOnce(project, contentDirs.get(count)!);
      results.get(count)!.push(build);
      onProgress(`flat entry: ${count} topic${count === 1 ? '' : 's'}, run ${round}/${runs}: ${Math.round(build.buildContentMs + build.viteBuildMs)} ms`);
    }
  }
  const rows = TOPIC_COUNTS.map((count): FlatEntryRow => {
    const builds = results.get(count)!;
    const sizes = new Set(builds.map((build) => build.entryGzip));
    if (sizes.size !== 1) throw new Error(`${count} topics: the entry's size differs between runs (${[...sizes].join(', ')})`);
    return {
      topics: count,
      entryGzip: builds[0].entryGzip,
      indexGzip: builds[0].indexGzip,
      buildContent: summarize(builds.map((build) => build.buildContentMs)),
      viteBuild: summarize(builds.map((build) => build.viteBuildMs)),
      total: summarize(builds.map((build) => build.buildContentMs + build.viteBuildMs)),
    };
  });
  const base = rows[0].entryGzip;
  return {
    runs,
    rows,
    entryFlat: rows.every((row) => Math.abs(row.entryGzip - base) <= base * ENTRY_TOLERANCE),
    timeLinear: rows.every((row, index) => index === 0 || perTopic(row) <= perTopic(rows[index - 1]) * (1 + PER_TOPIC_TOLERANCE)),
  };
}

/** Median total build time per topic. */
function perTopic(row: FlatEntryRow): number {
  return row.total.median / row.topics;
}

export function reportFlatEntry(result: FlatEntryResult): string {
  const base = result.rows[0];
  const marginal = (row: FlatEntryRow, previous: FlatEntryRow) =>
    ((row.total.median - previous.total.median) / (row.topics - previous.topics)).toFixed(2);
  return `## 2. Flat entry

1, 100 and 1,000 synthetic topics (\`synthetic-topic-<n>\`, English only, one section with a paragraph
and a list, text "Placeholder text for a size benchmark.") are written to a temporary folder, and
built in a temporary copy of the project (package.json, tsconfig.json, vite.config.ts,
lit-localize.json, src/ and scripts/ copied, node_modules linked): \`node --import tsx
scripts/build-content.ts --content <folder>\`, then \`npx vite build\` (the script-tag build). Times are
wall-clock times of the two commands, Node's start-up included; ${result.runs} runs per topic count
(the counts take turns)${result.runs < 7 ? ', fewer than 7 to keep the whole benchmark within its time budget' : ''}.

${markdownTable(
  ['Topics', 'Entry gzip (B)', 'vs 1 topic', 'Topic index gzip (B)', 'build-content', 'vite build', 'Total', 'Total per topic'],
  result.rows.map((row) => [
    formatBytes(row.topics),
    formatBytes(row.entryGzip),
    `${row.entryGzip - base.entryGzip >= 0 ? '+' : ''}${formatBytes(row.entryGzip - base.entryGzip)} B`,
    formatBytes(row.indexGzip),
    formatMs(row.buildContent),
    formatMs(row.viteBuild),
    formatMs(row.total),
    `${perTopic(row).toFixed(2)} ms`,
  ]),
)}

"Entry" is the script-tag entry with the chunks it imports statically, each gzipped (level 9) and added up.

- **Entry within 1 % of the 1-topic build: ${result.entryFlat ? 'yes' : 'NO'}.** The entry's code holds only the topic
  index's file name; the index (downloaded at run time) is what grows with the number of topics.
- **Build time at most linear: ${result.timeLinear ? 'yes' : 'NO'}.** Rule: the median total time per topic,
  time(N)/N, may not rise by more than ${PER_TOPIC_TOLERANCE * 100} % from one topic count to the next.
  Extra time per added topic (from the medians): ${result.rows
    .slice(1)
    .map((row, index) => `${formatBytes(result.rows[index].topics)} to ${formatBytes(row.topics)} topics, ${marginal(row, result.rows[index])} ms`)
    .join('; ')}.`;
}
