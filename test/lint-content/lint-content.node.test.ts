/**
 * Node tests of the content linter (scripts/lint-content.ts). Each rule fires on a crafted payload in
 * test/fixtures/lint/<case>/topics/pretend-condition/, at its JSON path and with its severity, while
 * the other rules stay quiet; also rebuilt parts, the review cycle, translation structure, rules on
 * payloads the schema rejects, and review age. The real articles, exit codes and reading levels
 * are in lint-content-runs.test.ts.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { lintPayload, type Finding } from '../../scripts/lint-content/lint.js';
import { context, fixture, lint, linesOf, messagesAt, problems, readJson, TODAY, type Line } from '../support/linter-output.js';

const RULE_CASES = [
  'clean',
  'invalid-json',
  'schema',
  'duplicate-section-ids',
  'unsafe-links',
  'wrong-place',
  'dangling-lead-in',
  'figure-without-alt-or-credit',
  'missing-dates',
  'impossible-dates',
  'reference-without-doi-or-url',
  'unstable-section-ids',
];

describe('content linter rules, one crafted payload each', () => {
  let lines: Line[] = [];
  before(() => {
    const files = [
      ...RULE_CASES.map((name) => fixture(name)),
      fixture('clean', 'es'),
      fixture('translation-mismatch', 'es'),
      fixture('translation-without-original', 'es'),
    ];
    lines = linesOf(lint('--today', TODAY, ...files).stdout);
  });

  it('stays quiet on a clean payload and on its faithful translation', () => {
    assert.deepEqual(problems(lines, fixture('clean')), []);
    assert.deepEqual(problems(lines, fixture('clean', 'es')), []);
  });

  it('reports invalid JSON for the whole file, saying where', () => {
    const file = fixture('invalid-json');
    assert.deepEqual(problems(lines, file), ['(file) error']);
    assert.match(messagesAt(lines, file, '', 'error')[0]!, /^The file is not valid JSON: .+ \(line 5, column 3\)\.$/);
  });

  it('reports schema errors at their JSON paths', () => {
    const file = fixture('schema');
    assert.deepEqual(problems(lines, file), ['sections[0].blocks[0].items error', 'sections[1].colour error']);
    assert.deepEqual(messagesAt(lines, file, 'sections[1].colour', 'error'), [
      'Schema: "colour" is not a field payloads may have (a misspelling?).',
    ]);
  });

  it('reports a section id used twice, whose deep links would collide', () => {
    const file = fixture('duplicate-section-ids');
    assert.deepEqual(problems(lines, file), ['sections[1].id error']);
    const [message] = messagesAt(lines, file, 'sections[1].id', 'error');
    assert.equal(message, 'Schema: sections[0] has the id "symptoms" too: each section needs its own, as it is the section\'s deep link.');
  });

  it('reports links that lead anywhere but the web, e-mail or the phone, in every kind of inline text', () => {
    const file = fixture('unsafe-links');
    const targets = {
      'summary[0][1].href': 'javascript:alert(1)',
      'sections[0].blocks[0].leadIn[1].href': 'www.example.org/pretend',
      'sections[0].blocks[0].items[1][0].href': 'data:text/html,<b>warm</b>',
      'sections[0].blocks[1].caption[1].href': 'ftp://example.org/diagram',
    };
    const hrefs = Object.keys(targets);
    // The schema rejects each link too; the linter says it again in plain words. tel: and mailto: stay quiet.
    assert.deepEqual(problems(lines, file), [...hrefs.map((at) => `${at} error`), ...hrefs.map((at) => `${at} error`)]);
    for (const [at, target] of Object.entries(targets)) {
      const plain = messagesAt(lines, file, at, 'error').find((message) => message.startsWith('The link')) ?? '';
      assert.ok(plain.includes(`leads to "${target}": a link may only lead to a web page`), `${at}: ${plain}`);
    }
  });

  it('reports an id or locale that disagrees with the folder and file name', () => {
    const file = fixture('wrong-place');
    assert.deepEqual(problems(lines, file), ['id error', 'locale error']);
    assert.match(messagesAt(lines, file, 'id', 'error')[0]!, /"other-condition" but its folder is "pretend-condition"/);
    assert.match(messagesAt(lines, file, 'locale', 'error')[0]!, /"es" but the file is "en\.json"/);
  });

  it('warns of a paragraph ending in ":" with no list after it, but not of one before a list', () => {
    // sections[0] has "Signs include:" before a list, and a list lead-in without ":": both are fine.
    assert.deepEqual(problems(lines, fixture('dangling-lead-in')), [
      'sections[1].blocks[0].text warning', // "… Other things that may help are:" before a paragraph
      'sections[2].blocks[0].text warning', // "… Ask about:" as the section's last block
    ]);
  });

  it('warns of a figure without alt text or credit, beside the schema errors', () => {
    const file = fixture('figure-without-alt-or-credit');
    assert.deepEqual(problems(lines, file), [
      'sections[0].blocks[1].alt error',
      'sections[0].blocks[1].credit error',
      'sections[0].blocks[1].alt warning',
      'sections[0].blocks[1].credit warning',
    ]);
    assert.match(messagesAt(lines, file, 'sections[0].blocks[1].alt', 'warning')[0]!, /no alt text/);
  });

  it('warns when the review or update date is missing, and says never to guess it', () => {
    const file = fixture('missing-dates');
    assert.deepEqual(problems(lines, file), ['lastReviewed warning', 'lastUpdated warning']);
    assert.match(messagesAt(lines, file, 'lastReviewed', 'warning')[0]!, /leaves out the "Last reviewed" row.*never a guessed date/);
    assert.match(messagesAt(lines, file, 'lastUpdated', 'warning')[0]!, /leaves out the "Last updated" row.*never a guessed date/);
  });

  it('reports dates the calendar does not have, a month 13 and a 30 February, once each (the schema\'s rule)', () => {
    assert.deepEqual(problems(lines, fixture('impossible-dates')), ['lastUpdated error', 'lastReviewed error']);
    assert.deepEqual(messagesAt(lines, fixture('impossible-dates'), 'lastUpdated', 'error'), ['Schema: There is no such day in the calendar.']);
  });

  it('warns of a reference with neither DOI nor URL', () => {
    const file = fixture('reference-without-doi-or-url');
    assert.deepEqual(problems(lines, file), ['references[1] warning']);
    const [message] = messagesAt(lines, file, 'references[1]', 'warning');
    assert.match(message!, /^Reference 2 \("Pretend condition: a web page"\) has neither a DOI nor a URL/);
  });

  it('warns of section ids that look positional or generated, not of ids that name their section', () => {
    // "covid-19-vaccines" and "outlook" hold words, so they stay quiet.
    assert.deepEqual(problems(lines, fixture('unstable-section-ids')), [
      'sections[0].id warning', // section-1
      'sections[1].id warning', // s2
      'sections[2].id warning', // part-3
      'sections[3].id warning', // 4
      'sections[4].id warning', // untitled-section
      'sections[5].id warning', // 9f86d081e5
    ]);
  });

  it('warns of the first structural difference between a translation and its original, only the first', () => {
    // The Spanish list has one item more, and one reference fewer: only the list is named.
    const file = fixture('translation-mismatch', 'es');
    assert.deepEqual(problems(lines, file), ['sections[0].blocks[0].items warning']);
    assert.deepEqual(messagesAt(lines, file, 'sections[0].blocks[0].items', 'warning'), [
      'This list has 3 items here but 2 in en.json, the payload this one translates.',
    ]);
  });

  it('warns when the original a translation names is not beside it', () => {
    assert.deepEqual(problems(lines, fixture('translation-without-original', 'es')), ['translationOf warning']);
  });

  it('writes one line per finding, without an empty path for whole-file findings', () => {
    const output = lint('--today', TODAY, fixture('invalid-json')).stdout.trim().split('\n');
    assert.equal(output.length, 2);
    assert.match(output[0]!, /^test\/fixtures\/lint\/invalid-json\/topics\/pretend-condition\/en\.json: error: /);
    assert.equal(output[1], '1 payload: 1 error, 0 warnings');
  });
});

describe('rebuilt parts and their provenance', () => {
  let lines: Line[] = [];
  const files = {
    lost: fixture('rebuilt-without-provenance', 'es'),
    original: fixture('rebuilt-without-provenance'),
    editorOnly: fixture('editor-without-provenance'),
    unaddressed: fixture('provenance-without-address'),
  };
  before(() => {
    lines = linesOf(lint('--today', TODAY, ...Object.values(files)).stdout);
  });

  it('stays quiet on a rebuilt list whose sources have addresses and dates read', () => {
    assert.deepEqual(problems(lines, files.original), []);
  });

  it('warns when a translation drops the provenance of a rebuilt part of its original', () => {
    assert.deepEqual(problems(lines, files.lost), ['sections[0].blocks[0] warning']);
    assert.deepEqual(messagesAt(lines, files.lost, 'sections[0].blocks[0]', 'warning'), [
      'This list was rebuilt (its provenance in en.json says from what) but has no provenance here, so readers ' +
        'would take it for part of the source article; copy the provenance, translating the names.',
    ]);
  });

  it('warns when an editor of rebuilt parts is named but no part says it was rebuilt', () => {
    assert.deepEqual(problems(lines, files.editorOnly), ['contributors[1] warning']);
    assert.match(messagesAt(lines, files.editorOnly, 'contributors[1]', 'warning')[0]!, /^"Test Content Team" is named as the editor of rebuilt parts, but no block has a provenance/);
  });

  it('warns of rebuilt parts whose sources lack the address or the date they were read', () => {
    assert.deepEqual(problems(lines, files.unaddressed), ['sections[0].blocks[0].provenance.sources warning']);
    assert.deepEqual(messagesAt(lines, files.unaddressed, 'sections[0].blocks[0].provenance.sources', 'warning'), [
      'Not recorded for the sources of this list: the address of "a pretend reference work"; the date "a pretend reference work" ' +
        'and "a pretend fact sheet" were read. Add them when they are known, never guessed.',
    ]);
  });
});

describe('review cycle', () => {
  const interval = fixture('review-interval'); // last reviewed 2025-03-31, every 11 months: due 2026-02-28
  const next = fixture('next-review'); // next review 2026-06-30

  it('counts an interval in calendar months, to the last day of a shorter month', () => {
    assert.deepEqual(problems(linesOf(lint('--today', '2026-02-28', interval).stdout), interval), []);
    const lines = linesOf(lint('--today', '2026-03-01', interval).stdout);
    assert.deepEqual(problems(lines, interval), ['lastReviewed warning']);
    assert.deepEqual(messagesAt(lines, interval, 'lastReviewed', 'warning'), [
      'The next medical review was due on 2026-02-28 (11 months after the last, on 2025-03-31); on 2026-03-01 it is overdue.',
    ]);
  });

  it('takes the due date from nextReview', () => {
    assert.deepEqual(problems(linesOf(lint('--today', '2026-06-30', next).stdout), next), []);
    const lines = linesOf(lint('--today', '2026-07-01', next).stdout);
    assert.deepEqual(problems(lines, next), ['nextReview warning']);
    assert.deepEqual(messagesAt(lines, next, 'nextReview', 'warning'), ['The next medical review was due on 2026-06-30; on 2026-07-01 it is overdue.']);
  });

  it('lets a review cycle replace the default age limit', () => {
    // 2025-03-31 is less than 1095 days before 2027-01-01, but the 11-month cycle has long run out.
    const lines = linesOf(lint('--today', '2027-01-01', interval).stdout);
    assert.deepEqual(problems(lines, interval), ['lastReviewed warning']);
  });
});

describe('translation structure', () => {
  const original = readJson(fixture('clean'));
  const translation = readJson(fixture('clean', 'es'));

  function firstDifference(change: (payload: any) => void): string[] {
    const changed = structuredClone(translation);
    change(changed);
    const findings = lintPayload(changed, { ...context, original: { fileName: 'en.json', found: true, payload: original } });
    return findings.filter((finding) => finding.severity === 'warning').map((finding) => finding.path);
  }

  it('names the first difference with its path: summary, sections, blocks, lists, references', () => {
    assert.deepEqual(firstDifference(() => {}), []);
    assert.deepEqual(firstDifference((payload) => payload.summary.push('Otro párrafo.')), ['summary']);
    assert.deepEqual(firstDifference((payload) => payload.sections.reverse()), ['sections[0].id']);
    const paragraph = { type: 'paragraph', text: 'Texto.' };
    assert.deepEqual(firstDifference((payload) => (payload.sections[0].blocks[1] = paragraph)), ['sections[0].blocks[1].type']);
    assert.deepEqual(firstDifference((payload) => payload.sections[1].blocks.push(paragraph)), ['sections[1].blocks']);
    assert.deepEqual(firstDifference((payload) => payload.sections.pop()), ['sections']);
    assert.deepEqual(firstDifference((payload) => payload.references.pop()), ['references']);
  });
});

describe('rules on payloads the schema rejects', () => {
  it('run best-effort on any shape of JSON without throwing', () => {
    const shapes = [null, [], 'text', 42, { sections: 'none' }, { sections: [null, 7, { blocks: [null, 'x'] }] }, { summary: [[null]] }];
    for (const input of shapes) {
      const findings = lintPayload(input, context);
      assert.ok(findings.some((finding) => finding.severity === 'error'), JSON.stringify(input));
    }
  });

  it('still say in plain words what is wrong with a broken figure', () => {
    const payload = { id: 'pretend-condition', locale: 'en', sections: [{ id: 'symptoms', blocks: [{ type: 'figure', src: 'x.svg' }] }] };
    const warnings = lintPayload(payload, context).filter((finding: Finding) => finding.severity === 'warning');
    assert.deepEqual(
      warnings.map((finding) => finding.path),
      ['sections[0].blocks[0].alt', 'sections[0].blocks[0].credit', 'lastReviewed', 'lastUpdated'],
    );
  });
});

describe('review age', () => {
  const file = fixture('review-age'); // last reviewed 2020-01-01

  it('counts the age to --today: 1095 days is in time, 1096 is overdue', () => {
    assert.deepEqual(problems(linesOf(lint('--today', '2022-12-31', file).stdout), file), []);
    const lines = linesOf(lint('--today', '2023-01-01', file).stdout);
    assert.deepEqual(problems(lines, file), ['lastReviewed warning']);
    assert.deepEqual(messagesAt(lines, file, 'lastReviewed', 'warning'), [
      'The last medical review was on 2020-01-01, 1096 days before 2023-01-01, more than the 1095 days allowed; ' +
        'the article is due for review.',
    ]);
  });

  it('takes the allowed age from --max-review-age-days', () => {
    // 2020 is a leap year: 2021-01-01 is 366 days after 2020-01-01.
    const allowing = (days: string) => problems(linesOf(lint('--today', '2021-01-01', '--max-review-age-days', days, file).stdout), file);
    assert.deepEqual(allowing('365'), ['lastReviewed warning']);
    assert.deepEqual(allowing('366'), []);
  });
});
