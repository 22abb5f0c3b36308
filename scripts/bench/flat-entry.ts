/**
 * The flat entry: what the script tag runs first must not grow with the number of topics, since it
 * names only the topic index. 1 and 1,000 synthetic topics are built in a temporary copy of the
 * project, never in the repository.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSize, readBuild } from './build-files.js';

export const TOPIC_COUNTS = [1, 1000] as const;

export interface FlatEntryRow {
  topics: number;
  /** The entry and what it imports statically, each gzipped. */
  entryGzip: number;
  indexGzip: number;
}

/** A clearly fake but valid payload. */
const syntheticTopic = (n: number) => ({
  id: `synthetic-topic-${n}`,
  locale: 'en',
  title: `Synthetic topic ${n}`,
  summary: ['Placeholder text for a size benchmark.'],
  sections: [{ id: 'placeholder', title: 'Placeholder section', blocks: [{ type: 'list', leadIn: 'Placeholder list:', items: ['One', 'Two'] }] }],
  references: [],
  contributors: [{ name: 'Benchmark Script', role: 'author' }],
  disclaimer: 'Synthetic content made by the bench for a size benchmark. Not medical advice.',
});

export async function measureFlatEntry(repoRoot: string, workDir: string, progress: (line: string) => void): Promise<FlatEntryRow[]> {
  const project = path.join(workDir, 'project');
  for (const name of ['package.json', 'tsconfig.json', 'vite.config.ts', 'lit-localize.json', 'src', 'scripts']) {
    await cp(path.join(repoRoot, name), path.join(project, name), { recursive: true });
  }
  await symlink(path.join(repoRoot, 'node_modules'), path.join(project, 'node_modules'), 'dir');
  const run = (command: string, ...args: string[]) => promisify(execFile)(command, args, { cwd: project, maxBuffer: 2 ** 26 });
  const rows: FlatEntryRow[] = [];
  for (const count of TOPIC_COUNTS) {
    const content = path.join(workDir, `content-${count}`);
    for (let n = 1; n <= count; n += 1) {
      await mkdir(path.join(content, 'topics', `synthetic-topic-${n}`), { recursive: true });
      await writeFile(path.join(content, 'topics', `synthetic-topic-${n}`, 'en.json'), JSON.stringify(syntheticTopic(n)));
    }
    await run('node', '--import', 'tsx', 'scripts/build-content.ts', '--content', content);
    await run('npx', 'vite', 'build');
    const build = await readBuild(path.join(project, 'dist'));
    const sizes = await Promise.all(build.eager.map((file) => gzipSize(build, file)));
    rows.push({ topics: count, entryGzip: sizes.reduce((sum, size) => sum + size, 0), indexGzip: await gzipSize(build, build.index) });
    progress(`flat entry: ${count} topics, entry ${rows.at(-1)!.entryGzip} B gzip`);
  }
  return rows;
}
