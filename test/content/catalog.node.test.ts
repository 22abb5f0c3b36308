/**
 * Loading bundled topics (src/content/catalog.ts) from a topics folder served from memory: which
 * file answers, what is downloaded once and what again, and what each failure becomes.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, it, mock } from 'node:test';
import { acceptPayload, acceptPayloadText, downloadContentFile, listTopics, loadTopic, setContentBasePath } from '../../src/content/catalog.js';
import { TOPIC_INDEX_FILE } from '../../src/content/generated/content-manifest.js';
import { TimeoutError } from '../../src/shared/abort.js';
import { integrityOf, onHospitalPage, publishedName, serveTopics, topicIndex } from '../support/fake-topics.js';

const root = path.resolve(import.meta.dirname, '../..');
const english = readFileSync(path.join(root, 'content/topics/myoclonus/en.json'), 'utf8');
const spanish = readFileSync(path.join(root, 'content/topics/myoclonus/es.json'), 'utf8');
const EN = publishedName('myoclonus', 'en', english);
const ES = publishedName('myoclonus', 'es', spanish);

const FIGURE = 'nervous-system.svg';
const figure = readFileSync(path.join(root, 'content/topics/myoclonus', FIGURE), 'utf8');

/** The real articles, in English and Spanish, with their figure, as the build publishes them. */
function realTopics(extra: Record<string, string> = {}) {
  return serveTopics({ ...topicIndex({ myoclonus: { en: EN, es: ES } }), [EN]: english, [ES]: spanish, [FIGURE]: figure, ...extra });
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
      await downloadContentFile('codes.json', 'sha256-unchecked-by-this-fetch');
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
    const { base } = serveTopics({ ...topicIndex({ myoclonus: { en: file } }), [file]: text, [figure.src]: '<svg xmlns="http://www.w3.org/2000/svg"/>' });
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
      { file: FIGURE, cache: 'default' },
    ]);
    assert.equal((await loadTopic('myoclonus', 'en', { reload: true })).status, 'loaded');
    assert.deepEqual(requests.slice(3), [
      { file: TOPIC_INDEX_FILE, cache: 'reload' },
      { file: EN, cache: 'reload' },
      { file: FIGURE, cache: 'reload' },
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
    // Each failed checked download is asked for once more, unchecked, to tell why it failed.
    assert.deepEqual(requests.map(({ file }) => file), [TOPIC_INDEX_FILE, EN, EN, ES, ES, EN, EN]);
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
    serveTopics({ ...topicIndex({ myoclonus: { en: EN } }), [EN]: english, [FIGURE]: figure });
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
    // The first, the one that replaced it, and the late failure's unchecked look at why it failed.
    assert.equal(calls, 3);
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
  it('is shown as the build published it, without validating again, when its bytes have the hash the index gives', async () => {
    // Not a valid payload: were it validated, it would be refused.
    const text = JSON.stringify({ id: 'myoclonus', title: 'As published' });
    const file = publishedName('myoclonus', 'en', text);
    serveTopics({ ...topicIndex({ myoclonus: { en: file } }), [file]: text });
    const result = await loadTopic('myoclonus', 'en');
    assert.equal(result.status, 'loaded');
    assert.equal(result.topic.title, 'As published');
    assert.equal(Object.getPrototypeOf(result.topic), null);
  });

  /** The index as published for the English article, with `served` in the article's place. */
  function servedInstead(served: string | { status: number }) {
    const index = JSON.stringify({ topics: { myoclonus: { en: EN } }, integrity: { [EN]: integrityOf(english) } });
    return serveTopics({ [TOPIC_INDEX_FILE]: index, [EN]: served });
  }

  it('that a CDN changed is refused, even when still valid, and asked for afresh next time', async () => {
    const edited = english.replace('It cannot be stopped or controlled.', 'Stop every antiseizure medicine at once.');
    assert.notEqual(edited, english);
    const { base, requests } = servedInstead(edited);
    assert.deepEqual(await loadTopic('myoclonus', 'en'), { status: 'changed-file', url: `${base}${EN}` });
    await loadTopic('myoclonus', 'en');
    // The payload twice for each load: checked, then unchecked only to tell a changed file from a missing one.
    assert.deepEqual(requests.map(({ file, cache }) => `${file} ${cache}`), [`${TOPIC_INDEX_FILE} default`, `${EN} default`, `${EN} no-store`, `${EN} default`, `${EN} no-store`]);
  });

  it('that a CDN truncated, or served in another language, is refused', async () => {
    const { base } = servedInstead(english.slice(0, 200));
    assert.deepEqual(await loadTopic('myoclonus', 'en'), { status: 'changed-file', url: `${base}${EN}` });
    const spanishInstead = servedInstead(spanish);
    assert.deepEqual(await loadTopic('myoclonus', 'en'), { status: 'changed-file', url: `${spanishInstead.base}${EN}` });
  });

  it('that the index gives no hash for is refused without being downloaded', async () => {
    const { base, requests } = serveTopics({ [TOPIC_INDEX_FILE]: JSON.stringify({ topics: { myoclonus: { en: EN } }, integrity: {} }), [EN]: english });
    assert.deepEqual(await loadTopic('myoclonus', 'en'), { status: 'changed-file', url: `${base}${EN}` });
    assert.deepEqual(requests.map(({ file }) => file), [TOPIC_INDEX_FILE]);
  });

  it('is refused when a figure file it shows was changed, or has no hash in the index', async () => {
    const index = (hashes: Record<string, string>) => JSON.stringify({ topics: { myoclonus: { en: EN } }, integrity: { [EN]: integrityOf(english), ...hashes } });
    const changed = serveTopics({ [TOPIC_INDEX_FILE]: index({ [FIGURE]: integrityOf(figure) }), [EN]: english, [FIGURE]: figure.replace('<svg', '<svg onload="alert(1)"') });
    assert.deepEqual(await loadTopic('myoclonus', 'en'), { status: 'changed-file', url: `${changed.base}${FIGURE}` });
    const unhashed = serveTopics({ [TOPIC_INDEX_FILE]: index({}), [EN]: english, [FIGURE]: figure });
    assert.deepEqual(await loadTopic('myoclonus', 'en'), { status: 'changed-file', url: `${unhashed.base}${FIGURE}` });
    assert.deepEqual(unhashed.requests.map(({ file }) => file), [TOPIC_INDEX_FILE, EN]);
  });

  it('whose checked bytes are no JSON (a build that published a broken file) is refused, not thrown', async () => {
    const { base } = serveTopics({ ...topicIndex({ myoclonus: { en: EN } }), [EN]: '{"id": "myoclonus", ' });
    assert.deepEqual(await loadTopic('myoclonus', 'en'), { status: 'changed-file', url: `${base}${EN}` });
  });

  it('that is missing is content not found, not a changed file', async () => {
    const { base } = servedInstead({ status: 404 });
    assert.deepEqual(await loadTopic('myoclonus', 'en'), { status: 'content-not-found', url: `${base}${EN}`, answer: 'HTTP 404' });
  });
});

describe('the topic index', () => {
  const realIndex = readFileSync(path.join(root, 'src/content/generated/topics', TOPIC_INDEX_FILE), 'utf8');
  const published = JSON.parse(realIndex) as { topics: Record<string, Record<string, string>>; integrity: Record<string, string> };

  it('is downloaded with the hash the first-paint file carries, and used when it has it', async () => {
    const { requests } = serveTopics({ [TOPIC_INDEX_FILE]: realIndex }, { checkIndexes: true });
    assert.deepEqual(await listTopics(), { myoclonus: ['en', 'es'] });
    assert.equal(requests.length, 1);
  });

  it('is refused when changed: pointing English at the Spanish file, or at an edited file named by its own hash', async () => {
    const edited = english.replace('It cannot be stopped or controlled.', 'Stop every antiseizure medicine at once.');
    const editedFile = publishedName('myoclonus', 'en', edited);
    for (const index of [
      { ...published, topics: { myoclonus: { en: published.topics.myoclonus!.es!, es: published.topics.myoclonus!.es! } } },
      { topics: { myoclonus: { en: editedFile } }, integrity: { [editedFile]: integrityOf(edited) } },
    ]) {
      const { base, requests } = serveTopics({ [TOPIC_INDEX_FILE]: JSON.stringify(index), [editedFile]: edited }, { checkIndexes: true });
      assert.deepEqual(await loadTopic('myoclonus', 'en'), { status: 'changed-file', url: `${base}${TOPIC_INDEX_FILE}` });
      assert.equal(requests.filter(({ file }) => file !== TOPIC_INDEX_FILE).length, 0);
    }
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
    assert.match(result.issues[0]!.message, /^The JSON cannot be read: Unexpected end of JSON input$/);
    assert.equal(result.issues[0]!.path, '');
  });
});
