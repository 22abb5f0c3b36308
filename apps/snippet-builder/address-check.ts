/**
 * Whether the build's files can be loaded from the address the author typed: the builder fetches
 * the build's record (integrity.json) from there, as a page would fetch the files, and says in
 * plain words what stops it: nothing found, no Access-Control-Allow-Origin, or another build.
 */
import type { BuildIntegrity } from '../../src/content/published.js';

export interface AddressCheck {
  /** The files are there, readable from another site, and they are the build the snippet names. */
  ok: boolean;
  message: string;
}

const CORS_NEEDED = 'A page on another site than this address loads the files only if the server sends the header Access-Control-Allow-Origin: * (or that site\'s address) with every file.';

/** Checks `baseUrl` (an address `readBaseAddress` accepted) against the build the builder writes snippets for. */
export async function checkAddress(baseUrl: string, build: BuildIntegrity): Promise<AddressCheck> {
  const record = new URL('integrity.json', baseUrl).href;
  let response: Response;
  try {
    response = await fetch(record, { cache: 'no-store' });
  } catch {
    // A cross-origin fetch fails the same way without the header as with no server: an opaque answer tells them apart.
    const answered = await fetch(record, { mode: 'no-cors', cache: 'no-store' }).then(() => true, () => false);
    return {
      ok: false,
      message: answered
        ? `The server at this address answered, but without the header Access-Control-Allow-Origin, so pages on another site cannot load the files. ${CORS_NEEDED}`
        : 'Nothing answered at this address: check it, and that the server is running.',
    };
  }
  if (!response.ok) {
    return { ok: false, message: `Nothing was found at this address (${record}: HTTP ${response.status}). It must be the folder that holds health-topic-elements.js and integrity.json.` };
  }
  let found: Partial<BuildIntegrity>;
  try {
    found = (await response.json()) as Partial<BuildIntegrity>;
  } catch {
    return { ok: false, message: `${record} is not a build's record: check that the address is the folder that holds health-topic-elements.js.` };
  }
  if (found.entry !== build.entry) {
    return {
      ok: false,
      message: `This address holds another build (its script is ${String(found.entry)}; this builder's is ${build.entry}). A pinned snippet loads only if this build's files are kept there too, and the article may differ from the preview.`,
    };
  }
  const sameSite = new URL(baseUrl).origin === location.origin;
  return {
    ok: true,
    message: sameSite
      ? `Checked: this build's files are at this address, on this builder's own site. ${CORS_NEEDED}`
      : 'Checked: this build\'s files are at this address, and pages on other sites can load them.',
  };
}
