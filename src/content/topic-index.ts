/**
 * The topic index the content build writes (topics/index.<hash>.json): which topics exist, in
 * which locales, the file of each payload, and the Subresource Integrity hash of every payload and
 * figure file. Read by the elements, the prerender and the snippet builder through
 * `readTopicIndex`, written by scripts/build-content.ts. The elements download it with the hash
 * the pinned file carries (content-manifest.ts), so its hashes can be trusted in turn.
 */

/** For each topic id, for each locale, the file name of its payload in the topics folder. */
export type TopicFiles = Record<string, Record<string, string>>;

export interface TopicIndex {
  topics: TopicFiles;
  /** For each payload and figure file, by name: its Subresource Integrity hash (`sha256-…`). */
  integrity: Record<string, string>;
}

/** Thrown when a file is not a topic index, as a CDN answering with something else would make it. */
export class UnreadableIndex extends Error {}

const isStrings = (record: unknown) => !!record && typeof record === 'object' && Object.values(record).every((value) => typeof value === 'string');

/** The index, checked for shape: each topic an object of locale to file name, and each hash a string. */
export function readTopicIndex(text: string): TopicIndex {
  const index: unknown = JSON.parse(text);
  const { topics, integrity } = (index ?? {}) as Partial<TopicIndex>;
  if (!topics || typeof topics !== 'object' || !Object.values(topics).every(isStrings) || !isStrings(integrity)) {
    throw new UnreadableIndex('The topic index is not readable.');
  }
  return { topics, integrity: integrity! };
}
