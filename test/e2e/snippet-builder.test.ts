import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolationsInFrame } from '../support/axe.js';
import { openBuilder, type Builder } from '../support/builder-frame.js';

/** The snippet builder on the demo site (see test/support/builder-frame.ts). */
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

/**
 * The SHA-384 of a file of dist/ (`/dist/...`), as a Subresource Integrity value: read as built,
 * from the CDN server (test/support/cdn-server.mjs), since the test runner's own server rewrites
 * the imports in the JavaScript it serves.
 */
async function integrityOf(path: string): Promise<string> {
  const cdn = await executeServerCommand<string, undefined>('cdn-origin');
  const bytes = await (await fetch(`${cdn}/cors${path}`)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

describe('snippet builder', () => {
  before(async () => {
    await executeServerCommand('grant-clipboard');
    ({ frame, builder, root } = await openBuilder());
  });

  after(() => frame.remove());

  it('is accessible (before any choice: the preview title is an h2 under the page h1)', async () => {
    await expectNoAxeViolationsInFrame(frame, 'main');
  });

  it('by default writes a link for a rich-text editor, and the one script line the web team adds to the site\'s template', async () => {
    const dist = new URL('/dist/', location.href).href;
    await waitUntil(() => root.querySelector<HTMLTextAreaElement>('#link')?.value, 'the link', { timeout: 8000 });
    expect(root.querySelector<HTMLTextAreaElement>('#link')!.value).to.equal(`<a href="${dist}articles/myoclonus/">Myoclonus</a>`);
    const script = root.querySelector<HTMLTextAreaElement>('#template-script')!.value;
    expect(script).to.match(/^<script type="module" src="[^"]+\/dist\/health-topic-elements\.[\w-]{8}\.js" integrity="sha384-[\w+/=]+" crossorigin="anonymous"><\/script>$/);
    expect(root.querySelector('#template-script-label')!.textContent!.replace(/\s+/g, ' ')).to.include('once to the site\'s template');
    expect(root.querySelector('#snippet'), 'the snippet, for web developers, is an option').to.equal(null);
    // What the web team sets once is folded away.
    expect(root.querySelector<HTMLDetailsElement>('details#web-team')!.open).to.equal(false);
    expect(root.querySelector('details#web-team #base-url')).to.not.equal(null);
    root.querySelector<HTMLInputElement>('input[name="output"][value="snippet"]')!.click();
    await waitUntil(() => snippetField(), 'the snippet field', { timeout: 8000 });
  });

  it('by default holds the article as HTML and loads this build\'s first-paint file, checked by its hash', async () => {
    await waitUntil(() => snippetField().value.includes('shadowrootmode'), 'the prerendered snippet', { timeout: 8000 });
    const snippet = snippetField().value;
    const [, src, integrity] = snippet.match(/<script type="module" src="([^"]+)" integrity="([^"]+)" crossorigin="anonymous"><\/script>/)!;
    expect(new URL(src).pathname).to.match(/^\/dist\/health-topic-elements\.[\w-]{8}\.js$/);
    expect(integrity).to.equal(await integrityOf(new URL(src).pathname));
    expect(snippet.match(/<script type="module"/g)).to.have.length(1);
    expect(snippet).to.include('<script type="application/ld+json">');
    expect(snippet.match(/<health-topic\b/g)).to.have.length(1);
    // The page's language applies: the element carries no lang of its own.
    expect(snippet).not.to.match(/<health-topic\b[^>]* lang=/);
    // Which language the page asks for is known only in the page: no preload, and never the topic
    // index, which grows with the library (the elements find the article through its signed HTML).
    expect(snippet).not.to.include('rel="preload"');
    // Space is not reserved: the article is in the HTML already.
    expect(root.querySelector('#css')).to.equal(null);
    // Styles inline, one per shadow root, and the hashes a CSP would list for them.
    expect(snippet.match(/<style>/g)!.length).to.equal(snippet.match(/<template shadowroot/g)!.length);
    expect(root.querySelector('#style-hashes')!.textContent).to.match(/'sha256-[\w+/=]+'/);
    // Next to the choice: pasted HTML stays as pasted for readers without JavaScript.
    expect(root.querySelector('#stale-note')!.textContent).to.match(/JavaScript off[\s\S]*paste the snippet again whenever the article changes/);
  });

  it('with the article as HTML, honours the chosen sections, heading level and language, and says what the HTML shows until the script runs', async () => {
    await choose('#language', 'es');
    await choose('#heading-level', '3');
    await waitUntil(() => previewTitle() === 'Mioclonía', 'the Spanish preview', { timeout: 8000 });
    for (const id of ['risk-factors', 'treatment']) root.querySelector<HTMLInputElement>(`input[value="${id}"]`)!.click();
    // The content version the article was prerendered from stays, for the script to tell a pasted article out of date.
    const chosen = /<health-topic no-structured-data topic="myoclonus" content-version="myoclonus\.es\.[0-9a-f]{10}" lang="es" heading-level="3" sections="risk-factors,treatment">/;
    await waitUntil(() => snippetField().value.includes('shadowrootmode') && chosen.test(snippetField().value), `the Spanish snippet with the choices, not ${snippetField().value.match(/<health-topic\b[^>]*>/)?.[0]}`, { timeout: 8000 });
    expect(snippetField().value.match(/<health-topic\b[^>]*>/g)).to.have.length(1);
    expect(root.querySelector('#sections-note')!.textContent).to.include('every section');
    expect(root.querySelector('#heading-level-note')!.textContent).to.include('once the script runs, it is at h3');
    for (const id of ['risk-factors', 'treatment']) root.querySelector<HTMLInputElement>(`input[value="${id}"]`)!.click();
    await choose('#language', '');
    await choose('#heading-level', '2');
    await waitUntil(() => !/<health-topic\b[^>]* lang=/.test(snippetField().value), 'the snippet in the page\'s language', { timeout: 8000 });
    expect(root.querySelector('#sections-note')).to.equal(null);
    expect(root.querySelector('#heading-level-note')).to.equal(null);
    expect(root.querySelector('#language-note')!.textContent).to.include('in the page\'s language');
  });

  it('links the article\'s stylesheets instead, for a site whose CSP refuses inline styles', async () => {
    root.querySelector<HTMLInputElement>('#strict-csp')!.click();
    await waitUntil(() => /<link rel="stylesheet"/.test(snippetField().value), 'the strict-CSP snippet', { timeout: 8000 });
    expect(snippetField().value).not.to.include('<style>');
    expect(root.querySelector('#style-hashes')).to.equal(null);
    root.querySelector<HTMLInputElement>('#strict-csp')!.click();
    await waitUntil(() => snippetField().value.includes('<style>'), 'the inline snippet again', { timeout: 8000 });
  });

  it('without the article as HTML, writes a fallback and the CSS that keeps its space', async () => {
    root.querySelector<HTMLInputElement>('#prerendered')!.click();
    await waitUntil(() => !snippetField().value.includes('shadowrootmode'), 'the plain snippet', { timeout: 8000 });
    expect(snippetField().value).to.include('<health-topic topic="myoclonus" heading-level="2">\n  <p>Myoclonus</p>\n</health-topic>');
    const link = root.querySelector<HTMLInputElement>('#fallback-href')!;
    link.value = 'https://hospital.example/health/myoclonus';
    link.dispatchEvent(new Event('input'));
    await builder.updateComplete;
    expect(snippetField().value).to.include('<p><a href="https://hospital.example/health/myoclonus">Myoclonus</a></p>');
    expect(root.querySelector<HTMLTextAreaElement>('#css')!.value).to.include('health-topic {\n  display: block;\n  min-height: 100vh;\n}');
  });

  it('follows the choices in the snippet and the live preview', async () => {
    await choose('#language', 'es');
    await choose('#heading-level', '3');
    for (const id of ['treatment', 'symptoms']) root.querySelector<HTMLInputElement>(`input[value="${id}"]`)!.click();
    await builder.updateComplete;
    expect(snippetField().value).to.match(/<health-topic topic="myoclonus" lang="es" heading-level="3" sections="symptoms,treatment">/);
    // The Spanish article's file downloads beside the script.
    expect(snippetField().value).to.match(/<link rel="preload" href="[^"]+\/dist\/topics\/myoclonus\.es\.[0-9a-f]{10}\.json" as="fetch" integrity="sha256-[\w+/=]{44}" crossorigin="anonymous">/);
    await waitUntil(() => previewTitle() === 'Mioclonía', 'the Spanish preview', { timeout: 8000 });
    const preview = root.querySelector('health-topic')!;
    await waitUntil(() => preview.shadowRoot!.querySelectorAll('topic-section').length === 2, 'the filtered preview', { timeout: 8000 });
    expect(preview.shadowRoot!.querySelector('h3[part="title"]')).to.not.equal(null);
  });

  it('writes the addresses from where the files are served, and offers the newest build unchecked', async () => {
    const base = root.querySelector<HTMLInputElement>('#base-url')!;
    base.value = 'https://cdn.example.org/health-topic-elements';
    base.dispatchEvent(new Event('change'));
    await builder.updateComplete;
    expect(snippetField().value).to.match(/src="https:\/\/cdn\.example\.org\/health-topic-elements\/health-topic-elements\.[\w-]{8}\.js" integrity=/);
    root.querySelector<HTMLInputElement>('input[name="version"][value="latest"]')!.click();
    await builder.updateComplete;
    expect(snippetField().value).to.include('<script type="module" src="https://cdn.example.org/health-topic-elements/health-topic-elements.js" crossorigin="anonymous"></script>');
    // The newest script asks for the newest build's files: a preload of this build's would go unused.
    expect(snippetField().value).not.to.include('rel="preload"');
    root.querySelector<HTMLInputElement>('input[name="version"][value="pinned"]')!.click();
    await builder.updateComplete;
    base.value = new URL('/dist/', location.href).href;
    base.dispatchEvent(new Event('change'));
    await builder.updateComplete;
  });

  it('says when the address cannot serve pages on another site, and when it can', async () => {
    // Each line is one the previous address's check cannot have said: the first look comes before the new check.
    const cdn = await executeServerCommand<string, undefined>('cdn-origin');
    const base = root.querySelector<HTMLInputElement>('#base-url')!;
    const check = () => root.querySelector('#address-check')?.textContent ?? '';
    for (const [address, says] of [[`${cdn}/no-cors/dist/`, 'answered, but without the header Access-Control-Allow-Origin'], [`${cdn}/cors/nowhere/`, 'HTTP 404'], [`${cdn}/cors/dist/`, 'pages on other sites can load them']]) {
      base.value = address;
      base.dispatchEvent(new Event('change'));
      await waitUntil(() => check().includes(says), `${address}: ${says} (${check()})`, { timeout: 8000 });
      // Outside the folded settings too, where the author copies: a problem only the web team's part would show goes unseen.
      const warning = root.querySelector('#address-warning')?.textContent ?? '';
      expect(warning.includes(says), warning).to.equal(!says.includes('other sites can load'));
    }
    expect(root.querySelector('#cors-help')!.textContent).to.include('Access-Control-Allow-Origin');
    base.value = new URL('/dist/', location.href).href;
    base.dispatchEvent(new Event('change'));
    await builder.updateComplete;
  });

  it('offers the colors as CSS for the site stylesheet and shows them in the preview', async () => {
    // By default the page's text color, which the picker cannot show: it waits until the author wants a color of their own.
    expect(root.querySelector('#link-color'), 'no picker showing a color the page does not use').to.equal(null);
    expect(root.querySelector('label:has(#link-color-page)')!.textContent).to.include('the page\'s text color for links');
    root.querySelector<HTMLInputElement>('#link-color-page')!.click();
    await builder.updateComplete;
    const color = root.querySelector<HTMLInputElement>('#link-color')!;
    color.value = '#0a5c63';
    color.dispatchEvent(new Event('input'));
    await builder.updateComplete;
    expect(root.querySelector<HTMLTextAreaElement>('#css')!.value).to.include('health-topic {\n  --health-topic-link-color: #0a5c63;\n}');
    expect(root.querySelector<HTMLElement>('health-topic')!.style.getPropertyValue('--health-topic-link-color')).to.equal('#0a5c63');
    expect(snippetField().value).not.to.include('style=');
  });

  it('says what the server must send', () => {
    const headers = [...root.querySelectorAll('ul.hint li')].map((item) => item.textContent);
    expect(headers.join(' ')).to.include('Access-Control-Allow-Origin');
    expect(headers.join(' ')).to.include('immutable');
  });

  it('fits a 320 px screen, its style hashes included: nothing scrolls sideways', async () => {
    const withHtml = root.querySelector<HTMLInputElement>('#prerendered')!;
    if (!withHtml.checked) withHtml.click();
    const strictCsp = root.querySelector<HTMLInputElement>('#strict-csp')!;
    if (strictCsp.checked) strictCsp.click();
    await waitUntil(() => root.querySelector('#style-hashes code'), 'the style hashes', { timeout: 8000 });
    // The web team's settings open, the article-as-HTML notes shown: the longest the form gets.
    root.querySelector<HTMLDetailsElement>('details#web-team')!.open = true;
    root.querySelector<HTMLInputElement>('input[value="symptoms"]')!.click();
    await builder.updateComplete;
    frame.width = '320';
    try {
      await waitUntil(() => frame.contentWindow!.innerWidth === 320, 'the narrow frame');
      expect(frame.contentDocument!.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      frame.width = '1200';
    }
  });

  it('is accessible with the snippet chosen, the web team\'s settings open and a note beside a choice', async () => {
    // The preview's title at h2, under the page's h1, as on the page the article goes to.
    await choose('#heading-level', '2');
    expect(root.querySelector('#sections-note'), 'a note shown').to.not.equal(null);
    expect(root.querySelector<HTMLDetailsElement>('details#web-team')!.open).to.equal(true);
    await expectNoAxeViolationsInFrame(frame, 'main');
    root.querySelector<HTMLInputElement>('input[value="symptoms"]')!.click();
    await builder.updateComplete;
  });

  it('copies exactly the snippet shown, by keyboard, and announces it', async () => {
    const copy = root.querySelector<HTMLButtonElement>('#copy')!;
    const status = () => root.querySelector('[role="status"]')!.textContent!.trim();
    // The clipboard takes writes only from a focused document, as a reader's would be.
    frame.contentWindow!.focus();
    copy.focus();
    await waitUntil(() => frame.contentDocument!.hasFocus() && root.activeElement === copy, 'focus on the Copy button', { timeout: 8000 });
    expect(status()).to.equal('');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status() !== '', 'an announcement', { timeout: 8000 });
    expect(status()).to.equal('Copied the snippet.');
    expect(await frame.contentWindow!.navigator.clipboard.readText()).to.equal(snippetField().value);
  });

  it('copies exactly the link shown, by keyboard, and announces it', async () => {
    root.querySelector<HTMLInputElement>('input[name="output"][value="link"]')!.click();
    await builder.updateComplete;
    const copy = root.querySelector<HTMLButtonElement>('#copy-link')!;
    const status = () => root.querySelector('[role="status"]')!.textContent!.trim();
    frame.contentWindow!.focus();
    copy.focus();
    await waitUntil(() => frame.contentDocument!.hasFocus() && root.activeElement === copy, 'focus on the Copy link button', { timeout: 8000 });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status() === 'Copied the link.', 'the announcement', { timeout: 8000 });
    const link = root.querySelector<HTMLTextAreaElement>('#link')!.value;
    expect(link).to.match(/^<a href="[^"]+\/articles\/myoclonus\/[^"]*">[^<]+<\/a>$/);
    expect(await frame.contentWindow!.navigator.clipboard.readText()).to.equal(link);
    root.querySelector<HTMLInputElement>('input[name="output"][value="snippet"]')!.click();
    await builder.updateComplete;
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
    await import('../../apps/snippet-builder/define.js');
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
