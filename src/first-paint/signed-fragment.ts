/**
 * The build's HTML of one article (a "fragment"), signed by the build that rendered it. The file
 * is three parts, the first two one line each:
 *
 *   base64 ECDSA P-256 SHA-256 signature (IEEE P1363, as Web Crypto gives it) of all that follows
 *   a JSON header: which article this is, and the hashes of its own content files
 *   the HTML of the `<health-topic>` shadow root
 *
 * The public key is in the first-paint file, which a snippet pins with Subresource Integrity, and
 * each build makes a key of its own: a fragment checks against a key that chains to the pinned
 * file, and one build's fragment never passes for another's. Checking needs Web Crypto, so a
 * secure context (https, or localhost); elsewhere the article takes the JSON path.
 */

/** What a fragment says of itself: its article, and that topic's entry of the build's topic index. */
export interface FragmentHeader {
  topic: string;
  locale: string;
  /** The topic's payload files, by locale (as in the topic index). */
  files: Record<string, string>;
  /** The hashes of those files and of the article's figures, by file name (as in the topic index). */
  integrity: Record<string, string>;
}

export interface Fragment {
  header: FragmentHeader;
  html: string;
}

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const NEWLINE = 10;

const bytesOf = (base64: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));

/** The build's public key (base64 SPKI), for checking its fragments. */
export function importFragmentKey(spki: string, subtle: SubtleCrypto): Promise<CryptoKey> {
  return subtle.importKey('spki', bytesOf(spki), ALGORITHM, false, ['verify']);
}

/**
 * The fragment in `file`, if `key` signed it; `undefined` for any other bytes. Only the checked
 * bytes are read: the header and the HTML are decoded after the check, from exactly those bytes.
 */
export async function readSignedFragment(file: ArrayBuffer, key: CryptoKey, subtle: SubtleCrypto): Promise<Fragment | undefined> {
  const bytes = new Uint8Array(file);
  const firstLine = bytes.indexOf(NEWLINE);
  if (firstLine < 0) return undefined;
  let signature: Uint8Array<ArrayBuffer>;
  try {
    signature = bytesOf(new TextDecoder().decode(bytes.subarray(0, firstLine)));
  } catch {
    return undefined;
  }
  const signed = bytes.subarray(firstLine + 1);
  if (!(await subtle.verify(ALGORITHM, key, signature, signed))) return undefined;
  const text = new TextDecoder().decode(signed);
  const headerEnd = text.indexOf('\n');
  return { header: JSON.parse(text.slice(0, headerEnd)) as FragmentHeader, html: text.slice(headerEnd + 1) };
}
