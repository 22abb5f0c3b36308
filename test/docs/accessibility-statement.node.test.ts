/**
 * docs/accessibility.md cites the tests that prove each claim, as [test/file.test.ts: "test name"]:
 * every cited file must exist and hold a test (or suite) of that name.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const root = path.resolve(import.meta.dirname, '../..');
const statement = readFileSync(path.join(root, 'docs/accessibility.md'), 'utf8');
const citations = [...statement.matchAll(/\[(test\/[^\]:]+): "([^"]+)"\]/g)].map(([, file, name]) => ({ file, name }));

/** A test's title as written in its file, with quotes unescaped: it('...'), it("..."), describe(`...`). */
function titlesIn(file: string): Set<string> {
  const source = readFileSync(path.join(root, file), 'utf8');
  const titles = [...source.matchAll(/\b(?:it|describe)\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g)].map(([, , title]) => title.replace(/\\(['"`])/g, '$1'));
  return new Set(titles);
}

describe('accessibility statement', () => {
  it('cites tests', () => {
    assert.ok(citations.length >= 30, `only ${citations.length} citations found`);
  });

  for (const { file, name } of citations) {
    it(`cites an existing test: ${file} "${name}"`, () => {
      assert.ok(existsSync(path.join(root, file)), `${file} does not exist`);
      assert.ok(titlesIn(file).has(name), `${file} has no test named "${name}"`);
    });
  }
});
