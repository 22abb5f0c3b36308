import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { configureLocalization } from '@lit/localize';
import '../../../src/define.js';
import { mountHealthTopic } from '../../support/mount-health-topic.js';
import type { HealthTopic } from '../../../src/elements/health-topic/health-topic.js';
import type { HealthTopicLanguageChangeEvent } from '../../../src/elements/health-topic/events.js';
import { deepQueryAll } from '../../support/rendered-text.js';
import type { HealthTopic as Article } from '../../../src/content/schema.js';
import englishPayload from '../../../content/topics/myoclonus/en.json' with { type: 'json' };
import spanishPayload from '../../../content/topics/myoclonus/es.json' with { type: 'json' };

const english = englishPayload as Article;
const spanish = spanishPayload as Article;
// Holds to.be.accessible() to the WCAG 2.0-2.2 A/AA and best-practice rules, target size included.
import '../../support/axe.js';

const part = (element: HealthTopic, name: string) => element.shadowRoot!.querySelector(`[part~="${name}"]`)!;

describe('<health-topic> languages', () => {
  afterEach(() => document.querySelectorAll('body > health-topic, body > div').forEach((element) => element.remove()));

  it('shows the Spanish article and Spanish UI words when its lang is es', async () => {
    const { element } = await mountHealthTopic({ topic: 'myoclonus', lang: 'es' });
    const article = element.shadowRoot!.querySelector('article')!;
    expect(article.lang).to.equal('es');
    expect(part(element, 'title').textContent).to.equal('Mioclonía');
    expect(element.shadowRoot!.getElementById('toc_label')!.textContent).to.equal('Contenido');
    expect(part(element, 'byline').textContent).to.equal('Artículo original en inglés de Cynthia M. Johnson, MA');
    expect(part(element, 'review').textContent).to.equal('Revisión médica del original en inglés: Rimas Lukas, MD');
    const headings = deepQueryAll(element, '[part~="section-heading"], [part~="heading"]').map((heading) => heading.textContent);
    expect(headings).to.include.members(['Causas', 'Factores de riesgo', 'Referencias']);
    const citations = deepQueryAll(element, '[part~="citation"]');
    expect(citations[2].textContent).to.include('Sitio web de EBSCO DynaMed. Disponible en:');
    // The cited work is English; the style's Spanish words say so.
    expect(citations[2].getAttribute('lang')).to.equal('en');
    expect(citations[2].querySelector('span[lang="es"]')!.textContent).to.equal('Sitio web de EBSCO DynaMed');
  });

  it("takes the language from the nearest ancestor's lang, then the document's", async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'es-MX';
    document.body.append(wrapper);
    const { element: inSpanishPart } = await mountHealthTopic({ topic: 'myoclonus', into: wrapper });
    expect(part(inSpanishPart, 'title').textContent).to.equal('Mioclonía');
    expect(inSpanishPart.shadowRoot!.querySelector('[part~="language-notice"]')).to.equal(null);

    const original = document.documentElement.lang;
    document.documentElement.lang = 'es';
    try {
      const { element: fromDocument } = await mountHealthTopic({ topic: 'myoclonus' });
      expect(part(fromDocument, 'title').textContent).to.equal('Mioclonía');
    } finally {
      document.documentElement.lang = original;
    }
  });

  it('falls back to English with a notice in the reader\'s language when the article is not in it', async () => {
    const { element: inFrench } = await mountHealthTopic({ topic: 'myoclonus', lang: 'fr' });
    expect(part(inFrench, 'title').textContent).to.equal('Myoclonus');
    const notice = part(inFrench, 'language-notice') as HTMLElement;
    // No UI translation for French yet: the notice is in English, and says which languages.
    expect(notice.textContent).to.equal('This article is not available in French. It is shown in English.');
    expect(notice.lang).to.equal('en');

    const { element: spanishReader } = await mountHealthTopic({ lang: 'es', data: english });
    const spanishNotice = part(spanishReader, 'language-notice') as HTMLElement;
    expect(spanishNotice.textContent).to.equal('Este artículo no está disponible en español. Se muestra en inglés.');
    expect(spanishNotice.lang).to.equal('es');
    expect(spanishReader.shadowRoot!.querySelector('article')!.lang).to.equal('en');
    await expect(spanishReader).to.be.accessible();
  });

  it('formats dates with Intl.DateTimeFormat in the shown language', async () => {
    const dated = { ...spanish, lastUpdated: '2024-05-31', lastReviewed: '2024-01-02' };
    const { element } = await mountHealthTopic({ lang: 'es', data: dated });
    const rows = deepQueryAll(element, '[part~="review"]').map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).to.include('Última actualización: 31 de mayo de 2024');
    expect(rows).to.include('Última revisión: 2 de enero de 2024');
    expect(element.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2024-01-02');
  });

  it('switches language with the picker by keyboard alone, without a reload, and fires health-topic-language-change', async () => {
    const { element } = await mountHealthTopic({ topic: 'myoclonus' });
    const picker = part(element, 'language-picker') as HTMLElement;
    const button = picker.shadowRoot!.querySelector('button')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowDown' });
    const changed = oneEvent(element, 'health-topic-language-change') as Promise<HealthTopicLanguageChangeEvent>;
    await sendKeys({ press: 'Enter' });
    const { detail } = await changed;
    expect(detail).to.deep.equal({ topic: 'myoclonus', locale: 'es', previousLocale: 'en' });
    await element.updateComplete;
    expect(part(element, 'title').textContent).to.equal('Mioclonía');
    expect(element.shadowRoot!.getElementById('toc_label')!.textContent).to.equal('Contenido');
    // Focus stays on the picker's button, now in Spanish.
    expect(picker.shadowRoot!.activeElement).to.equal(button);
    expect(button.querySelector('span')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Idioma: Español');
  });

  it('switches language with the mouse, and back', async () => {
    const { element } = await mountHealthTopic({ topic: 'myoclonus', lang: 'es' });
    const picker = part(element, 'language-picker') as HTMLElement;
    picker.shadowRoot!.querySelector('button')!.click();
    await (picker as unknown as HealthTopic).updateComplete;
    const changed = oneEvent(element, 'health-topic-language-change') as Promise<HealthTopicLanguageChangeEvent>;
    picker.shadowRoot!.querySelector<HTMLElement>('[lang="en"][role="menuitemradio"]')!.click();
    expect((await changed).detail.locale).to.equal('en');
    await element.updateComplete;
    expect(part(element, 'title').textContent).to.equal('Myoclonus');
  });

  it('has no picker when the article has one language', async () => {
    const { element } = await mountHealthTopic({ data: english });
    expect(element.shadowRoot!.querySelector('language-picker')).to.equal(null);
  });

  it('shows two widgets in two languages on one page', async () => {
    const [inEnglish, inSpanish] = await Promise.all([
      mountHealthTopic({ topic: 'myoclonus', lang: 'en' }).then(({ element }) => element),
      mountHealthTopic({ topic: 'myoclonus', lang: 'es' }).then(({ element }) => element),
    ]);
    expect(part(inEnglish, 'title').textContent).to.equal('Myoclonus');
    expect(inEnglish.shadowRoot!.getElementById('toc_label')!.textContent).to.equal('Contents');
    expect(part(inSpanish, 'title').textContent).to.equal('Mioclonía');
    expect(inSpanish.shadowRoot!.getElementById('toc_label')!.textContent).to.equal('Contenido');
  });

  it('changes language when its lang attribute changes', async () => {
    const { element } = await mountHealthTopic({ topic: 'myoclonus' });
    const reloaded = oneEvent(element, 'health-topic-load');
    element.lang = 'es';
    await reloaded;
    await element.updateComplete;
    expect(part(element, 'title').textContent).to.equal('Mioclonía');
  });

  it('shows its messages in the reader\'s language', async () => {
    const { element } = await mountHealthTopic({ topic: 'no-such-topic', lang: 'es', until: 'error' });
    const alert = element.shadowRoot!.querySelector<HTMLElement>('[role="alert"]')!;
    expect(alert.lang).to.equal('es');
    expect(alert.textContent).to.include('Artículo no disponible');
    expect(alert.textContent).to.include('No encontramos el artículo “no-such-topic”.');
    await expect(element).to.be.accessible();
  });

  describe('beside a host app that uses @lit/localize itself', () => {
    it('neither reads nor changes the host app\'s locale', async () => {
      // The host app's own setup, with a message whose id happens to be one of ours.
      const { getLocale, setLocale } = configureLocalization({
        sourceLocale: 'en',
        targetLocales: ['de'],
        loadLocale: async () => ({ templates: { contents: 'Inhalt', references: 'Quellen' } }),
      });
      await setLocale('de');
      const { element: inEnglish } = await mountHealthTopic({ topic: 'myoclonus', lang: 'en' });
      expect(inEnglish.shadowRoot!.getElementById('toc_label')!.textContent).to.equal('Contents');
      const picker = part(inEnglish, 'language-picker') as HTMLElement;
      picker.shadowRoot!.querySelector('button')!.click();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const changed = oneEvent(inEnglish, 'health-topic-language-change');
      picker.shadowRoot!.querySelector<HTMLElement>('[lang="es"][role="menuitemradio"]')!.click();
      await changed;
      await inEnglish.updateComplete;
      expect(inEnglish.shadowRoot!.getElementById('toc_label')!.textContent).to.equal('Contenido');
      expect(getLocale()).to.equal('de');
    });
  });

  describe('the Spanish payload', () => {
    it('is marked as a translation of the English one', () => {
      expect(spanish.locale).to.equal('es');
      expect(spanish.translationOf).to.equal('en');
    });

    it('has the same sections, blocks, list lengths, rebuilt parts, references, contributors and codes as the English one', () => {
      const shape = (article: Article) =>
        article.sections.map((section) => ({
          id: section.id,
          blocks: section.blocks.map((block) => ({
            type: block.type,
            items: block.type === 'list' ? block.items.length : undefined,
            leadIn: block.type === 'list' && block.leadIn !== undefined,
            rebuiltFrom: block.type === 'figure' ? undefined : block.provenance?.sources.length,
          })),
        }));
      expect(shape(spanish)).to.deep.equal(shape(english));
      expect(spanish.summary).to.have.length(english.summary.length);
      const withoutLang = (references: Article['references']) => references.map(({ lang: _lang, ...rest }) => rest);
      expect(withoutLang(spanish.references)).to.deep.equal(english.references);
      // The original's people, and the translation's own: its translator.
      const translators = spanish.contributors.filter((contributor) => contributor.role === 'translator');
      expect(translators.map((translator) => translator.name)).to.deep.equal(['Health Topic Elements']);
      expect(spanish.contributors.filter((contributor) => contributor.role !== 'translator')).to.deep.equal(english.contributors);
      expect(spanish.source).to.deep.equal(english.source);
      const codes = (article: Article) => (article.codes ?? []).map(({ system, code }) => [system, code]);
      expect(codes(spanish)).to.deep.equal(codes(english));
      expect(spanish.disclaimer).to.not.equal(english.disclaimer);
    });
  });
});
