import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { setContentBasePath } from '../../../src/content/catalog.js';
import { DEFAULT_CONTENT_BASE, TOPIC_INDEX_FILE } from '../../../src/content/generated/content-manifest.js';
import type { HealthTopic } from '../../../src/elements/health-topic/health-topic.js';
import { explainMissingContent } from '../../../src/elements/health-topic/developer-hints.js';
import { mountHealthTopic } from '../../support/mount-health-topic.js';
import { captureConsole } from '../../support/capture-console.js';

/**
 * What a site's developer is told when a page uses the element wrongly: in the error event, on
 * screen and in the console (each console hint once per page, from a chunk loaded only then).
 */
const logged = captureConsole(['warn', 'error']).lines;

/** Waits for a console line that includes every one of `parts`. */
function consoleLine(...parts: string[]): Promise<string> {
  const find = () => logged.find((line) => parts.every((part) => line.includes(part)));
  return waitUntil(find, `a console line with ${parts.join(' … ')}; got:\n${logged.join('\n')}`).then(() => find()!);
}

afterEach(() => {
  setContentBasePath(DEFAULT_CONTENT_BASE);
  document.querySelectorAll('body > health-topic').forEach((element) => element.remove());
});

describe('content files not where the page looks for them', () => {
  it('reports content-not-found, not a network failure, naming the address in the event and the console, with no Try again', async () => {
    setContentBasePath('/no-content-files-here/');
    const { element, detail } = await mountHealthTopic({ topic: 'myoclonus', until: 'error' });
    const url = new URL(`/no-content-files-here/${TOPIC_INDEX_FILE}`, location.href).href;
    expect(detail.code).to.equal('content-not-found');
    expect(detail.url).to.equal(url);
    expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('the site cannot find its files');
    expect(element.shadowRoot!.querySelector('[part="retry-button"]')).to.equal(null);
    await consoleLine('<health-topic topic="myoclonus">', url, 'HTTP 404', 'setContentBasePath() named', 'dist/topics/');
  });

  it('takes a web page answered in place of a content file (a single-page app server) for content-not-found', async () => {
    const realFetch = window.fetch;
    // As a browser does: the page fails any download checked by hash, and is the answer to an unchecked one.
    window.fetch = (_input, init) =>
      init?.integrity ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve(new Response('<!doctype html><title>App</title>', { headers: { 'content-type': 'text/html' } }));
    try {
      setContentBasePath('/single-page-app/');
      const { detail } = await mountHealthTopic({ topic: 'myoclonus', until: 'error' });
      expect(detail.code).to.equal('content-not-found');
      await consoleLine('/single-page-app/', 'a web page, text/html');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('tells a bundled app how its bundler can copy the files, or how to copy them itself', async () => {
    explainMissingContent('<health-topic topic="myoclonus">', 'https://app.example/assets/index.json', 'HTTP 404', undefined);
    await consoleLine('https://app.example/assets/index.json', 'Vite and webpack 5 do it by themselves', '@web/rollup-plugin-import-meta-assets', "setContentBasePath('/that/folder/')");
  });

  it('says so in Spanish too', async () => {
    setContentBasePath('/no-content-files-here-either/');
    const { element } = await mountHealthTopic({ topic: 'myoclonus', lang: 'es', until: 'error' });
    expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('el sitio no encuentra sus archivos');
  });
});

describe('topic ids', () => {
  it('match whatever the letter case', async () => {
    const { element } = await mountHealthTopic({ topic: 'Myoclonus' });
    expect(element.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Myoclonus');
  });

  it('that do not exist are reported with the near matches and the topics there are', async () => {
    const { detail } = await mountHealthTopic({ topic: 'myoclonos', until: 'error' });
    expect(detail.code).to.equal('not-found');
    await consoleLine('<health-topic topic="myoclonos">', 'there is no topic "myoclonos"', 'Did you mean "myoclonus"?', 'The topics: "myoclonus"');
  });
});

describe('attributes', () => {
  it('warns once about an attribute close to one the element has, and not about other attributes', async () => {
    const page = document.body.appendChild(document.createElement('div'));
    const attributes = { topc: 'myoclonus', class: 'a', title: 'Article', 'data-x': '1', role: 'region', 'aria-label': 'Article', foo: 'bar' };
    await Promise.all([
      mountHealthTopic({ attributes, into: page, until: 'error' }),
      mountHealthTopic({ attributes: { topc: 'myoclonus' }, into: page, until: 'error' }),
    ]);
    await consoleLine('<health-topic topc>', 'did you mean "topic"?');
    // The second element's typo is the same: said once.
    expect(logged.filter((line) => line.includes('topc'))).to.have.length(1);
    expect(logged.filter((line) => /"(class|title|data-x|role|aria-label|foo)"/.test(line))).to.deep.equal([]);
    page.remove();
  });

  it('warns about heading-level="h3", which is not a number', async () => {
    const { element } = await mountHealthTopic({ setUp: (element) => {
      element.topic = 'myoclonus';
      element.setAttribute('heading-level', 'h3');
    } });
    expect((element as HealthTopic).shadowRoot!.querySelector('h2[part="title"]')).to.not.equal(null);
    await consoleLine('heading-level="h3" is not a number from 1 to 6');
  });

  it('lists the article\'s sections when sections names one it lacks, with the near match', async () => {
    await mountHealthTopic({ setUp: (element) => {
      element.topic = 'myoclonus';
      element.sections = 'symptom, treatment';
    } });
    await consoleLine('no such section "symptom"', 'showing the others', 'Did you mean "symptoms" for "symptom"?', '"causes"', '"treatment"');
  });
});
