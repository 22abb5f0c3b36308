/**
 * Who made what, in the article's JSON-LD (src/seo/structured-data.ts): the original's people, a
 * translation's translator and the work it translates, the source of the text, and each rebuilt
 * part with what it was rebuilt from and by whom. Nothing the payload lacks is filled in.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HealthTopic } from '../../src/content/schema.js';
import { structuredData } from '../../src/seo/structured-data.js';

const source = { publisher: 'EBSCO Health Library', identifier: 'NR-12345', url: 'https://example.org/myoclonus', license: 'https://example.org/terms' };
const provenance = { sources: [{ name: 'NINDS fact sheet', url: 'https://www.ninds.nih.gov/myoclonus', read: '2026-01-05' }, { name: 'A textbook' }] };

const article = {
  id: 'myoclonus',
  locale: 'en',
  title: 'Myoclonus',
  summary: ['Myoclonus is a brief twitching.'],
  sections: [
    { id: 'causes', title: 'Causes', blocks: [{ type: 'paragraph', text: 'Many.' }, { type: 'list', items: ['One'], provenance }] },
    { id: 'tests', title: 'Tests', blocks: [{ type: 'figure', src: 'x.svg', alt: 'X', credit: 'Y', provenance }, { type: 'paragraph', text: 'Some.', provenance: { sources: [{ name: 'A leaflet' }] } }] },
  ],
  references: [],
  contributors: [
    { name: 'Cynthia M. Johnson', credentials: 'MA', role: 'author' },
    { name: 'Rimas Lukas', credentials: 'MD', role: 'reviewer' },
    { name: 'Health Topic Elements', role: 'editor', kind: 'organization' },
  ],
  disclaimer: 'Not medical advice.',
  source,
} as unknown as HealthTopic;

const original = {
  author: [{ '@type': 'Person', name: 'Cynthia M. Johnson', honorificSuffix: 'MA' }],
  reviewedBy: [{ '@type': 'Person', name: 'Rimas Lukas', honorificSuffix: 'MD' }],
  isBasedOn: { '@type': 'CreativeWork', identifier: 'NR-12345', publisher: { '@type': 'Organization', name: 'EBSCO Health Library' }, url: 'https://example.org/myoclonus', license: 'https://example.org/terms' },
};

/** The JSON-LD's own fields about who made what, and its rebuilt parts. */
function credits(data: object) {
  const { author, reviewedBy, translator, translationOfWork, isBasedOn, hasPart } = data as Record<string, unknown>;
  return Object.fromEntries(Object.entries({ author, reviewedBy, translator, translationOfWork, isBasedOn, hasPart }).filter(([, value]) => value !== undefined));
}

describe('who made the article, in the JSON-LD', () => {
  it('names an original\'s author and reviewers, the work its text is based on, and each rebuilt part', () => {
    assert.deepEqual(credits(structuredData(article, 'https://hospital.example/myoclonus')), {
      ...original,
      hasPart: [
        {
          '@type': 'WebPageElement',
          name: 'Causes: list',
          url: 'https://hospital.example/myoclonus#myoclonus-causes',
          isBasedOn: [{ '@type': 'CreativeWork', name: 'NINDS fact sheet', url: 'https://www.ninds.nih.gov/myoclonus' }, { '@type': 'CreativeWork', name: 'A textbook' }],
          contributor: [{ '@type': 'Organization', name: 'Health Topic Elements' }],
        },
        // A figure is no rebuilt text, whatever it holds.
        { '@type': 'WebPageElement', name: 'Tests: paragraph', url: 'https://hospital.example/myoclonus#myoclonus-tests', isBasedOn: [{ '@type': 'CreativeWork', name: 'A leaflet' }], contributor: [{ '@type': 'Organization', name: 'Health Topic Elements' }] },
      ],
    });
  });

  it('leaves out a rebuilt part\'s address without the page\'s, its contributor without an editor, and the source\'s unknown facts', () => {
    const unsigned = { ...article, contributors: article.contributors.filter((contributor) => contributor.role !== 'editor'), source: { publisher: 'EBSCO Health Library' } } as HealthTopic;
    const data = credits(structuredData(unsigned));
    assert.deepEqual(data.isBasedOn, { '@type': 'CreativeWork', publisher: { '@type': 'Organization', name: 'EBSCO Health Library' } });
    assert.deepEqual(data.hasPart, [
      { '@type': 'WebPageElement', name: 'Causes: list', isBasedOn: [{ '@type': 'CreativeWork', name: 'NINDS fact sheet', url: 'https://www.ninds.nih.gov/myoclonus' }, { '@type': 'CreativeWork', name: 'A textbook' }] },
      { '@type': 'WebPageElement', name: 'Tests: paragraph', isBasedOn: [{ '@type': 'CreativeWork', name: 'A leaflet' }] },
    ]);
  });

  it('has no source and no parts when nothing was rebuilt and no source is recorded', () => {
    const plain = { ...article, source: undefined, sections: [article.sections[0]!].map((section) => ({ ...section, blocks: [section.blocks[0]!] })) } as HealthTopic;
    assert.deepEqual(credits(structuredData(plain, 'https://hospital.example/myoclonus')), { author: original.author, reviewedBy: original.reviewedBy });
  });
});

describe('who made a translation, in the JSON-LD', () => {
  const spanish = {
    ...article,
    locale: 'es',
    translationOf: 'en',
    sections: [],
    contributors: [...article.contributors, { name: 'Health Topic Elements', role: 'translator', kind: 'organization' }, { name: 'Ana Ruiz', credentials: 'MD', role: 'translation-reviewer' }],
  } as unknown as HealthTopic;

  it('names its translator and clinical reviewer, and puts the original\'s people and source in the work it translates', () => {
    assert.deepEqual(credits(structuredData(spanish)), {
      translator: [{ '@type': 'Organization', name: 'Health Topic Elements' }],
      reviewedBy: [{ '@type': 'Person', name: 'Ana Ruiz', honorificSuffix: 'MD' }],
      translationOfWork: { '@type': 'MedicalWebPage', inLanguage: 'en', ...original },
    });
  });

  it('names no reviewer of its own while no one has checked the translation', () => {
    const unchecked = { ...spanish, contributors: spanish.contributors.filter((contributor) => contributor.role !== 'translation-reviewer') } as HealthTopic;
    assert.deepEqual(Object.keys(credits(structuredData(unchecked))), ['translator', 'translationOfWork']);
  });
});
