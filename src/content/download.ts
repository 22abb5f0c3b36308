/**
 * Downloads of content files (payloads, indexes, figures), each checked against its published
 * hash. A file is downloaded once per page and address (its name carries its hash, so it never
 * changes), and refused when its bytes are not the ones published (see changed-file.ts).
 */
import { missingContent } from './content-location.js';
import { untilAborted, TimeoutError } from '../shared/abort.js';
import { ChangedFileError, uncheckedAnswer } from '../shared/changed-file.js';

export interface LoadOptions {
  /** Ask the network again rather than any cache (for "Try again"). */
  reload?: boolean;
  /** Aborts the wait; with a TimeoutError as its reason, the request is taken for stuck. */
  signal?: AbortSignal;
}

/** Thrown when a file cannot be downloaded: the network failed, or the server said no. */
export class DownloadError extends Error {
  constructor(
    readonly url: string,
    reason: string,
  ) {
    super(`${url}: ${reason}`);
  }
}

/**
 * Content files already downloaded, or being downloaded, by address: a page with ten widgets of
 * one article downloads it once. A failed download is forgotten, and so is one a widget gave up
 * waiting for: the next asks afresh.
 */
const downloads = new Map<string, Promise<string>>();

/**
 * Downloads a content file's text, once, checked against `integrity` (`sha256-…`). `fetch` keeps
 * no memory of failures; `reload` also bypasses any cached answer.
 */
export function download(url: string, integrity: string, options: LoadOptions = {}): Promise<string> {
  return checkedFetch(url, integrity, options, (response) => response.text());
}

/**
 * Checks a file the page shows by its address (a figure): downloads it once, checked, and keeps
 * nothing of it (the browser has read and checked the whole body before `fetch` resolves). The
 * `<img>` that shows it then finds it in the browser's cache. An address that is no file on a
 * server (a `data:` address an app's bundler inlined into its own code) has nothing to check.
 */
export function checkFile(url: string, integrity: string, options: LoadOptions = {}): Promise<unknown> {
  if (url.startsWith('data:')) return Promise.resolve();
  return checkedFetch(url, integrity, options, () => Promise.resolve(''));
}

/**
 * `fetch` with `integrity`. An answer that passes is the published file, whatever its status; a
 * missing file, an error page or another file fails the check, and `whyFailed` says which.
 */
function checkedFetch(url: string, integrity: string, { reload = false, signal }: LoadOptions, read: (response: Response) => Promise<string>): Promise<string> {
  let text = reload ? undefined : downloads.get(url);
  if (!text) {
    const started = fetch(url, { cache: reload ? 'reload' : 'default', integrity }).then(read, (error: Error) =>
      whyFailed(url, error).then((reason) => Promise.reject(reason)),
    );
    started.catch(() => forget(url, started));
    downloads.set(url, started);
    text = started;
  }
  const shared = text;
  signal?.addEventListener('abort', () => signal.reason instanceof TimeoutError && forget(url, shared), { once: true });
  return untilAborted(shared, signal);
}

/** Why a checked download failed: the server has other bytes there, has no file there, or could not be reached. */
async function whyFailed(url: string, error: Error): Promise<Error> {
  const answer = await uncheckedAnswer(url);
  if (!answer) return new DownloadError(url, error.message);
  const missing = missingContent(url, answer);
  if (missing) return missing;
  return answer.ok ? new ChangedFileError(url) : new DownloadError(url, `HTTP ${answer.status}`);
}

function forget(url: string, download: Promise<string>): void {
  if (downloads.get(url) === download) downloads.delete(url);
}

/** The address of the file a failed download was for, when the failure says. */
export function failedAddress(error: unknown): string | undefined {
  return error instanceof DownloadError ? error.url : undefined;
}
