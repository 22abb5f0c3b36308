import { expect } from '@open-wc/testing';
import { validateTopic } from '../src/content/validate.js';
import { formatIssues } from '../src/content/issues.js';
import article from '../content/topics/myoclonus/en.json' with { type: 'json' };

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

  it('formats issues one per line as path: message', () => {
    expect(formatIssues([{ path: 'sections[0].id', message: 'Bad.' }, { path: '', message: 'Worse.' }])).to.equal(
      'sections[0].id: Bad.\n(root): Worse.',
    );
  });
});
