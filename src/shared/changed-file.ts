/**
 * Files checked against the hash the build published for them (Subresource Integrity). A file
 * that arrives with other bytes is refused: never shown, never run. Browsers report a failed check
 * as a network error, so after a failure the file is asked for once more, unchecked, only to tell
 * a changed file from an unreachable one; nothing of that answer is used.
 */

/** A file that is not the one the build published (a CDN, a proxy or an attacker changed it). */
export class ChangedFileError extends Error {
  override name = 'ChangedFileError';
  constructor(readonly url: string) {
    super(`${url} is not the file this build published, so it was refused.`);
  }
}

/** The server's answer to `url`, unchecked and uncached, for telling why a checked request failed; `undefined` when none came. */
export function uncheckedAnswer(url: string): Promise<Response | undefined> {
  return fetch(url, { cache: 'no-store' }).then((response) => {
    // Only the status and headers are read: the body, possibly an attacker's, is dropped unread.
    response.body?.cancel().catch(() => undefined);
    return response;
  }, () => undefined);
}
