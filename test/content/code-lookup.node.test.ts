/** Finding the article for a clinical code (src/content/code-lookup.ts), from a topics folder served from memory. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, it, mock } from 'node:test';
import { codeSystemOf, loadTopicByCode } from '../../src/content/code-lookup.js';
import { CODE_INDEX_FILE, TOPIC_INDEX_FILE } from '../../src/content/generated/content-manifest.js';
import { TimeoutError } from '../../src/shared/abort.js';
import { publishedName, serveTopics, topicIndex } from '../support/fake-topics.js';

const root = path.resolve(import.meta.dirname, '../..');
const english = readFileSync(path.join(root, 'content/topics/myoclonus/en.json'), 'utf8');
const spanish = readFileSync(path.join(root, 'content/topics/myoclonus/es.json'), 'utf8');
const EN = publishedName('myoclonus', 'en', english);
const ES = publishedName('myoclonus', 'es', spanish);
const CODES = { 'icd-10-cm': { 'G25.3': 'myoclonus', 'R25.2': 'cramps' }, 'snomed-ct': { '17450006': 'myoclonus' } };

function serveCodes(codes: unknown = CODES) {
  return serveTopics({
    ...topicIndex({ myoclonus: { en: EN, es: ES } }),
    [EN]: english,
    [ES]: spanish,
    [CODE_INDEX_FILE]: typeof codes === 'string' ? codes : JSON.stringify(codes),
    'nervous-system.svg': readFileSync(path.join(root, 'content/topics/myoclonus/nervous-system.svg'), 'utf8'),
  });
}

/** The locale of the article a code leads to, or the outcome when none is shown. */
async function found(code: string, system?: string, locale = 'en'): Promise<string> {
  const result = await loadTopicByCode(code, system, locale);
  return result.status === 'loaded' ? `${result.topic.id} ${result.topic.locale}` : result.status;
}

afterEach(() => mock.restoreAll());

describe('a code-system attribute', () => {
  it('names ICD-10-CM in the ways people write it', () => {
    for (const value of ['icd-10-cm', 'ICD-10-CM', ' icd10cm ', 'ICD 10 CM', 'icd_10_cm', 'icd-10', 'ICD 10', 'icd_10', 'ICD10CM']) {
      assert.equal(codeSystemOf(value), 'icd-10-cm', value);
    }
  });

  it('names SNOMED CT in the ways people write it', () => {
    for (const value of ['snomed-ct', 'SNOMED CT', 'snomed', 'SnomedCT', 'snomed__ct']) assert.equal(codeSystemOf(value), 'snomed-ct', value);
  });

  it('names no system when it is missing or unknown', () => {
    for (const value of [undefined, '', 'loinc', 'icd-9-cm', 'icd10', 'snomed-ct-us']) assert.equal(codeSystemOf(value), undefined, String(value));
  });
});

describe('looking up a code', () => {
  it('loads the article the code leads to, in the reader\'s language', async () => {
    serveCodes();
    assert.equal(await found('G25.3', 'icd-10-cm'), 'myoclonus en');
    assert.equal(await found('17450006', 'SNOMED CT', 'es'), 'myoclonus es');
  });

  it('takes the code in any letter case and with spaces', async () => {
    serveCodes();
    assert.equal(await found('g25.3', 'icd-10-cm'), 'myoclonus en');
    assert.equal(await found(' G25 .3 ', 'icd-10-cm'), 'myoclonus en');
  });

  it('searches every system when none, or an unknown one, is named; only the named one otherwise', async () => {
    serveCodes();
    assert.equal(await found('17450006'), 'myoclonus en');
    assert.equal(await found('17450006', 'loinc'), 'myoclonus en');
    assert.equal(await found('17450006', 'icd-10-cm'), 'not-found');
  });

  it('finds nothing for an unknown code, a system the index lacks, or a name every object has', async () => {
    serveCodes({ 'icd-10-cm': CODES['icd-10-cm'] });
    assert.deepEqual(await loadTopicByCode('Z99.9', undefined, 'en'), { status: 'not-found' });
    assert.equal(await found('17450006', 'snomed-ct'), 'not-found');
    assert.equal(await found('constructor', 'icd-10-cm'), 'not-found');
    assert.equal(await found('G25.3', 'hasOwnProperty'), 'myoclonus en');
  });

  it('reports a code whose topic is missing as not found, the way the topic itself would be', async () => {
    serveCodes();
    assert.equal(await found('R25.2', 'icd-10-cm'), 'not-found');
  });

  it('downloads the code index once, and reports its failures as network errors or a timeout', async () => {
    const { requests } = serveCodes();
    await found('G25.3');
    await found('17450006');
    assert.equal(requests.filter(({ file }) => file === CODE_INDEX_FILE).length, 1);
    assert.deepEqual(requests.map(({ file }) => file).slice(0, 2), [CODE_INDEX_FILE, TOPIC_INDEX_FILE]);

    serveCodes('<html>Bad gateway</html>');
    assert.equal(await found('G25.3'), 'network');
    const waiting = loadTopicByCode('G25.3', undefined, 'en', { signal: AbortSignal.abort(new TimeoutError('No answer within 10 ms.')) });
    assert.deepEqual(await waiting, { status: 'timeout' });
  });
});

describe('the code index', () => {
  const realCodes = readFileSync(path.join(root, 'src/content/generated/topics', CODE_INDEX_FILE), 'utf8');
  const realIndex = readFileSync(path.join(root, 'src/content/generated/topics', TOPIC_INDEX_FILE), 'utf8');

  it('is downloaded with the hash its chunk carries, and used when it has it', async () => {
    const published = (JSON.parse(realIndex) as { topics: { myoclonus: Record<string, string> } }).topics.myoclonus;
    const figures = readdirSync(path.join(root, 'src/content/generated/topics')).filter((file) => file.endsWith('.svg'));
    const files = Object.fromEntries([...Object.values(published), ...figures].map((file) => [file, readFileSync(path.join(root, 'src/content/generated/topics', file), 'utf8')]));
    serveTopics({ [TOPIC_INDEX_FILE]: realIndex, [CODE_INDEX_FILE]: realCodes, ...files }, { checkIndexes: true });
    assert.equal(await found('G25.3'), 'myoclonus en');
  });

  it('is refused when changed, so a code cannot be sent to another article', async () => {
    const changed = realCodes.replace('"G25.3":"myoclonus"', '"G25.3":"hiccups"');
    assert.notEqual(changed, realCodes);
    const { base } = serveTopics({ [TOPIC_INDEX_FILE]: realIndex, [CODE_INDEX_FILE]: changed }, { checkIndexes: true });
    assert.deepEqual(await loadTopicByCode('G25.3', undefined, 'en'), { status: 'changed-file', url: `${base}${CODE_INDEX_FILE}` });
  });
});
