/**
 * The on-demand chunks of the script-tag build, each with its file and its Subresource Integrity
 * hash. The build writes the table into the first-paint file, the one a snippet pins with its
 * own hash (scripts/vite/chunk-integrity.ts), so every chunk is checked against a hash that
 * chains to the pinned file. Other builds (npm, development, tests) have no table: there the
 * app's bundler or the test server serves the code.
 */

/** The table as the build writes it: `name file hash needs` per chunk (`needs`: the names of the chunks it imports, comma-separated, if any), chunks separated by `;`. */
declare const __HEALTH_TOPIC_CHUNKS__: string | undefined;

export interface Chunk {
  /** The chunk's address. */
  url: string;
  integrity: string;
  /** The chunks this one imports, by name: each is loaded, checked, before it. */
  needs: string[];
}

/** Reads the build's table; each file is relative to `base`, the first-paint file's address. */
export function readChunkTable(text: string, base: string): Map<string, Chunk> {
  const table = new Map<string, Chunk>();
  for (const row of text.split(';')) {
    const [name, file, integrity, needs] = row.split(' ');
    // A row without its three parts (the placeholder, in a build that forgot to replace it) names no chunk.
    if (integrity) table.set(name!, { url: new URL(file!, base).href, integrity, needs: needs ? needs.split(',') : [] });
  }
  return table;
}

/** This build's chunks by name, or `undefined` in builds that do not check them. */
export const CHUNKS: ReadonlyMap<string, Chunk> | undefined =
  typeof __HEALTH_TOPIC_CHUNKS__ === 'string' ? /* @__PURE__ */ readChunkTable(__HEALTH_TOPIC_CHUNKS__, import.meta.url) : undefined;

/** Whether `url` is the address of one of this build's checked chunks (of `table`'s). */
export function isChunkAddress(url: string, table = CHUNKS): boolean {
  return !!table && [...table.values()].some((chunk) => chunk.url === url);
}
