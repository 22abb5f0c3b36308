/**
 * Named hostile inputs, each with the reason it is here: the payloads that once broke the widget,
 * and every known XSS vector in every free-text field of the real article. test/security/ pushes
 * each through every way a payload arrives (`.data`, inline JSON, a topics file); the prerender's
 * own tests push the text ones through the prerender. What an author types into the snippet
 * builder (addresses, ids, locale keys, links) is not a payload: it is in hostile-builder-inputs.ts.
 */
import article from '../../content/topics/myoclonus/en.json' with { type: 'json' };
import { XSS_VECTORS } from './xss-vectors.js';

/** How a widget must end: its article, or an error event with this code. */
export type Outcome = 'load' | 'invalid-payload';

export interface HostileInput {
  name: string;
  /** Why it is in the corpus, in one line. */
  reason: string;
  payload: () => unknown;
  outcome: Outcome;
  /** For payloads JSON cannot carry (getters, Proxies): only the `data` property can. */
  dataOnly?: boolean;
  /** For an article shown: its title, as readers must see it, character for character. */
  title?: string;
}

/** Fields whose values the schema constrains (ids, URLs, dates, enums): every other string is free text. */
const CONSTRAINED_FIELDS = new Set([
  '$schema', 'id', 'locale', 'translationOf', 'type', 'src', 'href', 'doi', 'pmcid', 'url', 'accessed',
  'system', 'role', 'kind', 'containerType', 'lastUpdated', 'lastReviewed', 'nextReview', 'read',
]);

/** The real article with every free-text string replaced by `text`. */
export function fillFreeText(value: unknown = article, text: string, key = ''): unknown {
  if (typeof value === 'string') return CONSTRAINED_FIELDS.has(key) ? value : text;
  if (Array.isArray(value)) return value.map((item) => fillFreeText(item, text, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, fillFreeText(item, text, name)]));
  }
  return value;
}

const withSection = (section: unknown) => ({ ...article, sections: [section] });

export const HOSTILE_INPUTS: HostileInput[] = [
  {
    name: 'a title that closes an HTML comment',
    reason: 'the prerender once wrote titles into a comment unescaped: a live <img onerror> in every pasted snippet',
    payload: () => ({ ...article, title: 'Evil --><img src=x onerror=window.__xss(\'comment-title\')><!--' }),
    outcome: 'load',
    title: 'Evil --><img src=x onerror=window.__xss(\'comment-title\')><!--',
  },
  {
    name: 'a title that closes the JSON-LD script',
    reason: 'the page\'s JSON-LD once held "<" as is: a saved or snapshotted page ran it',
    payload: () => ({ ...article, title: 'X </script><img src=x onerror=window.__xss(\'jsonld\')>' }),
    outcome: 'load',
  },
  {
    name: 'a title that opens a comment inside the JSON-LD script',
    reason: '"<!--<script>" in a script element swallows the rest of a serialized page',
    payload: () => ({ ...article, title: 'T <!--<script>' }),
    outcome: 'load',
  },
  {
    name: 'a title that closes an attribute',
    reason: 'text written into an attribute must not end it',
    payload: () => ({ ...article, title: '" onmouseover="window.__xss(\'attribute\')' }),
    outcome: 'load',
  },
  {
    name: 'a title that is a style element',
    reason: 'a style element from text would restyle the host page',
    payload: () => ({ ...article, title: '<style>*{display:none}</style>' }),
    outcome: 'load',
  },
  {
    name: 'a payload whose getter throws',
    reason: 'an unhandled rejection once left the spinner up forever',
    payload: () => Object.defineProperty({ ...article }, 'title', { enumerable: true, get: () => { throw new Error('getter says no'); } }),
    outcome: 'invalid-payload',
    dataOnly: true,
  },
  {
    name: 'a revoked Proxy',
    reason: 'every operation on it throws, and it once hung the widget',
    payload: () => {
      const { proxy, revoke } = Proxy.revocable({ ...article }, {});
      revoke();
      return proxy;
    },
    outcome: 'invalid-payload',
    dataOnly: true,
  },
  {
    name: 'an object whose own prototype carries fields',
    reason: 'the validator once walked inherited keys',
    payload: () => Object.assign(Object.create({ lang: 'xx', unknownKey: 1 }), article),
    outcome: 'load',
    dataOnly: true,
  },
  { name: 'a section that is an empty object', reason: 'a corrupted file once crashed the render with a TypeError', payload: () => withSection({}), outcome: 'invalid-payload' },
  { name: 'a section that is null', reason: 'a corrupted file once crashed the render with a TypeError', payload: () => withSection(null), outcome: 'invalid-payload' },
  { name: 'no locale', reason: 'a corrupted file once crashed the render with a TypeError', payload: () => ({ ...article, locale: undefined }), outcome: 'invalid-payload' },
  { name: 'a number in the summary', reason: 'a corrupted file once crashed the render with a TypeError', payload: () => ({ ...article, summary: [5] }), outcome: 'invalid-payload' },
  { name: 'a contributor that is null', reason: 'a corrupted file once crashed the render with a TypeError', payload: () => ({ ...article, contributors: [null] }), outcome: 'invalid-payload' },
  {
    name: 'a date the calendar lacks',
    reason: '2026-02-30 once showed as "March 2, 2026"',
    payload: () => ({ ...article, lastReviewed: '2026-02-30' }),
    outcome: 'invalid-payload',
  },
  {
    name: 'two sections with one id',
    reason: 'duplicate ids in one shadow root made contents links and labels ambiguous',
    payload: () => ({ ...article, sections: [article.sections[0], article.sections[0]] }),
    outcome: 'invalid-payload',
  },
  {
    name: 'a section with the references\' id',
    reason: 'its anchor collided with the references heading',
    payload: () => ({ ...article, sections: [{ ...article.sections[0], id: 'references' }] }),
    outcome: 'invalid-payload',
  },
  {
    name: 'a title of invisible characters',
    reason: 'zero-width and format characters once passed "must not be empty" and made an empty heading',
    payload: () => ({ ...article, title: '\u200b\u2060\u00ad\u200e' }),
    outcome: 'invalid-payload',
  },
  {
    name: 'text with a NUL and a lone surrogate',
    reason: 'an HTML parser drops or replaces them, so a prerendered article would not read as its payload',
    payload: () => ({ ...article, disclaimer: 'NUL \u0000 and \ud800' }),
    outcome: 'invalid-payload',
  },
  {
    name: '200,000 bad sections',
    reason: 'reporting every problem once blocked the page for over a second',
    payload: () => ({ ...article, sections: Array.from({ length: 200_000 }, () => ({})) }),
    outcome: 'invalid-payload',
  },
  {
    name: 'arrays nested 10,000 deep',
    reason: 'a recursive walk of such a payload overflows the stack',
    payload: () => {
      let deep: unknown = 'text';
      for (let level = 0; level < 10_000; level += 1) deep = [deep];
      return { ...article, summary: deep };
    },
    outcome: 'invalid-payload',
  },
  ...XSS_VECTORS.map(
    (vector, index): HostileInput => ({
      name: `XSS vector ${index + 1} in every free-text field: ${vector.slice(0, 40)}`,
      reason: 'article text must stay text wherever it is written',
      payload: () => fillFreeText(article, vector),
      outcome: 'load',
      title: vector,
    }),
  ),
];
