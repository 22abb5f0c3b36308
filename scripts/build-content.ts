/**
 * Validates every topic payload and writes the content the elements download.
 *
 *   tsx scripts/build-content.ts [--content DIR] [--check]
 *
 * Each payload is content/topics/<topic>/<locale>.json. The build stops, naming the file and the
 * JSON path, when a payload does not match the schema, its id or locale disagrees with its file
 * name, or a figure file it names is missing.
 *
 * Without --check it writes src/content/generated/:
 *   topics/<topic>.<locale>.<hash>.json   each payload, its figures renamed to their hashed names
 *   topics/<figure>.<hash>.<ext>          each figure file
 *   topics/index.<hash>.json              which topics and locales exist, their payload files, and the
 *                                         Subresource Integrity hash of every payload and figure file
 *   topics/codes.<hash>.json              which topic each clinical code (ICD-10-CM, SNOMED CT) leads to
 *   content-manifest.ts                   the two indexes' file names and hashes: the only content the entry
 *                                         holds, so the SRI-pinned file checks the index, which checks the rest
 *   content-files.ts                      every file's address, as bundlers understand it (the npm build's)
 * File names carry a hash of their content, so every file but the entry can be cached forever.
 * The builds copy topics/ into dist/topics/.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { HealthTopic } from '../src/content/schema.js';
import type { TopicFiles, TopicIndex } from '../src/content/topic-index.js';
import type { ValidationIssue } from '../src/content/issues.js';
import { contentFilesModule } from './content-files.js';
import { validateTopic } from '../src/content/validate.js';
import { hashedName, isLocalFigure, misplacedFields, normalizeCode, sha256Integrity } from '../src/content/published.js';

const root = path.resolve(import.meta.dirname, '..');
const { values: options } = parseArgs({
  options: {
    content: { type: 'string', default: path.join(root, 'content') },
    check: { type: 'boolean', default: false },
  },
});
const topicsDir = path.join(path.resolve(options.content), 'topics');
const generatedDir = path.join(root, 'src/content/generated');
const outputDir = path.join(generatedDir, 'topics');

interface Payload {
  topic: string;
  locale: string;
  dir: string;
  value: HealthTopic;
}

const payloads: Payload[] = [];
const problems: string[] = [];
/** Every file written, by name: its Subresource Integrity hash (`sha256-<base64>`). */
const integrity: Record<string, string> = {};

for (const topic of (await readdir(topicsDir, { withFileTypes: true })).filter((entry) => entry.isDirectory())) {
  const topicDir = path.join(topicsDir, topic.name);
  for (const fileName of (await readdir(topicDir)).filter((name) => name.endsWith('.json')).sort()) {
    const file = path.join(topicDir, fileName);
    const shownName = path.relative(process.cwd(), file);
    const report = (issue: ValidationIssue) => problems.push(`${shownName}:${issue.path}: ${issue.message}`);

    let input: unknown;
    try {
      input = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      report({ path: '', message: `Not valid JSON (${(error as Error).message}).` });
      continue;
    }
    const result = validateTopic(input);
    if (!result.ok) {
      result.issues.forEach(report);
      continue;
    }
    const locale = path.basename(fileName, '.json');
    const value = result.value;
    const misplaced = misplacedFields(value, { topic: topic.name, locale });
    if (misplaced.includes('id')) report({ path: 'id', message: `Must be "${topic.name}", the folder's name.` });
    if (misplaced.includes('locale')) report({ path: 'locale', message: `Must be "${locale}", the file's name.` });
    for (const figure of localFigures(value)) {
      if (!existsSync(path.join(topicDir, figure.src))) {
        report({ path: figure.path, message: `No file "${figure.src}" beside the payload.` });
      }
    }
    payloads.push({ topic: topic.name, locale, dir: topicDir, value });
  }
}

if (problems.length > 0) {
  console.error(`Content is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}):`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
const shownTopicsDir = path.relative(process.cwd(), topicsDir) || '.';
console.log(`Content is valid: ${payloads.length} payload${payloads.length === 1 ? '' : 's'} in ${shownTopicsDir}.`);

if (!options.check) {
  await rm(outputDir, { recursive: true, force: true });
  await mkdir(outputDir, { recursive: true });
  const index: TopicFiles = {};
  for (const payload of payloads) {
    const published = await publishFigures(payload);
    const fileName = await writeHashed(`${payload.topic}.${payload.locale}`, '.json', JSON.stringify(published));
    (index[payload.topic] ??= {})[payload.locale] = fileName;
  }
  const indexFile = await writeHashed('index', '.json', JSON.stringify({ topics: index, integrity: { ...integrity } } satisfies TopicIndex));
  const codesFile = await writeHashed('codes', '.json', JSON.stringify(codeIndex(payloads)));
  await writeFile(
    path.join(generatedDir, 'content-manifest.ts'),
    `// Generated by scripts/build-content.ts: do not edit.
/** The topic index's file name in the topics folder: one hash long, whatever the number of topics. */
export const TOPIC_INDEX_FILE = ${JSON.stringify(indexFile)};

/** The topic index's Subresource Integrity hash: the index is downloaded with it, and refused if it differs. */
export const TOPIC_INDEX_INTEGRITY = ${JSON.stringify(integrity[indexFile])};

/** The clinical-code index's file name: which topic each ICD-10-CM and SNOMED CT code leads to. */
export const CODE_INDEX_FILE = ${JSON.stringify(codesFile)};

/** The clinical-code index's Subresource Integrity hash. */
export const CODE_INDEX_INTEGRITY = ${JSON.stringify(integrity[codesFile])};

/** Set by the script-tag build, whose code sits in dist/chunks/: the topics folder is then "../topics/". */
declare const __HEALTH_TOPIC_TOPICS_FOLDER__: string | undefined;

// Held in a variable so bundlers do not take \`new URL('topics/', import.meta.url)\` for an asset.
const folder = typeof __HEALTH_TOPIC_TOPICS_FOLDER__ === 'string' ? __HEALTH_TOPIC_TOPICS_FOLDER__ : 'topics/';

/**
 * The topics folder, found from this code's own address: src/content/generated/topics/ while
 * developing and testing; dist/topics/ once built (dist/chunks/elements-<hash>.js in the script-tag
 * build, dist/index.js in the npm build).
 */
// Pure, so a build that never reads it (the npm build: see content-location.ts) leaves it out.
export const DEFAULT_CONTENT_BASE = /* @__PURE__ */ (() => new URL(/* @vite-ignore */ folder, import.meta.url).href)();
`,
  );
  await writeFile(path.join(generatedDir, 'content-files.ts'), contentFilesModule(await readdir(outputDir)));
  console.log(`Wrote ${path.relative(root, outputDir)}/ (${payloads.length} payloads, index ${indexFile})`);
}

/**
 * For each coding system, each code (normalised as the element normalises it: upper case, no
 * spaces) and the topic it leads to. A code claimed by two topics stops the build.
 */
function codeIndex(all: Payload[]): Record<string, Record<string, string>> {
  const index: Record<string, Record<string, string>> = {};
  for (const { topic, value } of all) {
    for (const { system, code } of value.codes ?? []) {
      const key = normalizeCode(code);
      const claimedBy = index[system]?.[key];
      if (claimedBy && claimedBy !== topic) {
        console.error(`Content is not valid: ${system} code ${code} is claimed by "${claimedBy}" and "${topic}".`);
        process.exit(1);
      }
      (index[system] ??= {})[key] = topic;
    }
  }
  return index;
}

/** Figure files named relative to the payload (an https figure is not a file of ours). */
function localFigures(payload: HealthTopic): { src: string; path: string }[] {
  return payload.sections.flatMap((section, sectionIndex) =>
    section.blocks.flatMap((block, blockIndex) =>
      block.type === 'figure' && isLocalFigure(block.src)
        ? [{ src: block.src, path: `sections[${sectionIndex}].blocks[${blockIndex}].src` }]
        : [],
    ),
  );
}

/** Copies the payload's figure files under hashed names, and returns the payload pointing at them. */
async function publishFigures({ value, dir }: Payload): Promise<HealthTopic> {
  const renamed = new Map<string, string>();
  for (const { src } of localFigures(value)) {
    if (renamed.has(src)) continue;
    const extension = path.extname(src);
    renamed.set(src, await writeHashed(path.basename(src, extension), extension, await readFile(path.join(dir, src))));
  }
  const { $schema: _editorsOnly, ...published } = value;
  return {
    ...published,
    sections: value.sections.map((section) => ({
      ...section,
      blocks: section.blocks.map((block) =>
        block.type === 'figure' && renamed.has(block.src) ? { ...block, src: renamed.get(block.src)! } : block,
      ),
    })),
  };
}

async function writeHashed(name: string, extension: string, content: string | Buffer): Promise<string> {
  const digest = createHash('sha256').update(content).digest();
  const fileName = hashedName(name, extension, digest.toString('hex'));
  integrity[fileName] = sha256Integrity(digest.toString('base64'));
  await writeFile(path.join(outputDir, fileName), content);
  return fileName;
}
