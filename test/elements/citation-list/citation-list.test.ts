import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import type { Reference } from '../../../src/content/schema.js';
import type { CitationList } from '../../../src/elements/citation-list/citation-list.js';
import { jsonLdText } from '../../../src/seo/structured-data.js';
import article from '../../../content/topics/myoclonus/en.json' with { type: 'json' };
// Holds to.be.accessible() to the WCAG 2.0-2.2 A/AA and best-practice rules, target size included.
import '../../support/axe.js';

const references = article.references as Reference[];

async function citations(list: readonly Reference[]): Promise<HTMLLIElement[]> {
  const element = await fixture<CitationList>(html`<citation-list .references=${list}></citation-list>`);
  return [...element.shadowRoot!.querySelectorAll('ol > li')] as HTMLLIElement[];
}

describe('<citation-list>', () => {
  it('renders the references as an ordered list in one AMA-like style', async () => {
    const items = await citations(references);
    expect(items.map((item) => item.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Eberhardt O, Topka H. Myoclonic disorders. Brain Sci. 2017;7(8):103. doi:10.3390/brainsci7080103',
      'Mikhaeil-Demo Y, Gavvala JR, Bellinski II, et al. Clinical classification of post anoxic myoclonic status. Resuscitation. 2017;119:76-80.',
      'Myoclonus—approach to the patient. EBSCO DynaMed website. Available at: https://www.dynamed.com/approach-to/myoclonus-approach-to-the-patient.',
    ]);
  });

  it('links a DOI to doi.org and a web address to itself', async () => {
    const items = await citations(references);
    const doi = items[0].querySelector('a')!;
    expect(doi.href).to.equal('https://doi.org/10.3390/brainsci7080103');
    expect(doi.textContent).to.equal('doi:10.3390/brainsci7080103');
    expect(items[1].querySelector('a')).to.equal(null);
    expect(items[2].querySelector('a')!.href).to.equal('https://www.dynamed.com/approach-to/myoclonus-approach-to-the-patient');
  });

  it('links a DOI holding `<`, `#` and a space to the address the JSON-LD gives, encoded, its `/` kept', async () => {
    const reference: Reference = { title: 'A study', containerType: 'journal', doi: '10.1234/a<b #c/d' };
    const [item] = await citations([reference]);
    const link = item.querySelector('a')!;
    expect(link.href).to.equal('https://doi.org/10.1234/a%3Cb%20%23c/d');
    expect(link.hash).to.equal('');
    const page = JSON.parse(jsonLdText({ ...article, references: [reference] } as unknown as Parameters<typeof jsonLdText>[0])) as { citation: { url: string }[] };
    expect(page.citation[0].url).to.equal(link.href);
  });

  it('links a DOI holding a lone surrogate (valid JSON, and the schema lets it through) rather than failing to render', async () => {
    const [item] = await citations([{ title: 'A study', containerType: 'journal', doi: '10.1234/a\uD800b' }]);
    expect(item.querySelector('a')!.href).to.equal('https://doi.org/10.1234/a%EF%BF%BDb');
  });

  it('italicises the journal and leaves out facts that are not known', async () => {
    const [item] = await citations([{ title: 'A title?', container: 'J Test', containerType: 'journal', year: 2020 }]);
    expect(item.querySelector('cite')!.textContent).to.equal('J Test');
    expect(item.textContent!.replace(/\s+/g, ' ').trim()).to.equal('A title? J Test. 2020.');
  });

  it('shows when a web page was accessed, and never links an unsafe address', async () => {
    const [safe, unsafe] = await citations([
      { title: 'Page', container: 'Site', containerType: 'website', url: 'https://example.org/', accessed: '2024-01-31' },
      { title: 'Bad', container: 'Site', containerType: 'website', url: 'javascript:alert(1)' },
    ]);
    expect(safe.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Page. Site website. Available at: https://example.org/. Accessed January 31, 2024.',
    );
    expect(unsafe.querySelector('a')).to.equal(null);
  });

  it('writes the date a page was accessed as its other dates are, in the reader\'s language', async () => {
    const reference: Reference = { title: 'Página', container: 'Sitio', containerType: 'website', url: 'https://example.org/', accessed: '2024-03-05' };
    const element = await fixture<CitationList>(html`<citation-list locale="es" .references=${[reference]}></citation-list>`);
    await waitUntil(() => element.shadowRoot!.textContent!.includes('Consultado'), 'the Spanish words load');
    const item = element.shadowRoot!.querySelector('li')!;
    expect(item.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Página. Sitio web de Sitio. Disponible en: https://example.org/. Consultado el 5 de marzo de 2024.',
    );
  });

  it('renders nothing without references', async () => {
    const element = await fixture<CitationList>(html`<citation-list></citation-list>`);
    expect(element.shadowRoot!.querySelector('ol')).to.equal(null);
  });

  describe('accessibility', () => {
    it('is accessible', async () => {
      const element = await fixture<CitationList>(html`<citation-list .references=${references}></citation-list>`);
      await expect(element).to.be.accessible();
    });
  });
});
