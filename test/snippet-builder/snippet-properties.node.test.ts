/**
 * Property-based test of the snippet builder's text: generated hostile choices (base addresses,
 * topic ids, topic-index locale keys, section ids, fallback titles and links) through
 * `writeSnippet`, each read back by an HTML parser (see test/support/builder-snippet-check.ts).
 * The seed is printed; FC_SEED replays it, FC_RUNS sets the count.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkBuilderSnippet, type TypedChoices } from '../support/builder-snippet-check.js';

const seed = Number(process.env.FC_SEED) || Date.now() % 2 ** 31;
const numRuns = Number(process.env.FC_RUNS) || 1000;

/** Pieces that break careless escaping or URL handling in an attribute, a text or an address. */
const BREAKERS = [
  '"', "'", '<', '>', '&', '&amp;', '&quot;', "$'", '$&', '$`', '$1', '`', '${x}', 'javascript:', 'JAVASCRIPT:', 'java\tscript:',
  ' onerror=alert(1)', '" onload="alert(1)', "' onfocus='alert(1)", '/onmouseover=alert(1)', '<img src=x onerror=alert(1)>',
  '</health-topic>', '<health-topic topic="x">', '<script>', '</script>', '<!--', '-->', '\n', '\r\n', '\t', '\0', ' ', '?', '#', '@', ':',
  '\u202e', '\u200b', 'é', '𝒳', 'مرحبا', '😀', '%22', '%3C', '\\', '//',
];

/** A string of breakers and arbitrary text. */
const hostile = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...BREAKERS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }), { maxLength: 5 })
  .map((parts) => parts.join(''));

/** A base address as typed: a plausible start (or a script-running one), then anything. */
const baseUrl = fc
  .tuple(
    fc.constantFrom(
      'https://cdn.example.org/', 'http://cdn.example.org/', 'HTTPS://CDN.EXAMPLE.ORG/x', 'cdn.example.org/', '//cdn.example.org/', 'localhost:8000/',
      'javascript:', 'JAVASCRIPT:', 'java\tscript:', ' javascript:', 'data:text/html,', 'vbscript:', 'ftp://cdn.example.org/', '/dist/', '', ' ',
    ),
    hostile,
  )
  .map(([start, rest]) => start + rest);

/** A fallback link as typed: a web page's address, a relative one, or a script-running one, then anything. */
const fallbackHref = fc
  .tuple(fc.constantFrom('https://hospital.example/', 'http://hospital.example/', '/health/', 'myoclonus', 'javascript:', 'JaVaScRiPt:', 'java\tscript:', '\u0001javascript:', 'data:', ''), hostile)
  .map(([start, rest]) => start + rest);

const choices: fc.Arbitrary<TypedChoices> = fc.record({
  baseUrl,
  topic: fc.oneof(fc.constant('myoclonus'), hostile),
  lang: fc.oneof(fc.constantFrom('', 'en', 'es', 'pt-BR'), hostile),
  sections: fc.array(fc.oneof(fc.constantFrom('symptoms', 'treatment'), hostile), { maxLength: 3 }),
  fallbackTitle: fc.oneof(fc.constant('Myoclonus'), hostile),
  fallbackHref,
  version: fc.constantFrom('pinned', 'latest'),
  prerendered: fc.boolean(),
});

describe(`the snippet builder's snippet for generated choices (fast-check seed ${seed}; replay with FC_SEED=${seed})`, () => {
  it('is none for a refused base address, and otherwise one <health-topic> with the intended attributes and nothing that runs', () => {
    const outcomes = { written: 0, refused: 0 };
    fc.assert(
      fc.property(choices, (typed) => {
        outcomes[checkBuilderSnippet(typed)] += 1;
      }),
      { seed, numRuns, includeErrorInReport: true },
    );
    // Both kinds of outcome were tried, or the property said little.
    assert.ok(outcomes.written > numRuns / 10 && outcomes.refused > numRuns / 10, JSON.stringify(outcomes));
  });
});
