import { expect, waitUntil } from '@open-wc/testing';
import { deepQueryAll } from '../support/rendered-text.js';

/**
 * The prerendered snippet (dist/prerendered/, written by `npm test`'s build step) on a page whose
 * CMS template sets `<base href>`, read with JavaScript off: its declarative shadow DOM is there
 * before any script, and the page's scripts never run (a sandbox without allow-scripts). A link
 * there resolves against the base, not the page, and the build cannot know the page's address.
 */
async function pageUnderBase({ scripts = false } = {}): Promise<HTMLIFrameElement> {
  const snippet = await (await fetch('/dist/prerendered/myoclonus.en.html')).text();
  const frame = document.createElement('iframe');
  frame.width = '1024';
  frame.height = '800';
  frame.setAttribute('sandbox', scripts ? 'allow-same-origin allow-scripts' : 'allow-same-origin');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><base href="/elsewhere/deeper/">
    <title>A page under a base address</title><link rel="icon" href="data:,"><script src="/test/e2e/pages/record-page-events.js"></script></head><body><main>${snippet}</main></body></html>`;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Resolves once the frame has loaded another document, or once a request to the server and two frames have gone by. */
function navigationOrQuiet(frame: HTMLIFrameElement): Promise<'navigated' | 'stayed'> {
  const navigated = new Promise<'navigated'>((resolve) => frame.addEventListener('load', () => resolve('navigated'), { once: true }));
  const quiet = fetch('/dist/integrity.json', { cache: 'no-store' })
    .then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    .then(() => 'stayed' as const);
  return Promise.race([navigated, quiet]);
}

describe('prerendered contents links under <base href>, with JavaScript off', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('lead nowhere off the page: each link\'s target is this page, or it has none', async () => {
    const frame = await pageUnderBase();
    const page = frame.contentWindow!.location.href;
    const links = deepQueryAll<HTMLAnchorElement>(frame.contentDocument!.querySelector('health-topic')!, '[part="toc-link"]');
    expect(links.map((link) => link.textContent)).to.include.members(['Symptoms', 'Treatment', 'References']);
    for (const link of links) {
      if (link.hasAttribute('href')) expect(link.href.split('#')[0], `${link.textContent}: ${link.href}`).to.equal(page.split('#')[0]);
    }
  });

  it('keep the reader on the page when clicked', async () => {
    const frame = await pageUnderBase();
    const document = frame.contentDocument!;
    const { pathname } = frame.contentWindow!.location;
    for (const link of deepQueryAll<HTMLAnchorElement>(document.querySelector('health-topic')!, '[part="toc-link"]')) {
      const outcome = navigationOrQuiet(frame);
      link.click();
      expect(await outcome, link.textContent!).to.equal('stayed');
      expect(frame.contentDocument, link.textContent!).to.equal(document);
      expect(frame.contentWindow!.location.pathname, link.textContent!).to.equal(pathname);
    }
    await waitUntil(() => document.querySelector('health-topic')?.shadowRoot, 'the article, still there');
  });

  it('once the element takes the article over (JavaScript on), lead to this page\'s sections and move focus there', async () => {
    const frame = await pageUnderBase({ scripts: true });
    const view = frame.contentWindow as Window & { pageRecord: { events: { type: string }[]; errors: string[] } };
    await waitUntil(() => view.pageRecord.events.some((event) => event.type === 'health-topic-load'), 'the takeover', { timeout: 8000 });
    const element = frame.contentDocument!.querySelector('health-topic')!;
    const page = view.location.href.split('#')[0];
    const links = [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="toc-link"]')];
    expect(links.length).to.be.greaterThan(3);
    for (const link of links) expect(link.href.split('#')[0], link.textContent!).to.equal(page);
    links.find((link) => link.textContent === 'Treatment')!.click();
    expect(view.location.href).to.equal(`${page}#myoclonus-treatment`);
    expect(element.shadowRoot!.querySelector('#myoclonus-treatment')!.shadowRoot!.activeElement?.textContent).to.equal('Treatment');
    expect(view.pageRecord.errors).to.deep.equal([]);
  });
});
