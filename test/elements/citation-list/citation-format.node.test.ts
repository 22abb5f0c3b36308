/**
 * References in the AMA-like style of the source articles (src/elements/citation-list/citation-format.ts),
 * as the HTML a reader is given: what is known, in its place, and nothing invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatCitation } from '../../../src/elements/citation-list/citation-format.js';
import type { Reference } from '../../../src/content/schema.js';
import { ENGLISH } from '../../../src/i18n/localization.js';
import { htmlOf } from '../../support/rendered-html.js';

// Names and titles come each in a `<bdi>` (test/elements/health-topic/direction-controls.test.ts checks where); the style is read without them.
const citation = (reference: Reference, labelLang?: string) => htmlOf(formatCitation(reference, ENGLISH, labelLang)).replace(/<\/?bdi>/g, '');
const doi = (id: string, shown = id) => `<a part="link doi" class="shows-address" href="https://doi.org/${id}">doi:${shown}</a>`;
const web = (url: string) => `Available at: <a part="link" class="shows-address" href="${url}">${url}</a>.`;

const journal: Reference = {
  authors: [{ family: 'Eberhardt', given: 'O' }, { family: 'Topka', given: 'H' }],
  title: 'Myoclonic disorders',
  container: 'Brain Sci',
  containerType: 'journal',
  year: 2017,
  volume: '7',
  issue: '8',
  pages: '103',
  doi: '10.3390/brainsci7080103',
};

const website: Reference = {
  title: 'Myoclonus—approach to the patient',
  container: 'EBSCO DynaMed',
  containerType: 'website',
  url: 'https://www.dynamed.com/approach-to/myoclonus',
  accessed: '2024-05-31',
};

describe('a journal article', () => {
  it('reads authors, title, journal, year;volume(issue):pages, then its DOI as a link', () => {
    assert.equal(citation(journal), `Eberhardt O, Topka H. Myoclonic disorders. <cite>Brain Sci</cite>. 2017;7(8):103. ${doi('10.3390/brainsci7080103')}`);
  });

  it('adds "et al" after the authors listed when there are more', () => {
    assert.match(citation({ ...journal, etAl: true }), /^Eberhardt O, Topka H, et al\. Myoclonic disorders\. /);
    assert.match(citation({ ...journal, etAl: true }, 'es'), /^Eberhardt O, Topka H, <span lang="es">et al<\/span>\. Myoclonic/);
  });

  it('gives as much of where it appeared as is known', () => {
    const located = (facts: Partial<Reference>) =>
      citation({ title: 'T', containerType: 'journal', year: undefined, volume: undefined, issue: undefined, pages: undefined, ...facts });
    assert.equal(located({ year: 2017 }), 'T. 2017.');
    assert.equal(located({ volume: '7' }), 'T. 7.');
    assert.equal(located({ volume: '7', issue: '8' }), 'T. 7(8).');
    assert.equal(located({ issue: '8' }), 'T. ');
    assert.equal(located({ pages: '103-9' }), 'T. 103-9.');
    assert.equal(located({ year: 2017, pages: '103' }), 'T. 2017:103.');
    assert.equal(located({ volume: '7', pages: '103' }), 'T. 7:103.');
    assert.equal(located({ year: 2017, volume: '7' }), 'T. 2017;7.');
  });

  it('links its web address when it has no DOI, and only the DOI when it has one', () => {
    const url = 'https://pubmed.ncbi.nlm.nih.gov/28805718/';
    assert.equal(citation({ ...journal, doi: undefined, url }), `Eberhardt O, Topka H. Myoclonic disorders. <cite>Brain Sci</cite>. 2017;7(8):103.${web(url)}`);
    assert.equal(citation({ ...journal, url }), citation(journal));
  });

  it('writes a DOI\'s link address so characters a DOI may hold stay in its path', () => {
    assert.ok(citation({ ...journal, doi: '10.1002/(SICI)1097 <x>' }).endsWith(doi('10.1002/(SICI)1097%20%3Cx%3E', '10.1002/(SICI)1097 &lt;x&gt;')));
  });
});

describe('a web page', () => {
  it('reads title, "<site> website", its address and when it was read, in the reader\'s language', () => {
    assert.equal(
      citation(website),
      `Myoclonus—approach to the patient. EBSCO DynaMed website. ${web(website.url!)} Accessed May 31, 2024.`,
    );
  });

  it('marks the style\'s words with the reader\'s language when the cited work is in another', () => {
    assert.equal(
      citation(website, 'es'),
      'Myoclonus—approach to the patient. <span lang="es">EBSCO DynaMed website</span>. <span lang="es">Available at:</span> ' +
        '<a part="link" class="shows-address" href="https://www.dynamed.com/approach-to/myoclonus">https://www.dynamed.com/approach-to/myoclonus</a>. ' +
        '<span lang="es">Accessed May 31, 2024.</span>',
    );
  });

  it('leaves out the site, the address and the date it does not know', () => {
    assert.equal(citation({ title: 'Myoclonus', containerType: 'website' }), 'Myoclonus. ');
  });

  it('shows no link to an address that is not the web, e-mail or the phone', () => {
    assert.equal(citation({ ...website, url: 'javascript:alert(1)', accessed: undefined }), 'Myoclonus—approach to the patient. EBSCO DynaMed website. ');
    assert.equal(citation({ title: 'T', url: 'data:text/html,x' }), 'T. ');
  });
});

describe('any reference', () => {
  it('keeps a title\'s own final punctuation, and ends any other with a period', () => {
    assert.equal(citation({ title: 'Is it myoclonus?' }), 'Is it myoclonus? ');
    assert.equal(citation({ title: 'Jerks!' }), 'Jerks! ');
    assert.equal(citation({ title: 'Twitches.' }), 'Twitches. ');
    assert.equal(citation({ title: 'Hiccups: a review' }), 'Hiccups: a review. ');
    assert.equal(citation({ title: 'St. Vitus dance today' }), 'St. Vitus dance today. ');
  });

  it('lists authors only when there are some', () => {
    assert.equal(citation({ title: 'T', authors: [] }), 'T. ');
    assert.equal(citation({ title: 'T', authors: [], etAl: true }), 'T. ');
    assert.equal(citation({ title: 'T', authors: { family: 'Not a list' } as unknown as Reference['authors'] }), 'T. ');
    assert.equal(citation({ title: 'T', authors: [{ family: 'World Health Organization' }] }), 'World Health Organization. T. ');
  });

  it('writes a book or a work of no known kind as a journal article is written', () => {
    assert.equal(citation({ title: 'Movement disorders', container: 'Elsevier', containerType: 'book', year: 2020 }), 'Movement disorders. <cite>Elsevier</cite>. 2020.');
    assert.equal(citation({ title: 'Movement disorders', container: 'Elsevier', year: 2020 }), 'Movement disorders. <cite>Elsevier</cite>. 2020.');
  });
});
