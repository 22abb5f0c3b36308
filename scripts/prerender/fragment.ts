/**
 * The build's HTML of one article for the first paint (see src/first-paint/signed-fragment.ts):
 * the `<health-topic>` shadow root the prerendered snippet holds, without its styles (the
 * first-paint file adopts the elements' own stylesheets, which no CSP refuses) and without the
 * figures' addresses (a picture is shown only once checked, by the elements), signed with the
 * build's key.
 */
import { sign } from 'node:crypto';
import type { FragmentHeader } from '../../src/first-paint/signed-fragment.js';

const HOST_START = /^<health-topic\b[^>]*><template shadowroot="open" shadowrootmode="open">/;
const HOST_END = '</template></health-topic>';

/** The shadow root's HTML, from the snippet's markup (Lit's markers already removed). */
export function fragmentHtml(markup: string): string {
  const start = markup.match(HOST_START);
  if (!start || !markup.endsWith(HOST_END)) throw new Error('The prerendered markup is not one <health-topic> with an open declarative shadow root.');
  return markup
    .slice(start[0].length, -HOST_END.length)
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/(<img\s+part="figure-image"\s+)src="[^"]*"\s*/g, '$1');
}

/** The fragment file: the signature of the header and the HTML, then both (see signed-fragment.ts). */
export function signedFragment(header: FragmentHeader, html: string, privateKey: string): string {
  const signed = Buffer.from(`${JSON.stringify(header)}\n${html}`);
  const signature = sign('sha256', signed, { key: privateKey, dsaEncoding: 'ieee-p1363' });
  return `${signature.toString('base64')}\n${signed.toString()}`;
}
