/**
 * Topics whose entry of the topic index came with a fragment the build signed (see
 * src/first-paint/signed-fragment.ts): the elements taking such an article over find its files and
 * their hashes here, and download no topic index, whose size grows with the library.
 */
import { pageWide } from '../shared/this-build.js';

export interface TopicEntry {
  /** Payload files by locale. */
  files: Record<string, string>;
  /** Hashes by file name: the payloads' and their figures'. */
  integrity: Record<string, string>;
}

export const vouchedTopics = pageWide('vouched topics', () => new Map<string, TopicEntry>());
