/**
 * The address of the build's folder, as an author types it into the snippet builder, read into the
 * absolute https (or http) address the snippet's links start from, or refused with a message. One
 * rule for the form and for the snippet's text, so neither can throw on what the other accepted.
 */

/** An address the snippet can use, ending in "/"; `note`, when set, is what the author should check. */
export interface UsableBase {
  ok: true;
  url: string;
  note?: string;
}

/** An address no page could load the files from: no snippet, and `message` says why. */
export interface RefusedBase {
  ok: false;
  message: string;
}

export type BaseAddress = UsableBase | RefusedBase;

/** What the form's help text says of the field: the rules below, in the author's words. */
export const BASE_ADDRESS_HELP =
  'The whole address, such as https://cdn.example.org/health-topic-elements/. Without https:// or http://, https:// is added. No spaces, no ?… or #…, no user name or password; javascript:, data: and other kinds of address are refused. An http:// address works only on http pages: https pages block its files.';

const refused = (message: string): RefusedBase => ({ ok: false, message });

/** `scheme:`, unless what precedes the colon is a host before its port (`localhost:8000/...`). */
const SCHEME = /^([a-z][a-z\d+.-]*):(?!\d)/i;
/** A host name as DNS has them (after the URL parser's IDNA step: ASCII), or an IP address. */
const HOST = /^(?:[a-z\d_-]+\.)*[a-z\d_-]+\.?$|^\[[\da-f:.]+\]$/i;
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

export function readBaseAddress(typed: string): BaseAddress {
  const text = typed.trim();
  if (!text) return refused('Enter the address where the build\'s folder is served, starting with https://.');
  // Spaces and control characters (tabs, new lines) are typos; the URL parser would drop or encode them silently.
  if (/[\s\p{Cc}]/u.test(text)) return refused('The address has a space or a line break in it: remove it.');
  const scheme = SCHEME.exec(text)?.[1].toLowerCase();
  if (scheme !== undefined && scheme !== 'https' && scheme !== 'http') {
    return refused(`A "${scheme}:" address cannot serve the files: give one starting with https://.`);
  }
  if (scheme === undefined && /^[/.\\]/.test(text) && !text.startsWith('//')) {
    return refused('Give the whole address, with its host, starting with https:// (the snippet is pasted into pages on other addresses).');
  }
  const guessed = scheme === undefined;
  const candidate = guessed ? `https:${text.startsWith('//') ? '' : '//'}${text}` : text;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return refused(`"${text}" is not a web address: give one such as https://cdn.example.org/health-topic-elements/.`);
  }
  if (!HOST.test(url.hostname)) return refused(`"${url.hostname}" is not a host name: check the address.`);
  if (url.username || url.password) return refused('Leave the user name and password out of the address: every reader\'s browser would see them.');
  if (/[?#]/.test(text)) return refused('Leave "?…" and "#…" out: the address is of a folder.');
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  if (guessed) return { ok: true, url: url.href, note: `The address had no https:// or http://: the snippet uses ${url.href}. Check that the files are served there.` };
  if (url.protocol === 'http:' && !LOOPBACK.test(url.hostname)) {
    return { ok: true, url: url.href, note: 'An http:// address: browsers block its files on https pages. Use https:// if the server has it.' };
  }
  return { ok: true, url: url.href };
}
