/**
 * Where content files are looked for (src/content/content-location.ts): the chosen folder, the
 * default one, or the npm build's table of the files a bundler copied; and which answers to a
 * download say the file is not there.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { CONTENT_FILES } from '../../src/content/generated/content-files.js';
import { DEFAULT_CONTENT_BASE, TOPIC_INDEX_FILE } from '../../src/content/generated/content-manifest.js';
import { ContentNotFoundError, missingContent } from '../../src/content/content-location.js';

/** A fresh copy of the module, with no folder chosen yet (the choice is the page's, once). */
async function freshModule(name: string): Promise<typeof import('../../src/content/content-location.js')> {
  return import(`../../src/content/content-location.js?${name}`);
}

/** What the builds define: the script-tag build's topics folder, the npm build's table. */
const BUILD_CONSTANTS = ['__HEALTH_TOPIC_TOPICS_FOLDER__', '__HEALTH_TOPIC_CONTENT_FILE_TABLE__'] as const;
const page = globalThis as Record<string, unknown>;

function build(constants: Partial<Record<(typeof BUILD_CONSTANTS)[number], unknown>>) {
  Object.assign(page, constants, { document: { baseURI: 'https://hospital.example/health/page.html' } });
}

const publishedName = Object.keys(CONTENT_FILES).find((name) => name !== TOPIC_INDEX_FILE)!;

describe('where content files are looked for', () => {
  afterEach(() => {
    for (const name of [...BUILD_CONSTANTS, 'document']) delete page[name];
  });

  it('is the default topics folder, until a folder is chosen, relative to the page and with or without its final slash', async () => {
    build({});
    const { chosenContentBase, contentLocator, setContentBasePath } = await freshModule('unbuilt');
    assert.equal((await contentLocator())('a.json'), new URL('a.json', DEFAULT_CONTENT_BASE).href);
    assert.equal(chosenContentBase(), undefined);
    setContentBasePath('assets/topics');
    assert.equal(chosenContentBase(), 'https://hospital.example/health/assets/topics/');
    assert.equal((await contentLocator())('a.json'), 'https://hospital.example/health/assets/topics/a.json');
    setContentBasePath('https://cdn.example/topics/');
    assert.equal((await contentLocator())('a.json'), 'https://cdn.example/topics/a.json');
  });

  it('is the topics folder in the script-tag build, which defines its folder and never reads the table', async () => {
    build({ __HEALTH_TOPIC_TOPICS_FOLDER__: '../topics/', __HEALTH_TOPIC_CONTENT_FILE_TABLE__: true });
    const { contentLocator, setContentBasePath } = await freshModule('script-tag');
    assert.equal((await contentLocator())(publishedName), new URL(publishedName, DEFAULT_CONTENT_BASE).href);
    setContentBasePath('/topics/');
    assert.equal((await contentLocator())(publishedName), `https://hospital.example/topics/${publishedName}`);
  });

  it('is the table\'s address in the npm build, beside the topic index for a name it lacks, and the chosen folder once one is', async () => {
    build({ __HEALTH_TOPIC_CONTENT_FILE_TABLE__: true });
    const { contentLocator, setContentBasePath } = await freshModule('npm');
    const locate = await contentLocator();
    assert.equal(locate(publishedName), CONTENT_FILES[publishedName as keyof typeof CONTENT_FILES]);
    assert.equal(locate('later.json'), new URL('later.json', CONTENT_FILES[TOPIC_INDEX_FILE as keyof typeof CONTENT_FILES]).href);
    // A name an object has from its prototype is no file in the table.
    assert.equal(locate('toString'), new URL('toString', CONTENT_FILES[TOPIC_INDEX_FILE as keyof typeof CONTENT_FILES]).href);
    setContentBasePath('/topics');
    assert.equal((await contentLocator())(publishedName), `https://hospital.example/topics/${publishedName}`);
  });
});

describe('an answer that is not the content file', () => {
  const url = 'https://hospital.example/topics/a.json';
  const answer = (status: number, type?: string) => missingContent(url, new Response(null, { status, headers: type ? { 'content-type': type } : {} }));

  it('is a missing file for 404 and 410, naming the address and the status', () => {
    for (const status of [404, 410]) {
      const missing = answer(status, 'application/json');
      assert.ok(missing instanceof ContentNotFoundError);
      assert.deepEqual([missing.url, missing.answer, missing.message], [url, `HTTP ${status}`, `${url}: HTTP ${status}`]);
    }
  });

  it('is a missing file for a web page sent as a success, which single-page-app servers send for any address', () => {
    for (const type of ['text/html', 'text/html; charset=utf-8']) {
      const missing = answer(200, type);
      assert.deepEqual([missing?.url, missing?.answer], [url, 'a web page, text/html'], type);
    }
  });

  it('is no missing file for the file itself, a failure of another kind, or an answer of no stated type', () => {
    assert.equal(answer(200, 'application/json'), undefined);
    assert.equal(answer(200), undefined);
    for (const status of [400, 403, 500, 503]) assert.equal(answer(status, 'text/html'), undefined, String(status));
  });
});
