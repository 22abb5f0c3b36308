/**
 * The article as schema.org JSON-LD (src/seo/structured-data.ts): what search engines are told, what
 * is left out when the payload lacks it, text that cannot break out of its script, and the script
 * added to the page under a strict Content-Security-Policy or none.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, it, mock } from 'node:test';
import type { HealthTopic } from '../../src/content/schema.js';
import { jsonLdText, structuredData } from '../../src/seo/structured-data.js';

const article = {
  id: 'myoclonus',
  locale: 'en',
  title: 'Myoclonus',
  alternateNames: ['Muscle jerks'],
  summary: ['Myoclonus is a brief twitching.', [{ type: 'text', text: 'It is ' }, { type: 'emphasis', text: 'not' }, { type: 'text', text: ' a disease.' }]],
  sections: [{ id: 'causes', title: 'Causes', blocks: [{ type: 'paragraph', text: 'Many.' }] }],
  references: [
    { authors: [{ family: 'Eberhardt', given: 'O' }, { family: 'WHO' }], title: 'Myoclonic disorders', container: 'Brain Sci', containerType: 'journal', year: 2017, volume: '7', issue: '8', pages: '103', doi: '10.3390/brainsci7080103' },
    { title: 'Myoclonus—approach to the patient', container: 'EBSCO DynaMed', containerType: 'website', url: 'https://www.dynamed.com/approach-to/myoclonus', accessed: '2024-05-31', lang: 'en-US' },
    { title: 'A website of nobody', containerType: 'website' },
    { title: 'A book', authors: [], containerType: 'book', url: 'https://example.org/book' },
  ],
  contributors: [
    { name: 'Cynthia M. Johnson', credentials: 'MA', role: 'author' },
    { name: 'Rimas Lukas', credentials: 'MD', role: 'reviewer' },
    { name: 'Ana Ruiz', role: 'author' },
  ],
  lastUpdated: '2024-06-01',
  lastReviewed: '2024-05-31',
  disclaimer: 'Not medical advice.',
  codes: [{ system: 'icd-10-cm', code: 'G25.3' }, { system: 'snomed-ct', code: '17450006', display: 'Myoclonus' }],
} as HealthTopic;

/** The article with only what the schema requires. */
const bare = { ...article, alternateNames: undefined, references: [], contributors: [article.contributors[0]!], codes: undefined, lastUpdated: undefined, lastReviewed: undefined } as HealthTopic;

describe('structured data', () => {
  it('describes a MedicalWebPage about a MedicalCondition for patients, with its codes, people, dates and citations', () => {
    assert.deepEqual(structuredData(article, 'https://hospital.example/myoclonus'), {
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      url: 'https://hospital.example/myoclonus',
      name: 'Myoclonus',
      description: 'Myoclonus is a brief twitching. It is not a disease.',
      inLanguage: 'en',
      about: {
        '@type': 'MedicalCondition',
        name: 'Myoclonus',
        alternateName: ['Muscle jerks'],
        code: [
          { '@type': 'MedicalCode', codeValue: 'G25.3', codingSystem: 'ICD-10-CM' },
          { '@type': 'MedicalCode', codeValue: '17450006', codingSystem: 'SNOMED-CT' },
        ],
      },
      audience: { '@type': 'Patient' },
      author: [
        { '@type': 'Person', name: 'Cynthia M. Johnson', honorificSuffix: 'MA' },
        { '@type': 'Person', name: 'Ana Ruiz' },
      ],
      reviewedBy: [{ '@type': 'Person', name: 'Rimas Lukas', honorificSuffix: 'MD' }],
      lastReviewed: '2024-05-31',
      dateModified: '2024-06-01',
      citation: [
        {
          '@type': 'ScholarlyArticle',
          name: 'Myoclonic disorders',
          author: [{ '@type': 'Person', name: 'Eberhardt O' }, { '@type': 'Person', name: 'WHO' }],
          datePublished: '2017',
          url: 'https://doi.org/10.3390/brainsci7080103',
          identifier: 'doi:10.3390/brainsci7080103',
          isPartOf: { '@type': 'Periodical', name: 'Brain Sci' },
          pagination: '103',
        },
        {
          '@type': 'WebPage',
          name: 'Myoclonus—approach to the patient',
          url: 'https://www.dynamed.com/approach-to/myoclonus',
          inLanguage: 'en-US',
          publisher: { '@type': 'Organization', name: 'EBSCO DynaMed' },
        },
        { '@type': 'WebPage', name: 'A website of nobody' },
        { '@type': 'ScholarlyArticle', name: 'A book', url: 'https://example.org/book' },
      ],
    });
  });

  it('leaves out what the payload does not know: no address, other names, codes, reviewers, dates or citations', () => {
    assert.deepEqual(structuredData(bare), {
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      name: 'Myoclonus',
      description: 'Myoclonus is a brief twitching. It is not a disease.',
      inLanguage: 'en',
      about: { '@type': 'MedicalCondition', name: 'Myoclonus', code: [] },
      audience: { '@type': 'Patient' },
      author: [{ '@type': 'Person', name: 'Cynthia M. Johnson', honorificSuffix: 'MA' }],
      reviewedBy: [],
      citation: [],
    });
    assert.deepEqual(structuredData({ ...bare, alternateNames: [] }), structuredData(bare));
  });

  it('is written as JSON whose <, >, & and line separators are escapes, so no text can end its script', () => {
    const hostile = { ...bare, title: '</script><!-- & \u2028\u2029 -->' } as HealthTopic;
    const text = jsonLdText(hostile, 'https://hospital.example/a?b=1&c=2');
    assert.doesNotMatch(text, /[<>&\u2028\u2029]/);
    assert.ok(text.includes('"name":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029 --\\u003e"'), text);
    assert.deepEqual(JSON.parse(text), structuredData(hostile, 'https://hospital.example/a?b=1&c=2'));
  });
});

/** A fresh copy of the module, holding no Trusted Types policy yet (it makes one per page). */
async function freshModule(name: string): Promise<typeof import('../../src/seo/structured-data.js')> {
  return import(`../../src/seo/structured-data.js?${name}`);
}

interface FakeScript {
  tagName: string;
  type: string;
  text: unknown;
  dataset: Record<string, string>;
}

/** The page the script goes into: its address, and a head that keeps what is appended. */
function hospitalPage(trustedTypes?: unknown): FakeScript[] {
  const head: FakeScript[] = [];
  const page = globalThis as Record<string, unknown>;
  page.location = { href: 'https://hospital.example/myoclonus?print=1#causes' };
  page.document = {
    createElement: (tagName: string): FakeScript => ({ tagName, type: '', text: '', dataset: {} }),
    head: { append: (script: FakeScript) => head.push(script) },
  };
  page.trustedTypes = trustedTypes;
  return head;
}

describe('publishing the JSON-LD', () => {
  afterEach(() => {
    mock.restoreAll();
    for (const name of ['location', 'document', 'trustedTypes']) delete (globalThis as Record<string, unknown>)[name];
  });

  it('adds one data script to the head, naming the topic, for the page\'s address without its fragment', async () => {
    const { publishStructuredData } = await freshModule('plain');
    const head = hospitalPage();
    const script = publishStructuredData(article);
    assert.deepEqual(head, [
      { tagName: 'script', type: 'application/ld+json', dataset: { healthTopic: 'myoclonus' }, text: jsonLdText(article, 'https://hospital.example/myoclonus?print=1') },
    ]);
    assert.equal(script, head[0]);
  });

  it('passes the JSON through the widget\'s one Trusted Types policy, where the page has Trusted Types', async () => {
    const { publishStructuredData } = await freshModule('trusted');
    const policies: string[] = [];
    const head = hospitalPage({
      createPolicy: (name: string, rules: { createScript: (text: string) => string }) => {
        policies.push(name);
        return { createScript: (text: string) => ({ trusted: rules.createScript(text) }) };
      },
    });
    publishStructuredData(article);
    publishStructuredData(bare);
    assert.deepEqual(policies, ['health-topic-elements']);
    assert.deepEqual(head.map((script) => script.text), [
      { trusted: jsonLdText(article, 'https://hospital.example/myoclonus?print=1') },
      { trusted: jsonLdText(bare, 'https://hospital.example/myoclonus?print=1') },
    ]);
  });
});
