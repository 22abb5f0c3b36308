/**
 * The content schema's rules (src/content/schema.ts), each broken once in the real article: the
 * payload is refused at the broken field's path, with the message an editor reads.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { validateTopic } from '../../src/content/validate.js';

const root = path.resolve(import.meta.dirname, '../..');
const article = JSON.parse(readFileSync(path.join(root, 'content/topics/myoclonus/en.json'), 'utf8'));

/** Each problem of the article once `change` has been made to a copy of it, as `path: message`. */
function problems(change: (payload: any) => void): string[] {
  const payload = structuredClone(article);
  change(payload);
  const result = validateTopic(payload);
  return result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
}

const figure = { type: 'figure', src: 'nervous-system.svg', alt: 'The brain and spinal cord', credit: 'NIH' };
const reference = { title: 'Myoclonus fact sheet' };
const SLUG = 'Use lower-case words joined by hyphens, such as "risk-factors".';
const LOCALE = 'Use a language tag such as "en" or "pt-BR".';
const FIGURE_SOURCE = 'Use a file name beside the payload (such as "diagram.svg") or an https URL.';

describe('the content schema', () => {
  it('takes ids of lower-case words joined by single hyphens', () => {
    assert.deepEqual(problems((payload) => (payload.id = 'covid-19-vaccines')), []);
    for (const id of ['Myoclonus', 'risk factors', 'risk--factors', '-causes', 'causes-', 'riesgo_ñ', '']) {
      assert.deepEqual(problems((payload) => (payload.id = id)), [`id: ${SLUG}`], id);
      assert.deepEqual(problems((payload) => (payload.sections[0].id = id)), [`sections[0].id: ${SLUG}`], id);
    }
  });

  it('takes language tags of a two- or three-letter language and an upper-case region', () => {
    for (const tag of ['es', 'fil', 'pt-BR']) assert.deepEqual(problems((payload) => (payload.locale = tag)), [], tag);
    for (const tag of ['EN', 'english', 'e', 'pt-br', 'pt-BRA', 'es-419', ' es']) {
      assert.deepEqual(problems((payload) => (payload.locale = tag)), [`locale: ${LOCALE}`], tag);
    }
    assert.deepEqual(problems((payload) => (payload.translationOf = 'English')), [`translationOf: ${LOCALE}`]);
    assert.deepEqual(problems((payload) => (payload.summary[0] = [{ type: 'text', text: 'Hola', lang: 'spanish' }])), [`summary[0][0].lang: ${LOCALE}`]);
    assert.deepEqual(problems((payload) => (payload.references[0].lang = 'en_US')), [`references[0].lang: ${LOCALE}`]);
  });

  it('takes text a reader can see, without control characters', () => {
    assert.deepEqual(problems((payload) => (payload.title = ' \u200b ')), ['title: Must not be empty.']);
    assert.deepEqual(problems((payload) => (payload.contributors[0].credentials = 'MD\u0007')), [
      'contributors[0].credentials: Must not hold control characters or broken Unicode.',
    ]);
    assert.deepEqual(problems((payload) => (payload.contributors[0].credentials = '')), []);
    assert.deepEqual(problems((payload) => (payload.alternateNames = ['Jerks', ''])), ['alternateNames[1]: Must not be empty.']);
  });

  it('takes runs of text, emphasis and links, at least one, and links only to the web, e-mail or the phone', () => {
    assert.deepEqual(problems((payload) => (payload.summary[0] = [])), ['summary[0]: Must hold at least one run.']);
    assert.deepEqual(problems((payload) => (payload.summary[0] = [{ type: 'link', text: 'NINDS', href: 'www.ninds.nih.gov' }])), [
      'summary[0][0].href: Links must start with http://, https://, mailto: or tel:.',
    ]);
    assert.deepEqual(problems((payload) => (payload.summary[0] = [{ type: 'emphasis', text: '' }])), ['summary[0][0].text: Must not be empty.']);
    assert.deepEqual(problems((payload) => (payload.summary = [])), ['summary: The summary needs at least one paragraph.']);
  });

  it('takes sections and lists that hold something', () => {
    assert.deepEqual(problems((payload) => (payload.sections = [])), ['sections: An article needs at least one section.']);
    assert.deepEqual(problems((payload) => (payload.sections[0].blocks = [])), ['sections[0].blocks: A section needs at least one block.']);
    assert.deepEqual(problems((payload) => (payload.sections[0].blocks = [{ type: 'list', items: [] }])), ['sections[0].blocks[0].items: A list needs at least one item.']);
    assert.deepEqual(problems((payload) => (payload.sections[0].blocks = [{ type: 'list', leadIn: 'Signs:', ordered: true, items: ['Jerks'] }])), []);
    assert.deepEqual(problems((payload) => (payload.contributors = [])), ['contributors: Name at least the author.']);
  });

  it('takes figure files beside the payload, by name or hashed name, or https images, with whole sizes', () => {
    for (const src of ['diagram.svg', 'nervous-system.9bbea85a4e.svg', 'photo-2.jpg', 'photo.jpeg', 'x.png', 'x.webp', 'x.avif', 'https://cdn.example/x.gif']) {
      assert.deepEqual(problems((payload) => (payload.sections[0].blocks = [{ ...figure, src }])), [], src);
    }
    for (const src of ['Diagram.svg', 'diagram.gif', 'diagram.SVG', 'http://cdn.example/x.svg', '../secret.svg', 'a/b.svg', 'x.9bbea85a4.svg', 'diagram.svg ']) {
      assert.deepEqual(problems((payload) => (payload.sections[0].blocks = [{ ...figure, src }])), [`sections[0].blocks[0].src: ${FIGURE_SOURCE}`], src);
    }
    assert.deepEqual(problems((payload) => (payload.sections[0].blocks = [{ ...figure, width: 640, height: 1 }])), []);
    assert.deepEqual(problems((payload) => (payload.sections[0].blocks = [{ ...figure, width: 0, height: 2.5 }])), [
      'sections[0].blocks[0].width: Invalid value: Expected >=1 but received 0',
      'sections[0].blocks[0].height: Invalid integer: Received 2.5',
    ]);
  });

  it('takes references with a bare DOI, a PubMed Central id, a web address, a year and a real access date', () => {
    const withReference = (fields: object) => problems((payload) => (payload.references = [{ ...reference, ...fields }]));
    assert.deepEqual(withReference({ doi: '10.3390/brainsci7080103', pmcid: 'PMC5575623', url: 'http://example.org/x', year: 1800, accessed: '2024-02-29' }), []);
    assert.deepEqual(withReference({ year: 2200, containerType: 'book' }), []);
    assert.deepEqual(withReference({ doi: 'doi:10.3390/brainsci7080103' }), ['references[0].doi: Use a bare DOI such as "10.3390/brainsci7080103".']);
    assert.deepEqual(withReference({ doi: '10.339/x' }), ['references[0].doi: Use a bare DOI such as "10.3390/brainsci7080103".']);
    assert.deepEqual(withReference({ pmcid: '5575623' }), ['references[0].pmcid: Use a PubMed Central id such as "PMC5575623".']);
    assert.deepEqual(withReference({ pmcid: 'PMC' }), ['references[0].pmcid: Use a PubMed Central id such as "PMC5575623".']);
    assert.deepEqual(withReference({ url: 'www.example.org' }), ['references[0].url: Use an http or https URL.']);
    for (const url of ['https://', 'see https://example.org', 'https://example.org/a page']) {
      assert.deepEqual(withReference({ url }), ['references[0].url: Use an http or https URL.'], url);
    }
    assert.deepEqual(withReference({ doi: '10.3390/brain sci' }), ['references[0].doi: Use a bare DOI such as "10.3390/brainsci7080103".']);
    for (const pmcid of ['xPMC5575623', 'PMC5575623x']) {
      assert.deepEqual(withReference({ pmcid }), ['references[0].pmcid: Use a PubMed Central id such as "PMC5575623".'], pmcid);
    }
    assert.deepEqual(withReference({ year: 1799 }), ['references[0].year: Invalid value: Expected >=1800 but received 1799']);
    assert.deepEqual(withReference({ year: 2201 }), ['references[0].year: Invalid value: Expected <=2200 but received 2201']);
    assert.deepEqual(withReference({ accessed: '2024-02-30' }), ['references[0].accessed: There is no such day in the calendar.']);
  });

  it('says once that a date is malformed, without also calling it a day the calendar lacks', () => {
    assert.deepEqual(problems((payload) => (payload.lastUpdated = '2024-5-31')), ['lastUpdated: Use an ISO date such as "2024-05-31".']);
    assert.deepEqual(problems((payload) => (payload.lastReviewed = '31/05/2024')), ['lastReviewed: Use an ISO date such as "2024-05-31".']);
  });

  it('takes the payload\'s own $schema address, a publication type and clinical codes', () => {
    assert.deepEqual(problems((payload) => Object.assign(payload, { $schema: 'https://example.org/s.json', publicationType: 'Patient education' })), []);
    assert.deepEqual(problems((payload) => (payload.codes = [{ system: 'icd-10-cm', code: 'G25.3', display: 'Myoclonus' }])), []);
    assert.deepEqual(problems((payload) => (payload.codes = [{ system: 'icd-10-cm', code: '' }])), ['codes[0].code: Must not be empty.']);
  });
});

describe('section ids', () => {
  it('name every later use of an id after its first, and the references\' own id each time', () => {
    assert.deepEqual(problems((payload) => payload.sections.splice(1, 2, { ...payload.sections[0] }, { ...payload.sections[0] })), [
      `sections[1].id: sections[0] has the id "${article.sections[0].id}" too: each section needs its own, as it is the section's deep link.`,
      `sections[2].id: sections[0] has the id "${article.sections[0].id}" too: each section needs its own, as it is the section's deep link.`,
    ]);
    assert.deepEqual(problems((payload) => payload.sections.splice(0, 2, { ...payload.sections[0], id: 'references' }, { ...payload.sections[1], id: 'references' })), [
      'sections[0].id: "references" is the references\' own id: choose another.',
      'sections[1].id: "references" is the references\' own id: choose another.',
    ]);
  });

  it('are compared only once every section has one', () => {
    assert.deepEqual(problems((payload) => payload.sections.forEach((section: { id?: string }) => delete section.id)).filter((problem) => !problem.endsWith('received undefined')), []);
  });
});
