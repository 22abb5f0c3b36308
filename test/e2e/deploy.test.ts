/**
 * Deployed as a hospital deploys it: the page on one origin, the files on a CDN on another
 * (test/support/cdn-server.mjs), snippets written by the snippet builder's own function, builds
 * deployed beside each other (test/support/deploy-builds.mjs), files tampered with on the way.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { PageRecord } from '../support/host-page.js';
import { deepQueryAll } from '../support/rendered-text.js';
import { writeSnippet, type SnippetChoices } from '../../apps/snippet-builder/snippet.js';
import type { BuildIntegrity } from '../../src/content/published.js';

type Page = Window & { pageRecord: PageRecord & { layoutShift: number }; __tamperedCodeRan?: string[] };

let cdnOrigin: string;
const cdn = (path: string) => `${cdnOrigin}/${path}`;

async function buildAt(base: string, file = 'integrity.json'): Promise<BuildIntegrity> {
  return (await fetch(new URL(file, base))).json();
}

/** A snippet as the builder writes it, for the files at `base`. */
function snippet(base: string, build: BuildIntegrity, choices: Partial<SnippetChoices> = {}): string {
  return writeSnippet({
    baseUrl: base,
    build,
    topic: 'myoclonus',
    headingLevel: 2,
    sections: [],
    version: 'pinned',
    checkEveryFile: false,
    fallback: { title: 'Myoclonus', href: 'https://hospital.example/myoclonus' },
    ...choices,
  });
}

/** A page of this origin holding `body`, in an iframe; `scripts: false` is a browser with JavaScript off. */
async function pastedPage(body: string, { scripts = true } = {}): Promise<{ frame: HTMLIFrameElement; page: Page }> {
  const frame = document.createElement('iframe');
  frame.width = '1024';
  frame.height = '800';
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title><link rel="icon" href="data:,">
    <script src="${location.origin}/test/e2e/pages/record-page-events.js"></script></head><body><main>${body}</main></body></html>`;
  document.body.append(frame);
  await loaded;
  return { frame, page: frame.contentWindow as Page };
}

const outcome = (page: Page) => page.pageRecord.events.map((event) => event.detail.code ?? event.type);

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
    });
  }

  it('gives "latest" the newest build', async () => {
    const base = cdn('cors/deploys/site/');
    const { page } = await pastedPage(snippet(base, await buildAt(base), { version: 'latest' }));
    await waitUntil(() => page.pageRecord.events.length === 1, 'the widget\'s event', { timeout: 8000 });
    expect((page.customElements.get('health-topic') as unknown as { version: string }).version).to.match(/-next$/);
  });
});

describe('files tampered with on the way', () => {
  before(async () => {
    cdnOrigin = await executeServerCommand<string, undefined>('cdn-origin');
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  /** Every widget the lazy chunks serve: Spanish words, the picker and JSON-LD; the code lookup; the validator. */
  const widgets = `<health-topic topic="myoclonus" lang="es"><p>Mioclonía</p></health-topic>
<health-topic code="G25.3"></health-topic>
<health-topic><script type="application/json">${JSON.stringify({
    id: 'pasted-article', locale: 'en', title: 'An article pasted as JSON', summary: ['Pasted.'], references: [], disclaimer: 'Test content.',
    sections: [{ id: 'about', title: 'About', blocks: [{ type: 'paragraph', text: 'One section.' }] }], contributors: [{ name: 'Test Editor', role: 'author' }],
  })}</script></health-topic>`;

  /** A page whose snippet loads this build from a CDN that alters `file`; `checkEveryFile` adds the import map. */
  async function pageWithTampered(file: string, checkEveryFile: boolean) {
    const build = await buildAt(cdn('cors/dist/'));
    const base = cdn(`tampered/${encodeURIComponent(file)}/dist/`);
    const script = snippet(base, build, { checkEveryFile }).replace(/<health-topic[\s\S]*$/, '');
    return { base, ...(await pastedPage(`${script}\n${widgets}`)) };
  }

  /** Loads a chunk in the page as the widget would (`import()`), and says whether it loaded. */
  function importInPage(page: Page, url: string): Promise<'loaded' | 'refused'> {
    const load = (page as unknown as { eval: (code: string) => Promise<unknown> }).eval(`import(${JSON.stringify(url)})`);
    return load.then(() => 'loaded' as const, () => 'refused' as const);
  }

  it('never runs a changed first-paint file: the widget does not start, and its fallback stays', async () => {
    const build = await buildAt(cdn('cors/dist/'));
    const { page } = await pageWithTampered(build.entry, false);
    await waitUntil(() => page.pageRecord.failedResources.some((address) => address.includes(build.entry)), 'the script to be refused', { timeout: 8000 });
    expect(page.customElements.get('health-topic')).to.equal(undefined);
    expect(page.__tamperedCodeRan).to.equal(undefined);
    expect(page.document.querySelector('health-topic p')!.getClientRects().length).to.be.greaterThan(0);
  });

  it('without the import map, a changed on-demand file runs (what the import map is for)', async () => {
    const build = await buildAt(cdn('cors/dist/'));
    const validator = build.lazy.find((file) => file.includes('validate'))!;
    const { page, base } = await pageWithTampered(validator, false);
    expect(await importInPage(page, new URL(validator, base).href)).to.equal('loaded');
    expect(page.__tamperedCodeRan).to.deep.equal(['module']);
  });

  it('with the import map, refuses every changed on-demand file, and every widget still ends in one state', async () => {
    const build = await buildAt(cdn('cors/dist/'));
    for (const file of build.lazy) {
      const { page, base, frame } = await pageWithTampered(file, true);
      await waitUntil(() => page.pageRecord.events.length === 3, `three widget events with ${file} changed`, { timeout: 8000 });
      expect(await importInPage(page, new URL(file, base).href), file).to.equal('refused');
      expect(page.__tamperedCodeRan, file).to.equal(undefined);
      expect(page.pageRecord.errors, file).to.deep.equal([]);
      frame.remove();
    }
  });
});
