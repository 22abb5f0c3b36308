import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { HealthTopic } from '../src/elements/health-topic/health-topic.js';
import { deepQueryAll, renderedText } from './support/rendered-text.js';
import { parseSeed, readSeed, type SeedArticle } from './support/seed.js';
import type { HealthTopic as Article, InlineText } from '../src/content/schema.js';
import { plainText } from '../src/content/rich-text.js';
import spanishPayload from '../content/topics/myoclonus/es.json' with { type: 'json' };

const spanish = spanishPayload as Article;

const sentences = (text: InlineText) => plainText(text).split(/(?<=[.!?:])\s+(?=[A-ZÁÉÍÓÚÑ¿¡])/);

/** Every sentence, heading and list item of a payload, in reading order: what the rendered article must say. */
function payloadTexts(article: Article): string[] {
  const texts = article.summary.flatMap(sentences);
  for (const section of article.sections) {
    texts.push(section.title);
    for (const block of section.blocks) {
      if (block.type === 'paragraph') texts.push(...sentences(block.text));
      if (block.type === 'list') texts.push(...(block.leadIn ? sentences(block.leadIn) : []), ...block.items.map(plainText));
      if (block.type === 'figure') texts.push(...(block.caption ? [plainText(block.caption)] : []), block.credit);
    }
  }
  texts.push(...article.references.map((reference) => reference.title));
  texts.push(...sentences(article.disclaimer));
  return texts;
}

/** Words and numbers of a citation, without periods, so "J.R." and "JR" compare equal. */
function citationTokens(citation: string): string[] {
  return citation
    .replace(/\./g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token && token !== 'and')
    // The seed's publisher wrote the electronic article number as "E103"; the journal's record has "103".
    .map((token) => token.replace(/^E(\d+)$/, '$1'));
}

describe('fidelity to the seed article', () => {
  let seed: SeedArticle;
  let element: HealthTopic;
  let text: string;

  before(async () => {
    seed = await readSeed();
    element = await fixture<HealthTopic>(html`<health-topic topic="myoclonus"></health-topic>`);
    await new Promise((resolve) => element.addEventListener('health-topic-load', resolve, { once: true }));
    await element.updateComplete;
    text = renderedText(element);
  });

  it('reads a seed with every part the article needs', () => {
    // Guards the parser: if it read nothing, the checks below could not fail.
    expect(seed.texts.length).to.be.greaterThan(40);
    expect(seed.references).to.have.length(3);
    expect(seed.author).to.equal('Cynthia M. Johnson, MA');
    expect(seed.reviewer).to.equal('Rimas Lukas, MD');
  });

  it('renders every sentence and list item of the seed, in the seed\'s order', () => {
    let searchFrom = 0;
    for (const sentence of seed.texts) {
      const at = text.indexOf(sentence, searchFrom);
      expect(at, `"${sentence}" is missing or out of order`).to.be.greaterThan(-1);
      searchFrom = at + sentence.length;
    }
  });

  it('corrects the source typo and nothing else', () => {
    expect(text).to.include('One or more of these may be used:');
    expect(text).not.to.include('One of more');
  });

  it('keeps the surviving heading as a section heading', () => {
    const headings = deepQueryAll(element, '[part~="heading"]').map((heading) => heading.textContent?.trim());
    for (const heading of seed.headings) expect(headings).to.include(heading);
  });

  it('names the author and the medical reviewer', () => {
    const byline = deepQueryAll(element, '[part~="byline"]')[0];
    const review = deepQueryAll(element, '[part~="review"]')[0];
    expect(byline.textContent).to.include(seed.author);
    expect(review.textContent).to.include(seed.reviewer);
  });

  it('cites every reference of the seed', () => {
    const citations = deepQueryAll(element, '[part~="citation"]').map((citation) => citation.textContent ?? '');
    expect(citations).to.have.length(seed.references.length);
    seed.references.forEach((reference, index) => {
      const rendered = new Set(citationTokens(citations[index]));
      for (const token of citationTokens(reference)) {
        expect(rendered.has(token), `reference ${index + 1} lacks "${token}"`).to.equal(true);
      }
    });
  });

  it('shows the disclaimer verbatim, last', () => {
    expect(text.endsWith(seed.disclaimer)).to.equal(true);
  });

  it('leaves out the unknown "Last updated" and "Publication type" rows', () => {
    expect(text).not.to.match(/last updated/i);
    expect(text).not.to.match(/publication type/i);
  });

  it('shows the figure with a full text alternative and a truthful credit', () => {
    const [image] = deepQueryAll<HTMLImageElement>(element, 'figure img');
    for (const word of seed.figure.alt.split(/\s+/).filter(Boolean)) expect(image.alt).to.include(word);
    expect(image.alt.length).to.be.greaterThan(80);
    // The seed's picture was licensed from Nucleus; ours is original, so its credit must not name them.
    expect(seed.figure.credit).to.include('Nucleus');
    const credit = deepQueryAll(element, '[part~="credit"]')[0].textContent ?? '';
    expect(credit).not.to.include('Nucleus');
    expect(credit).to.include('Original');
  });

  it('would notice a missing sentence (the check can fail)', () => {
    const damaged = parseSeed('  • A, MA\nA sentence that is not in the article.\n  • Ref 2017.\nLast Updated:\n  • B, MD\n');
    expect(text.includes(damaged.texts[0])).to.equal(false);
  });
});

describe('fidelity of the Spanish article to its payload', () => {
  let element: HealthTopic;
  let text: string;

  before(async () => {
    element = await fixture<HealthTopic>(html`<health-topic topic="myoclonus" lang="es"></health-topic>`);
    await new Promise((resolve) => element.addEventListener('health-topic-load', resolve, { once: true }));
    await element.updateComplete;
    text = renderedText(element);
  });

  it('renders every sentence, heading and list item of the Spanish payload, in order', () => {
    const expected = payloadTexts(spanish);
    expect(expected.length).to.be.greaterThan(50);
    let searchFrom = 0;
    for (const sentence of expected) {
      const at = text.indexOf(sentence, searchFrom);
      expect(at, `"${sentence}" is missing or out of order`).to.be.greaterThan(-1);
      searchFrom = at + sentence.length;
    }
  });

  it('names the author and reviewer and ends with the Spanish disclaimer', () => {
    expect(text).to.include('Por Cynthia M. Johnson, MA');
    expect(text).to.include('Revisado por Rimas Lukas, MD');
    expect(text.endsWith(spanish.disclaimer)).to.equal(true);
  });
});
