/**
 * The script-tag build's files (paths relative to its dist/ folder), from its own record
 * (dist/integrity.json, which test/build/lazy-chunks.node.test.ts checks against the files' imports),
 * and the topic's payloads, from the topic index.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BuildIntegrity } from '../../src/content/published.js';

export async function readBuild(root: string, topic = 'myoclonus') {
  const read = async (file: string) => JSON.parse(await readFile(path.join(root, file), 'utf8').catch(() => Promise.reject(new Error(`${root}/${file} is missing: run npm run build first.`))));
  const build = (await read('integrity.json')) as BuildIntegrity;
  const { topics } = (await read(build.topicIndex)) as { topics: Record<string, Record<string, string>> };
  return {
    root,
    eager: [build.latest, build.entry], // what runs before any article
    lazy: build.lazy,
    index: build.topicIndex,
    // The topic's payload per locale; none when the build lacks the topic.
    payloads: Object.fromEntries(Object.entries(topics[topic] ?? {}).map(([locale, name]) => [locale, `topics/${name}`])),
    figures: (await readdir(path.join(root, 'topics'))).filter((name) => /\.(svg|png|jpe?g|webp|avif)$/.test(name)).map((name) => `topics/${name}`),
  };
}

export type BuildFiles = Awaited<ReturnType<typeof readBuild>>;

/** Gzip at level 9: what the bench server sends, and how size-limit counts. */
export const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 9 });

export const gzipSize = async (build: BuildFiles, file: string) => gzip(await readFile(path.join(build.root, file))).length;
