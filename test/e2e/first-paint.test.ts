/**
 * HTML first: one script tag paints the article from the build's signed HTML before the elements
 * load, downloads no topic index, and never inserts HTML that fails its check. The page is on one
 * origin, the files on the test CDN (test/support/cdn-server.mjs) on another.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { deepQueryAll, renderedText } from '../support/rendered-text.js';
import { outcome, pastedPage, type Page } from '../support/pasted-page.js';

type WatchedPage = Page & { firstPaint: { inserted: string[]; definedAtInsert: boolean[] } };

let cdnOrigin: string;
const cdn = (path: string) => `${cdnOrigin}/${path}`;

const EDITED = 'Stop every antiseizure medicine at once.';

/** A page with one bare script tag for the files at `base`, and `widgets`; `head` runs before it. */
async function bareTagPage(base: string, widgets = '<health-topic topic="myoclonus"></health-topic>', head = '') {
  const watch = `<script src="${location.origin}/test/e2e/pages/watch-first-paint.js"></script>${head}`;
  const pasted = await pastedPage(`<script type="module" src="${base}health-topic-elements.js"></script>\n${widgets}\n<p>The page goes on.</p>`, { head: watch });
  const page = pasted.page as WatchedPage;
  await waitUntil(() => page.pageRecord.events.length >= widgets.split('<health-topic').length - 1, 'every widget\'s event', { timeout: 8000 });
  return { ...pasted, page };
}

/** The content files the page downloaded, by name. */
const downloaded = (page: Page) => page.performance.getEntriesByType('resource').map((entry) => entry.name.split('/').pop()!);

describe('the first paint from the build\'s HTML', () => {
  before(async () => {
    cdnOrigin = await executeServerCommand<string, undefined>('cdn-origin');
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('paints the article before the elements are defined, then they take it over: one event, no topic index', async () => {
    const { page } = await bareTagPage(cdn('cors/dist/'));
    expect(outcome(page)).to.deep.equal(['health-topic-load']);
    expect(page.firstPaint.definedAtInsert).to.deep.equal([false]);
    expect(page.firstPaint.inserted[0]).to.include('Myoclonus is a brief and rapid twitching');
    const widget = page.document.querySelector('health-topic')!;
    expect(widget.shadowRoot!.querySelectorAll('article')).to.have.length(1);
    expect(downloaded(page).filter((name) => name.startsWith('index.'))).to.deep.equal([]);
    // The figure shows once the elements have checked it.
    const [image] = deepQueryAll<HTMLImageElement>(widget, 'figure img');
    await waitUntil(() => image?.complete && image.naturalWidth > 0, 'the checked figure', { timeout: 8000 });
    expect(page.pageRecord.errors).to.deep.equal([]);
    expect(page.pageRecord.warnings).to.deep.equal([]);
  });

  it('paints each article of a page in its language, from one file each', async () => {
    const { page } = await bareTagPage(cdn('cors/dist/'), '<health-topic topic="myoclonus" lang="es"></health-topic><health-topic topic="myoclonus"></health-topic>');
    expect(outcome(page)).to.deep.equal(['health-topic-load', 'health-topic-load']);
    expect(page.firstPaint.inserted).to.have.length(2);
    expect(page.firstPaint.inserted.some((html) => html.includes('Mioclonía'))).to.equal(true);
    expect(downloaded(page).filter((name) => name.endsWith('.html'))).to.have.members(['myoclonus.es.html', 'myoclonus.en.html']);
  });

  it('leaves an article the build\'s HTML does not fit to the elements: sections, a heading level, a code', async () => {
    const widgets = ['sections="symptoms"', 'heading-level="3"', 'code="G25.3"', 'show-review-status'].map((attribute) => `<health-topic topic="myoclonus" ${attribute}></health-topic>`);
    const { page } = await bareTagPage(cdn('cors/dist/'), widgets.join('\n'));
    expect(outcome(page)).to.deep.equal(['health-topic-load', 'health-topic-load', 'health-topic-load', 'health-topic-load']);
    expect(page.firstPaint.inserted).to.deep.equal([]);
  });

  it('lets a prerendered snippet\'s takeover find its JSON through the signed HTML, not the topic index, and paints nothing twice', async () => {
    const base = cdn('cors/dist/');
    const prerendered = (await (await fetch('/dist/prerendered/myoclonus.en.html')).text()).replaceAll('="/dist/', `="${base}`);
    const watch = `<script src="${location.origin}/test/e2e/pages/watch-first-paint.js"></script>`;
    const pasted = await pastedPage(prerendered, { head: watch });
    const page = pasted.page as WatchedPage;
    await waitUntil(() => page.pageRecord.events.length >= 1, 'the takeover', { timeout: 8000 });
    expect(outcome(page)).to.deep.equal(['health-topic-load']);
    expect(page.firstPaint.inserted).to.deep.equal([]);
    expect(downloaded(page).filter((name) => name.startsWith('index.'))).to.deep.equal([]);
    expect(downloaded(page)).to.include('myoclonus.en.html');
    expect(page.document.querySelector('health-topic')!.shadowRoot!.querySelectorAll('article')).to.have.length(1);
  });

  const refused: [string, string][] = [
    ['edited-english-html', 'an edited copy of the English HTML'],
    ['spanish-html-as-english', 'the Spanish HTML, genuinely signed, at the English address'],
  ];
  for (const [how, what] of refused) {
    it(`never inserts ${what}: the checked JSON shows the article, with one event`, async () => {
      const { page } = await bareTagPage(cdn(`altered/${how}/dist/`));
      expect(page.firstPaint.inserted).to.deep.equal([]);
      expect(outcome(page)).to.deep.equal(['health-topic-load']);
      const text = renderedText(page.document.querySelector('health-topic')!.shadowRoot!);
      expect(text).to.include('Myoclonus is a brief and rapid twitching');
      expect(text).not.to.include(EDITED);
      expect(text).not.to.include('Mioclonía');
      expect(page.pageRecord.warnings.join('\n')).to.include('is not the HTML this build signed for "myoclonus" (en)');
      expect(page.pageRecord.errors).to.deep.equal([]);
    });
  }

  it('shows the genuine article, then refuses the edited JSON it would take it over with: the "changed" state, one event', async () => {
    const { page } = await bareTagPage(cdn('altered/edited-english/dist/'));
    expect(page.firstPaint.inserted).to.have.length(1);
    expect(outcome(page)).to.deep.equal(['changed-file']);
    const text = renderedText(page.document.querySelector('health-topic')!.shadowRoot!);
    expect(text).to.include('one of its files was changed after it was published');
    expect(text).not.to.include(EDITED);
  });

  it('takes the JSON path on a plain-http page, which has no Web Crypto to check the HTML with', async function () {
    const insecure = await executeServerCommand<string | null, undefined>('insecure-origin');
    // The page must be on an address the browser does not trust as local: this machine's network address.
    if (!insecure) this.skip();
    const frame = document.createElement('iframe');
    const report = new Promise<{ events: string[]; errors: string[]; secure: boolean; inserted: number; text: string }>((resolve) => {
      addEventListener('message', function heard(event: MessageEvent) {
        if (event.source !== frame.contentWindow || !event.data?.hostPage) return;
        removeEventListener('message', heard);
        resolve(event.data.hostPage);
      });
    });
    frame.src = `${insecure}/host-page/dist/`;
    document.body.append(frame);
    const seen = await report;
    expect(seen.secure).to.equal(false);
    expect(seen.inserted).to.equal(0);
    expect(seen.events).to.deep.equal(['health-topic-load']);
    expect(seen.text).to.include('Myoclonus is a brief and rapid twitching');
    expect(seen.errors).to.deep.equal([]);
  });

  it('takes the JSON path, with no unhandled rejection, where Web Crypto refuses the build\'s key', async () => {
    const refuse = '<script>crypto.subtle.importKey = () => Promise.reject(new DOMException("Not supported", "NotSupportedError"));</script>';
    const { page } = await bareTagPage(cdn('cors/dist/'), undefined, refuse);
    expect(page.firstPaint.inserted).to.deep.equal([]);
    expect(outcome(page)).to.deep.equal(['health-topic-load']);
    expect(page.pageRecord.errors).to.deep.equal([]);
  });

  it('takes the JSON path in a browser without setHTMLUnsafe (Safari before 26)', async () => {
    const { page } = await bareTagPage(cdn('cors/dist/'), undefined, '<script>delete ShadowRoot.prototype.setHTMLUnsafe;</script>');
    expect(page.firstPaint.inserted).to.deep.equal([]);
    expect(outcome(page)).to.deep.equal(['health-topic-load']);
    expect(downloaded(page).some((name) => name.startsWith('index.'))).to.equal(true);
    expect(downloaded(page).some((name) => name.endsWith('.html'))).to.equal(false);
  });

  it('ends every widget in one error event when the elements\' own file was changed, and keeps the checked article', async () => {
    const build = await (await fetch(cdn('cors/dist/integrity.json'))).json() as { lazy: string[] };
    const elements = build.lazy.find((file) => file.startsWith('chunks/define-'))!;
    const { page } = await bareTagPage(cdn(`tampered/${encodeURIComponent(elements)}/dist/`), '<health-topic topic="myoclonus"></health-topic><health-topic topic="myoclonus" sections="symptoms"></health-topic>');
    expect(page.__tamperedCodeRan).to.equal(undefined);
    expect(outcome(page)).to.deep.equal(['changed-file', 'changed-file']);
    expect(renderedText(page.document.querySelector('health-topic')!.shadowRoot!)).to.include('Myoclonus is a brief and rapid twitching');
    expect(page.pageRecord.errors).to.deep.equal([]);
  });
});

describe('the first paint, when the build\'s HTML is slow to come', () => {
  after(() => executeServerCommand('slow-requests', { paths: [], ms: 0 }));

  it('loads the elements anyway after a while, and inserts nothing once they have the article', async function () {
    this.timeout(30_000);
    // Far beyond the first paint's patience: the elements have come long before the HTML, even on a loaded machine.
    // Under an address of its own: the test runner lets the browser keep what earlier tests loaded.
    await executeServerCommand('slow-requests', { paths: ['/uncached/slow-html/dist/topics/html/'], ms: 10_000 });
    const { page } = await bareTagPage(`${location.origin}/uncached/slow-html/dist/`);
    expect(outcome(page)).to.deep.equal(['health-topic-load']);
    // The HTML arrives after the elements took the article: it finds the element taken.
    const htmlArrived = () => page.performance.getEntriesByType('resource').find((entry) => entry.name.includes('/topics/html/')) as PerformanceResourceTiming | undefined;
    await waitUntil(htmlArrived, 'the slow HTML', { timeout: 15_000 });
    expect(page.firstPaint.inserted).to.deep.equal([]);
    expect(page.pageRecord.errors).to.deep.equal([]);
  });
});
