/**
 * The package as `npm pack` makes it (run after npm run build): what it ships, whether the paths
 * its metadata names are in it, whether its modules export readable names, and whether `engines`
 * admits only Node versions every tool of the build and the tests runs on.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import semver from 'semver';

const root = path.resolve(import.meta.dirname, '../..');
const folder = path.join(root, '.test-results/tarball');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));

/** The public API of each JavaScript entry, as the README documents it. */
const ENTRY_EXPORTS: Record<string, string[]> = {
  'dist/index.js': ['CitationList', 'HealthTopic', 'TopicSection', 'VERSION', 'formatIssues', 'setContentBasePath'],
  'dist/define.js': [],
  'dist/validate.js': ['MAX_REPORTED_ISSUES', 'validateTopic'],
  'dist/language-picker.js': ['LanguagePicker'],
};

let files: string[] = [];
const read = (file: string) => readFileSync(path.join(folder, 'package', file), 'utf8');

/** The names a built module exports (`export { a as b }` exports `b`). */
function exportedNames(code: string): string[] {
  return [...code.matchAll(/^export\s*\{([^}]*)\}/gm)].flatMap((match) =>
    match[1].split(',').map((part) => part.trim().split(/\s+as\s+/).pop()!).filter(Boolean),
  );
}

describe('the packed package', () => {
  before(() => {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    // The build ran before the tests: pack it as it is, without prepack's build.
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', folder], { cwd: root, encoding: 'utf8' }));
    execFileSync('tar', ['-xzf', path.join(folder, packed.filename), '-C', folder]);
    files = packed.files.map((file: { path: string }) => file.path).sort();
  });

  it('ships the builds, the types, the content files, the manifests, the schema and the changelog, and no source', () => {
    for (const file of ['dist/index.js', 'dist/define.js', 'dist/content-files.js', 'dist/health-topic-elements.js', 'dist/types/index.d.ts', 'custom-elements.json', 'vscode.html-custom-data.json', 'vscode.css-custom-data.json', 'content/health-topic.schema.json', 'README.md', 'CHANGELOG.md', 'LICENSE']) {
      assert.ok(files.includes(file), `${file} is missing from the tarball`);
    }
    assert.ok(files.some((file) => /^dist\/topics\/myoclonus\.en\.[0-9a-f]{10}\.json$/.test(file)), 'the articles');
    assert.deepEqual(files.filter((file) => file.startsWith('src/') || file.startsWith('test/') || file.endsWith('.ts') && !file.endsWith('.d.ts')), []);
    // The snippet builder is a tool of the demo site: neither its code nor its types are shipped.
    assert.deepEqual(files.filter((file) => file.includes('snippet-builder') || file.includes('/tools/')), []);
  });

  it('names in its metadata only files it ships, none under src/', () => {
    const shipped = JSON.parse(read('package.json'));
    const named = [shipped.main, shipped.module, shipped.types, shipped.customElements, ...shipped.sideEffects];
    for (const target of Object.values(shipped.exports)) named.push(...(typeof target === 'string' ? [target] : Object.values(target as Record<string, string>)));
    for (const file of named) assert.ok(files.includes(path.posix.normalize(file)), `package.json names ${file}, which is not in the tarball`);
    for (const metadata of ['package.json', 'custom-elements.json', 'vscode.html-custom-data.json', 'vscode.css-custom-data.json']) {
      assert.doesNotMatch(read(metadata), /["/]src\//, `${metadata} names a path under src/`);
    }
    const modules = JSON.parse(read('custom-elements.json')).modules.map((module: { path: string }) => module.path);
    for (const module of modules) assert.ok(files.includes(module), `custom-elements.json names ${module}`);
  });

  it('exports each entry\'s public API, and readable names from every module', () => {
    for (const [entry, names] of Object.entries(ENTRY_EXPORTS)) assert.deepEqual(exportedNames(read(entry)).sort(), names, entry);
    for (const file of files.filter((name) => name.endsWith('.js'))) {
      const mangled = exportedNames(read(file)).filter((name) => name.length <= 2);
      assert.deepEqual(mangled, [], `${file} exports minified names`);
    }
  });

  it('asks for Node versions that every package the build and the tests install runs on', () => {
    const wanted = pkg.engines.node;
    for (const [name, info] of Object.entries<{ engines?: { node?: string } }>(lock.packages)) {
      const theirs = info.engines?.node;
      if (name && theirs) assert.ok(semver.subset(wanted, theirs), `${name.replace(/^.*node_modules\//, '')} needs Node ${theirs}; engines says ${wanted}`);
    }
  });
});
