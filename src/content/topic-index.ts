/**
 * The topic index the content build writes (topics/index.<hash>.json): which topics exist, in
 * which locales, and the file of each payload. Read by the elements, the prerender and the
 * snippet builder through `readTopicIndex`, written by scripts/build-content.ts.
 */

/** For each topic id, for each locale, the file name of its payload in the topics folder. */
export type TopicFiles = Record<string, Record<string, string>>;

export interface TopicIndex {
  topics: TopicFiles;
}

/** Thrown when a file is not a topic index, as a CDN answering with something else would make it. */
export class UnreadableIndex extends Error {}

/** The index's topics, checked for shape: each topic an object of locale to file name. */
export function readTopicIndex(text: string): TopicFiles {
  const topics: unknown = JSON.parse(text)?.topics;
  const isFiles = (files: unknown) => !!files && typeof files === 'object' && Object.values(files).every((name) => typeof name === 'string');
  if (!topics || typeof topics !== 'object' || !Object.values(topics).every(isFiles)) {
    throw new UnreadableIndex('The topic index is not readable.');
  }
  return topics as TopicFiles;
}
