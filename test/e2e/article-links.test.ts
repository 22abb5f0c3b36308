/**
 * The link form: a CMS author pastes a plain link to the article's page, which rich-text editors
 * keep; the build's script, added once to the site's template, turns each link into its own
 * build's article pages into the article, with the options of its address, and touches no other
 * link. The page is on this origin, the build on the test CDN (test/support/cdn-server.mjs).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { writeLink } from '../../apps/snippet-builder/link.js';
import { deepQueryAll } from '../support/rendered-text.js';
import { outcome, pastedPage } from '../support/pasted-page.js';

let base: string;

/** A page whose template loads the build's script once, holding what an author pasted, with content after it. */
async function templatePage(pasted: string, widgets = 1) {
  const result = await pastedPage(`<h1>Neurology</h1>\n${pasted}\n<p id="after">The page goes on.</p>\n<script type="module" src="${base}health-topic-elements.js"></script>`);
  await waitUntil(() => result.page.pageRecord.events.length >= widgets, 'every article\'s event', { timeout: 8000 });
  return result;
}

describe('links to the build\'s article pages', () => {
  before(async () => {
    base = `${await executeServerCommand<string, undefined>('cdn-origin')}/cors/dist/`;
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('become the article, with the language, sections and heading level of the link the builder writes', async () => {
    const link = writeLink({ baseUrl: base, topic: 'myoclonus', lang: 'es', sections: ['symptoms', 'treatment'], headingLevel: 3, title: 'Mioclonía' });
    const { page } = await templatePage(`<p>${link}</p>`);
    expect(outcome(page)).to.deep.equal(['health-topic-load']);
    const element = page.document.querySelector('health-topic')!;
    expect(Object.fromEntries(element.getAttributeNames().map((name) => [name, element.getAttribute(name)]))).to.include({ topic: 'myoclonus', lang: 'es', sections: 'symptoms,treatment', 'heading-level': '3' });
    expect(element.shadowRoot!.querySelector('h3#title')?.textContent).to.equal('Mioclonía');
    expect(deepQueryAll(element, 'topic-section')).to.have.length(2);
    // The link stays inside, as what shows until the article does; the page goes on after the article.
    expect(element.querySelector('a')?.getAttribute('href')).to.include('/articles/myoclonus/es/');
    expect(element.nextElementSibling?.id).to.equal('after');
    expect(page.pageRecord.errors).to.deep.equal([]);
  });

  it('takes the language from the query too, and a link to the topic alone follows the page\'s language', async () => {
    const { page } = await templatePage(`<p><a href="${base}articles/myoclonus/?lang=es">Mioclonía</a></p><p><a href="${base}articles/myoclonus/">Myoclonus</a></p>`, 2);
    expect(outcome(page)).to.deep.equal(['health-topic-load', 'health-topic-load']);
    expect(page.pageRecord.events.map((event) => (event.detail as { locale?: string }).locale)).to.have.members(['es', 'en']);
  });

  it('leaves every other link alone: another origin, another build, another path, a download, a link being edited', async () => {
    const others = [
      `${location.origin}/dist/articles/myoclonus/`,
      `${base.replace('/cors/dist/', '/cors/deploys/site/')}articles/myoclonus/`,
      `${base}articles-old/myoclonus/`,
      `${base}articles/myoclonus/es/more/`,
      `${base}prerendered/myoclonus.en.html`,
      'javascript:void(0)',
    ];
    const links = [
      ...others.map((href) => `<p><a href="${href}">Myoclonus</a></p>`),
      `<p><a download href="${base}articles/myoclonus/">Myoclonus</a></p>`,
      `<div contenteditable="true"><p><a href="${base}articles/myoclonus/">Myoclonus</a></p></div>`,
    ];
    // One link of the build's own, so that the page is known to have run the script.
    const { page } = await templatePage(`${links.join('\n')}\n<p><a href="${base}articles/myoclonus/">Myoclonus</a></p>`);
    expect(outcome(page)).to.deep.equal(['health-topic-load']);
    expect(page.document.querySelectorAll('health-topic')).to.have.length(1);
    expect([...page.document.querySelectorAll('main > p > a, main > div > p > a')].map((link) => link.getAttribute('href'))).to.include.members([...others, `${base}articles/myoclonus/`]);
    expect(page.document.querySelectorAll('a')).to.have.length(links.length + 1);
  });

  it('sets hostile query values as attributes only: no markup, one designed outcome', async () => {
    const hostile = encodeURIComponent('"><img src=x onerror="window.injected=1">');
    const { page } = await templatePage(`<p><a href="${base}articles/myoclonus/?lang=${hostile}&sections=${hostile}&heading-level=${hostile}&data=${hostile}">Myoclonus</a></p>`);
    expect(page.pageRecord.events).to.have.length(1);
    expect(page.document.querySelectorAll('img')).to.have.length(0);
    expect((page as unknown as { injected?: number }).injected).to.equal(undefined);
    const element = page.document.querySelector('health-topic')!;
    expect(element.getAttribute('sections')).to.equal('"><img src=x onerror="window.injected=1">');
    expect(element.hasAttribute('data')).to.equal(false);
    expect(page.pageRecord.errors).to.deep.equal([]);
  });
});

describe('the article\'s own page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const scripts of [false, true]) {
    it(`shows the article ${scripts ? 'and is taken over, with no error' : 'with JavaScript off'}`, async () => {
      const frame = document.createElement('iframe');
      frame.width = '1024';
      frame.height = '800';
      if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.src = '/dist/articles/myoclonus/es/index.html';
      document.body.append(frame);
      await loaded;
      const page = frame.contentDocument!;
      expect(page.documentElement.lang).to.equal('es');
      expect(page.title).to.equal('Mioclonía');
      const element = page.querySelector('health-topic')!;
      expect(element.shadowRoot?.querySelector('#title')?.textContent).to.equal('Mioclonía');
      if (scripts) {
        const view = frame.contentWindow as Window & { customElements: CustomElementRegistry };
        await waitUntil(() => view.customElements.get('health-topic') && element.shadowRoot!.querySelectorAll('topic-section').length === 7, 'the takeover', { timeout: 8000 });
        expect(element.shadowRoot!.querySelectorAll('article')).to.have.length(1);
      }
    });
  }
});
