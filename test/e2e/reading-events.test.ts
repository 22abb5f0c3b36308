/**
 * Reading events on a host page: from a pasted prerendered snippet once the script has taken it
 * over, and with the network shut after the article has loaded (a Content-Security-Policy of
 * `connect-src 'none'` added then): the widget tells the page what was read and sends, stores and
 * reads nothing. Everything a page could use to send or keep something is watched in the page's
 * own window, and a last call of the test's own proves the watch and the policy both work.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { pastedPage, type Page } from '../support/pasted-page.js';

const READING = ['health-topic-section-view', 'health-topic-read-complete', 'health-topic-link-click', 'health-topic-print'];

type Heard = { type: string; detail: Record<string, unknown> };

/** The prerendered English snippet on a host page with more of the page after it, taken over by the script. */
async function takenOverPage() {
  const response = await fetch('/dist/prerendered/myoclonus.en.html');
  const snippet = await response.text();
  expect(snippet, 'a prerendered snippet').to.include('shadowrootmode="open"');
  const { frame, page } = await pastedPage(`${snippet}<p style="height: 150vh">The page goes on.</p>`);
  // Fits in the test runner's window, so what is in the frame's view is on screen.
  frame.height = '480';
  await waitUntil(() => page.pageRecord.events.length > 0, 'the takeover', { timeout: 8000 });
  expect(page.pageRecord.events.map((event) => event.type)).to.deep.equal(['health-topic-load']);
  const heard: Heard[] = [];
  for (const type of READING) page.document.addEventListener(type, (event) => heard.push({ type, detail: (event as CustomEvent).detail }));
  const element = page.document.querySelector('health-topic')!;
  const root = element.shadowRoot!;
  const of = (type: string) => heard.filter((event) => event.type === type);
  return { frame, page, root, heard, of };
}

/** Reads the article as a reader would: a section, the end, a link of each kind (navigation held back), a print. */
async function read(page: Page, root: ShadowRoot, of: (type: string) => Heard[]) {
  root.querySelector('topic-section[id$="-causes"]')!.scrollIntoView({ block: 'start' });
  await waitUntil(() => of('health-topic-section-view').length > 0, 'a section view', { timeout: 4000 });
  root.querySelector('[part~="footer"]')!.scrollIntoView({ block: 'end' });
  await waitUntil(() => of('health-topic-read-complete').length > 0, 'read-complete', { timeout: 4000 });
  const stay = (event: Event) => event.preventDefault();
  page.document.addEventListener('click', stay);
  page.document.addEventListener('auxclick', stay);
  root.querySelector<HTMLAnchorElement>('[part~="toc-link"]')!.click();
  const doi = root.querySelector('citation-list')!.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="doi"]')!;
  doi.click();
  doi.dispatchEvent(new MouseEvent('auxclick', { button: 1, bubbles: true, composed: true, cancelable: true }));
  page.dispatchEvent(new Event('beforeprint'));
}

/** Watches, in the page's own window, every way to send, store or read an identifier. */
function watchSendingAndStoring(page: Page): string[] {
  const calls: string[] = [];
  const view = page as unknown as Record<string, { prototype: Record<string, unknown> }> & Window;
  const spy = (owner: Record<string, unknown>, name: string, label: string) => {
    const original = owner[name] as (...args: unknown[]) => unknown;
    owner[name] = function (this: unknown, ...args: unknown[]) {
      calls.push(label);
      return original.apply(this, args);
    };
  };
  spy(view as unknown as Record<string, unknown>, 'fetch', 'fetch');
  spy(view.navigator as unknown as Record<string, unknown>, 'sendBeacon', 'sendBeacon');
  spy(view.XMLHttpRequest.prototype, 'open', 'XMLHttpRequest');
  for (const method of ['getItem', 'setItem', 'removeItem', 'key', 'clear']) spy(view.Storage.prototype, method, `storage ${method}`);
  spy(view.IDBFactory.prototype, 'open', 'indexedDB');
  const cookie = Object.getOwnPropertyDescriptor(view.Document.prototype, 'cookie')!;
  Object.defineProperty(view.Document.prototype, 'cookie', {
    configurable: true,
    get(this: Document) {
      calls.push('cookie read');
      return cookie.get!.call(this);
    },
    set(this: Document, value: string) {
      calls.push('cookie write');
      cookie.set!.call(this, value);
    },
  });
  for (const name of ['WebSocket', 'EventSource']) {
    const Original = view[name] as unknown as new (...args: unknown[]) => unknown;
    (view as unknown as Record<string, unknown>)[name] = function (...args: unknown[]) {
      calls.push(name);
      return new Original(...args);
    };
  }
  return calls;
}

describe('reading events on a host page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('come from a prerendered snippet once the script has taken it over, each once', async () => {
    const { page, root, heard, of } = await takenOverPage();
    await read(page, root, of);
    const article = { topic: 'myoclonus', locale: 'en' };
    for (const event of heard) expect(event.detail, event.type).to.include(article);
    const views = of('health-topic-section-view').map((event) => event.detail.section);
    expect(views, 'each section once').to.deep.equal([...new Set(views)]);
    expect(views).to.include('causes');
    expect(of('health-topic-read-complete').map((event) => event.detail.sectionsViewed), 'read-complete once').to.deep.equal([views.length]);
    expect(of('health-topic-link-click').map((event) => event.detail.kind)).to.deep.equal(['contents', 'doi', 'doi']);
    expect(of('health-topic-print')).to.have.length(1);
    expect(page.pageRecord.errors, 'errors on the page').to.deep.equal([]);
  });

  it('send nothing, store nothing and read no identifier: the network shut after the load, and every way to send or keep watched', async () => {
    const { page, root, of } = await takenOverPage();
    const calls = watchSendingAndStoring(page);
    const policy = Object.assign(page.document.createElement('meta'), { httpEquiv: 'Content-Security-Policy', content: "connect-src 'none'" });
    page.document.head.append(policy);
    await read(page, root, of);
    expect(of('health-topic-print'), 'the reading was told').to.have.length(1);
    expect(calls, 'calls that send, store or read an identifier').to.deep.equal([]);
    expect(page.pageRecord.violations, 'requests the policy refused').to.deep.equal([]);
    // The test's own request: watched, and refused by the policy, so the two checks above can fail.
    await page.fetch('/package.json').catch(() => undefined);
    expect(calls).to.deep.equal(['fetch']);
    await waitUntil(() => page.pageRecord.violations.length > 0, 'the policy refusing a request', { timeout: 4000 });
    expect(page.pageRecord.violations[0]).to.match(/^connect-src/);
  });
});
