/**
 * The Spanish article and the widget's Spanish words read as US Spanish in plain language, as a
 * professional medical translator asked: abbreviations spelled out, plain words for organs, the
 * FDA's and NIH's "suplementos dietéticos", one word for "twitching", English resources marked as
 * such, US quotation marks, and notes for translators.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { plainText } from '../../src/content/rich-text.js';
import type { HealthTopic as Article, InlineText } from '../../src/content/schema.js';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const spanish = JSON.parse(read('content/topics/myoclonus/es.json')) as Article;

/** Every piece of text a reader sees in the payload. */
function texts(article: Article): string[] {
  const found: InlineText[] = [...article.summary];
  for (const section of article.sections) {
    for (const block of section.blocks) {
      if (block.type === 'paragraph') found.push(block.text);
      if (block.type === 'list') found.push(...(block.leadIn ? [block.leadIn] : []), ...block.items);
      if (block.type === 'figure') found.push(...(block.caption ? [block.caption] : []), block.credit, block.alt);
    }
  }
  return found.map(plainText);
}

const items = (sectionId: string) => {
  const block = spanish.sections.find((section) => section.id === sectionId)!.blocks.find((candidate) => candidate.type === 'list');
  assert.ok(block && block.type === 'list', sectionId);
  return block.items;
};

describe('Spanish wording of the Myoclonus article', () => {
  const all = texts(spanish).join('\n');

  it('spells out EEG and EMG', () => {
    const tests = items('diagnosis').map(plainText);
    assert.ok(tests.some((item) => item.startsWith('Electroencefalograma (EEG)')), tests.join(' | '));
    assert.ok(tests.some((item) => item.startsWith('Electromiografía (EMG)')), tests.join(' | '));
  });

  it('says kidneys and liver in plain words', () => {
    assert.ok(items('risk-factors').map(plainText).includes('Insuficiencia de los riñones o del hígado'));
    assert.doesNotMatch(all, /renal|hepática/);
  });

  it('says "suplementos dietéticos", as the FDA and the NIH do', () => {
    assert.ok(items('treatment').map(plainText).includes('Suplementos dietéticos'));
    assert.doesNotMatch(all, /alimenticios/);
  });

  it('translates "twitching" and "twitch" with one word, "sacudida"', () => {
    assert.doesNotMatch(all, /contracci/);
    // The summary, the symptoms, the mild forms and the treatment all speak of twitching.
    assert.ok((all.match(/sacudida/g) ?? []).length >= 4, all);
  });

  it('links NINDS\'s Spanish page, and marks the Canadian resources "(Canadá; en inglés)"', () => {
    const resources = items('resources').map(plainText);
    assert.deepEqual(resources, [
      'Instituto Nacional de Trastornos Neurológicos y Accidentes Cerebrovasculares',
      'Canadian Association of Neuroscience Nurses (Canadá; en inglés)',
      'Health Canada (Canadá; en inglés)',
    ]);
    const [ninds] = items('resources')[0] as { href?: string }[];
    assert.equal(ninds!.href, 'https://www.ninds.nih.gov/es/health-information/disorders/mioclono');
  });

  it('says the original English article is the one reviewed regularly, in the disclaimer', () => {
    assert.ok(spanish.disclaimer.startsWith('El artículo original en inglés se revisa con regularidad y se actualiza cuando hay nueva información científica pertinente. '));
    assert.doesNotMatch(spanish.disclaimer, /Este contenido se revisa/);
  });

  it('explains MRI, stroke and anticonvulsants in plain words', () => {
    assert.ok(items('diagnosis').map(plainText).includes('Resonancia magnética (MRI, por sus siglas en inglés) del cerebro o de la médula espinal'));
    assert.ok(items('risk-factors').map(plainText).includes('Accidente cerebrovascular (derrame cerebral)'));
    assert.ok(items('treatment').map(plainText).includes('Medicamentos para las convulsiones (anticonvulsivos)'));
  });

  it('names the condition "mioclonía" in the notes on where a list comes from, as the page does', () => {
    assert.doesNotMatch(read('content/topics/myoclonus/es.json'), /sobre el mioclono/);
    assert.match(read('content/topics/myoclonus/es.json'), /"la hoja informativa del NINDS sobre la mioclonía"/);
  });

  it('names "Mioclono" as another name of the condition', () => {
    assert.deepEqual(spanish.alternateNames, ['Mioclono']);
  });

  it('credits the figure as an original illustration under the MIT License, and only the figure', () => {
    const figure = spanish.sections[0]!.blocks.find((block) => block.type === 'figure');
    assert.ok(figure && figure.type === 'figure');
    assert.equal(figure.credit, 'Ilustración original creada para Health Topic Elements (licencia MIT).');
  });
});

describe('the widget\'s Spanish words (src/i18n/xliff/es.xlf)', () => {
  const xliff = read('src/i18n/xliff/es.xlf');
  const unit = (id: string) => {
    const match = new RegExp(`<trans-unit id="${id}">([\\s\\S]*?)</trans-unit>`).exec(xliff);
    assert.ok(match, id);
    return match[1]!;
  };

  it('use US quotation marks, not «»', () => {
    assert.doesNotMatch(xliff, /[«»]/);
    assert.match(unit('not-found'), /<target>No encontramos el artículo “<x id="0" equiv-text="\$\{topic\}"\/>”\.<\/target>/);
    assert.match(unit('no-article-for-code'), /<target>[^<]*“<x id="0"[^>]*\/>”\.<\/target>/);
  });

  it('give translators a note for the missing-topic, invalid-payload and network messages', () => {
    for (const id of ['missing-topic', 'invalid-payload', 'network']) {
      assert.match(unit(id), /<note from="lit-localize">[^<]{20,}<\/note>/, id);
    }
  });
});
