/**
 * The content linter as the build runs it (scripts/lint-content.ts): on the real articles, with the
 * warnings SOURCES.md explains and no errors; its exit codes; and reading levels that rank simple
 * text easier than complex text in English and Spanish. Its rules, one fixture each, are in
 * lint-content.test.ts; reading-level arithmetic in lint-reading-level.test.ts.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { fixture, lint, linesOf, problems, readingScore, TODAY, type Line } from '../support/linter-output.js';

describe('the real articles', () => {
  const en = 'content/topics/myoclonus/en.json';
  const es = 'content/topics/myoclonus/es.json';
  let run: ReturnType<typeof lint>;
  let lines: Line[] = [];
  before(() => {
    run = lint(); // every content/topics/*/*.json, counted to the real date
    lines = linesOf(run.stdout);
  });

  it('have no errors and only the expected warnings', () => {
    for (const file of [en, es]) {
      assert.deepEqual(problems(lines, file), [
        // The review and update dates were lost in the source scrape and are never invented (SOURCES.md).
        'lastReviewed warning',
        'lastUpdated warning',
        // The rebuilt risk-factor, test and resource lists: the addresses of the pages they were
        // rebuilt from, and the days those were read, were not recorded (SOURCES.md).
        'sections[1].blocks[0].provenance.sources warning',
        'sections[3].blocks[1].provenance.sources warning',
        'sections[6].blocks[0].provenance.sources warning',
        // Reference 2 (Resuscitation 2017): its DOI could not be verified, so it is left out (SOURCES.md).
        'references[1] warning',
      ]);
    }
    assert.equal(run.stdout.trim().split('\n').at(-1), '2 payloads: 0 errors, 12 warnings');
  });

  it('exit 0: warnings alone never fail', () => {
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });

  it('exit 1 with --strict, where warnings fail too', () => {
    assert.equal(lint('--strict').status, 1);
  });

  it('print the English Flesch-Kincaid grade and the Spanish Fernández Huerta index', () => {
    const reading = lines.filter((line) => line.severity === 'info' && line.message.startsWith('reading level'));
    assert.deepEqual(
      reading.map((line) => line.file),
      [en, es],
    );
    assert.match(reading[0]!.message, /^reading level: Flesch-Kincaid grade \d+\.\d \(\d+ words, \d+ sentences\)$/);
    const label = '(?:very easy|easy|fairly easy|standard|fairly difficult|difficult|very difficult)';
    const huerta = new RegExp(`^reading level: Fernández Huerta \\d+\\.\\d, ${label} \\(\\d+ words, \\d+ sentences\\)$`);
    assert.match(reading[1]!.message, huerta);
  });
});

describe('exit codes', () => {
  it('is 1 when a payload has an error', () => {
    const run = lint('--today', TODAY, fixture('duplicate-section-ids'));
    assert.equal(run.status, 1);
    assert.match(run.stdout, /1 payload: 1 error, 0 warnings\n$/);
  });

  it('is 0 with --strict when there is nothing to warn of', () => {
    assert.equal(lint('--strict', '--today', TODAY, fixture('clean'), fixture('clean', 'es')).status, 0);
  });

  it('is 1 with warnings and --strict', () => {
    assert.equal(lint('--today', TODAY, fixture('missing-dates')).status, 0);
    assert.equal(lint('--strict', '--today', TODAY, fixture('missing-dates')).status, 1);
  });

  it('is 2 on a bad option, saying why', () => {
    const run = lint('--today', '2026-02-30', fixture('clean'));
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--today takes a date/);
  });
});

describe('reading level', () => {
  it('scores a very simple text easier than a complex one, in English and in Spanish', () => {
    const files = ['simple', 'complex'].flatMap((level) => [fixture(`readability-${level}`), fixture(`readability-${level}`, 'es')]);
    const lines = linesOf(lint('--today', TODAY, ...files).stdout);
    // A lower grade is easier; a higher Fernández Huerta index is easier.
    assert.ok(readingScore(lines, fixture('readability-simple')) < readingScore(lines, fixture('readability-complex')));
    assert.ok(readingScore(lines, fixture('readability-simple', 'es')) > readingScore(lines, fixture('readability-complex', 'es')));
  });
});
