/**
 * Provenance a content team can sign off: who wrote, rebuilt, translated and reviewed each part of
 * the Myoclonus article, and where its text comes from, as readers, search engines (JSON-LD) and
 * readers of the prerendered snippet see it.
 */
import { expect } from '@open-wc/testing';
import '../../../src/define.js';
import type { HealthTopic } from '../../../src/elements/health-topic/health-topic.js';
import { structuredData } from '../../../src/seo/structured-data.js';
import type { HealthTopic as Article } from '../../../src/content/schema.js';
import { deepQueryAll, renderedText } from '../../support/rendered-text.js';
import { mountHealthTopic } from '../../support/mount-health-topic.js';
import english from '../../../content/topics/myoclonus/en.json' with { type: 'json' };
import spanish from '../../../content/topics/myoclonus/es.json' with { type: 'json' };

/** Parsed JSON-LD, read freely in assertions. */
type Page = Record<string, any>;

const myoclonus = (lang: string) => mountHealthTopic({ topic: 'myoclonus', lang }).then(({ element }) => element);

const partText = (element: HealthTopic, part: string) =>
  deepQueryAll(element, `[part~="${part}"]`).map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim());

/** The notes under the blocks of a section, by the section's id. */
function provenanceNotes(element: HealthTopic, sectionId: string): string[] {
  const section = element.shadowRoot!.querySelector(`#myoclonus-${sectionId}`)!;
  return [...section.shadowRoot!.querySelectorAll('[part~="provenance"]')].map((note) => (note.textContent ?? '').replace(/\s+/g, ' ').trim());
}

async function prerendered(name: string): Promise<string> {
  const response = await fetch(`/dist/prerendered/${name}`);
  expect(response.ok, name).to.equal(true);
  return response.text();
}

describe('provenance', () => {
  afterEach(() => document.querySelectorAll('body > health-topic').forEach((element) => element.remove()));

  describe('the Spanish translation credits the people who made it, and no one else', () => {
    it('shows the English author and reviewer as those of the original, and the translation line', async () => {
      const element = await myoclonus('es');
      const text = renderedText(element);
      expect(text).not.to.include('Por Cynthia M. Johnson');
      expect(text).not.to.include('Revisado por Rimas Lukas');
      expect(partText(element, 'byline')).to.deep.equal(['Artículo original en inglés de Cynthia M. Johnson, MA']);
      expect(partText(element, 'translation')).to.deep.equal([
        'Traducción: Health Topic Elements; revisión clínica de la traducción: pendiente',
      ]);
      expect(partText(element, 'review')).to.deep.equal(['Revisión médica del original en inglés: Rimas Lukas, MD']);
    });

    it('keeps the English page\'s byline and reviewer as they are, with no translation line', async () => {
      const element = await myoclonus('en');
      expect(partText(element, 'byline')).to.deep.equal(['By Cynthia M. Johnson, MA']);
      expect(partText(element, 'review')[0]).to.equal('Reviewed by Rimas Lukas, MD');
      expect(partText(element, 'translation')).to.deep.equal([]);
    });

    it('says so in the JSON-LD: a translator and the work translated, whose author and reviewer they are', () => {
      const page = structuredData(spanish as Article) as Page;
      expect(page).not.to.have.property('reviewedBy');
      expect(page).not.to.have.property('author');
      expect(page.translator).to.deep.equal([{ '@type': 'Organization', name: 'Health Topic Elements' }]);
      expect(page.translationOfWork).to.deep.include({
        '@type': 'MedicalWebPage',
        inLanguage: 'en',
        author: [{ '@type': 'Person', name: 'Cynthia M. Johnson', honorificSuffix: 'MA' }],
        reviewedBy: [{ '@type': 'Person', name: 'Rimas Lukas', honorificSuffix: 'MD' }],
      });
      const original = structuredData(english as Article) as Page;
      expect(original).not.to.have.property('translator');
      expect(original.reviewedBy).to.deep.equal([{ '@type': 'Person', name: 'Rimas Lukas', honorificSuffix: 'MD' }]);
    });

    it('says so in the prerendered snippet too', async () => {
      // Without Lit's markers, which sit between the parts of a line, and the <bdi> around each name.
      const html = (await prerendered('myoclonus.es.html')).replace(/<!--[\s\S]*?-->|<\/?bdi>/g, '');
      // Booleans, so a failure names the text rather than printing the whole snippet.
      expect(html.includes('Traducción: Health Topic Elements; revisión clínica de la traducción: pendiente'), 'the translation line').to.equal(true);
      expect(html.includes('Revisado por'), '"Revisado por"').to.equal(false);
      expect(html.includes('"translationOfWork"'), 'translationOfWork in the JSON-LD').to.equal(true);
      expect(html.includes('Esta lista no es del artículo original; se escribió con información de la hoja informativa del NINDS'), 'a rebuilt list\'s note, in Spanish').to.equal(true);
    });
  });

  describe('rebuilt parts say what they were rebuilt from, and the reviewer is not credited with them', () => {
    it('puts a note under each rebuilt list, and under no list of the source article', async () => {
      const element = await myoclonus('en');
      const stored = '(read December 5, 2026, from a stored copy)';
      expect(provenanceNotes(element, 'risk-factors')).to.deep.equal([`This list was rebuilt from the NINDS fact sheet on myoclonus ${stored}, Mayo Clinic, and the MSD Manual.`]);
      expect(provenanceNotes(element, 'diagnosis')).to.deep.equal([`This list was rebuilt from the NINDS fact sheet on myoclonus, Mayo Clinic ${stored}, and the MSD Manual.`]);
      expect(provenanceNotes(element, 'resources')).to.deep.equal([
        'This list was rebuilt from a near-identical copy of this article on another hospital\'s website.',
      ]);
      for (const sectionId of ['causes', 'symptoms', 'treatment', 'prevention']) expect(provenanceNotes(element, sectionId), sectionId).to.deep.equal([]);
    });

    it('puts the same notes in Spanish on the Spanish page', async () => {
      const element = await myoclonus('es');
      const from = 'Esta lista no es del artículo original; se escribió con información de';
      const stored = '(consultado el 5 de diciembre de 2026, en una copia guardada)';
      expect(provenanceNotes(element, 'risk-factors')).to.deep.equal([`${from} la hoja informativa del NINDS sobre la mioclonía ${stored}, Mayo Clinic y el Manual MSD.`]);
      expect(provenanceNotes(element, 'diagnosis')).to.deep.equal([`${from} la hoja informativa del NINDS sobre la mioclonía, Mayo Clinic ${stored} y el Manual MSD.`]);
      expect(provenanceNotes(element, 'resources')).to.deep.equal([
        'Esta lista no es del artículo original; se escribió con información de una copia casi idéntica de este artículo en el sitio web de otro hospital.',
      ]);
    });

    it('says in the footer who edited the rebuilt parts and that the medical review does not cover them', async () => {
      const element = await myoclonus('en');
      expect(partText(element, 'rebuilt')).to.deep.equal([
        'Parts marked as rebuilt were edited by Health Topic Elements. The medical review named here does not cover them.',
      ]);
    });

    it('says it in plain Spanish on the Spanish page', async () => {
      const element = await myoclonus('es');
      expect(partText(element, 'rebuilt')).to.deep.equal([
        'Health Topic Elements escribió las partes que no son del artículo original. El médico que revisó el original no revisó esas partes.',
      ]);
    });

    it('lists the rebuilt parts in the JSON-LD, with what each is based on and who edited it', () => {
      const page = structuredData(english as Article, 'https://hospital.example/myoclonus') as Page;
      expect(page.hasPart).to.have.length(3);
      expect(page.hasPart[0]).to.deep.equal({
        '@type': 'WebPageElement',
        name: 'Risk Factors: list',
        url: 'https://hospital.example/myoclonus#myoclonus-risk-factors',
        isBasedOn: [
          {
            '@type': 'CreativeWork',
            name: 'the NINDS fact sheet on myoclonus',
            url: 'https://cybercemetery.unt.edu/archive/oilspill/20120915090120/http://www.ninds.nih.gov/disorders/myoclonus/myoclonus.htm',
          },
          { '@type': 'CreativeWork', name: 'Mayo Clinic' },
          { '@type': 'CreativeWork', name: 'the MSD Manual' },
        ],
        contributor: [{ '@type': 'Organization', name: 'Health Topic Elements' }],
      });
      // The part rebuilt, not the whole section: the lead-in sentences are the source's.
      expect(page.hasPart.map((part: Page) => part.name)).to.deep.equal(['Risk Factors: list', 'Diagnosis: list of tests', 'Resources: list']);
      const spanishPage = structuredData(spanish as Article) as Page;
      expect(spanishPage.hasPart.map((part: Page) => part.name)).to.deep.equal(['Factores de riesgo: lista', 'Diagnóstico: lista de pruebas', 'Recursos: lista']);
    });
  });

  describe('what the payload records, and only that', () => {
    it('names a translation\'s clinical reviewer and the days when they are known, and says when the translator is not', async () => {
      const contributors = [
        { name: 'Ana Pérez', credentials: 'MD', role: 'translation-reviewer', date: '2026-01-05' },
        ...spanish.contributors.filter((contributor) => contributor.role !== 'translator'),
      ];
      const { element } = await mountHealthTopic({ data: { ...spanish, contributors, sections: [spanish.sections[5]] } });
      expect(partText(element, 'translation')).to.deep.equal([
        'Traducción: sin registrar; revisión clínica de la traducción: Ana Pérez, MD (5 de enero de 2026)',
      ]);
      expect(element.shadowRoot!.querySelector('[part~="translation"] time')!.getAttribute('datetime')).to.equal('2026-01-05');
      // The Prevention section alone has no rebuilt part, so there is no rebuilt-parts line.
      expect(partText(element, 'rebuilt')).to.deep.equal([]);
    });

    it('links a rebuilt part\'s sources to their addresses and says when they were read, when those are recorded', async () => {
      const section = {
        id: 'treatment',
        title: 'Treatment',
        blocks: [
          {
            type: 'paragraph',
            text: 'A paragraph rebuilt for this test.',
            provenance: { sources: [{ name: 'a test page', url: 'https://example.org/test-page', read: '2026-01-02' }, { name: 'a test book' }] },
          },
        ],
      };
      const { element } = await mountHealthTopic({ data: { ...english, sections: [section], contributors: english.contributors.slice(0, 2) } });
      expect(provenanceNotes(element, 'treatment')).to.deep.equal(['This paragraph was rebuilt from a test page (read January 2, 2026) and a test book.']);
      const note = element.shadowRoot!.querySelector('#myoclonus-treatment')!.shadowRoot!.querySelector('[part~="provenance"]')!;
      expect(note.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/test-page');
      expect(note.querySelector('time')!.getAttribute('datetime')).to.equal('2026-01-02');
      // No editor is named: the footer says so rather than naming anyone.
      expect(partText(element, 'rebuilt')).to.deep.equal([
        'Who edited the parts marked as rebuilt is not recorded. The medical review named here does not cover them.',
      ]);
    });

    it('shows the source\'s licence and address when known, and no source line without a source', async () => {
      const source = { publisher: 'A Test Publisher', license: 'Used under a test licence.', url: 'https://example.org/article' };
      const { element: withSource } = await mountHealthTopic({ data: { ...english, source } });
      expect(partText(withSource, 'source')).to.deep.equal(['Source of the text: A Test Publisher. Used under a test licence.']);
      expect(withSource.shadowRoot!.querySelector('[part~="source"] a')!.getAttribute('href')).to.equal('https://example.org/article');
      const { source: _source, ...withoutSource } = english as Article;
      const { element: bare } = await mountHealthTopic({ data: withoutSource });
      expect(partText(bare, 'source')).to.deep.equal([]);
      // Nothing stands in for it: no publisher, licence or copyright year.
      expect(partText(bare, 'footer')[0]).not.to.match(/source|©|copyright|licen[cs]e|\b(?:19|20)\d\d\b/i);
    });
  });

  describe('the source of the text', () => {
    it('is named in the footer, before the disclaimer', async () => {
      const element = await myoclonus('en');
      expect(partText(element, 'source')).to.deep.equal(['Source of the text: EBSCO Health Library, article 22481.']);
      const footer = element.shadowRoot!.querySelector('footer')!;
      expect(footer.lastElementChild!.getAttribute('part')).to.equal('disclaimer');
    });

    it('is named as the original\'s source on the Spanish page', async () => {
      const element = await myoclonus('es');
      expect(partText(element, 'source')).to.deep.equal(['Fuente del texto original en inglés: EBSCO Health Library, artículo 22481.']);
    });

    it('scopes the MIT License to the figure', async () => {
      const english = await myoclonus('en');
      expect(partText(english, 'credit')).to.deep.equal(['Original illustration made for Health Topic Elements (MIT License).']);
      const spanish = await myoclonus('es');
      expect(partText(spanish, 'credit')).to.deep.equal(['Ilustración original creada para Health Topic Elements (licencia MIT).']);
    });

    it('is in the JSON-LD as what the page is based on, with no licence or date that is not known', () => {
      const page = structuredData(english as Article) as Page;
      expect(page.isBasedOn).to.deep.equal({
        '@type': 'CreativeWork',
        identifier: '22481',
        publisher: { '@type': 'Organization', name: 'EBSCO Health Library' },
      });
      expect(page).not.to.have.property('license');
      expect(page).not.to.have.property('copyrightYear');
    });
  });
});
