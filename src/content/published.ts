/**
 * The published-content contract: what the content build writes, and what the elements, the
 * prerender, the snippet builder, the JSON-LD, the linter and the tests read back. Each rule here
 * has no other copy. Browser-safe and free of side effects: it ships in the widget.
 */

/** How many hex digits of a file's SHA-256 its published name carries. */
const HASH_DIGITS = 10;
/** The hash in a published name, as regular-expression source (the schema's figure names use it too). */
export const HASH_SOURCE = `[0-9a-f]{${HASH_DIGITS}}`;

/** A published file's name: `name.<hash>.ext`, the first digits of the hex SHA-256 of its bytes. */
export function hashedName(name: string, extension: string, hexDigest: string): string {
  return `${name}.${hexDigest.slice(0, HASH_DIGITS)}${extension}`;
}

/**
 * A published article's content version: its payload file's name without `.json`
 * (`myoclonus.en.c7a2e61876`), which changes with any change of its bytes. A prerendered snippet
 * carries it (`content-version`), so the script can tell a pasted article older than the current.
 */
export function contentVersion(payloadFile: string): string {
  return payloadFile.replace(/\.json$/, '');
}

/** Whether two content versions are of the same article in the same language (the hash aside). */
export function sameArticleFile(version: string, other: string): boolean {
  const article = (name: string) => name.replace(new RegExp(`\\.${HASH_SOURCE}$`), '');
  return article(version) === article(other);
}

/** A file's Subresource Integrity hash, as the topic index and the manifest give it, from its SHA-256 in base64. */
export function sha256Integrity(base64Digest: string): string {
  return `sha256-${base64Digest}`;
}

/**
 * Whether a figure's `src` names a file of the topics folder, to be found there (the schema allows
 * file names beside the payload and https addresses; an address is used as it is).
 */
export function isLocalFigure(src: string): boolean {
  return !src.startsWith('https://');
}

/** The id of a section's element and heading, and the fragment that links to it: `myoclonus-symptoms`. */
export function sectionAnchor(topicId: string, sectionId: string): string {
  return `${topicId}-${sectionId}`;
}

/**
 * A DOI's address at doi.org. `/` stays; every character that would end the path (`#`, `?`) or
 * break the URL (spaces, `<`, `"`, `%`, a backslash), and all that is not ASCII, is percent-encoded as
 * UTF-8; what stays is what a URL path may hold as it is. A lone surrogate, which has no UTF-8,
 * becomes U+FFFD first (encodeURI would throw).
 */
export function doiUrl(doi: string): string {
  return `https://doi.org/${encodeURI(doi.replace(/[\uD800-\uDFFF]/gu, '\uFFFD')).replace(/[#?]/g, encodeURIComponent)}`;
}

/** A clinical code as the code index holds it, and as a `code` attribute is looked up: upper case, no spaces. */
export function normalizeCode(code: string): string {
  return code.replace(/\s/g, '').toUpperCase();
}

/**
 * The signed HTML of a topic in a locale that one build wrote for the first paint (see
 * src/first-paint/), relative to the topics folder: a folder per build, named by its key.
 */
export function fragmentPath(build: string, topicId: string, locale: string): string {
  return `html/${build}/${topicId}.${locale}.html`;
}

/** The prerendered snippet of a topic in a locale (dist/prerendered/), or its strict-CSP variant. */
export function prerenderedFileName(topicId: string, locale: string, strictCsp = false): string {
  return `${topicId}.${locale}${strictCsp ? '.strict-csp' : ''}.html`;
}

/** Text for a double-quoted attribute value: `&` and `"`, and `<` so no value can look like markup. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Text for HTML element content (`&`, `<` and `>`), as the snippets, the link and the article pages write it. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Where a payload lives: content/topics/<topic>/<locale>.json. */
export interface PayloadPlace {
  topic: string;
  locale: string;
}

/**
 * The fields of a payload that disagree with its place: its `id` must be its folder's name and its
 * `locale` its file's. Fields that are not strings are the schema's to report.
 */
export function misplacedFields(payload: { id?: unknown; locale?: unknown }, place: PayloadPlace): ('id' | 'locale')[] {
  const fields: ('id' | 'locale')[] = [];
  if (typeof payload.id === 'string' && payload.id !== place.topic) fields.push('id');
  if (typeof payload.locale === 'string' && payload.locale !== place.locale) fields.push('locale');
  return fields;
}

/**
 * dist/integrity.json, the build's record, written by the script-tag build
 * (scripts/vite/integrity-file.ts) and read by the prerender, the snippet builder and the
 * benchmark: the hashed file that holds everything the first paint runs (`entry`, the one a pinned
 * snippet loads) and the chunks loaded on demand, each with its Subresource Integrity hash in
 * `files`; the stable "latest" entry; and the topic index (`topics/index.<hash>.json`, its hash in
 * `files` too: the SHA-256 the elements download it with, so a preload can match their request).
 */
export interface BuildIntegrity {
  entry: string;
  latest: string;
  lazy: string[];
  topicIndex: string;
  /** The build's name for its signed HTML (see `fragmentPath`); absent in builds made before it. */
  fragments?: string;
  files: Record<string, string>;
}
