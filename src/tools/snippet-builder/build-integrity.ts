/**
 * dist/integrity.json, written by the script-tag build (scripts/vite/integrity-file.ts) for the
 * snippet builder: the hashed file that holds everything the first paint runs (`entry`, the one a
 * pinned snippet loads) and the chunks loaded on demand, each with its Subresource Integrity hash
 * in `files`; the stable "latest" entry; and the topic index, for preload hints.
 */
export interface BuildIntegrity {
  entry: string;
  latest: string;
  lazy: string[];
  topicIndex: string;
  files: Record<string, string>;
}
