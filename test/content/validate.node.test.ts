/** The content rules every payload meets, at build time and in the browser (src/content/validate.ts). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { PLAIN_DATA_LIMITS, toPlainData } from '../../src/content/plain-data.js';
import { MAX_REPORTED_ISSUES, validateTopic } from '../../src/content/validate.js';
import { formatDate, isRealDate } from '../../src/shared/dates.js';

const root = path.resolve(import.meta.dirname, '../..');
const article = JSON.parse(readFileSync(path.join(root, 'content/topics/myoclonus/en.json'), 'utf8'));

const issuesOf = (payload: unknown) => {
  const result = validateTopic(payload);
  return result.ok ? [] : result.issues;
};
const pathsOf = (payload: unknown) => issuesOf(payload).map((issue) => issue.path);

describe('validateTopic', () => {
  it('accepts the real article and returns a copy without prototypes', () => {
    const result = validateTopic(article);
    assert.ok(result.ok);
    assert.notEqual(result.value, article);
    assert.equal(Object.getPrototypeOf(result.value), null);
    assert.equal(Object.getPrototypeOf(result.value.sections[0]), null);
    assert.deepEqual(JSON.parse(JSON.stringify(result.value)), article);
  });

  it(`lists at most ${MAX_REPORTED_ISSUES} problems and counts the rest`, () => {
    const issues = issuesOf({ ...article, sections: Array.from({ length: 5000 }, () => ({})) });
    assert.equal(issues.length, MAX_REPORTED_ISSUES + 1);
    assert.match(issues.at(-1)!.message, /^…and \d+ more problems, not listed\.$/);
    assert.equal(issues.at(-1)!.path, '');
  });

  it('lists every problem when there are 100 or fewer', () => {
    const issues = issuesOf({ ...article, sections: Array.from({ length: 33 }, () => ({})) });
    assert.ok(issues.length <= MAX_REPORTED_ISSUES);
    assert.ok(!issues.some((issue) => issue.message.includes('more problem')));
  });

  it('refuses a payload larger than any article in one issue, without checking each part', () => {
    const issues = issuesOf({ ...article, sections: Array.from({ length: 1_000_000 }, () => ({})) });
    assert.deepEqual(issues, [{ path: '', message: `The payload is not JSON data. It holds more than ${PLAIN_DATA_LIMITS.values.toLocaleString('en')} values; no article is that large.` }]);
  });

  it('rejects invisible, control and broken text, with its path', () => {
    assert.deepEqual(pathsOf({ ...article, title: '\u200b\u2060\u00ad \u0301' }), ['title']);
    assert.deepEqual(pathsOf({ ...article, title: 'Myoclonus\u0000' }), ['title']);
    assert.deepEqual(pathsOf({ ...article, disclaimer: 'Broken \ud800 text' }), ['disclaimer']);
    assert.deepEqual(pathsOf({ ...article, title: 'Line\r\nbreaks\tand tabs are text' }), []);
  });

  it('rejects days the calendar lacks, once, and accepts leap days', () => {
    assert.deepEqual(issuesOf({ ...article, lastReviewed: '2026-02-30' }).map(({ path, message }) => `${path}: ${message}`), [
      'lastReviewed: There is no such day in the calendar.',
    ]);
    assert.deepEqual(pathsOf({ ...article, lastReviewed: '2025-13-01' }), ['lastReviewed']);
    assert.deepEqual(pathsOf({ ...article, lastReviewed: '2024-02-29' }), []);
  });

  it('rejects a section id used twice, and the references\' id, at the id', () => {
    const [first, second] = article.sections;
    assert.deepEqual(pathsOf({ ...article, sections: [first, second, { ...second }] }), ['sections[2].id']);
    assert.deepEqual(pathsOf({ ...article, sections: [{ ...first, id: 'references' }] }), ['sections[0].id']);
  });

  it('does not read keys a page added to Object.prototype', () => {
    const prototype = Object.prototype as Record<string, unknown>;
    prototype.foo = 'bar';
    prototype.lang = 'xx';
    try {
      const result = validateTopic(structuredClone(article));
      assert.ok(result.ok, JSON.stringify(result));
      assert.equal(result.value.sections[0].blocks[0].type, article.sections[0].blocks[0].type);
      assert.equal((result.value as Record<string, unknown>).lang, undefined);
    } finally {
      delete prototype.foo;
      delete prototype.lang;
    }
  });
});

describe('the review cycle, rebuilt parts and who did what', () => {
  it('takes a review interval or a next review day, not both, and says so at nextReview', () => {
    assert.deepEqual(issuesOf({ ...article, reviewIntervalMonths: 12, nextReview: '2026-06-30' }), [
      { path: 'nextReview', message: 'Give either reviewIntervalMonths or nextReview, not both: they could name two different days.' },
    ]);
    assert.deepEqual(issuesOf({ ...article, reviewIntervalMonths: 12, nextReview: undefined }), []);
    assert.deepEqual(issuesOf({ ...article, reviewIntervalMonths: undefined, nextReview: '2026-06-30' }), []);
  });

  it('asks a rebuilt block to name at least one work it was rebuilt from', () => {
    const payload = structuredClone(article);
    const block = payload.sections.flatMap((section: { blocks: { provenance?: unknown }[] }) => section.blocks).find((candidate: { provenance?: unknown }) => candidate.provenance);
    assert.ok(block, 'the real article has a rebuilt block');
    block.provenance = { sources: [] };
    assert.deepEqual(issuesOf(payload).map((issue) => issue.message), ['Name at least one work the block was rebuilt from.']);
  });

  it('knows people and organizations among contributors, and nothing else', () => {
    const contributor = (kind: unknown) => ({ ...article, contributors: [{ ...article.contributors[0], kind }] });
    assert.deepEqual(issuesOf(contributor('person')), []);
    assert.deepEqual(issuesOf(contributor('organization')), []);
    assert.deepEqual(pathsOf(contributor('robot')), ['contributors[0].kind']);
  });
});

describe('toPlainData', () => {
  it('says why a value cannot be read, instead of throwing', () => {
    const reason = (value: unknown) => {
      const result = toPlainData(value);
      return result.ok ? 'read' : result.reason;
    };
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    assert.equal(reason(cyclic), 'It holds itself (a cycle).');
    assert.equal(reason({ a: Object.defineProperty({}, 'b', { enumerable: true, get: () => { throw new TypeError('no'); } }) }), 'It cannot be read: TypeError: no');
    assert.equal(reason([1, Number.NaN]), 'It holds the number NaN, which JSON cannot.');
    assert.equal(reason([undefined]), 'It holds undefined, which JSON cannot.');
    assert.equal(reason({ f: () => 1 }), 'It holds a function, which JSON cannot.');
    let deep: unknown = 'x';
    for (let level = 0; level <= PLAIN_DATA_LIMITS.depth; level += 1) deep = [deep];
    assert.equal(reason(deep), `It is nested more than ${PLAIN_DATA_LIMITS.depth} levels deep; no article is.`);
    assert.equal(reason((deep as unknown[])[0]), 'read', `${PLAIN_DATA_LIMITS.depth} levels`);
    const shared = { text: 'the same object twice is not a cycle' };
    assert.equal(reason([shared, shared]), 'read');
  });

  it('keeps own enumerable keys only, and leaves out keys whose value is undefined', () => {
    const value = Object.assign(Object.create({ inherited: 1 }), { own: 1, missing: undefined });
    Object.defineProperty(value, 'hidden', { value: 1, enumerable: false });
    const result = toPlainData(value);
    assert.ok(result.ok);
    assert.deepEqual(Object.keys(result.value as object), ['own']);
  });

  it('counts values against the limit', () => {
    assert.ok(toPlainData(Array.from({ length: 9 }), { depth: 5, values: 10 }).ok === false);
    assert.ok(toPlainData(Array.from({ length: 9 }, () => 0), { depth: 5, values: 10 }).ok);
    assert.ok(!toPlainData(Array.from({ length: 10 }, () => 0), { depth: 5, values: 10 }).ok);
  });
});

describe('dates', () => {
  it('knows which days the calendar has', () => {
    assert.equal(isRealDate('2024-02-29'), true);
    assert.equal(isRealDate('2023-02-29'), false);
    assert.equal(isRealDate('2026-02-30'), false);
    assert.equal(isRealDate('2026-04-31'), false);
    assert.equal(isRealDate('2026-12-31'), true);
    assert.equal(isRealDate('not a date'), false);
  });

  it('shows a date in the reader\'s language, the same day in every time zone, and one the calendar lacks as written', () => {
    assert.equal(formatDate('2024-05-31', 'en'), 'May 31, 2024');
    assert.equal(formatDate('2024-05-31', 'es'), '31 de mayo de 2024');
    assert.equal(formatDate('2024-01-01', 'en'), 'January 1, 2024');
    assert.equal(formatDate('2026-02-30', 'en'), '2026-02-30');
  });

  it('reads and shows the same day in every time zone, west and east of UTC', () => {
    const zone = process.env.TZ;
    try {
      for (const timeZone of ['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati']) {
        process.env.TZ = timeZone;
        assert.equal(Intl.DateTimeFormat().resolvedOptions().timeZone, timeZone);
        assert.equal(formatDate('2024-01-01', 'en'), 'January 1, 2024', timeZone);
        assert.equal(formatDate('2025-12-31', 'en'), 'December 31, 2025', timeZone);
        assert.equal(isRealDate('2024-01-01'), true, timeZone);
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
