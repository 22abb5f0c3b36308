import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolationsInFrame } from '../support/axe.js';

/**
 * The snippet builder on the demo site (demo/snippet-builder.html, with demo/build/ and dist/
 * written by `npm test`'s build step).
 */
type Builder = HTMLElement & { snippet: string; css: string; updateComplete: Promise<boolean> };

let frame: HTMLIFrameElement;
let builder: Builder;
let root: ShadowRoot;

const snippetField = () => root.querySelector<HTMLTextAreaElement>('#snippet')!;
const previewTitle = () => root.querySelector('health-topic')?.shadowRoot?.querySelector('[part="title"]')?.textContent;

async function choose(selector: string, value: string): Promise<void> {
  const select = root.querySelector<HTMLSelectElement>(selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await builder.updateComplete;
}

/** The SHA-384 of a file, as a Subresource Integrity value. */
async function integrityOf(url: string): Promise<string> {
  const bytes = await (await fetch(url, { cache: 'no-store' })).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

describe('snippet builder', () => {
  before(async () => {
    await executeServerCommand('grant-clipboard');
    frame = document.createElement('iframe');
    frame.width = '1200';
    frame.height = '900';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/demo/snippet-builder.html';
    document.body.append(frame);
    await loaded;
    await waitUntil(() => Boolean(frame.contentDocument!.querySelector('snippet-builder')?.shadowRoot?.querySelector('#snippet')), 'the builder', { timeout: 8000 });
    builder = frame.contentDocument!.querySelector('snippet-builder') as Builder;
    root = builder.shadowRoot!;
    await waitUntil(() => previewTitle() === 'Myoclonus' && root.querySelectorAll('input[type="checkbox"][value]').length === 7, 'the preview', { timeout: 8000 });
  });

  after(() => frame.remove());

  it('is accessible (before any choice: the preview title is an h2 under the page h1)', async () => {
    await expectNoAxeViolationsInFrame(frame, 'main');
  });

  it('makes a snippet that loads the built script and its chunk with their integrity hashes and crossorigin', async () => {
    const snippet = snippetField().value;
    const [, src, integrity] = snippet.match(/<script type="module" src="([^"]+)" integrity="([^"]+)" crossorigin="anonymous"><\/script>/)!;
    expect(new URL(src).pathname).to.equal('/dist/health-topic-elements.js');
    expect(integrity).to.equal(await integrityOf('/dist/health-topic-elements.js'));
    const preloads = [...snippet.matchAll(/<link rel="modulepreload" href="([^"]+)" integrity="([^"]+)" crossorigin="anonymous">/g)];
    expect(preloads).to.have.length(1);
    const [, chunk, chunkIntegrity] = preloads[0];
    expect(new URL(chunk).pathname).to.match(/^\/dist\/chunks\/elements-[\w-]+\.js$/);
    expect(chunkIntegrity).to.equal(await integrityOf(new URL(chunk).pathname));
    expect(snippet).to.include('<health-topic topic="myoclonus" lang="en" heading-level="2"></health-topic>');
  });

  it('follows the choices in the snippet and the live preview', async () => {
    await choose('#language', 'es');
    await choose('#heading-level', '3');
    for (const id of ['treatment', 'symptoms']) root.querySelector<HTMLInputElement>(`input[value="${id}"]`)!.click();
    await builder.updateComplete;
    expect(snippetField().value).to.include('<health-topic topic="myoclonus" lang="es" heading-level="3" sections="symptoms,treatment"></health-topic>');
    await waitUntil(() => previewTitle() === 'Mioclonía', 'the Spanish preview', { timeout: 8000 });
    const preview = root.querySelector('health-topic')!;
    await waitUntil(() => preview.shadowRoot!.querySelectorAll('topic-section').length === 2, 'the filtered preview', { timeout: 8000 });
    expect(preview.shadowRoot!.querySelector('h3[part="title"]')).to.not.equal(null);
  });

  it('offers the colors as CSS for the site stylesheet and shows them in the preview', async () => {
    const color = root.querySelector<HTMLInputElement>('#link-color')!;
    color.value = '#0a5c63';
    color.dispatchEvent(new Event('input'));
    await builder.updateComplete;
    expect(root.querySelector<HTMLTextAreaElement>('#css')!.value).to.equal('health-topic {\n  --health-topic-link-color: #0a5c63;\n}');
    expect(root.querySelector<HTMLElement>('health-topic')!.style.getPropertyValue('--health-topic-link-color')).to.equal('#0a5c63');
    expect(snippetField().value).not.to.include('style');
  });

  it('offers the prerendered article, with the checked script and the JSON-LD', async () => {
    await choose('#language', 'en');
    root.querySelector<HTMLInputElement>('#prerendered')!.click();
    await waitUntil(() => snippetField().value.includes('shadowrootmode'), 'the prerendered snippet', { timeout: 8000 });
    const snippet = snippetField().value;
    expect(snippet.match(/<script type="module"/g)).to.have.length(1);
    expect(snippet).to.match(/<script type="module" src="[^"]+" integrity="sha384-[^"]+" crossorigin="anonymous">/);
    expect(snippet).to.include('<script type="application/ld+json">');
    expect(snippet.match(/<health-topic\b/g)).to.have.length(1);
    root.querySelector<HTMLInputElement>('#prerendered')!.click();
    await waitUntil(() => !snippetField().value.includes('shadowrootmode'), 'the plain snippet', { timeout: 8000 });
  });

  it('copies exactly the snippet shown, by keyboard, and announces it', async () => {
    const copy = root.querySelector<HTMLButtonElement>('#copy')!;
    copy.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root.querySelector('[role="status"]')!.textContent!.includes('Copied'), 'the announcement', { timeout: 8000 });
    expect(await frame.contentWindow!.navigator.clipboard.readText()).to.equal(snippetField().value);
    expect(root.querySelector('[role="status"]')!.textContent).to.equal('Copied the snippet.');
  });

  it('selects the snippet for copying by hand, and says so, when the browser refuses the clipboard', async () => {
    const clipboard = frame.contentWindow!.navigator.clipboard;
    const writeText = clipboard.writeText;
    clipboard.writeText = () => Promise.reject(new DOMException('Not allowed', 'NotAllowedError'));
    try {
      root.querySelector<HTMLButtonElement>('#copy')!.click();
      const status = () => root.querySelector('[role="status"]')!.textContent!;
      await waitUntil(() => status().startsWith('Could not copy'), 'the announcement', { timeout: 8000 });
      expect(status()).to.equal('Could not copy. The snippet is selected: press Ctrl+C (or Command+C) to copy it.');
      const field = snippetField();
      expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
    } finally {
      clipboard.writeText = writeText;
    }
  });
});

describe('snippet builder without the build\'s files', () => {
  it('says what could not be loaded, instead of an empty form', async () => {
    await import('../../src/tools/snippet-builder/define.js');
    const element = document.createElement('snippet-builder');
    element.setAttribute('integrity-url', '/no-such-folder/integrity.json');
    document.body.append(element);
    try {
      await waitUntil(() => element.shadowRoot?.querySelector('[role="alert"]'), 'the message', { timeout: 8000 });
      const message = element.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
      expect(message).to.include('could not be loaded');
      expect(message).to.include('/no-such-folder/integrity.json: HTTP 404');
      expect(element.shadowRoot!.querySelector('form') === null, 'no form without its data').to.equal(true);
    } finally {
      element.remove();
    }
  });
});
