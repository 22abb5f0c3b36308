/**
 * Imports an on-demand chunk only after the browser has checked it against the hash in the
 * first-paint file (chunk-table.ts). The chunk is first loaded by a module script element with
 * that `integrity`, which Chromium, Firefox and WebKit check; the `import()` that follows finds the
 * module already loaded and downloads nothing. Unlike an import map's `integrity`, this holds when
 * the page has an import map of its own (Firefox then ignores a second one) and behind an address
 * that redirects (the map's keys are addresses). A refused chunk never runs.
 */
import { CHUNKS, type Chunk } from './chunk-table.js';
import { ChangedFileError, uncheckedAnswer } from './changed-file.js';
import { pageWide } from './this-build.js';
import { widgetPolicy } from './trusted-types.js';

/** Thrown when a chunk could not be loaded; a changed one is a ChangedFileError instead. */
export class ChunkLoadError extends Error {
  constructor(readonly url: string) {
    super(`${url} could not be loaded.`);
  }
}

/** Checks in progress or done, by chunk name; a failed one is forgotten, so a later call tries again. */
const checks = pageWide('chunk checks', () => new Map<string, Promise<void>>());

/**
 * `load()` (an `import()` of the chunk `name`), once the chunk is checked. In builds without a
 * table, just `load()`.
 */
export function checkedImport<T>(name: string, load: () => Promise<T>): Promise<T> {
  if (!CHUNKS) return load();
  return checkChunk(name, CHUNKS).then(load);
}

/** Loads the chunk `name` checked, after the chunks it imports: once, unless it failed. */
function checkChunk(name: string, table: ReadonlyMap<string, Chunk>): Promise<void> {
  let check = checks.get(name);
  if (!check) {
    const chunk = table.get(name);
    check = chunk
      ? Promise.all(chunk.needs.map((needed) => checkChunk(needed, table))).then(() => runChecked(chunk))
      : Promise.reject(new Error(`The build has no hash for its chunk "${name}".`));
    checks.set(name, check);
    check.catch(() => checks.delete(name));
  }
  return check;
}

function runChecked({ url, integrity }: Chunk): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = 'anonymous';
    script.integrity = integrity;
    // A page whose policy runs scripts by nonce alone lets this one run by the nonce its own scripts carry.
    const nonce = document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce;
    if (nonce) script.nonce = nonce;
    script.addEventListener('load', () => (script.remove(), resolve()));
    script.addEventListener('error', () => {
      script.remove();
      void uncheckedAnswer(url).then((answer) => reject(answer?.ok ? new ChangedFileError(url) : new ChunkLoadError(url)));
    });
    try {
      const policy = widgetPolicy();
      (script as { src: unknown }).src = policy ? policy.createScriptURL(url) : url;
    } catch {
      // A page that requires Trusted Types but refuses the widget's policy takes no script address
      // from it. The chunk is downloaded checked instead; the import() that follows finds it in the
      // browser's cache (hashed files are cached for good, see docs/deploy.md).
      fetch(url, { integrity, credentials: 'omit' }).then(
        () => resolve(),
        () => void uncheckedAnswer(url).then((answer) => reject(answer?.ok ? new ChangedFileError(url) : new ChunkLoadError(url))),
      );
      return;
    }
    document.head.append(script);
  });
}
