/** The package as npm users get it: its version, its exports and its side-effect list. */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { VERSION } from '../../src/version.js';

const root = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));

/** Folders of installed, built or generated files (and the mutation run's copies of the project): not the project's code. */
const NOT_CODE = new Set(['node_modules', '.git', 'dist', 'storybook-static', 'build', '.test-results', '.stryker-tmp', 'reports']);
const CODE_FILE = /\.(?:ts|mts|cts|js|mjs|cjs)$/;
const IMPORTED = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\(\s*)['"]([^'"]+)['"]/g;
/** A bare specifier: a package name, maybe with a path inside it (`lit/decorators.js`, `@lit/localize`). */
const PACKAGE = /^(@[a-z0-9-~][\w.~-]*\/)?[a-z0-9-~][\w.~-]*(?:\/|$)/;

/** Apps of their own inside the project (the bundler apps): their package.json declares what they import. */
const OWN_PACKAGE = new Set([path.join(root, 'test/bundler-apps')]);

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (NOT_CODE.has(entry.name) || OWN_PACKAGE.has(path.join(dir, entry.name))) return [];
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return codeFiles(file);
    return CODE_FILE.test(entry.name) ? [file] : [];
  });
}

/**
 * Whether a declared version admits the installed one: an exact pin must be it; a caret range
 * (`^3.3.0`, for packages an app shares with the widget) must keep its version up to the first
 * non-zero part (`^0.12.2` stays 0.12) and be no older.
 */
function installs(declared: string, installed: string | undefined): boolean {
  if (!installed || !declared.startsWith('^')) return declared === installed;
  const [wanted, found] = [declared.slice(1), installed].map((version) => version.split('.').map(Number));
  const fixed = Math.max(0, wanted.findIndex((part) => part !== 0)) + 1;
  const sameLine = wanted.slice(0, fixed).every((part, index) => found[index] === part);
  return sameLine && found.join('.').localeCompare(wanted.join('.'), 'en', { numeric: true }) >= 0;
}

/** Each package the code imports, with a file that imports it. */
function importedPackages(): Map<string, string> {
  const packages = new Map<string, string>();
  for (const file of codeFiles(root)) {
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORTED)) {
      const name = PACKAGE.exec(specifier)?.[0].replace(/\/$/, '');
      // The package's own name: code inside it (a consumer test) imports it through its exports.
      if (!name || name === pkg.name || specifier.startsWith('node:') || builtinModules.includes(name)) continue;
      if (!packages.has(name)) packages.set(name, path.relative(root, file));
    }
  }
  return packages;
}

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

  it('declares every package its code imports, at the version package-lock.json installs', () => {
    const declared: Record<string, string> = { ...pkg.dependencies, ...pkg.devDependencies };
    const imported = importedPackages();
    assert.ok(imported.has('lit') && imported.has('vite'), 'the scan found the imports');
    for (const [name, file] of imported) assert.ok(name in declared, `${file} imports ${name}, which package.json does not declare`);
    for (const [name, version] of Object.entries(declared)) {
      const installed = lock.packages[`node_modules/${name}`]?.version;
      assert.ok(installs(version, installed), `${name} is declared "${version}" but package-lock.json installs ${installed}`);
    }
  });

  it('has the bundler apps pin their bundlers exactly and take Lit as an app would, with a caret range', () => {
    const apps = JSON.parse(readFileSync(path.join(root, 'test/bundler-apps/package.json'), 'utf8'));
    for (const [name, version] of Object.entries<string>(apps.devDependencies)) assert.match(version, /^\d+\.\d+\.\d+$/, `${name} is "${version}"`);
    assert.deepEqual(Object.keys(apps.devDependencies).sort(), ['@rollup/plugin-node-resolve', '@web/rollup-plugin-import-meta-assets', 'rollup', 'vite', 'webpack']);
    assert.equal(apps.devDependencies.vite, pkg.devDependencies.vite, 'the Vite app uses the Vite the project builds with');
    assert.equal(apps.dependencies.lit, pkg.dependencies.lit);
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
    const firstPaint = readdirSync(path.join(root, 'dist')).find((file) => /^health-topic-elements\.[\w-]+\.js$/.test(file))!;
    const entry = ['dist/health-topic-elements.js', `dist/${firstPaint}`]
      .map((file) => readFileSync(path.join(root, file), 'utf8'))
      .join('\n');
    const article = JSON.parse(readFileSync(path.join(root, 'content/topics/myoclonus/en.json'), 'utf8'));
    for (const text of [article.title, article.summary[0], article.sections[0].title, article.disclaimer]) {
      assert.ok(!entry.includes(text), `the entry holds "${text}"`);
    }
    assert.match(entry, /index\.[0-9a-f]{10}\.json/);
  });

  it('marks only the registering entries as having side effects, files the package ships', () => {
    assert.deepEqual(pkg.sideEffects, ['./dist/define.js', './dist/health-topic-elements.js']);
  });
});

describe('custom elements manifest', () => {
  const manifest = JSON.parse(readFileSync(path.join(root, 'custom-elements.json'), 'utf8'));
  const declarations = manifest.modules.flatMap((module: { path: string; declarations: { tagName?: string }[] }) =>
    module.declarations.map((declaration) => ({ ...declaration, path: module.path })),
  );

  it('points each element at a file the package ships, not at src/', () => {
    for (const declaration of declarations) {
      assert.match(declaration.path, /^dist\/[\w-]+\.js$/, declaration.tagName);
      assert.ok(pkg.files.some((file: string) => declaration.path.startsWith(file)), `${declaration.path} is shipped`);
    }
    assert.equal(pkg.exports['./custom-elements.json'], './custom-elements.json');
  });

  it('has the VS Code data offer exactly the manifest\'s public attributes, none of an internal field', () => {
    const vscode = JSON.parse(readFileSync(path.join(root, 'vscode.html-custom-data.json'), 'utf8'));
    for (const declaration of declarations) {
      const tag = vscode.tags.find((candidate: { name: string }) => candidate.name === declaration.tagName);
      const offered = tag.attributes.map((attribute: { name: string }) => attribute.name).sort();
      assert.deepEqual(offered, declaration.attributes.map((attribute: { name: string }) => attribute.name).sort(), declaration.tagName);
      for (const member of declaration.members) assert.ok(!['private', 'protected'].includes(member.privacy), `${declaration.tagName}.${member.name} is ${member.privacy}`);
    }
    const picker = vscode.tags.find((candidate: { name: string }) => candidate.name === 'language-picker');
    assert.ok(!picker.attributes.some((attribute: { name: string }) => attribute.name === 'open'), 'the picker\'s internal open state');
  });

  it('lists exactly the attributes the README documents for <health-topic>', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('### `<health-topic>`'), readme.indexOf('| Event |'));
    const documented = [...table.matchAll(/^\| ([^|]+) \|/gm)]
      .map((row) => row[1])
      .filter((cell) => cell.startsWith('`'))
      .flatMap((cell) => [...cell.matchAll(/`([\w-]+)`/g)].map((name) => name[1]));
    const healthTopic = declarations.find((declaration: { tagName?: string }) => declaration.tagName === 'health-topic');
    const listed = healthTopic.attributes.map((attribute: { name: string }) => attribute.name);
    assert.deepEqual([...listed].sort(), [...documented].sort());
  });
});
