/**
 * The script-tag build's files (paths relative to its dist/ folder): its modules, found by reading
 * their imports, and the topic's payloads, from the topic index.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { scriptGraph } from './module-graph.js';

export async function readBuild(root: string, topic = 'myoclonus') {
  const graph = await scriptGraph(path.join(root, 'health-topic-elements.js'));
  const topicFiles = (await readdir(path.join(root, 'topics'))).map((name) => `topics/${name}`);
  const index = topicFiles.find((name) => /\/index\.[0-9a-f]{10}\.json$/.test(name));
  if (!index) throw new Error(`${root}/topics/ has no topic index: run npm run build first.`);
  const { topics } = JSON.parse(await readFile(path.join(root, index), 'utf8')) as { topics: Record<string, Record<string, string>> };
  return {
    root,
    eager: graph.eager.map((file) => path.relative(root, file)), // what runs before any article
    lazy: graph.lazy.map((file) => path.relative(root, file)),
    index,
    // The topic's payload per locale; none when the build lacks the topic.
    payloads: Object.fromEntries(Object.entries(topics[topic] ?? {}).map(([locale, name]) => [locale, `topics/${name}`])),
    figures: topicFiles.filter((name) => /\.(svg|png|jpe?g|webp|avif)$/.test(name)),
  };
}

export type BuildFiles = Awaited<ReturnType<typeof readBuild>>;

/** Gzip at level 9: what the bench server sends, and how size-limit counts. */
export const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 9 });

export const gzipSize = async (build: BuildFiles, file: string) => gzip(await readFile(path.join(build.root, file))).length;
