import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { HealthTopic } from '../../src/elements/health-topic/health-topic.js';
import { deepQueryAll, readerText, renderedText } from '../support/rendered-text.js';
import { whenRendered } from '../support/when-rendered.js';
import { mountHealthTopic } from '../support/mount-health-topic.js';
import { TOPIC_INDEX_FILE } from '../../src/content/generated/content-manifest.js';
import { parseSeed, readSeed, type SeedArticle } from '../support/seed.js';
import type { HealthTopic as Article, InlineText } from '../../src/content/schema.js';
import { plainText } from '../../src/content/rich-text.js';
import spanishPayload from '../../content/topics/myoclonus/es.json' with { type: 'json' };

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
    ({ element } = await mountHealthTopic({ topic: 'myoclonus' }));
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
    ({ element } = await mountHealthTopic({ topic: 'myoclonus', lang: 'es' }));
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

  it('names the author and reviewer as the English original\'s, and ends with the Spanish disclaimer', () => {
    expect(text).to.include('Artículo original en inglés de Cynthia M. Johnson, MA');
    expect(text).to.include('Revisión médica del original en inglés: Rimas Lukas, MD');
    expect(text.endsWith(spanish.disclaimer)).to.equal(true);
  });
});

/** Every article in every language the build publishes, by topic: the topic index. */
const { topics } = (await (await fetch(new URL(`../../src/content/generated/topics/${TOPIC_INDEX_FILE}`, import.meta.url))).json()) as {
  topics: Record<string, Record<string, string>>;
};

/** Shows an article in `page` (this page runs the source; the iframe, the built script) and waits for every nested element. */
async function showArticle(page: Document, topic: string, lang: string): Promise<Element> {
  const element = page.createElement('health-topic');
  element.setAttribute('topic', topic);
  element.setAttribute('lang', lang);
  const shown = new Promise<Event>((resolve) => {
    element.addEventListener('health-topic-load', resolve, { once: true });
    element.addEventListener('health-topic-error', resolve, { once: true });
  });
  page.body.append(element);
  const event = await shown;
  if (event.type !== 'health-topic-load') throw new Error(`${topic} (${lang}): ${JSON.stringify((event as CustomEvent).detail)}`);
  await whenRendered(element);
  return element;
}

/** Where two texts part, with some text on each side: what a failure should show. */
function firstDifference(built: string, source: string): string {
  let at = 0;
  while (at < built.length && built[at] === source[at]) at += 1;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 40), at + 40));
  return `first difference at character ${at}: built ${around(built)}, source ${around(source)}`;
}

describe('fidelity of the built script (dist/) to the source', () => {
  let frame: HTMLIFrameElement;
  const shown: Element[] = [];

  before(async () => {
    frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/test/e2e/pages/built-script.html';
    document.body.append(frame);
    await loaded;
    await frame.contentWindow!.customElements.whenDefined('health-topic');
  });

  afterEach(() => shown.splice(0).forEach((element) => element.remove()));
  after(() => frame.remove());

  // The cases below come from the topic index: an empty or partial index must fail here, not pass with fewer cases.
  it('has the seed article to compare: the topic index lists Myoclonus in English and Spanish', () => {
    expect(Object.keys(topics.myoclonus ?? {}), `the topic index's topics: ${JSON.stringify(topics)}`).to.include.members(['en', 'es']);
  });

  for (const [topic, files] of Object.entries(topics)) {
    for (const locale of Object.keys(files)) {
      it(`renders ${topic} in "${locale}" with the source's text, character for character`, async () => {
        shown.push(await showArticle(document, topic, locale), await showArticle(frame.contentDocument!, topic, locale));
        const [source, built] = shown.map(readerText);
        expect(source.length).to.be.greaterThan(2000);
        // Compared line by line, so a failure shows the lines that differ rather than two whole articles.
        expect(built.split('\n'), firstDifference(built, source)).to.deep.equal(source.split('\n'));
      });
    }
  }

  it('would notice a lost space, and not a collapsed one (the check can fail)', () => {
    const read = (markup: string) => {
      const holder = document.createElement('div');
      holder.attachShadow({ mode: 'open' }).innerHTML = markup;
      document.body.append(holder);
      const text = readerText(holder);
      holder.remove();
      return text;
    };
    expect(read('<li>Mikhaeil-Demo Y, et al. <cite>Clinical</cite></li>')).not.to.equal(read('<li>Mikhaeil-Demo Y, et al.<cite>Clinical</cite></li>'));
    expect(read('<li><cite>Brain Sci</cite>. 2017</li>')).not.to.equal(read('<li><cite>Brain Sci</cite>.2017</li>'));
    expect(read('<p>a&nbsp;b</p>')).not.to.equal(read('<p>a b</p>'));
    expect(read('<p>\n   a\n      <em>b</em>\n</p>\n   <p>c</p>')).to.equal(read('<p>a <em>b</em></p><p>c</p>'));
    expect(read('<p>a</p><p>b</p>')).not.to.equal(read('<p>ab</p>'));
  });
});
