import { expect } from '@open-wc/testing';
import { validateTopic } from '../../src/content/validate.js';
import { formatIssues } from '../../src/content/issues.js';
import article from '../../content/topics/myoclonus/en.json' with { type: 'json' };

/** A deep copy of the real article to break in one place. */
function brokenArticle(): Record<string, any> {
  return structuredClone(article) as Record<string, any>;
}

function issuesOf(payload: unknown) {
  const result = validateTopic(payload);
  expect(result.ok, 'the payload should have been rejected').to.equal(false);
  return result.ok ? [] : result.issues;
}

describe('content schema', () => {
  it('accepts the Myoclonus article', () => {
    const result = validateTopic(article);
    expect(result.ok, result.ok ? '' : formatIssues(result.issues)).to.equal(true);
  });

  it('names the JSON path of an empty list item', () => {
    const payload = brokenArticle();
    payload.sections[1].blocks[0].items[2] = '   ';
    expect(issuesOf(payload).map((issue) => issue.path)).to.include('sections[1].blocks[0].items[2]');
  });

  it('rejects links that are not http, https, mailto or tel, at their path', () => {
    const payload = brokenArticle();
    payload.sections[6].blocks[0].items[0][0].href = 'javascript:alert(1)';
    const issues = issuesOf(payload);
    const issue = issues.find((candidate) => candidate.path === 'sections[6].blocks[0].items[0][0].href');
    expect(issue?.message).to.include('https://');
  });

  it('requires a title and rejects unknown properties', () => {
    const payload = brokenArticle();
    delete payload.title;
    payload.sections[0].colour = 'red';
    const paths = issuesOf(payload).map((issue) => issue.path);
    expect(paths).to.include('title');
    expect(paths).to.include('sections[0].colour');
  });

  it('rejects a block of an unknown type and a figure without alt text', () => {
    const payload = brokenArticle();
    payload.sections[2].blocks.push({ type: 'video', src: 'x.mp4' });
    delete payload.sections[0].blocks[1].alt;
    const paths = issuesOf(payload).map((issue) => issue.path);
    expect(paths).to.include('sections[2].blocks[2].type');
    expect(paths).to.include('sections[0].blocks[1].alt');
  });

  it('rejects section ids that cannot be part of a link, and invented date formats', () => {
    const payload = brokenArticle();
    payload.sections[0].id = 'Causes of it';
    payload.lastUpdated = 'last spring';
    const paths = issuesOf(payload).map((issue) => issue.path);
    expect(paths).to.include.members(['sections[0].id', 'lastUpdated']);
  });

  it('rejects a month or day out of range', () => {
    const payload = brokenArticle();
    payload.lastUpdated = '2025-13-01';
    payload.lastReviewed = '2025-01-32';
    expect(issuesOf(payload).map((issue) => issue.path)).to.include.members(['lastUpdated', 'lastReviewed']);
  });

  it('calls an unknown key unknown, and a wrong type a wrong type', () => {
    const payload = brokenArticle();
    payload.colour = 'red';
    payload.sections[0] = 'oops';
    const issues = issuesOf(payload);
    expect(issues.find((issue) => issue.path === 'colour')?.message).to.match(/^Unknown property/);
    expect(issues.find((issue) => issue.path === 'sections[0]')?.message).not.to.match(/^Unknown property/);
  });

  it('takes contributor roles with an optional day, block provenance, a source and a review cycle', () => {
    const payload = brokenArticle();
    payload.contributors.push(
      { name: 'A Translator', role: 'translator', date: '2026-01-05' },
      { name: 'A Clinician', credentials: 'MD', role: 'translation-reviewer' },
      { name: 'A Content Team', kind: 'organization', role: 'editor' },
    );
    payload.sections[3].blocks[0].provenance = { sources: [{ name: 'A paragraph source', url: 'https://example.org/source', read: '2026-01-02' }] };
    payload.source = { publisher: 'A Publisher', identifier: '1', license: 'Used under licence.', url: 'https://example.org/article' };
    payload.lastReviewed = '2025-01-15';
    payload.reviewIntervalMonths = 12;
    const result = validateTopic(payload);
    expect(result.ok, result.ok ? '' : formatIssues(result.issues)).to.equal(true);
  });

  it('rejects an unknown role, a provenance naming nothing, a source without publisher and an impossible read date', () => {
    const payload = brokenArticle();
    payload.contributors[0].role = 'ghostwriter';
    payload.sections[1].blocks[0].provenance = { sources: [] };
    payload.sections[3].blocks[1].provenance.sources[0].read = '2026-02-30';
    payload.source = { identifier: '22481' };
    expect(issuesOf(payload).map((issue) => issue.path)).to.include.members([
      'contributors[0].role',
      'sections[1].blocks[0].provenance.sources',
      'sections[3].blocks[1].provenance.sources[0].read',
      'source.publisher',
    ]);
  });

  it('takes a review interval or a next review date, not both', () => {
    const payload = brokenArticle();
    payload.lastReviewed = '2025-01-15';
    payload.reviewIntervalMonths = 12;
    payload.nextReview = '2026-06-30';
    const issue = issuesOf(payload).find((candidate) => candidate.path === 'nextReview');
    expect(issue?.message).to.include('not both');
    payload.reviewIntervalMonths = 0;
    delete payload.nextReview;
    expect(issuesOf(payload).map((candidate) => candidate.path)).to.include('reviewIntervalMonths');
  });

  it('formats issues one per line as path: message', () => {
    expect(formatIssues([{ path: 'sections[0].id', message: 'Bad.' }, { path: '', message: 'Worse.' }])).to.equal(
      'sections[0].id: Bad.\n(root): Worse.',
    );
  });
});
