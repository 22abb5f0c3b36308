/**
 * A DOI's link, as the citation list shows it and as the JSON-LD tells search engines: one address
 * (src/content/published.ts), whatever characters the DOI holds.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HealthTopic, Reference } from '../../src/content/schema.js';
import { formatCitation } from '../../src/elements/citation-list/citation-format.js';
import { ENGLISH } from '../../src/i18n/localization.js';
import { jsonLdText } from '../../src/seo/structured-data.js';
import { htmlOf } from '../support/rendered-html.js';

const reference = (doi: string): Reference => ({ title: 'A study', containerType: 'journal', doi });
const article = (doi: string) => ({ id: 'myoclonus', locale: 'en', title: 'Myoclonus', summary: ['Jerks.'], sections: [], references: [reference(doi)], contributors: [{ name: 'A', role: 'author' }], disclaimer: 'No advice.' }) as unknown as HealthTopic;

/** The href of the citation's DOI link, entities read back as a browser reads them. */
function citationLink(doi: string): string {
  const href = /<a part="link doi"[^>]* href="([^"]*)"/.exec(htmlOf(formatCitation(reference(doi), ENGLISH)))![1];
  return href.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The citation's url in the JSON-LD script's text, as a search engine reads it. */
function jsonLdLink(doi: string): string {
  return (JSON.parse(jsonLdText(article(doi))) as { citation: { url: string }[] }).citation[0].url;
}

describe('the DOI link', () => {
  it('is the same address in the citation list and the JSON-LD: doi.org, `<`, `#` and the space percent-encoded, `/` kept', () => {
    const expected = 'https://doi.org/10.1234/a%3Cb%20%23c/d';
    assert.equal(citationLink('10.1234/a<b #c/d'), expected);
    assert.equal(jsonLdLink('10.1234/a<b #c/d'), expected);
    assert.equal(new URL(expected).hash, '', 'no part of the DOI becomes a fragment');
  });

  it('is the same in both for a plain DOI and for one with `?`, `%` and `"`', () => {
    for (const doi of ['10.3390/brainsci7080103', '10.1002/(SICI)1097-4636(199805)40:2;3-K', '10.1234/x?y=%41"z']) {
      assert.equal(citationLink(doi), jsonLdLink(doi), doi);
    }
    assert.equal(jsonLdLink('10.1234/x?y=%41"z'), 'https://doi.org/10.1234/x%3Fy=%2541%22z');
  });

  it('leaves the JSON-LD script unbreakable', () => {
    assert.doesNotMatch(jsonLdText(article('10.1234/a</script><b')), /<\/script/i);
  });
});
