/**
 * Figure files hold no words: an article's figure serves every language, and its text alternative
 * is the payload's `alt`, in the article's language (content/topics/myoclonus/SOURCES.md).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const topicsDir = path.resolve(import.meta.dirname, '../../content/topics');
const svgFiles = readdirSync(topicsDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.svg'));

describe('figure files', () => {
  it('exist (the check below has files to read)', () => {
    assert.ok(svgFiles.includes(path.join('myoclonus', 'nervous-system.svg')), svgFiles.join(', '));
  });

  for (const file of svgFiles) {
    it(`${file} holds no text in any language: no <title>, <desc> or <text>`, () => {
      const svg = readFileSync(path.join(topicsDir, file), 'utf8');
      assert.doesNotMatch(svg, /<(?:title|desc|text|tspan)\b/);
    });
  }
});
