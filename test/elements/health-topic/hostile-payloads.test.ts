/**
 * Payloads a host page or a broken CDN can hand the widget: each ends in one designed state and
 * one event, never in a spinner that stays, an uncaught error, or an article that should not show.
 */
import { expect } from '@open-wc/testing';
import { PASTED_ARTICLE, firstOutcome, mountHealthTopic } from '../../support/mount-health-topic.js';
import { integrityOf, serveFakeContent, type FakeAnswer } from '../../support/fake-content.js';
import { publishedName } from '../../support/payload-paths.js';
import { watchUncaught } from '../../support/page-faults.js';
import { captureConsole } from '../../support/capture-console.js';

const shadow = (element: Element) => element.shadowRoot!;

describe('<health-topic> with hostile or broken payloads', () => {
  let uncaught: ReturnType<typeof watchUncaught>;
  beforeEach(() => {
    uncaught = watchUncaught();
  });
  afterEach(() => {
    uncaught.stop();
    document.querySelectorAll('body > health-topic').forEach((element) => element.remove());
    expect(uncaught.errors, 'errors that reached the page').to.deep.equal([]);
  });

  it('rejects a payload whose getter throws, with an event and a message, not a spinner', async () => {
    const data = { ...PASTED_ARTICLE };
    Object.defineProperty(data, 'title', { enumerable: true, get: () => { throw new Error('getter says no'); } });
    const { element, detail } = await mountHealthTopic({ data, until: 'error' });
    expect(detail.code).to.equal('invalid-payload');
    expect(detail.issues![0].message).to.include('getter says no');
    expect(shadow(element).querySelector('[role="alert"]')!.textContent).to.include('cannot be shown');
  });

  it('rejects a revoked Proxy as a payload', async () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const { detail } = await mountHealthTopic({ data: proxy, until: 'error' });
    expect(detail.code).to.equal('invalid-payload');
  });

  it('rejects a payload that holds itself (a cycle) and one nested deeper than any article', async () => {
    const cyclic: Record<string, unknown> = { ...PASTED_ARTICLE };
    cyclic.summary = [cyclic];
    expect((await mountHealthTopic({ data: cyclic, until: 'error' })).detail.code).to.equal('invalid-payload');
    let deep: unknown = 'text';
    for (let level = 0; level < 10_000; level += 1) deep = [deep];
    const nested = { ...PASTED_ARTICLE, summary: deep };
    expect((await mountHealthTopic({ data: nested, until: 'error' })).detail.code).to.equal('invalid-payload');
  });

  describe('on a page whose scripts added to Object.prototype (old polyfills do)', () => {
    afterEach(() => {
      delete (Object.prototype as Record<string, unknown>).foo;
      delete (Object.prototype as Record<string, unknown>).lang;
    });

    it('still shows a payload from .data and from inline JSON', async () => {
      (Object.prototype as Record<string, unknown>).foo = 'bar';
      await mountHealthTopic({ data: structuredClone(PASTED_ARTICLE) });
      await mountHealthTopic({ setUp: (element) => {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify(PASTED_ARTICLE);
        element.append(script);
      } });
    });

    it('does not read an inherited value as a field the payload left out', async () => {
      (Object.prototype as Record<string, unknown>).lang = 'xx';
      const { element } = await mountHealthTopic({ data: structuredClone(PASTED_ARTICLE) });
      const spans = [...shadow(element).querySelectorAll('[lang="xx"]')];
      expect(spans).to.have.length(0);
    });
  });

  it('reports at most 100 problems, and how many more there were, for a payload with 200,000 bad sections', async () => {
    const data = { ...PASTED_ARTICLE, sections: Array.from({ length: 200_000 }, () => ({})) };
    const { detail } = await mountHealthTopic({ data, until: 'error' });
    expect(detail.code).to.equal('invalid-payload');
    expect(detail.issues!.length).to.be.at.most(101);
    expect(detail.issues!.at(-1)!.message).to.match(/more/);
  });

  it('rejects an impossible date rather than showing another real one (2026-02-30 is not March 2)', async () => {
    const { detail } = await mountHealthTopic({ data: { ...PASTED_ARTICLE, lastReviewed: '2026-02-30' }, until: 'error' });
    expect(detail.code).to.equal('invalid-payload');
    expect(detail.issues!.map((issue) => issue.path)).to.deep.equal(['lastReviewed']);
  });

  it('rejects two sections with one id, and a section named like the references', async () => {
    const section = PASTED_ARTICLE.sections[0];
    const twice = await mountHealthTopic({ data: { ...PASTED_ARTICLE, sections: [section, section] }, until: 'error' });
    expect(twice.detail.issues!.map((issue) => issue.path)).to.deep.equal(['sections[1].id']);
    const reserved = await mountHealthTopic({ data: { ...PASTED_ARTICLE, sections: [{ ...section, id: 'references' }] }, until: 'error' });
    expect(reserved.detail.issues!.map((issue) => issue.path)).to.deep.equal(['sections[0].id']);
  });

  it('rejects a title made only of invisible characters', async () => {
    const { detail } = await mountHealthTopic({ data: { ...PASTED_ARTICLE, title: '\u200b\u2060\u00ad ' }, until: 'error' });
    expect(detail.issues!.map((issue) => issue.path)).to.deep.equal(['title']);
  });

  it('does not report a missing article when .data arrives a task after the element is placed', async () => {
    const events: string[] = [];
    const { event } = await mountHealthTopic({ setUp: (element) => {
      element.addEventListener('health-topic-error', () => events.push('error'));
      element.addEventListener('health-topic-load', () => events.push('load'));
      setTimeout(() => (element.data = PASTED_ARTICLE));
    }, until: 'outcome' });
    expect(event.type).to.equal('health-topic-load');
    expect(events).to.deep.equal(['load']);
  });
});

describe('<health-topic> with a bundled file that a CDN corrupted or holds back', () => {
  let uncaught: ReturnType<typeof watchUncaught>;
  let server: ReturnType<typeof serveFakeContent> | undefined;
  beforeEach(() => {
    uncaught = watchUncaught();
  });
  afterEach(() => {
    server?.restore();
    server = undefined;
    uncaught.stop();
    document.querySelectorAll('body > health-topic').forEach((element) => element.remove());
    expect(uncaught.errors, 'errors that reached the page').to.deep.equal([]);
  });

  const corrupted: [string, unknown][] = [
    ['a section that is an empty object', { ...PASTED_ARTICLE, sections: [{}] }],
    ['a section that is null', { ...PASTED_ARTICLE, sections: [null] }],
    ['no locale', { ...PASTED_ARTICLE, locale: undefined }],
    ['a number in the summary', { ...PASTED_ARTICLE, summary: [5] }],
    ['a contributor that is null', { ...PASTED_ARTICLE, contributors: [null] }],
  ];
  /** The index as published for PASTED_ARTICLE in `file`, whatever the file then holds. */
  const published = async (file: string) => ({ [file]: await integrityOf(JSON.stringify(PASTED_ARTICLE)) });

  for (const [name, payload] of corrupted) {
    it(`refuses a file changed to have ${name}: "cannot be shown", with Try again`, async () => {
      const file = 'pasted-article.en.0123456789.json';
      server = serveFakeContent({ 'pasted-article': { en: file } }, { [file]: JSON.stringify(payload) }, undefined, await published(file));
      const { element, detail } = await mountHealthTopic({ topic: 'pasted-article', until: 'error' });
      expect(detail.code).to.equal('changed-file');
      expect(shadow(element).querySelector('[role="alert"]')!.textContent).to.include('changed after it was published');
      expect(shadow(element).querySelector('[part="retry-button"]'), 'Try again').not.to.equal(null);
    });
  }

  it('gives up on a topic index that never answers, after the timeout, with Try again', async () => {
    server = serveFakeContent({}, {}, 'never');
    const { element, detail } = await mountHealthTopic({ setUp: (element) => {
      element.topic = 'pasted-article';
      element.timeout = 300;
    }, until: 'error' });
    expect(detail.code).to.equal('timeout');
    expect(detail.message).to.equal('The article did not arrive within 300 ms.');
    expect(shadow(element).querySelector('[role="alert"]')!.textContent).to.include('took too long');
    expect(shadow(element).querySelector('[part="retry-button"]')).not.to.equal(null);
  });

  it('gives up on a payload that never answers, and a second widget does not wait on the first one\'s request', async () => {
    server = serveFakeContent({ 'pasted-article': { en: 'pasted-article.en.0123456789.json' } }, {
      'pasted-article.en.0123456789.json': 'never',
    });
    const first = await mountHealthTopic({ setUp: (element) => {
      element.topic = 'pasted-article';
      element.timeout = 300;
    }, until: 'error' });
    expect(first.detail.code).to.equal('timeout');
    const payloadRequests = () => server!.requests.filter((name) => name.startsWith('pasted-article')).length;
    const before = payloadRequests();
    const second = await mountHealthTopic({ setUp: (element) => {
      element.topic = 'pasted-article';
      element.timeout = 300;
    }, until: 'error' });
    expect(second.detail.code).to.equal('timeout');
    expect(payloadRequests(), 'a fresh request for the second widget').to.equal(before + 1);
  });

  it('tries again on its own when the browser comes back online, after a network failure', async () => {
    const file = 'pasted-article.en.0123456789.json';
    server = serveFakeContent({ 'pasted-article': { en: file } }, { [file]: { status: 503 } });
    const { element, detail } = await mountHealthTopic({ topic: 'pasted-article', until: 'error' });
    expect(detail.code).to.equal('network');
    server.restore();
    server = serveFakeContent({ 'pasted-article': { en: file } }, { [file]: JSON.stringify(PASTED_ARTICLE) });
    const loaded = firstOutcome(element);
    window.dispatchEvent(new Event('online'));
    expect((await loaded).type).to.equal('health-topic-load');
  });

  it('downloads a corrupted file afresh on Try again, and shows it once the CDN serves it whole', async () => {
    const file = 'pasted-article.en.0123456789.json';
    const answers: Record<string, string> = { [file]: '{"id": "pasted-article", "title": ' };
    server = serveFakeContent({ 'pasted-article': { en: file } }, answers, undefined, await published(file));
    const { element, detail } = await mountHealthTopic({ topic: 'pasted-article', until: 'error' });
    expect(detail.code).to.equal('changed-file');
    answers[file] = JSON.stringify(PASTED_ARTICLE);
    server.restore();
    server = serveFakeContent({ 'pasted-article': { en: file } }, answers, undefined, await published(file));
    const loaded = firstOutcome(element);
    shadow(element).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    expect((await loaded).type).to.equal('health-topic-load');
  });

  it('refuses a file forged to match its name\'s hash: only the hash the checked index gives counts', async () => {
    const forged = JSON.stringify({ ...PASTED_ARTICLE, sections: [{ id: 'a', title: 'A', blocks: [{ type: 'paragraph', text: 5 }] }] });
    const file = await publishedName('pasted-article.en', forged);
    server = serveFakeContent({ 'pasted-article': { en: file } }, { [file]: forged }, undefined, await published(file));
    const errors = await captureConsole(['error'], async () => {
      const { element, detail } = await mountHealthTopic({ topic: 'pasted-article', until: 'error' });
      expect(detail).to.include({ code: 'changed-file', url: `${server!.base}${file}` });
      expect(shadow(element).querySelector('[role="alert"]')).not.to.equal(null);
    });
    expect(errors.lines.join('\n')).to.include(`${server!.base}${file} is not the file this build published`);
  });

  it('has a default timeout of 15 seconds, which a timeout that is not a positive number falls back to', async () => {
    expect(document.createElement('health-topic').timeout).to.equal(15_000);
    const warnings = await captureConsole(['warn'], async () => {
      const { element } = await mountHealthTopic({ setUp: (element) => {
        element.setAttribute('timeout', 'soon');
        element.data = PASTED_ARTICLE;
      } });
      expect(Number.isNaN(element.timeout)).to.equal(true);
    });
    expect(warnings.lines).to.deep.equal(['<health-topic timeout="soon">: the timeout is a positive number of milliseconds; using 15000.']);
  });
});

describe('<health-topic> choosing and downloading bundled files', () => {
  let server: ReturnType<typeof serveFakeContent> | undefined;
  afterEach(() => {
    server?.restore();
    server = undefined;
    document.querySelectorAll('body > health-topic').forEach((element) => element.remove());
  });

  const article = (locale: string, title: string) => JSON.stringify({ ...PASTED_ARTICLE, locale, title });

  it('falls back to English, not to whichever language the index lists first', async () => {
    const files = { 'pasted-article': { es: 'pasted-article.es.0123456789.json', en: 'pasted-article.en.0123456789.json' } };
    server = serveFakeContent(files, {
      'pasted-article.es.0123456789.json': article('es', 'Artículo en español'),
      'pasted-article.en.0123456789.json': article('en', 'Article in English'),
    });
    const { element } = await mountHealthTopic({ topic: 'pasted-article', lang: 'fr' });
    expect(shadow(element).querySelector('[part="title"]')!.textContent).to.equal('Article in English');
  });

  it('does not keep a failed download: the next widget asks again, without Try again', async () => {
    const file = 'pasted-article.en.0123456789.json';
    const answers: Record<string, FakeAnswer> = { [file]: { status: 503 } };
    server = serveFakeContent({ 'pasted-article': { en: file } }, answers);
    const first = await mountHealthTopic({ topic: 'pasted-article', until: 'error' });
    expect(first.detail.code).to.equal('network');
    answers[file] = article('en', 'Article in English');
    await mountHealthTopic({ topic: 'pasted-article' });
    // The failed checked download, its unchecked second look at why, and the next widget's own.
    expect(server.requests.filter((name) => name === file)).to.have.length(3);
  });
});
