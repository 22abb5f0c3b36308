/** The package as npm users get it: its version, its exports and its side-effect list. */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { VERSION } from '../../src/version.js';

const root = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

describe('package', () => {
  it('states one version, in package.json and in the code', () => {
    assert.equal(VERSION, pkg.version);
  });

  it('pins every dev tool and own runtime dependency exactly, and shares Lit with the host app through caret ranges', () => {
    for (const [name, version] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
      const sharedWithHost = name in pkg.dependencies && /^(lit|@lit\/[\w-]+)$/.test(name);
      assert.match(String(version), sharedWithHost ? /^\^\d+\.\d+\.\d+$/ : /^\d+\.\d+\.\d+$/, `${name} is "${version}"`);
    }
  });

  it('exports files the build writes (run after npm run build)', () => {
    const targets: string[] = [];
    for (const target of Object.values(pkg.exports)) {
      if (typeof target === 'string') targets.push(target);
      else targets.push(...Object.values(target as Record<string, string>));
    }
    for (const target of targets) assert.ok(existsSync(path.join(root, target)), `${target} is missing`);
  });

  it('keeps article text out of the script-tag entry: content is downloaded from dist/topics/', () => {
    // The entry and the elements chunk it imports: what every page runs first.
    const elementsChunk = readdirSync(path.join(root, 'dist/chunks')).find((file) => file.startsWith('elements-'))!;
    const entry = ['dist/health-topic-elements.js', `dist/chunks/${elementsChunk}`]
      .map((file) => readFileSync(path.join(root, file), 'utf8'))
      .join('\n');
    const article = JSON.parse(readFileSync(path.join(root, 'content/topics/myoclonus/en.json'), 'utf8'));
    for (const text of [article.title, article.summary[0], article.sections[0].title, article.disclaimer]) {
      assert.ok(!entry.includes(text), `the entry holds "${text}"`);
    }
    assert.match(entry, /index\.[0-9a-f]{10}\.json/);
  });

  it('marks only the registering entries as having side effects (src/define.ts for Storybook)', () => {
    assert.deepEqual(pkg.sideEffects, ['./dist/define.js', './dist/health-topic-elements.js', './src/define.ts']);
  });
});
