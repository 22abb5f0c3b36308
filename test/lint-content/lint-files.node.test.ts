/**
 * The content linter's reading of files (scripts/lint-content/files.ts, json-errors.ts, lint.ts,
 * findings.ts): where a payload's place is, its original, JSON errors with a line and column, and
 * how findings are ordered and written.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { allPayloadFiles, expectedPlace, originalOf } from '../../scripts/lint-content/files.js';
import { bySeverity, count, formatFinding } from '../../scripts/lint-content/findings.js';
import { parseJson } from '../../scripts/lint-content/json-errors.js';
import { lintFile, lintPayload, type Finding } from '../../scripts/lint-content/lint.js';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'test/fixtures/lint');
const options = { today: '2026-03-01', maxReviewAgeDays: 1095 };

describe('a payload\'s place', () => {
  it('is its topic folder and locale file name under a topics folder, wherever that is', () => {
    assert.deepEqual(expectedPlace('content/topics/myoclonus/es.json'), { topic: 'myoclonus', locale: 'es' });
    assert.deepEqual(expectedPlace('/srv/site/topics/hiccups/pt-BR.json'), { topic: 'hiccups', locale: 'pt-BR' });
  });

  it('is nothing for a file elsewhere', () => {
    assert.equal(expectedPlace('drafts/myoclonus/en.json'), undefined);
    assert.equal(expectedPlace('topics/en.json'), undefined);
  });
});

describe('a translation\'s original', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'lint-original-'));
  after(() => rmSync(folder, { recursive: true, force: true }));
  writeFileSync(path.join(folder, 'en.json'), '{"id": "x"}');
  writeFileSync(path.join(folder, 'fr.json'), '{"id": ');
  const translation = path.join(folder, 'es.json');

  it('is the file of that locale beside it, read', () => {
    assert.deepEqual(originalOf(translation, { translationOf: 'en' }), { fileName: 'en.json', found: true, payload: { id: 'x' } });
  });

  it('is missing when no such file is beside it', () => {
    assert.deepEqual(originalOf(translation, { translationOf: 'pt-BR' }), { fileName: 'pt-BR.json', found: false });
  });

  it('is not looked for when it is no language tag, nor read when it is not JSON (its own lint says why)', () => {
    mkdirSync(path.join(folder, 'en'), { recursive: true });
    for (const translationOf of ['../en', 'en/../en', '', 'e n', 7]) assert.equal(originalOf(translation, { translationOf }), undefined, String(translationOf));
    assert.equal(originalOf(translation, {}), undefined);
    assert.equal(originalOf(translation, { translationOf: 'fr' }), undefined);
  });
});

describe('the payloads linted by default', () => {
  it('are every content/topics/<topic>/<locale>.json', () => {
    const topics = path.join(root, 'content/topics');
    assert.deepEqual(allPayloadFiles(), [path.join(topics, 'myoclonus/en.json'), path.join(topics, 'myoclonus/es.json')]);
  });

  it('are taken topic by topic and file by file in name order, passing over other files', (t) => {
    const topics = mkdtempSync(path.join(tmpdir(), 'lint-topics-'));
    t.after(() => rmSync(topics, { recursive: true, force: true }));
    // Enough names that the folder's own listing order is not already name order.
    const names = ['tremor', 'tics', 'spasms', 'restless-legs', 'palsy', 'myoclonus', 'hiccups', 'dystonia', 'cramps', 'chorea', 'ataxia', 'akathisia'];
    const locales = ['pt-BR.json', 'fr.json', 'es.json', 'en.json'];
    for (const topic of names) {
      mkdirSync(path.join(topics, topic));
      for (const file of [...locales, 'SOURCES.md', 'diagram.svg']) writeFileSync(path.join(topics, topic, file), '{}');
    }
    writeFileSync(path.join(topics, 'README.md'), 'Not a topic.');
    const expected = [...names].sort().flatMap((topic) => [...locales].sort().map((file) => path.join(topics, topic, file)));
    assert.deepEqual(allPayloadFiles(topics), expected);
  });
});

describe('a file that is not valid JSON', () => {
  const where = (source: string) => {
    const parsed = parseJson(source);
    assert.equal(parsed.ok, false, source);
    return parsed.ok ? '' : parsed.message;
  };

  it('is reported with the line and column where the JSON grammar first fails', () => {
    const cases: [string, string][] = [
      ['{"a": 1,}', 'line 1, column 9'],
      ['{"a" 1}', 'line 1, column 6'],
      ['[1, 2', 'line 1, column 6'],
      ['{"a": tru}', 'line 1, column 7'],
      ['{"a": 1} x', 'line 1, column 10'],
      ['{ } ]', 'line 1, column 5'],
      ['[ ]\t\r\n  ,', 'line 2, column 3'],
      ['{\n  "a": [1,\n\t 2,,]\n}', 'line 3, column 5'],
      ['{"a": "line\nbreak"}', 'line 1, column 7'],
      ['{"a": "\\x"}', 'line 1, column 7'],
      ['{"a": "\\u12"}', 'line 1, column 7'],
      ['{"a\\u00e9": "\\u00e9\\n\\"", "b": [-1.5e+3, 0, true, false, null], "c": {}} 0', 'line 1, column 74'],
      ['{1: 2}', 'line 1, column 2'],
      ['01', 'line 1, column 2'],
      ['  ', 'line 1, column 3'],
    ];
    for (const [source, at] of cases) assert.ok(where(source).endsWith(` (${at}).`), `${JSON.stringify(source)}: ${where(source)}`);
  });

  it('is reported shortly: the parser\'s reason, without the file\'s text or an offset', () => {
    assert.equal(where(''), 'The file is not valid JSON: Unexpected end of JSON input (line 1, column 1).');
    assert.equal(where('{"a": tru}'), 'The file is not valid JSON: Unexpected token \'}\' (line 1, column 7).');
    assert.equal(where('{"a": 1} x'), 'The file is not valid JSON: Unexpected non-whitespace character after JSON (line 1, column 10).');
    assert.equal(where('[1, 2'), 'The file is not valid JSON: Expected \',\' or \']\' after array element (line 1, column 6).');
    for (const source of ['{"title": "Myoclonus", "oops"}', '[1, 2', '{"a": tru}', '{"a": 1} x']) {
      const message = where(source);
      assert.match(message, /^The file is not valid JSON: [^"]+ \(line 1, column \d+\)\.$/, message);
      assert.doesNotMatch(message, /position|is not valid JSON:.*is not valid JSON/, message);
    }
  });

  it('is reported without a place when it is nested deeper than the check can follow, instead of stopping the linter', () => {
    assert.equal(where('['.repeat(20_000)), 'The file is not valid JSON: Unexpected end of JSON input.');
  });

  it('is read as its value when it is valid', () => {
    assert.deepEqual(parseJson(' {"a": [1, {"b": null}]} '), { ok: true, value: { a: [1, { b: null }] } });
  });
});

describe('linting a file', () => {
  it('says when the file cannot be read, or is not JSON, for the whole file', () => {
    assert.deepEqual(lintFile(path.join(fixtures, 'no-such-file.json'), options), [
      { path: '', severity: 'error', message: `The file cannot be read (ENOENT: no such file or directory, open '${path.join(fixtures, 'no-such-file.json')}').` },
    ]);
    const [invalid] = lintFile(path.join(fixtures, 'invalid-json/topics/pretend-condition/en.json'), options);
    assert.equal(invalid!.path, '');
    assert.equal(invalid!.severity, 'error');
    assert.match(invalid!.message, /^The file is not valid JSON: .+ \(line 5, column 3\)\.$/);
  });

  it('checks the payload against its place and its original', () => {
    const warnings = (file: string) => lintFile(path.join(fixtures, file), options).filter((finding) => finding.severity !== 'info');
    assert.deepEqual(warnings('clean/topics/pretend-condition/es.json'), []);
    assert.deepEqual(warnings('wrong-place/topics/pretend-condition/en.json').map((finding) => finding.path), ['id', 'locale']);
    assert.deepEqual(warnings('translation-mismatch/topics/pretend-condition/es.json').map((finding) => finding.path), ['sections[0].blocks[0].items']);
  });

  it('lists errors first, then warnings, then the reading level, each in the order the rules run', () => {
    const findings = lintPayload({ id: 'x', locale: 'en', summary: ['A test.'], sections: [{ id: 's1', blocks: [{ type: 'figure' }] }] }, options);
    assert.deepEqual(findings.map((finding) => `${finding.severity} ${finding.path}`), [
      'error title', 'error sections[0].title', 'error sections[0].blocks[0].src', 'error sections[0].blocks[0].alt', 'error sections[0].blocks[0].credit',
      'error references', 'error contributors', 'error disclaimer',
      'warning sections[0].blocks[0].alt', 'warning sections[0].blocks[0].credit', 'warning lastReviewed', 'warning lastUpdated', 'warning sections[0].id',
      'info ',
    ]);
  });
});

describe('findings', () => {
  const finding = (severity: Finding['severity'], path = ''): Finding => ({ path, severity, message: severity });

  it('are sorted errors, warnings, info, keeping their order within each', () => {
    const sorted = bySeverity([finding('info'), finding('warning', 'a'), finding('error', 'b'), finding('warning', 'c'), finding('error', 'd')]);
    assert.deepEqual(sorted.map(({ severity, path: at }) => `${severity}${at}`), ['errorb', 'errord', 'warninga', 'warningc', 'info']);
  });

  it('are written one a line, with the JSON path after the file when there is one', () => {
    assert.equal(formatFinding('content/x/en.json', { path: 'sections[0].id', severity: 'warning', message: 'Rename it.' }), 'content/x/en.json:sections[0].id: warning: Rename it.');
    assert.equal(formatFinding('content/x/en.json', { path: '', severity: 'error', message: 'Not JSON.' }), 'content/x/en.json: error: Not JSON.');
  });

  it('are counted in the singular for one', () => {
    assert.deepEqual([0, 1, 2].map((amount) => count(amount, 'error')), ['0 errors', '1 error', '2 errors']);
  });
});
