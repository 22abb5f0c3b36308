/**
 * Generated payloads for property-based tests (fast-check), in the browser and in Node: valid
 * articles built from the content schema's shape, and the same articles mutated or made hostile.
 */
import fc from 'fast-check';
import { XSS_VECTORS } from './xss-vectors.js';

/** Pieces that break careless escaping in each place text is written: markup, comments, scripts, JSON, CSS. */
const BREAKERS = [
  '-->', '--!>', '<!--', '<!-', '</script>', '</SCRIPT >', '<script>', '</style>', ']]>', '<![CDATA[', '&amp;', '&lt;',
  '\u2028', '\u2029', '"', "'", '`', '${1}', '{{1}}', '\\', '\\u003c', '</', '/*', '*/', '\ufeff', 'é', '𝒳', 'مرحبا',
];

/** Free text as a reader could see it: always one visible word, plus markup and escaping traps. */
export const freeText: fc.Arbitrary<string> = fc
  .tuple(
    fc.lorem({ maxCount: 1 }),
    fc.array(
      fc.oneof(
        { weight: 3, arbitrary: fc.lorem({ maxCount: 3 }) },
        { weight: 2, arbitrary: fc.constantFrom(...XSS_VECTORS) },
        { weight: 2, arbitrary: fc.constantFrom(...BREAKERS) },
        { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
      ),
      { maxLength: 3 },
    ),
  )
  .map(([word, rest]) => [word, ...rest].join(' '));

const lang = fc.constantFrom('en', 'es', 'fr', 'pt-BR');
const link = fc.constantFrom('https://example.org/a?b=c&d=e', 'http://example.org/', 'mailto:editor@example.org', 'tel:+15555550100');

const run = fc.oneof(
  fc.record({ type: fc.constant('text'), text: freeText, lang }, { requiredKeys: ['type', 'text'] }),
  fc.record({ type: fc.constant('emphasis'), text: freeText, lang }, { requiredKeys: ['type', 'text'] }),
  fc.record({ type: fc.constant('link'), text: freeText, href: link, lang }, { requiredKeys: ['type', 'text', 'href'] }),
);
const inlineText = fc.oneof(freeText, fc.array(run, { minLength: 1, maxLength: 3 }));

const block = fc.oneof(
  fc.record({ type: fc.constant('paragraph'), text: inlineText }),
  fc.record(
    { type: fc.constant('list'), leadIn: inlineText, ordered: fc.boolean(), items: fc.array(inlineText, { minLength: 1, maxLength: 3 }) },
    { requiredKeys: ['type', 'items'] },
  ),
  fc.record(
    {
      type: fc.constant('figure'),
      src: fc.constantFrom('nervous-system.svg', 'https://example.org/figure.png'),
      alt: freeText,
      caption: inlineText,
      credit: freeText,
      width: fc.integer({ min: 1, max: 2000 }),
      height: fc.integer({ min: 1, max: 2000 }),
    },
    { requiredKeys: ['type', 'src', 'alt', 'credit'] },
  ),
);

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const reference = fc.record(
  {
    lang,
    authors: fc.array(fc.record({ family: freeText, given: fc.constantFrom('JR', 'A', 'MK') }, { requiredKeys: ['family'] }), { maxLength: 3 }),
    etAl: fc.boolean(),
    title: freeText,
    container: freeText,
    containerType: fc.constantFrom('journal', 'website', 'book'),
    year: fc.integer({ min: 1800, max: 2200 }),
    volume: fc.constantFrom('7', '12', 'A'),
    issue: fc.constantFrom('8', '2'),
    pages: fc.constantFrom('103', '1-9', 'e55'),
    doi: fc.constantFrom('10.3390/brainsci7080103', '10.1000/xyz<1>'),
    url: link.filter((href) => href.startsWith('http')),
    accessed: isoDate,
  },
  { requiredKeys: ['title'] },
);

const contributor = fc.record(
  { name: freeText, credentials: fc.constantFrom('MD', 'MA', 'RN, MSN'), role: fc.constantFrom('author', 'reviewer') },
  { requiredKeys: ['name', 'role'] },
);

/** A payload the schema accepts, by construction (ids are unique and not reserved). */
export const validPayload = fc
  .record(
    {
      id: fc.constantFrom('pretend-condition', 'x', 'a1-b2'),
      locale: fc.constantFrom('en', 'es', 'pt-BR'),
      translationOf: lang,
      title: freeText,
      alternateNames: fc.array(freeText, { maxLength: 2 }),
      summary: fc.array(inlineText, { minLength: 1, maxLength: 2 }),
      sections: fc.array(fc.record({ title: freeText, blocks: fc.array(block, { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 3 }),
      references: fc.array(reference, { maxLength: 2 }),
      contributors: fc.array(contributor, { minLength: 1, maxLength: 2 }),
      publicationType: freeText,
      lastUpdated: isoDate,
      lastReviewed: isoDate,
      disclaimer: freeText,
      codes: fc.array(fc.record({ system: fc.constantFrom('icd-10-cm', 'snomed-ct'), code: fc.constantFrom('G25.3', '17450006') }), { maxLength: 2 }),
    },
    { requiredKeys: ['id', 'locale', 'title', 'summary', 'sections', 'references', 'contributors', 'disclaimer'] },
  )
  .map((payload) => ({ ...payload, sections: payload.sections.map((section, index) => ({ id: `part-${index + 1}`, ...section })) }));

/** Every place in a value that can be changed: paths of keys and indexes from its root. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (!value || typeof value !== 'object') return [path];
  const keys = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return [path, ...keys.flatMap((key) => pathsOf((value as Record<string | number, unknown>)[key], [...path, key]))];
}

/** Values that no field expects, or that a page's scripts can make and JSON cannot. */
const WRONG_VALUES: (() => unknown)[] = [
  () => null,
  () => undefined,
  () => 5,
  () => Number.NaN,
  () => true,
  () => ({}),
  () => [],
  () => [null],
  () => '',
  () => '\u200b\u2060',
  () => '2026-02-30',
  () => 'a lone surrogate \ud800',
  () => 'a NUL \u0000 character',
  () => 'a right-to-left override \u202e that reverses what follows',
  () => 'references',
  () => 'javascript:alert(1)',
  () => Symbol('s'),
  () => () => 'function',
  () => 10n,
  () => new Date(0),
  () => Object.create({ inherited: 'from a prototype', lang: 'xx' }),
  () => Object.defineProperty({}, 'text', { enumerable: true, get: () => { throw new Error('getter says no'); } }),
  () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  },
  () => {
    let nested: unknown = 'deep';
    for (let level = 0; level < 200; level += 1) nested = [nested];
    return nested;
  },
];

export interface MutatedPayload {
  payload: unknown;
  /** What was done to the valid payload, for the failure report. */
  mutation: string;
}

/** A valid payload with one place replaced by a value no field expects, removed, or given an unknown neighbour. */
export const mutatedPayload: fc.Arbitrary<MutatedPayload> = fc
  .tuple(validPayload, fc.nat(), fc.nat(WRONG_VALUES.length - 1), fc.constantFrom('replace', 'remove', 'add-key'))
  .map(([valid, pick, wrong, action]) => {
    const payload = structuredClone(valid) as Record<string, unknown>;
    const paths = pathsOf(payload);
    const path = paths[pick % paths.length];
    const value = WRONG_VALUES[wrong]();
    if (path.length === 0) return { payload: action === 'replace' ? value : { ...payload, unknownKey: value }, mutation: `${action} the root` };
    const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, payload);
    const key = path[path.length - 1];
    if (action === 'replace') parent[key] = value;
    else if (action === 'remove') delete parent[key];
    else if (parent && typeof parent === 'object' && !Array.isArray(parent)) parent.unknownKey = value;
    return { payload, mutation: `${action} ${path.join('.')} (${describeValue(value)})` };
  });

function describeValue(value: unknown): string {
  try {
    return typeof value === 'symbol' || typeof value === 'bigint' || typeof value === 'function' ? typeof value : JSON.stringify(value)?.slice(0, 40) ?? String(value);
  } catch {
    return 'a value JSON cannot hold';
  }
}

/** JSON text for a payload, as a file or an inline script would hold it; a value JSON cannot hold gives broken text. */
export function payloadText(payload: unknown): string {
  try {
    return JSON.stringify(payload) ?? 'undefined';
  } catch {
    return '{"id": "broken", "title": ';
  }
}
