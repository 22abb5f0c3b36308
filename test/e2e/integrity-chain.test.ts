/**
 * The chain of integrity, tried as someone who controls the CDN would: every file the widget
 * loads after the pinned first-paint file is changed in turn, and none is shown or run. The page
 * is on one origin, the files on the test CDN (test/support/cdn-server.mjs) on another, plain http.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { deepQueryAll, renderedText } from '../support/rendered-text.js';
import type { SnippetChoices } from '../../apps/snippet-builder/snippet.js';
import { buildAt, outcome, pastedPage, snippet, type Page } from '../support/pasted-page.js';

let cdnOrigin: string;
const cdn = (path: string) => `${cdnOrigin}/${path}`;

const EDITED = 'Stop every antiseizure medicine at once.';

/** Waits for every widget on the page to end in its one event. */
async function settled(page: Page, widgets: number, what: string): Promise<void> {
  await waitUntil(() => page.pageRecord.events.length >= widgets, what, { timeout: 8000 });
}

describe('content files changed on the CDN', () => {
  before(async () => {
    cdnOrigin = await executeServerCommand<string, undefined>('cdn-origin');
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  // The topic index is read only where the build's signed HTML does not fit (here, chosen sections).
  const throughIndex = { sections: ['causes', 'symptoms'] };
  const cases: [string, string, Partial<SnippetChoices>][] = [
    ['edited-english', 'an edited English article that is still valid, under its own name', {}],
    ['spanish-as-english', 'the Spanish article\'s bytes at the English address', {}],
    ['index-to-spanish', 'a topic index that sends English readers to the Spanish file', throughIndex],
    ['index-to-edited', 'a topic index that sends them to an edited file named and hashed as the build would', throughIndex],
    ['changed-figure', 'a changed figure file under its own name', {}],
  ];
  for (const [how, what, choices] of cases) {
    it(`refuses ${what}: the "changed" state with Try again, one error event, none of its text`, async () => {
      const build = await buildAt(cdn('cors/dist/'));
      const { page } = await pastedPage(snippet(cdn(`altered/${how}/dist/`), build, choices));
      await settled(page, 1, 'the widget\'s event');
      expect(outcome(page)).to.deep.equal(['changed-file']);
      const widget = page.document.querySelector('health-topic')!;
      const text = renderedText(widget.shadowRoot!);
      expect(text).to.include('one of its files was changed after it was published');
      expect(text).not.to.include(EDITED);
      expect(text).not.to.include('Mioclonía');
      expect(deepQueryAll(widget, '[part="retry-button"]')).to.have.length(1);
      expect(page.pageRecord.errors).to.deep.equal([]);
      expect(page.pageRecord.consoleErrors.join('\n')).to.include('is not the file this build published');
    });
  }

  it('refuses a code index that sends G25.3 to another topic', async () => {
    const build = await buildAt(cdn('cors/dist/'));
    const script = snippet(cdn('altered/codes-elsewhere/dist/'), build).replace(/<health-topic[\s\S]*$/, '');
    const { page } = await pastedPage(`${script}<health-topic code="G25.3"></health-topic>`);
    await settled(page, 1, 'the widget\'s event');
    expect(outcome(page)).to.deep.equal(['changed-file']);
    expect(page.pageRecord.events[0]!.detail).to.include({ code: 'changed-file' });
    expect(page.pageRecord.errors).to.deep.equal([]);
  });
});

describe('on-demand chunks changed on the CDN, with no import map', () => {
  before(async () => {
    cdnOrigin = await executeServerCommand<string, undefined>('cdn-origin');
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  /**
   * A widget for every chunk: the Spanish words, the picker and the JSON-LD; the code lookup; the
   * validator (JSON pasted in the page); the console's hints (a topic that does not exist).
   */
  const widgets = `<health-topic topic="myoclonus" lang="es"><p>Mioclonía</p></health-topic>
<health-topic code="G25.3"></health-topic>
<health-topic topic="myoclonuss"></health-topic>
<health-topic><script type="application/json">${JSON.stringify({
    id: 'pasted-article', locale: 'en', title: 'An article pasted as JSON', summary: ['Pasted.'], references: [], disclaimer: 'Test content.',
    sections: [{ id: 'about', title: 'About', blocks: [{ type: 'paragraph', text: 'One section.' }] }], contributors: [{ name: 'Test Editor', role: 'author' }],
  })}</script></health-topic>`;

  /** The page with the builder's pinned snippet for the files at `base`, then every widget. */
  async function pageAt(base: string, head = '') {
    const build = await buildAt(cdn('cors/dist/'));
    const script = snippet(base, build).replace(/<health-topic[\s\S]*$/, '');
    const pasted = await pastedPage(`${script}\n${widgets}`, { head });
    await settled(pasted.page, 4, 'four widget events');
    return { build, ...pasted };
  }

  it('loads and runs each unchanged chunk, checked', async () => {
    const { page } = await pageAt(cdn('cors/dist/'));
    expect(outcome(page)).to.have.members(['health-topic-load', 'health-topic-load', 'not-found', 'health-topic-load']);
    await waitUntil(() => page.customElements.get('language-picker'), 'the language picker', { timeout: 8000 });
    await waitUntil(() => page.pageRecord.warnings.some((warning) => warning.includes('myoclonus')), 'the hint naming the topic there is', { timeout: 8000 });
    expect(page.pageRecord.errors).to.deep.equal([]);
  });

  const hosts: [string, (file: string) => string, string][] = [
    ['on a plain page', (file) => `tampered/${encodeURIComponent(file)}/dist/`, ''],
    // Firefox ignores a second import map: an import map's integrity would not protect here.
    ['on a page with an import map of its own', (file) => `tampered/${encodeURIComponent(file)}/dist/`, '<script type="importmap">{"imports":{"host-app":"/host-app.js"}}</script>'],
    // The chunks' addresses are the redirect's target: an import map's keys would not match them.
    ['behind an address that redirects', (file) => `redirect/tampered/${encodeURIComponent(file)}/dist/`, ''],
  ];
  for (const [where, address, head] of hosts) {
    it(`${where}, never runs a changed chunk, and every widget still ends in one event`, async function () {
      // A page for each of the six chunks: more than one test's usual time on a loaded machine.
      this.timeout(60_000);
      const build = await buildAt(cdn('cors/dist/'));
      for (const file of build.lazy) {
        const { page, frame } = await pageAt(cdn(address(file)), head);
        expect(page.__tamperedCodeRan, file).to.equal(undefined);
        expect(page.pageRecord.events, file).to.have.length(4);
        expect(page.pageRecord.errors, file).to.deep.equal([]);
        frame.remove();
      }
    });
  }

  it('turns a refused code lookup or validator into the "changed" state', async () => {
    const build = await buildAt(cdn('cors/dist/'));
    for (const name of ['code-lookup', 'validate']) {
      const file = build.lazy.find((lazy) => lazy.startsWith(`chunks/${name}-`))!;
      const { page, frame } = await pageAt(cdn(`tampered/${encodeURIComponent(file)}/dist/`));
      const failed = page.pageRecord.events.filter((event) => event.type === 'health-topic-error').map((event) => event.detail.code);
      expect(failed, name).to.have.members(['changed-file', 'not-found']);
      frame.remove();
    }
  });

  it('leaves no unhandled rejection when an old build\'s hints chunk was deleted', async () => {
    const build = await buildAt(cdn('cors/dist/'));
    const hints = build.lazy.find((file) => file.startsWith('chunks/developer-hints-'))!;
    const { page } = await pageAt(cdn(`deleted/${encodeURIComponent(hints)}/dist/`));
    expect(outcome(page)).to.include('not-found');
    expect(page.pageRecord.errors).to.deep.equal([]);
  });
});
