/** Headings at the level the host page's outline needs (src/shared/heading.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clampHeadingLevel, heading } from '../../src/shared/heading.js';
import { htmlOf } from '../support/rendered-html.js';

describe('heading levels', () => {
  it('keep a level from 1 to 6 as it is, whether given as a number or as attribute text', () => {
    for (const level of [1, 2, 3, 4, 5, 6]) assert.equal(clampHeadingLevel(level), level);
    assert.equal(clampHeadingLevel('4'), 4);
  });

  it('bring a level outside 1-6 to the nearest of them', () => {
    assert.equal(clampHeadingLevel(0), 1);
    assert.equal(clampHeadingLevel(-3), 1);
    assert.equal(clampHeadingLevel(7), 6);
    assert.equal(clampHeadingLevel('12'), 6);
  });

  it('fall back to the default, 2 unless told, for a value that is no whole number', () => {
    assert.equal(clampHeadingLevel('two'), 2);
    assert.equal(clampHeadingLevel(2.5), 2);
    assert.equal(clampHeadingLevel(undefined), 2);
    assert.equal(clampHeadingLevel('h3', 4), 4);
  });
});

describe('a heading', () => {
  it('is an h1-h6 element of its level, with its id, part and text, focusable by in-article links', () => {
    for (const level of [1, 2, 3, 4, 5, 6]) {
      assert.equal(
        htmlOf(heading(level, 'Symptoms & signs', 'myoclonus-symptoms', 'section-heading')),
        `<h${level} id="myoclonus-symptoms" part="section-heading" tabindex="-1">Symptoms &amp; signs</h${level}>`,
      );
    }
  });

  it('is an h6 past level 6 and an h2 for a level that is no number', () => {
    assert.match(htmlOf(heading(9, 'Deep', 'deep', 'title')), /^<h6 id="deep"[^>]*>Deep<\/h6>$/);
    assert.match(htmlOf(heading(Number.NaN, 'Title', 'title', 'title')), /^<h2 id="title"[^>]*>Title<\/h2>$/);
  });
});
