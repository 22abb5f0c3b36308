/**
 * Loading bundled topics (src/content/catalog.ts) from a topics folder served from memory: which
 * file answers, what is downloaded once and what again, and what each failure becomes.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, it, mock } from 'node:test';
import { acceptPayload, acceptPayloadText, downloadContentFile, listTopics, loadTopic, setContentBasePath } from '../../src/content/catalog.js';
import { TOPIC_INDEX_FILE } from '../../src/content/generated/content-manifest.js';
import { TimeoutError } from '../../src/shared/abort.js';
import { onHospitalPage, publishedName, serveTopics, topicIndex } from '../support/fake-topics.js';

const root = path.resolve(import.meta.dirname, '../..');
const english = readFileSync(path.join(root, 'content/topics/myoclonus/en.json'), 'utf8');
const spanish = readFileSync(path.join(root, 'content/topics/myoclonus/es.json'), 'utf8');
const EN = publishedName('myoclonus', 'en', english);
const ES = publishedName('myoclonus', 'es', spanish);

/** The real articles, in English and Spanish, as the build publishes them. */
function realTopics(extra: Record<string, string> = {}) {
  return serveTopics({ ...topicIndex({ myoclonus: { en: EN, es: ES } }), [EN]: english, [ES]: spanish, ...extra });
}

afterEach(() => mock.restoreAll());

describe('where the topics folder is', () => {
  it('is the address given, with or without its final slash, relative to the page', async () => {
    const { requests } = realTopics();
    for (const [given, expected] of [
      ['https://cdn.example/health', 'https://cdn.example/health/'],
      ['/assets/topics/', 'https://hospital.example/assets/topics/'],
      ['topics', 'https://hospital.example/health/topics/'],
    ]) {
      onHospitalPage();
      const asked: string[] = [];
      mock.method(globalThis, 'fetch', async (url: string) => (asked.push(url), new Response('{}')));
      setContentBasePath(given!);
      await downloadContentFile('codes.json');
      assert.deepEqual(asked, [`${expected}codes.json`], given);
    }
    assert.deepEqual(requests, []);
  });
});

describe('loading a topic', () => {
  it('shows the article in the language asked for, and names every language it exists in', async () => {
    realTopics();
    const result = await loadTopic('myoclonus', 'es');
    assert.equal(result.status, 'loaded');
    assert.equal(result.topic.locale, 'es');
    assert.deepEqual(result.locales, ['en', 'es']);
  });

  it('falls back to the base language, then English, then any language the topic has', async () => {
    realTopics({ ...topicIndex({ myoclonus: { en: EN, es: ES }, spanishFirst: { es: ES, en: EN }, spanishOnly: { es: ES } }) });
    const localeOf = async (topic: string, locale?: string) => {
      const result = await loadTopic(topic, locale);
      return result.status === 'loaded' ? result.topic.locale : result.status;
    };
    assert.equal(await localeOf('myoclonus', 'es-MX'), 'es');
    assert.equal(await localeOf('myoclonus', 'fr'), 'en');
    assert.equal(await localeOf('myoclonus'), 'en');
    assert.equal(await localeOf('spanishFirst', 'fr'), 'en');
    assert.equal(await localeOf('spanishOnly', 'fr'), 'es');
  });

  it('addresses figures in the topics folder, where the build puts them, wherever the payload file is', async () => {
    const figure = { type: 'figure', src: 'nervous-system.9bbea85a4e.svg', alt: 'The brain', credit: 'NIH' };
    const payload = JSON.parse(english);
    payload.sections[0].blocks = [figure];
    const text = JSON.stringify(payload);
    const file = `nested/${publishedName('myoclonus', 'en', text)}`;
    const { base } = serveTopics({ ...topicIndex({ myoclonus: { en: file } }), [file]: text });
    const result = await loadTopic('myoclonus', 'en');
    assert.equal(result.status, 'loaded');
    assert.equal((result.topic.sections[0]!.blocks[0] as { src: string }).src, `${base}nervous-system.9bbea85a4e.svg`);
  });

  it('is not found for a topic or a language the index lacks', async () => {
    realTopics({ ...topicIndex({ myoclonus: { en: EN }, empty: {} }) });
    assert.deepEqual(await loadTopic('hiccups', 'en'), { status: 'not-found' });
    assert.deepEqual(await loadTopic('empty', 'en'), { status: 'not-found' });
    assert.deepEqual(await loadTopic('toString', 'en'), { status: 'not-found' });
  });

  it('lists every topic with its languages', async () => {
    realTopics({ ...topicIndex({ myoclonus: { en: EN, es: ES }, hiccups: { en: 'hiccups.en.0123456789.json' } }) });
    assert.deepEqual(await listTopics(), { myoclonus: ['en', 'es'], hiccups: ['en'] });
  });
});

describe('downloads', () => {
  it('happen once for ten widgets of one article, and again, past any cache, for "Try again"', async () => {
    const { requests } = realTopics();
    await Promise.all(Array.from({ length: 10 }, () => loadTopic('myoclonus', 'en')));
    assert.deepEqual(requests, [
      { file: TOPIC_INDEX_FILE, cache: 'default' },
      { file: EN, cache: 'default' },
    ]);
    assert.equal((await loadTopic('myoclonus', 'en', { reload: true })).status, 'loaded');
    assert.deepEqual(requests.slice(2), [
      { file: TOPIC_INDEX_FILE, cache: 'reload' },
      { file: EN, cache: 'reload' },
    ]);
  });

  it('that fail are network errors naming the file, and are asked for afresh next time', async () => {
    const { base, requests } = serveTopics({ ...topicIndex({ myoclonus: { en: EN, es: ES } }), [EN]: 'offline', [ES]: { status: 503 } });
    const failed = await loadTopic('myoclonus', 'en');
    assert.equal(failed.status, 'network');
    assert.equal((failed.error as Error).message, `${base}${EN}: fetch failed`);
    const refused = await loadTopic('myoclonus', 'es');
    assert.equal(refused.status, 'network');
    assert.equal((refused.error as Error).message, `${base}${ES}: HTTP 503`);
    await loadTopic('myoclonus', 'en');
    assert.deepEqual(requests.map(({ file }) => file), [TOPIC_INDEX_FILE, EN, ES, EN]);
  });

  it('of an index that is not one are network errors', async () => {
    serveTopics({ [TOPIC_INDEX_FILE]: '<html>Site maintenance</html>' });
    assert.equal((await loadTopic('myoclonus', 'en')).status, 'network');
    serveTopics({ [TOPIC_INDEX_FILE]: JSON.stringify({ topics: { myoclonus: { en: 42 } } }) });
    const result = await loadTopic('myoclonus', 'en');
    assert.equal(result.status, 'network');
    assert.equal((result.error as Error).message, 'The topic index is not readable.');
  });

  it('that never answer end in a timeout when the widget gives up, and are asked for afresh next time', async () => {
    const { requests } = serveTopics({ ...topicIndex({ myoclonus: { en: EN } }), [EN]: 'never' });
    const controller = new AbortController();
    const waiting = loadTopic('myoclonus', 'en', { signal: controller.signal });
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort(new TimeoutError('No answer within 15000 ms.'));
    assert.deepEqual(await waiting, { status: 'timeout' });
    void loadTopic('myoclonus', 'en');
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(requests.filter(({ file }) => file === EN).length, 2);
  });

  it('that were given up on and fail late leave the download that replaced them to the widgets after', async () => {
    serveTopics({ ...topicIndex({ myoclonus: { en: EN } }), [EN]: english });
    // The first download of the payload answers only when told to, and then fails.
    const realFetch = globalThis.fetch;
    let failFirst: (error: Error) => void = () => undefined;
    let calls = 0;
    mock.method(globalThis, 'fetch', (url: string, init?: RequestInit) =>
      url.endsWith(EN) && ++calls === 1 ? new Promise<Response>((_resolve, reject) => (failFirst = reject)) : realFetch(url, init));
    const controller = new AbortController();
    const first = loadTopic('myoclonus', 'en', { signal: controller.signal });
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort(new TimeoutError('No answer within 15000 ms.'));
    assert.deepEqual(await first, { status: 'timeout' });
    const second = loadTopic('myoclonus', 'en');
    await new Promise((resolve) => setImmediate(resolve));
    failFirst(new TypeError('fetch failed'));
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal((await Promise.all([second, loadTopic('myoclonus', 'en')])).every((result) => result.status === 'loaded'), true);
    assert.equal(calls, 2);
  });

  it('a widget stopped waiting for, for another reason than time, go on for the others', async () => {
    const { requests } = serveTopics({ ...topicIndex({ myoclonus: { en: EN } }), [EN]: 'never' });
    const controller = new AbortController();
    const waiting = loadTopic('myoclonus', 'en', { signal: controller.signal });
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort(new Error('the element was removed'));
    const result = await waiting;
    assert.equal(result.status, 'network');
    assert.equal((result.error as Error).message, 'the element was removed');
    void loadTopic('myoclonus', 'en');
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(requests.map(({ file }) => file), [TOPIC_INDEX_FILE, EN]);
  });
});

describe('a downloaded payload', () => {
  /** The text, with trailing spaces JSON ignores, whose hash has a byte below 16 (a "0" digit first) in its name. */
  function withLowHashByte(text: string): string {
    for (let spaces = 0; ; spaces += 1) {
      const candidate = text + ' '.repeat(spaces);
      if (createHash('sha256').update(candidate).digest().subarray(0, 5).some((byte) => byte < 16)) return candidate;
    }
  }

  it('is shown as the build published it, without validating again, when its text has the hash in its name', async () => {
    // Not a valid payload: were it validated, it would be refused.
    const text = withLowHashByte(JSON.stringify({ id: 'myoclonus', title: 'As published' }));
    const file = publishedName('myoclonus', 'en', text);
    serveTopics({ ...topicIndex({ myoclonus: { en: file } }), [file]: text });
    const result = await loadTopic('myoclonus', 'en');
    assert.equal(result.status, 'loaded');
    assert.equal(result.topic.title, 'As published');
    assert.equal(Object.getPrototypeOf(result.topic), null);
  });

  it('that a CDN changed is validated, and shown if valid, its figures beside it', async () => {
    const payload = JSON.parse(english);
    payload.sections[0].blocks = [{ type: 'figure', src: 'nervous-system.9bbea85a4e.svg', alt: 'The brain', credit: 'NIH' }];
    const file = 'myoclonus.en.0123456789.json';
    const { base } = serveTopics({ ...topicIndex({ myoclonus: { en: file } }), [file]: JSON.stringify(payload) });
    const result = await loadTopic('myoclonus', 'en');
    assert.equal(result.status, 'loaded');
    assert.deepEqual(result.locales, ['en']);
    assert.equal(result.topic.title, 'Myoclonus');
    assert.equal((result.topic.sections[0]!.blocks[0] as { src: string }).src, `${base}nervous-system.9bbea85a4e.svg`);
  });

  it('whose name carries no hash is validated', async () => {
    serveTopics({ ...topicIndex({ myoclonus: { en: 'myoclonus-en.json' } }), 'myoclonus-en.json': english.replace('"Myoclonus"', '""') });
    assert.equal((await loadTopic('myoclonus', 'en')).status, 'invalid-payload');
  });

  it('that a CDN broke is an invalid payload a fresh download may mend', async () => {
    const truncated = english.slice(0, 200);
    serveTopics({ ...topicIndex({ myoclonus: { en: 'myoclonus.en.0123456789.json' } }), 'myoclonus.en.0123456789.json': truncated });
    const result = await loadTopic('myoclonus', 'en');
    assert.equal(result.status, 'invalid-payload');
    assert.equal(result.downloaded, true);
    assert.match(result.issues[0]!.message, /^The JSON cannot be read: /);

    const emptied = JSON.stringify({ ...JSON.parse(english), title: '' });
    serveTopics({ ...topicIndex({ myoclonus: { en: 'myoclonus.en.abcdef0123.json' } }), 'myoclonus.en.abcdef0123.json': emptied });
    assert.deepEqual(await loadTopic('myoclonus', 'en'), {
      status: 'invalid-payload',
      issues: [{ path: 'title', message: 'Must not be empty.' }],
      downloaded: true,
    });
  });

  it('is validated where the page cannot hash (browsers hash only on secure pages)', async () => {
    const text = JSON.stringify({ id: 'myoclonus', title: 'As published' });
    const file = publishedName('myoclonus', 'en', text);
    serveTopics({ ...topicIndex({ myoclonus: { en: file } }), [file]: text });
    const realCrypto = Object.getOwnPropertyDescriptor(globalThis, 'crypto')!;
    try {
      // Web Crypto without its digest (plain-HTTP pages), and none at all.
      for (const crypto of [{}, undefined]) {
        Object.defineProperty(globalThis, 'crypto', { value: crypto, configurable: true });
        assert.equal((await loadTopic('myoclonus', 'en', { reload: true })).status, 'invalid-payload', String(crypto));
      }
    } finally {
      Object.defineProperty(globalThis, 'crypto', realCrypto);
    }
  });

  it('is validated when hashing fails', async () => {
    const text = JSON.stringify({ id: 'myoclonus', title: 'As published' });
    const file = publishedName('myoclonus', 'en', text);
    serveTopics({ ...topicIndex({ myoclonus: { en: file } }), [file]: text });
    mock.method(crypto.subtle, 'digest', () => Promise.reject(new Error('not allowed')));
    assert.equal((await loadTopic('myoclonus', 'en')).status, 'invalid-payload');
  });
});

describe('a payload from the page', () => {
  it('is shown when valid, in its own language only', async () => {
    const result = await acceptPayload(JSON.parse(spanish));
    assert.equal(result.status, 'loaded');
    assert.deepEqual(result.locales, ['es']);
  });

  it('is refused with its problems when invalid, or when its JSON cannot be read', async () => {
    assert.deepEqual(await acceptPayload({ ...JSON.parse(english), locale: 'English' }), {
      status: 'invalid-payload',
      issues: [{ path: 'locale', message: 'Use a language tag such as "en" or "pt-BR".' }],
    });
    const result = await acceptPayloadText('{"id": ');
    assert.equal(result.status, 'invalid-payload');
    assert.equal(result.downloaded, undefined);
    assert.match(result.issues[0]!.message, /^The JSON cannot be read: Unexpected end of JSON input$/);
    assert.equal(result.issues[0]!.path, '');
  });
});
