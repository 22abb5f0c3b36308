/**
 * Where the content files (topic index, payloads, figures) are served, and what a download that
 * found no content file there means. The script-tag build looks in the topics folder beside its
 * chunks; the npm build in the table of dist/content-files.js, whose `new URL('./topics/…',
 * import.meta.url)` lines an app's bundler rewrites to the assets it copied; `setContentBasePath`
 * overrides both.
 */
import { DEFAULT_CONTENT_BASE, TOPIC_INDEX_FILE } from './generated/content-manifest.js';

/** Set (to true) by the npm build only: its content files are found through the content-file table. */
declare const __HEALTH_TOPIC_CONTENT_FILE_TABLE__: boolean | undefined;
/** Set by the script-tag build only (see content-manifest.ts), which never loads the table. */
declare const __HEALTH_TOPIC_TOPICS_FOLDER__: string | undefined;

/** The folder `setContentBasePath` named, if it was called. */
let chosenBase: string | undefined;

/**
 * Tells the elements where the `topics/` folder is served, for apps that copy
 * `dist/topics/` themselves (a bundler that does not copy files named by `new URL(…,
 * import.meta.url)`). Relative URLs are taken relative to the page.
 */
export function setContentBasePath(url: string): void {
  chosenBase = new URL(url.endsWith('/') ? url : `${url}/`, document.baseURI).href;
}

/** A content file's address, from its name in the topics folder. */
export type ContentLocator = (fileName: string) => string;

/** How to find content files' addresses: in the chosen folder, the default folder, or the npm build's table. */
export async function contentLocator(): Promise<ContentLocator> {
  const inFolder = (base: string): ContentLocator => (fileName) => new URL(fileName, base).href;
  if (typeof __HEALTH_TOPIC_TOPICS_FOLDER__ === 'string' || typeof __HEALTH_TOPIC_CONTENT_FILE_TABLE__ === 'undefined') {
    return inFolder(chosenBase ?? DEFAULT_CONTENT_BASE);
  }
  if (chosenBase !== undefined) return inFolder(chosenBase);
  const { CONTENT_FILES } = (await import('./generated/content-files.js')) as { CONTENT_FILES: Record<string, string> };
  // A name the table lacks is looked for beside the topic index, wherever the bundler put it.
  return (fileName) => (Object.hasOwn(CONTENT_FILES, fileName) ? CONTENT_FILES[fileName] : new URL(fileName, CONTENT_FILES[TOPIC_INDEX_FILE]).href);
}

/** The server has no content file at this address: a wrong content base, not a network failure. */
export class ContentNotFoundError extends Error {
  constructor(
    readonly url: string,
    readonly answer: string,
  ) {
    super(`${url}: ${answer}`);
  }
}

/**
 * The answer to a content file's download, when it is not the file: 404 and 410 say there is no
 * such file; so does a web page, which is what single-page-app servers (Vite's dev server among
 * them) send for any address they do not have. Other statuses may pass, and are network failures.
 */
export function missingContent(url: string, response: Response): ContentNotFoundError | undefined {
  if (response.status === 404 || response.status === 410) return new ContentNotFoundError(url, `HTTP ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  if (response.ok && type.includes('text/html')) return new ContentNotFoundError(url, 'a web page, text/html');
  return undefined;
}

/** The folder `setContentBasePath` named, if it was called (for the console's hint). */
export function chosenContentBase(): string | undefined {
  return chosenBase;
}
