/**
 * A topics folder served from memory, for the catalog's tests in Node: `fetch` answers below a
 * base address of its own (so no earlier download is reused), and the elements are told to load
 * from there. `document` is only what setContentBasePath reads of it.
 */
import { createHash } from 'node:crypto';
import { mock } from 'node:test';
import { setContentBasePath } from '../../src/content/catalog.js';
import { hashedName, sha256Integrity } from '../../src/content/published.js';
import { CODE_INDEX_FILE, TOPIC_INDEX_FILE } from '../../src/content/generated/content-manifest.js';
import { withIntegrity } from './index-hashes.js';

/** What the server answers for one file: its text, an HTTP status, a network failure, or never. */
export type Answer = string | { status: number } | 'offline' | 'never';

export interface Request {
  file: string;
  cache: RequestCache | undefined;
}

let servers = 0;

export const PAGE = 'https://hospital.example/health/myoclonus.html';

/** Gives Node the `document.baseURI` of a hospital page, for relative content paths. */
export function onHospitalPage(): void {
  (globalThis as { document?: unknown }).document = { baseURI: PAGE };
}

/** A file's Subresource Integrity hash, as the build writes it into the topic index. */
export function integrityOf(text: string): string {
  return sha256Integrity(createHash('sha256').update(text).digest('base64'));
}

/**
 * What a browser's `fetch` does with a request's `integrity`: answers with other bytes fail, as a
 * network error. The two indexes' hashes are this build's own (content-manifest.ts), which no fake
 * index can have: they are taken as published, unless `checkIndexes` (for the real index's bytes).
 */
function passesCheck(file: string, text: string | undefined, integrity: string | undefined, checkIndexes: boolean): boolean {
  if (integrity === undefined) return true;
  // An error answer (a status) is never the published file.
  if (text === undefined) return false;
  if (!checkIndexes && (file === TOPIC_INDEX_FILE || file === CODE_INDEX_FILE)) return true;
  return integrityOf(text) === integrity;
}

/**
 * A topic index without an `integrity` field is given the one the build would write for the files
 * served beside it: every file's hash. A test that wants other hashes gives them itself.
 */
function withHashes(index: string, files: Record<string, Answer>): string {
  // Answers without bytes (failures, statuses) get a hash all the same: the build hashes every file.
  const hashOf = (name: string, answer: Answer) => integrityOf(typeof answer === 'string' && !['never', 'offline'].includes(answer) ? answer : name);
  return withIntegrity(index, () => Object.fromEntries(Object.entries(files).map(([name, answer]) => [name, hashOf(name, answer)])));
}

/** Serves `files` (by name in the topics folder) and points the catalog at them. Undo with mock.restoreAll(). */
export function serveTopics(files: Record<string, Answer>, { checkIndexes = false } = {}): { base: string; requests: Request[] } {
  onHospitalPage();
  const base = `https://cdn.example/topics-${++servers}/`;
  const requests: Request[] = [];
  mock.method(globalThis, 'fetch', async (input: string | URL, init?: RequestInit) => {
    const url = String(input);
    assert(url.startsWith(base), `a request outside the topics folder: ${url}`);
    const file = url.slice(base.length);
    requests.push({ file, cache: init?.cache });
    const answer = Object.hasOwn(files, file) ? files[file]! : { status: 404 };
    if (answer === 'never') return new Promise<Response>(() => undefined);
    if (answer === 'offline') throw new TypeError('fetch failed');
    const text = typeof answer === 'string' ? (file === TOPIC_INDEX_FILE ? withHashes(answer, files) : answer) : 'not here';
    if (!passesCheck(file, typeof answer === 'string' ? text : undefined, init?.integrity, checkIndexes)) throw new TypeError('fetch failed: integrity');
    return typeof answer === 'string' ? new Response(text) : new Response(text, { status: answer.status });
  });
  setContentBasePath(base);
  return { base, requests };
}

function assert(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** The topic index naming these payload files, by topic and locale. */
export function topicIndex(topics: Record<string, Record<string, string>>): Record<string, string> {
  return { [TOPIC_INDEX_FILE]: JSON.stringify({ topics }) };
}

/** A payload file name as the build writes it, from its text's SHA-256. */
export function publishedName(topic: string, locale: string, text: string): string {
  return hashedName(`${topic}.${locale}`, '.json', createHash('sha256').update(text).digest('hex'));
}
