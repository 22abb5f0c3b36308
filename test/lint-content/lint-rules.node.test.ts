/**
 * The content linter's rules (scripts/lint-content/rules/), called on payloads made here: each
 * finding's path, severity and message, and the shapes of JSON each rule passes over quietly.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Finding, LintContext } from '../../scripts/lint-content/lint.js';
import { missingDates, overdueReview } from '../../scripts/lint-content/rules/dates.js';
import { figuresWithoutAltOrCredit } from '../../scripts/lint-content/rules/figures.js';
import { danglingLeadIns } from '../../scripts/lint-content/rules/lead-ins.js';
import { unsafeLinks } from '../../scripts/lint-content/rules/links.js';
import { placeFindings } from '../../scripts/lint-content/rules/place.js';
import { untraceableReferences } from '../../scripts/lint-content/rules/references.js';
import { schemaFindings } from '../../scripts/lint-content/rules/schema.js';
import { unstableSectionIds } from '../../scripts/lint-content/rules/section-ids.js';

const root = path.resolve(import.meta.dirname, '../..');
const clean = JSON.parse(readFileSync(path.join(root, 'test/fixtures/lint/clean/topics/pretend-condition/en.json'), 'utf8'));
const context: LintContext = { today: '2026-03-01', maxReviewAgeDays: 1095 };

/** Findings as `path severity: message`, the way a line of the linter reads. */
const lines = (findings: Finding[]) => findings.map(({ path: at, severity, message }) => `${at} ${severity}: ${message}`);
const section = (...blocks: unknown[]) => ({ id: 'symptoms', title: 'Symptoms', blocks });
const SHAPES = [null, 7, 'text', [], {}, { sections: 'none' }, { sections: [null, { blocks: 'none' }, { blocks: [null, 3] }] }, { summary: [[null], [null, { text: 'x' }]] }];

describe('the schema rule', () => {
  it('says in plain words which field is missing or not one payloads have', () => {
    const { title: _title, ...untitled } = clean;
    assert.deepEqual(lines(schemaFindings({ ...untitled, colour: 'red' })), [
      'title error: Schema: "title" is required but missing.',
      'colour error: Schema: "colour" is not a field payloads may have (a misspelling?).',
    ]);
  });

  it('keeps the schema\'s own words for any other problem, and is quiet on a valid payload', () => {
    assert.deepEqual(lines(schemaFindings({ ...clean, sections: [5] })), ['sections[0] error: Schema: Invalid type: Expected Object but received 5']);
    assert.deepEqual(schemaFindings(clean), []);
  });
});

describe('the place rule', () => {
  const expected = { topic: 'pretend-condition', locale: 'en' };

  it('reports an id or locale other than the folder and file name', () => {
    assert.deepEqual(lines(placeFindings({ ...clean, id: 'other', locale: 'es' }, { ...context, expected })), [
      'id error: The topic id is "other" but its folder is "pretend-condition"; they must match or the build stops.',
      'locale error: The locale is "es" but the file is "en.json"; they must match or the build stops.',
    ]);
  });

  it('is quiet when they agree, when the file has no such place, and when id or locale is missing', () => {
    assert.deepEqual(placeFindings(clean, { ...context, expected }), []);
    assert.deepEqual(placeFindings({ ...clean, id: 'other' }, context), []);
    assert.deepEqual(placeFindings({ id: 7 }, { ...context, expected }), []);
  });
});

describe('the link rule', () => {
  it('names each link that leads elsewhere than the web, e-mail or the phone, with its words and address', () => {
    const payload = {
      summary: [[{ type: 'link', text: 'Click', href: 'javascript:alert(1)' }]],
      sections: [section(
        { type: 'paragraph', text: [{ type: 'text', text: 'See ' }, { type: 'link', href: 'data:x' }] },
        { type: 'list', leadIn: [{ type: 'link', text: 'Lead', href: 'ftp://x' }], items: [[{ type: 'link', text: 'Call', href: 'tel:+15550100' }, { type: 'link', text: 'Nowhere' }]] },
        { type: 'figure', caption: [{ type: 'link', text: 'Source', href: ['https://example.org'] }] },
      )],
    };
    const allowed = 'a link may only lead to a web page (http:// or https://), an e-mail address (mailto:) or a phone number (tel:).';
    assert.deepEqual(lines(unsafeLinks(payload)), [
      `summary[0][0].href error: The link "Click" leads to "javascript:alert(1)": ${allowed}`,
      `sections[0].blocks[0].text[1].href error: The link without text leads to "data:x": ${allowed}`,
      `sections[0].blocks[1].leadIn[0].href error: The link "Lead" leads to "ftp://x": ${allowed}`,
      `sections[0].blocks[1].items[0][1].href error: The link "Nowhere" has no address: ${allowed}`,
      // An address that is not text is none, whatever it holds.
      `sections[0].blocks[2].caption[0].href error: The link "Source" has no address: ${allowed}`,
    ]);
  });

  it('is quiet on safe links, plain text and any shape of JSON', () => {
    assert.deepEqual(unsafeLinks(clean), []);
    for (const input of SHAPES) assert.deepEqual(unsafeLinks(input), [], JSON.stringify(input));
  });
});

describe('the lead-in rule', () => {
  it('warns of a paragraph ending in ":" whose next block is not a list', () => {
    const payload = { sections: [
      section({ type: 'paragraph', text: 'Signs include: ' }, { type: 'paragraph', text: 'Jerks.' }),
      section({ type: 'paragraph', text: [{ type: 'text', text: 'Ask about' }, { type: 'emphasis', text: ':' }] }),
      section({ type: 'paragraph', text: 'Signs include:' }, { type: 'list', items: ['Jerks'] }),
      section({ type: 'list', leadIn: 'No list after:', items: ['Jerks'] }, { type: 'paragraph', text: 'Ends: not here.' }),
      // Only a paragraph is a lead-in: text that strays into another block is not one.
      section({ type: 'list', text: 'Not a paragraph:', items: ['Jerks'] }, { type: 'figure', caption: 'Neither:' }),
    ] };
    const cause = 'the list it introduces is missing, or the ":" should be a full stop';
    assert.deepEqual(lines(danglingLeadIns(payload)), [
      `sections[0].blocks[0].text warning: This paragraph ends in ":" but no list follows it; ${cause}.`,
      `sections[1].blocks[0].text warning: This paragraph ends in ":" but no list follows it; ${cause}.`,
    ]);
    for (const input of SHAPES) assert.deepEqual(danglingLeadIns(input), [], JSON.stringify(input));
  });
});

describe('the figure rule', () => {
  it('warns of a figure without alt text or without credit, blank ones too', () => {
    const payload = { sections: [section({ type: 'figure', alt: ' ', credit: 'NIH' }, { type: 'paragraph', text: 'No alt here' }, { type: 'figure', alt: 'Hands' })] };
    assert.deepEqual(lines(figuresWithoutAltOrCredit(payload)), [
      'sections[0].blocks[0].alt warning: The figure has no alt text, so people who cannot see it learn nothing from it; describe what the picture shows.',
      'sections[0].blocks[2].credit warning: The figure has no credit; say who made the picture and under what terms it is used.',
    ]);
    assert.deepEqual(figuresWithoutAltOrCredit(clean), []);
  });
});

describe('the date rules', () => {
  it('warn of each date not given, and say never to guess it', () => {
    assert.deepEqual(lines(missingDates({})), [
      'lastReviewed warning: The date of the last medical review is not given, so the widget leaves out the "Last reviewed" row; add it only when it is known, never a guessed date.',
      'lastUpdated warning: The date the article last changed is not given, so the widget leaves out the "Last updated" row; add it only when it is known, never a guessed date.',
    ]);
    assert.deepEqual(lines(missingDates({ lastReviewed: '2026-01-05' })).map((line) => line.split(' ')[0]), ['lastUpdated']);
    assert.deepEqual(missingDates(clean), []);
  });

  it('warn of a review older than allowed, counted in whole days to today', () => {
    const reviewed = (lastReviewed: unknown, today: string, maxReviewAgeDays = 30) => lines(overdueReview({ lastReviewed }, { today, maxReviewAgeDays }));
    assert.deepEqual(reviewed('2026-01-01', '2026-01-31'), []);
    assert.deepEqual(reviewed('2026-01-01', '2026-02-01'), [
      'lastReviewed warning: The last medical review was on 2026-01-01, 31 days before 2026-02-01, more than the 30 days allowed; the article is due for review.',
    ]);
    // A leap year's February has 29 days.
    assert.deepEqual(reviewed('2024-02-01', '2024-03-02'), []);
    assert.deepEqual(reviewed('2024-02-01', '2024-03-03'), [
      'lastReviewed warning: The last medical review was on 2024-02-01, 31 days before 2024-03-03, more than the 30 days allowed; the article is due for review.',
    ]);
  });

  it('pass over a review date that is missing, not text, or no day the calendar has', () => {
    for (const lastReviewed of [undefined, 20200101, '2020-02-30', 'long ago']) {
      assert.deepEqual(overdueReview({ lastReviewed }, { today: '2026-03-01', maxReviewAgeDays: 1 }), [], String(lastReviewed));
    }
  });

  it('warn of a review past the day its cycle names, nextReview first, else the months after the last', () => {
    const due = (payload: object, today: string) => lines(overdueReview(payload, { today, maxReviewAgeDays: 1095 }));
    const cycle = { lastReviewed: '2025-03-31', reviewIntervalMonths: 11 };
    assert.deepEqual(due({ nextReview: '2026-06-30' }, '2026-06-30'), []);
    assert.deepEqual(due({ nextReview: '2026-06-30', ...cycle }, '2026-07-01'), ['nextReview warning: The next medical review was due on 2026-06-30; on 2026-07-01 it is overdue.']);
    // Eleven months after March 31 is the last day of February.
    assert.deepEqual(due(cycle, '2026-02-28'), []);
    assert.deepEqual(due(cycle, '2026-03-01'), [
      'lastReviewed warning: The next medical review was due on 2026-02-28 (11 months after the last, on 2025-03-31); on 2026-03-01 it is overdue.',
    ]);
  });

  it('let a review cycle replace the age limit, and pass over a cycle no payload may hold', () => {
    const reviewed = (payload: object) => lines(overdueReview({ lastReviewed: '2020-01-01', ...payload }, { today: '2026-03-01', maxReviewAgeDays: 30 }));
    const tooOld = 'lastReviewed warning: The last medical review was on 2020-01-01, 2251 days before 2026-03-01, more than the 30 days allowed; the article is due for review.';
    assert.deepEqual(reviewed({ reviewIntervalMonths: 120 }), []);
    assert.deepEqual(reviewed({ nextReview: '2026-12-31' }), []);
    // Not a whole number of months above zero, or not a day a payload may hold: the age limit counts.
    for (const cycle of [{ reviewIntervalMonths: 0 }, { reviewIntervalMonths: -120 }, { reviewIntervalMonths: 120.5 }, { reviewIntervalMonths: '120' }, { nextReview: '2026-02-30' }, { nextReview: 20261231 }]) {
      assert.deepEqual(reviewed(cycle), [tooOld], JSON.stringify(cycle));
    }
  });
});

describe('the reference rule', () => {
  it('warns of a reference with neither DOI nor URL, naming it by number and title', () => {
    const payload = { references: [{ title: 'Traced', doi: '10.5555/x' }, { title: 'Lost', doi: ' ', url: '' }, { url: 'https://example.org' }, {}] };
    const why = 'so readers cannot find the source from the article; add one once it is verified';
    assert.deepEqual(lines(untraceableReferences(payload)), [
      `references[1] warning: Reference 2 ("Lost") has neither a DOI nor a URL, ${why}.`,
      `references[3] warning: Reference 4 has neither a DOI nor a URL, ${why}.`,
    ]);
    assert.deepEqual(untraceableReferences({ references: 'none' }), []);
  });
});

describe('the section id rule', () => {
  it('warns of ids that look positional or generated, naming the deep link hospitals would use', () => {
    const ids = ['section-1', 'sec2', 's-3', 'part4', 'p-5', 'chapter-6', 'heading7', 'h8', 'section-12', '42', '9f86d081e5', 'abcdef12', 'Untitled-Section'];
    const findings = unstableSectionIds({ id: 'pretend-condition', sections: ids.map((id) => ({ id })) });
    assert.deepEqual(findings.map((finding) => finding.path), ids.map((_id, index) => `sections[${index}].id`));
    assert.equal(
      lines(findings)[0],
      'sections[0].id warning: Section id "section-1" looks positional or generated; hospital pages deep-link to sections ' +
        '(#pretend-condition-section-1), so use words that name the section, such as "symptoms", and keep them once published.',
    );
    assert.match(lines(unstableSectionIds({ sections: [{ id: 's2' }] }))[0]!, /\(#…-s2\)/);
  });

  it('is quiet on ids made of words, even with numbers or hex letters in them', () => {
    const ids = ['symptoms', 'covid-19-vaccines', 'section-one', 'parts-4', 'decade', 'deadbeef', 'abcdef1', 'x-section-1', 'h2o-1', '42-answers'];
    assert.deepEqual(unstableSectionIds({ sections: [...ids.map((id) => ({ id })), { id: 7 }, {}] }), []);
  });
});
