/**
 * Deployed as a hospital deploys it: the page on one origin, the files on a CDN on another
 * (test/support/cdn-server.mjs), snippets written by the snippet builder's own function, builds
 * deployed beside each other (test/support/deploy-builds.mjs). Files changed on the way are in
 * integrity-chain.test.ts.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { deepQueryAll } from '../support/rendered-text.js';
import { buildAt, outcome, pastedPage, snippet } from '../support/pasted-page.js';

let cdnOrigin: string;
const cdn = (path: string) => `${cdnOrigin}/${path}`;

describe('deployed on a CDN on another origin', () => {
  before(async () => {
    cdnOrigin = await executeServerCommand<string, undefined>('cdn-origin');
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows the article from the builder\'s snippet, with the JSON-LD, the language switch and the code lookup', async () => {
    const base = cdn('cors/dist/');
    const build = await buildAt(base);
    const bodies = [snippet(base, build), `<health-topic id="by-code" code="G25.3"></health-topic>`];
    const { page } = await pastedPage(bodies.join('\n'));
    await waitUntil(() => page.pageRecord.events.length === 2, 'both widgets', { timeout: 8000 });
    expect(outcome(page)).to.deep.equal(['health-topic-load', 'health-topic-load']);
    expect(page.pageRecord.errors).to.deep.equal([]);
    const jsonLd = () => page.document.head.querySelectorAll('script[type="application/ld+json"]').length;
    await waitUntil(() => jsonLd() === 2, 'a JSON-LD script per widget', { timeout: 8000 });
    // The language picker comes from the CDN too, on demand, and switches to Spanish.
    const widget = page.document.querySelector('health-topic')!;
    await waitUntil(() => page.customElements.get('language-picker'), 'the language picker', { timeout: 8000 });
    const changed = new Promise((resolve) => widget.addEventListener('health-topic-language-change', resolve, { once: true }));
    const picker = widget.shadowRoot!.querySelector('language-picker')! as HTMLElement & { updateComplete: Promise<boolean> };
    await picker.updateComplete;
    picker.shadowRoot!.querySelector<HTMLElement>('[data-locale="es"]')!.click();
    await changed;
    expect(widget.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Mioclonía');
  });

  it('shows the prerendered article without JavaScript, styled and with its figure, from the CDN', async () => {
    const base = cdn('cors/dist/');
    const prerendered = (await (await fetch('/dist/prerendered/myoclonus.en.html')).text()).replaceAll('="/dist/', `="${base}`);
    const { page } = await pastedPage(snippet(base, await buildAt(base), { prerendered }), { scripts: false });
    const element = page.document.querySelector('health-topic')!;
    const [nav] = deepQueryAll<HTMLElement>(element, 'nav');
    await waitUntil(() => page.getComputedStyle(nav).borderInlineStartStyle === 'solid', 'the stylesheets from the CDN', { timeout: 8000 });
    const [image] = deepQueryAll<HTMLImageElement>(element, 'figure img');
    expect(image.src.startsWith(base)).to.equal(true);
    image.scrollIntoView();
    await image.decode();
    expect(image.naturalWidth).to.be.greaterThan(0);
  });

  it('without Access-Control-Allow-Origin, leaves the fallback on the page: the browser blocks the script', async () => {
    const base = cdn('no-cors/dist/');
    const { page } = await pastedPage(snippet(base, await buildAt(cdn('cors/dist/'))));
    const fallback = page.document.querySelector('health-topic a')!;
    // The script's request fails; nothing of the widget runs, and its fallback stays readable.
    await waitUntil(() => page.pageRecord.failedResources.some((address) => address.includes('health-topic-elements.')), 'the script to be blocked', { timeout: 8000 });
    expect(page.customElements.get('health-topic')).to.equal(undefined);
    expect(fallback.getClientRects().length).to.be.greaterThan(0);
    expect(page.pageRecord.events).to.deep.equal([]);
  });

  it('with the header on the scripts only, shows the network state and names the header in the console', async () => {
    const base = cdn('code-cors/dist/');
    const { page } = await pastedPage(snippet(base, await buildAt(cdn('cors/dist/'))));
    await waitUntil(() => page.pageRecord.events.length === 1, 'the widget\'s event', { timeout: 8000 });
    expect(outcome(page)).to.deep.equal(['network']);
    expect(page.pageRecord.warnings.join('\n')).to.include('Access-Control-Allow-Origin');
    expect(page.pageRecord.warnings.join('\n')).to.include(base);
  });
});

describe('builds deployed beside each other', () => {
  before(async () => {
    cdnOrigin = await executeServerCommand<string, undefined>('cdn-origin');
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const name of ['build-1', 'build-2']) {
    it(`keeps the snippet pasted against ${name} working, checked, after both are deployed`, async () => {
      const base = cdn('cors/deploys/site/');
      const build = await buildAt(cdn('cors/deploys/'), `${name}.json`);
      const { page } = await pastedPage(snippet(base, build));
      await waitUntil(() => page.pageRecord.events.length === 1, 'the widget\'s event', { timeout: 8000 });
      expect(outcome(page)).to.deep.equal(['health-topic-load']);
      const version = (page.customElements.get('health-topic') as unknown as { version: string }).version;
      expect(version.endsWith('-next')).to.equal(name === 'build-2');
      // Painted first from its own build's signed HTML: each build has its folder, and its key.
      const html = page.performance.getEntriesByType('resource').map((entry) => entry.name).filter((url) => url.includes('/topics/html/'));
      expect(html).to.deep.equal([`${base}topics/html/${build.fragments}/myoclonus.en.html`]);
    });
  }

  it('gives "latest" the newest build', async () => {
    const base = cdn('cors/deploys/site/');
    const { page } = await pastedPage(snippet(base, await buildAt(base), { version: 'latest' }));
    await waitUntil(() => page.pageRecord.events.length === 1, 'the widget\'s event', { timeout: 8000 });
    expect((page.customElements.get('health-topic') as unknown as { version: string }).version).to.match(/-next$/);
  });

  /** The version of the elements a snippet for `build` (or "latest") loads from the rolled-back site. */
  async function afterRollback(build: string | 'latest'): Promise<string> {
    const base = cdn('cors/deploys/rolled-back/');
    const choices = build === 'latest' ? { version: 'latest' as const } : {};
    const { page } = await pastedPage(snippet(base, await buildAt(cdn('cors/deploys/'), `${build === 'latest' ? 'build-1' : build}.json`), choices));
    await waitUntil(() => page.pageRecord.events.length === 1, `${build}: the widget's event`, { timeout: 8000 });
    expect(outcome(page), build).to.deep.equal(['health-topic-load']);
    return (page.customElements.get('health-topic') as unknown as { version: string }).version;
  }

  it('rolls "latest" back as docs/deploy.md says; snippets pinned to either build keep their own', async () => {
    expect(await afterRollback('latest')).to.not.match(/-next$/);
    expect(await afterRollback('build-1')).to.not.match(/-next$/);
    // Pasted against the bad build, a snippet keeps loading it until it is pasted again: its files stay.
    expect(await afterRollback('build-2')).to.match(/-next$/);
  });
});
