/**
 * How a rejected payload's problems are reported (src/content/validate.ts, issues.ts, plain-data.ts):
 * each at its JSON path, in words an editor can act on, and never as an exception.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { formatIssues } from '../../src/content/issues.js';
import { toPlainData } from '../../src/content/plain-data.js';
import { MAX_REPORTED_ISSUES, validateTopic } from '../../src/content/validate.js';

const root = path.resolve(import.meta.dirname, '../..');
const article = JSON.parse(readFileSync(path.join(root, 'content/topics/myoclonus/en.json'), 'utf8'));

/** Each problem of a payload as `path: message`. */
function problems(payload: unknown): string[] {
  const result = validateTopic(payload);
  return result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
}

/** The article with its first section holding just this block. */
const withBlock = (block: unknown) => ({ ...article, sections: [{ ...article.sections[0], blocks: [block] }] });

describe('problems in inline text', () => {
  it('are reported where they are, when the text is neither a string nor runs', () => {
    assert.deepEqual(problems(withBlock({ type: 'paragraph', text: 5 })), [
      'sections[0].blocks[0].text: Invalid type: Expected string but received 5',
      'sections[0].blocks[0].text: Invalid type: Expected Array but received 5',
    ]);
  });

  it('are reported at the run, when a run of the text is broken', () => {
    assert.deepEqual(problems({ ...article, summary: ['Fine.', [{ type: 'text', text: 'Also ' }, { type: 'text' }]] }), [
      'summary[1]: Invalid type: Expected string but received Array',
      'summary[1][1].text: Invalid key: Expected "text" but received undefined',
    ]);
    assert.deepEqual(problems({ ...article, summary: [[{ type: 'link', text: 'x', href: 'javascript:alert(1)' }]] }), [
      'summary[0][0].href: Links must start with http://, https://, mailto: or tel:.',
    ]);
  });
});

describe('problems elsewhere', () => {
  it('name a key the schema does not know as such', () => {
    assert.deepEqual(problems({ ...article, colour: 'red' }), ['colour: Unknown property (Invalid key: Expected never but received "colour").']);
  });

  it('name a wrong type at its path, and one of the whole payload at the root', () => {
    assert.deepEqual(problems({ ...article, sections: 'none' }), ['sections: Invalid type: Expected Array but received "none"']);
    assert.deepEqual(problems(42), [': Invalid type: Expected Object but received 42']);
  });

  it('count the problems past the hundredth in one line, in the singular for one', () => {
    const issues = (count: number) => {
      const result = validateTopic({ ...article, sections: Array.from({ length: count }, () => ({ ...article.sections[0], id: 'x', title: '' })) });
      return result.ok ? [] : result.issues;
    };
    // Each section here has two problems (an empty title; the id "x" used before) but the first, which has one.
    assert.equal(issues(50).length, 99);
    const hundred = validateTopic({ ...article, title: '', sections: Array.from({ length: 50 }, () => ({ ...article.sections[0], id: 'x', title: '' })) });
    assert.ok(!hundred.ok && hundred.issues.length === MAX_REPORTED_ISSUES && !hundred.issues.some((issue) => issue.message.includes('more problem')));
    assert.equal(issues(51).length, MAX_REPORTED_ISSUES + 1);
    assert.deepEqual(issues(51).at(-1), { path: '', message: '…and 1 more problem, not listed.' });
    assert.deepEqual(issues(52).at(-1), { path: '', message: '…and 3 more problems, not listed.' });
  });

  it('read one per line in a console or build log, the root named as such', () => {
    assert.equal(
      formatIssues([{ path: '', message: 'The payload is not JSON data.' }, { path: 'sections[0].id', message: 'Must not be empty.' }]),
      '(root): The payload is not JSON data.\nsections[0].id: Must not be empty.',
    );
    assert.equal(formatIssues([]), '');
  });
});

describe('a payload that is not plain data', () => {
  const reason = (value: unknown) => {
    const result = toPlainData(value);
    return result.ok ? 'read' : result.reason;
  };

  it('is refused in one issue at its root, saying why', () => {
    assert.deepEqual(validateTopic({ ...article, title: Symbol('title') }), {
      ok: false,
      issues: [{ path: '', message: 'The payload is not JSON data. It holds a symbol, which JSON cannot.' }],
    });
  });

  it('says which value JSON cannot hold', () => {
    assert.equal(reason({ big: 10n }), 'It holds a bigint, which JSON cannot.');
    assert.equal(reason([Number.POSITIVE_INFINITY]), 'It holds the number Infinity, which JSON cannot.');
    assert.equal(reason([1, , 3]), 'It holds undefined, which JSON cannot.'); // eslint-disable-line no-sparse-arrays
    assert.equal(reason({ when: new Date(0) }), 'read');
    assert.deepEqual(toPlainData({ note: null, list: [null] }), { ok: true, value: Object.assign(Object.create(null), { note: null, list: [null] }) });
  });

  it('says what a script\'s trap threw, whatever it threw', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    assert.match(reason({ payload: proxy }), /^It cannot be read: TypeError: Cannot perform '\w+' on a proxy that has been revoked$/);
    const throwing = (thrown: unknown) => Object.defineProperty({}, 'title', { enumerable: true, get: () => { throw thrown; } });
    assert.equal(reason(throwing('a string')), 'It cannot be read: a string');
    const unnamed = Object.defineProperty(new Error('x'), 'name', { get: () => { throw new Error('again'); } });
    assert.equal(reason(throwing(unnamed)), 'It cannot be read: an error that cannot be described');
  });

  it('keeps values up to the limits, and no more', () => {
    assert.equal(reason([[[['deep']]]]), 'read');
    assert.equal(toPlainData([[['x']]], { depth: 3, values: 10 }).ok, true);
    assert.deepEqual(toPlainData([[[['x']]]], { depth: 3, values: 10 }), { ok: false, reason: 'It is nested more than 3 levels deep; no article is.' });
    assert.equal(toPlainData({ a: { b: { c: 'x' } } }, { depth: 3, values: 10 }).ok, true);
    assert.deepEqual(toPlainData({ a: { b: { c: { d: 'x' } } } }, { depth: 3, values: 10 }), { ok: false, reason: 'It is nested more than 3 levels deep; no article is.' });
    assert.deepEqual(toPlainData(Array.from({ length: 2000 }, () => 1), { depth: 3, values: 2000 }), {
      ok: false,
      reason: 'It holds more than 2,000 values; no article is that large.',
    });
  });
});
