import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { PASTED_ARTICLE, mountHealthTopic } from '../support/mount-health-topic.js';

/** Parsed JSON-LD: checked against the schema-dts types where written, read freely in assertions. */
type Page = Record<string, any>;

const scripts = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];

/** Waits until the page holds this many JSON-LD scripts (they are added just after the article shows). */
async function jsonLdCount(count: number): Promise<Page[]> {
  await waitUntil(() => scripts().length === count, `${count} JSON-LD scripts`, { timeout: 3000 });
  return scripts().map((script) => JSON.parse(script.text));
}

describe('schema.org JSON-LD', () => {
  afterEach(() => document.querySelectorAll('body > health-topic').forEach((element) => element.remove()));

  it('describes the article as a MedicalWebPage about a MedicalCondition, with its codes, people and citations', async () => {
    await mountHealthTopic({ topic: 'myoclonus' });
    const [page] = await jsonLdCount(1);
    expect(page['@context']).to.equal('https://schema.org');
    expect(page['@type']).to.equal('MedicalWebPage');
    expect(page.inLanguage).to.equal('en');
    expect(page.url).to.equal(location.href.split('#')[0]);
    expect(page.about).to.deep.include({ '@type': 'MedicalCondition', name: 'Myoclonus' });
    expect(page.about.code).to.deep.equal([
      { '@type': 'MedicalCode', codeValue: 'G25.3', codingSystem: 'ICD-10-CM' },
      { '@type': 'MedicalCode', codeValue: '17450006', codingSystem: 'SNOMED-CT' },
    ]);
    expect(page.author).to.deep.equal([{ '@type': 'Person', name: 'Cynthia M. Johnson', honorificSuffix: 'MA' }]);
    expect(page.reviewedBy).to.deep.equal([{ '@type': 'Person', name: 'Rimas Lukas', honorificSuffix: 'MD' }]);
    expect(page.audience).to.deep.equal({ '@type': 'Patient' });
    // Unknown dates stay unknown.
    expect(page).not.to.have.property('lastReviewed');
    expect(page).not.to.have.property('dateModified');
    expect(page.citation).to.have.length(3);
    expect(page.citation[0]).to.deep.include({
      '@type': 'ScholarlyArticle',
      name: 'Myoclonic disorders',
      url: 'https://doi.org/10.3390/brainsci7080103',
      identifier: 'doi:10.3390/brainsci7080103',
      datePublished: '2017',
    });
    expect(page.citation[2]).to.deep.include({ '@type': 'WebPage', url: 'https://www.dynamed.com/approach-to/myoclonus-approach-to-the-patient' });
  });

  it('adds one script per element, follows language and topic changes, and leaves with the element', async () => {
    const { element: first } = await mountHealthTopic({ topic: 'myoclonus' });
    const { element: second } = await mountHealthTopic({ topic: 'myoclonus', lang: 'es' });
    const pages = await jsonLdCount(2);
    expect(pages.map((page) => page.inLanguage).sort()).to.deep.equal(['en', 'es']);
    const failed = oneEvent(second, 'health-topic-error');
    second.topic = 'no-such-topic';
    await failed;
    expect((await jsonLdCount(1))[0].inLanguage).to.equal('en');
    first.remove();
    await jsonLdCount(0);
  });

  it('gives the page\'s address without its #fragment, which names a place in the page, not the page', async () => {
    const address = location.href.split('#')[0];
    history.replaceState(history.state, '', '#myoclonus-symptoms');
    try {
      await mountHealthTopic({ topic: 'myoclonus' });
      const [page] = await jsonLdCount(1);
      expect(page.url).to.equal(address);
    } finally {
      history.replaceState(history.state, '', address);
    }
  });

  it('keeps its JSON-LD when the element is moved elsewhere on the page', async () => {
    const { element } = await mountHealthTopic({ topic: 'myoclonus' });
    await jsonLdCount(1);
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    elsewhere.append(element);
    await jsonLdCount(1);
    elsewhere.remove();
    await jsonLdCount(0);
  });

  it('writes JSON-LD that stays inert when the page is saved and read again as HTML', async () => {
    const titles = ['X </script><img src=x onerror="window.__jsonLdEscape = 1">', 'T <!--<script>', 'Q ]]> & \u2028 \u003c'];
    for (const title of titles) {
      await mountHealthTopic({ data: { ...PASTED_ARTICLE, title } });
    }
    const [...pages] = await jsonLdCount(titles.length);
    expect(pages.map((page) => page.name)).to.deep.equal(titles);
    for (const script of scripts()) expect(script.text).not.to.match(/[<>]/);
    // What a "save page" or a prerender service does: serialize the live DOM, parse it again.
    const saved = new DOMParser().parseFromString(document.documentElement.outerHTML, 'text/html');
    const savedScripts = [...saved.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];
    expect(savedScripts.map((script) => JSON.parse(script.text).name)).to.deep.equal(titles);
    expect(saved.head.querySelectorAll('img')).to.have.length(0);
    expect(saved.body.querySelectorAll('health-topic')).to.have.length(titles.length);
  });

  it('adds nothing with no-structured-data', async () => {
    const { element } = await mountHealthTopic({ setUp: (element) => {
      element.topic = 'myoclonus';
      element.setAttribute('no-structured-data', '');
    } });
    // A widget placed after it, with JSON-LD: once its script is in, the first one would have been too.
    const { element: witness } = await mountHealthTopic({ data: PASTED_ARTICLE });
    const [page] = await jsonLdCount(1);
    expect(page.name).to.equal(PASTED_ARTICLE.title);
    witness.remove();
    await jsonLdCount(0);
    element.noStructuredData = false;
    await jsonLdCount(1);
  });
});
