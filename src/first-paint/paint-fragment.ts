/**
 * Paints one article from the build's own HTML: the signed fragment is downloaded, checked, and
 * only then parsed into the element's shadow root, with the elements' own stylesheets. Any
 * failure (no such fragment, another file, no Web Crypto, an engine that parses it only in part)
 * leaves the element untouched, for the JSON path to show.
 */
import { citationListShadowStyles } from '../elements/citation-list/citation-list.styles.js';
import { healthTopicShadowStyles } from '../elements/health-topic/health-topic.styles.js';
import { languagePickerShadowStyles } from '../elements/language-picker/language-picker.styles.js';
import { topicSectionShadowStyles } from '../elements/topic-section/topic-section.styles.js';
import { vouchedTopics } from '../content/vouched-topics.js';
import { checkedHtml } from '../shared/trusted-types.js';
import type { FragmentRequest } from './fragment-address.js';
import { readSignedFragment } from './signed-fragment.js';

type Styles = readonly { styleSheet?: CSSStyleSheet }[];

/** Each element's shadow-root stylesheets, by tag: the same objects the elements adopt. */
const SHADOW_STYLES: Record<string, Styles> = {
  'health-topic': healthTopicShadowStyles,
  'topic-section': topicSectionShadowStyles,
  'citation-list': citationListShadowStyles,
  'language-picker': languagePickerShadowStyles,
};

/**
 * Raw HTML: Content goes through Lit templates; only build output checked against a hash chained to the pinned script may be inserted as HTML (the build's signature, whose key the script's SRI hash covers).
 * Safari 17.4 to 18 parse declarative shadow roots with `setHTMLUnsafe` but are reported not to
 * upgrade the custom elements inside them: those versions take the JSON path.
 */
export function parsesShadowRootsInFull(userAgent: string): boolean {
  return !/\bVersion\/1[78]\.[\d.]+ (?:Mobile\/\w+ )?Safari\//.test(userAgent);
}

/**
 * Raw HTML: Content goes through Lit templates; only build output checked against a hash chained to the pinned script may be inserted as HTML (the build's signature, whose key the script's SRI hash covers).
 * Whether fragments can be checked and inserted: Web Crypto (a secure context), `setHTMLUnsafe`,
 * and the tags still free. Without Web Crypto to check it, no HTML.
 */
export function canPaintFragments(): boolean {
  // A page that defined one of the tags itself (or runs another copy of the library) gets the elements' own checks.
  if (Object.keys(SHADOW_STYLES).some((tag) => customElements.get(tag))) return false;
  // Raw HTML: Content goes through Lit templates; only build output checked against a hash chained to the pinned script may be inserted as HTML (the build's signature, whose key the script's SRI hash covers).
  return !!globalThis.crypto?.subtle && 'setHTMLUnsafe' in ShadowRoot.prototype && parsesShadowRootsInFull(navigator.userAgent);
}

function adoptStyles(root: ShadowRoot): void {
  root.adoptedStyleSheets = (SHADOW_STYLES[root.host.localName] ?? []).flatMap((style) => (style.styleSheet ? [style.styleSheet] : []));
  for (const inner of root.querySelectorAll('*')) if (inner.shadowRoot) adoptStyles(inner.shadowRoot);
}

/** Downloads, checks and paints `request`'s fragment into `element`; true when it is on screen. */
export async function paintFragment(element: Element, request: FragmentRequest, url: string, key: Promise<CryptoKey>): Promise<boolean> {
  // As a preload with crossorigin="anonymous" asks for it, so the builder's snippet can preload it.
  const response = await fetch(url);
  if (!response.ok) return false;
  const fragment = await readSignedFragment(await response.arrayBuffer(), await key, crypto.subtle);
  if (!fragment || fragment.header.topic !== request.topic || fragment.header.locale !== request.locale) {
    console.warn(`Health Topic Elements: ${url} is not the HTML this build signed for "${request.topic}" (${request.locale}); the article is shown from its checked JSON instead.`);
    return false;
  }
  // The signed entry serves the elements whether or not the HTML is inserted: no topic index to download.
  vouchedTopics.set(request.topic, { files: fragment.header.files, integrity: fragment.header.integrity });
  // An article already on screen (prerendered, or rendered by the elements while the file came)
  // stays; so does an element the page changed meanwhile, which takes the JSON path.
  if (!element.isConnected || element.shadowRoot || element.getAttribute('topic')?.trim().toLowerCase() !== request.topic) return false;
  const html = checkedHtml(fragment.html);
  if (html === undefined) return false;
  const root = element.attachShadow({ mode: 'open' });
  // The one place the widget inserts HTML, through its Trusted Types policy, which refuses any other string.
  // Raw HTML: Content goes through Lit templates; only build output checked against a hash chained to the pinned script may be inserted as HTML (the build's signature, whose key the script's SRI hash covers).
  (root as unknown as { setHTMLUnsafe(html: unknown): void }).setHTMLUnsafe(html);
  adoptStyles(root);
  return true;
}
