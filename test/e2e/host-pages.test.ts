import { expect, waitUntil } from '@open-wc/testing';
import { closeHostPages, openHostPage } from '../support/host-page.js';
import { deepQueryAll } from '../support/rendered-text.js';

/** What test/e2e/pages/watch-first-paint.js saw the first paint insert. */
const firstPaint = (page: { window: Window }) => (page.window as unknown as { firstPaint: { inserted: string[]; definedAtInsert: boolean[] } }).firstPaint;

// Host pages that load the built script (dist/, written by `npm test`'s build step) the way
// hospital sites do. The CSP page is served with the strict policy (web-test-runner.config.mjs).
describe('host pages', () => {
  afterEach(closeHostPages);

  describe('strict Content-Security-Policy with Trusted Types', () => {
    it('is served with the policy', async () => {
      const response = await fetch('/test/e2e/pages/csp.html');
      expect(response.headers.get('content-security-policy')).to.include("require-trusted-types-for 'script'");
    });

    it('renders bundled and inline articles and the not-found state with zero violations', async () => {
      const page = await openHostPage('/test/e2e/pages/csp.html', { events: 3 });
      expect(page.record.violations).to.deep.equal([]);
      expect(page.record.errors).to.deep.equal([]);
      const outcome = Object.fromEntries(page.record.events.map((event) => [event.id, event.detail.code ?? event.type]));
      expect(outcome).to.deep.equal({ bundled: 'health-topic-load', inline: 'health-topic-load', unknown: 'not-found' });
      // The bundled article was painted first from the build's signed HTML, through the widget's policy, before Lit.
      expect(firstPaint(page).inserted.map((html) => html.includes('Myoclonus is a brief and rapid twitching'))).to.deep.equal([true]);
      expect(firstPaint(page).definedAtInsert).to.deep.equal([false]);
      // The JSON-LD went in through the widget's Trusted Types policy: one per article.
      const jsonLd = () => page.document.head.querySelectorAll('script[type="application/ld+json"]').length;
      await waitUntil(() => jsonLd() === 2, 'a JSON-LD script per article', { timeout: 3000 });
      const inline = page.document.getElementById('inline')!;
      expect(inline.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('An article pasted as JSON');
      const [image] = deepQueryAll<HTMLImageElement>(page.document.getElementById('bundled')!, 'figure img');
      image.scrollIntoView();
      await image.decode();
      expect(image.naturalWidth).to.be.greaterThan(0);
    });
  });

  describe('a policy that runs scripts by nonce alone', () => {
    it('loads every on-demand file with the page\'s nonce: Spanish words, picker, JSON-LD, code lookup, validator', async () => {
      const page = await openHostPage('/test/e2e/pages/nonce-csp.html', { events: 3 });
      const outcome = Object.fromEntries(page.record.events.map((event) => [event.id, event.detail.code ?? event.type]));
      expect(outcome).to.deep.equal({ bundled: 'health-topic-load', inline: 'health-topic-load', 'by-code': 'health-topic-load' });
      const bundled = page.document.getElementById('bundled')!;
      expect(bundled.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Mioclonía');
      await waitUntil(() => page.window.customElements.get('language-picker'), 'the language picker', { timeout: 3000 });
      const jsonLd = () => page.document.head.querySelectorAll('script[type="application/ld+json"]').length;
      await waitUntil(() => jsonLd() === 3, 'a JSON-LD script per article', { timeout: 3000 });
      // The test runner's own live-reload script, which it adds to every page it serves, has no nonce.
      expect(page.record.violations.filter((violation) => !violation.includes('/__web-dev-server__web-socket.js'))).to.deep.equal([]);
      expect(page.record.errors).to.deep.equal([]);
    });
  });

  describe('a Trusted Types policy list without the widget\'s policy', () => {
    it('shows the article without JSON-LD, and says why in one warning', async () => {
      const page = await openHostPage('/test/e2e/pages/csp-lit-policy-only.html');
      expect(page.record.events.map((event) => event.type)).to.deep.equal(['health-topic-load']);
      // Without the policy, an engine with Trusted Types inserts no HTML (the elements render the
      // article from its JSON); one without them has nothing to refuse, and paints first.
      expect(firstPaint(page).inserted).to.have.length('trustedTypes' in page.window ? 0 : 1);
      expect(page.record.errors).to.deep.equal([]);
      const policyWarnings = () => page.record.warnings.filter((warning) => warning.includes('"health-topic-elements"'));
      await waitUntil(() => policyWarnings().length > 0, 'the warning about the policy', { timeout: 3000 });
      expect(policyWarnings()).to.have.length(1);
      expect(page.document.head.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);
      // The refused policy is the page's only violation: Lit's own policy was allowed.
      expect(page.record.violations.every((violation) => violation.includes('trusted-types'))).to.equal(true);
    });
  });

  describe('aggressive host CSS', () => {
    it('keeps the article readable: its own layout, the host font and color', async () => {
      const page = await openHostPage('/test/e2e/pages/hostile-css.html');
      const element = page.document.querySelector('health-topic')!;
      const view = page.window;
      const [paragraph] = deepQueryAll<HTMLElement>(element, '[part~="paragraph"]');
      const style = view.getComputedStyle(paragraph);
      expect(style.fontFamily).to.include('Georgia');
      expect(style.color).to.equal('rgb(40, 20, 80)');
      expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.be.closeTo(1.5, 0.01);
      expect(style.textTransform).to.equal('none');
      expect(style.whiteSpace).to.equal('normal');
      const [list] = deepQueryAll<HTMLElement>(element, 'ul[part~="list"]');
      expect(view.getComputedStyle(list).listStyleType).to.equal('disc');
      const [image] = deepQueryAll<HTMLImageElement>(element, 'figure img');
      expect(view.getComputedStyle(image).display).to.equal('block');
      expect(image.getBoundingClientRect().height).to.be.greaterThan(100);
      const [section] = deepQueryAll<HTMLElement>(element, 'section');
      expect(view.getComputedStyle(section).display).to.equal('block');
    });

    it('stays within 320 px without horizontal scrolling', async () => {
      const page = await openHostPage('/test/e2e/pages/hostile-css.html', { width: 320, height: 640 });
      const element = page.document.querySelector('health-topic')!;
      const widest = Math.max(...deepQueryAll(element, '*').map((child) => child.getBoundingClientRect().right));
      expect(widest).to.be.greaterThan(200);
      expect(widest).to.be.at.most(page.document.documentElement.clientWidth);
    });
  });

  describe('the script loaded twice', () => {
    it('keeps working, and runs the code once: both copies import the same hashed file', async () => {
      const page = await openHostPage('/test/e2e/pages/double-load.html');
      expect(page.record.errors).to.deep.equal([]);
      expect(page.record.events.map((event) => event.type)).to.deep.equal(['health-topic-load']);
      expect(page.record.warnings.filter((warning) => warning.includes('Health Topic Elements'))).to.deep.equal([]);
    });

    it('leaves an older version in place, names both versions, and defines what was missing', async () => {
      const frame = document.createElement('iframe');
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.src = '/test/e2e/pages/two-versions.html';
      document.body.append(frame);
      await loaded;
      const view = frame.contentWindow as Window & { pageRecord: { warnings: string[]; errors: string[] } };
      await view.customElements.whenDefined('topic-section');
      expect(view.pageRecord.errors).to.deep.equal([]);
      expect(view.pageRecord.warnings).to.have.length(1);
      expect(view.pageRecord.warnings[0]).to.include('Health Topic Elements 0.1.0: <health-topic> already registered by version 0.0.9');
      expect(frame.contentDocument!.querySelector('health-topic')!.textContent).to.equal('Older widget');
      expect(view.customElements.get('citation-list')).to.not.equal(undefined);
    });
  });

  describe('deep links', () => {
    it('opens at the section a page address names, with focus on its heading', async () => {
      const page = await openHostPage('/test/e2e/pages/deep-link.html#myoclonus-symptoms', { height: 600 });
      const element = page.document.querySelector('health-topic')!;
      const symptoms = element.shadowRoot!.getElementById('myoclonus-symptoms')!;
      const heading = symptoms.shadowRoot!.querySelector('h3')!;
      expect(symptoms.shadowRoot!.activeElement).to.equal(heading);
      expect(page.window.scrollY).to.be.greaterThan(1500);
      expect(Math.abs(heading.getBoundingClientRect().top)).to.be.lessThan(5);
    });

    it('follows the address when its hash changes', async () => {
      const page = await openHostPage('/test/e2e/pages/deep-link.html', { height: 600 });
      const hashChanged = new Promise((resolve) => page.window.addEventListener('hashchange', resolve, { once: true }));
      page.window.location.hash = 'myoclonus-treatment';
      await hashChanged;
      const element = page.document.querySelector('health-topic')!;
      const treatment = element.shadowRoot!.getElementById('myoclonus-treatment')!;
      expect(treatment.shadowRoot!.activeElement?.textContent).to.equal('Treatment');
      expect(Math.abs(treatment.getBoundingClientRect().top)).to.be.lessThan(5);
    });
  });
});
