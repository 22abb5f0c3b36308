/**
 * The README's lines for npm users, type-checked as a new user's app would (run after npm run build):
 * a fresh folder outside the project installs the packed tarball, as `npm install` from the registry
 * would, and strict TypeScript with a Vite app's settings checks each code block the README marks
 * with `<!-- type-checked: NAME -->`. The blocks of one NAME are one app; the `define-only` app
 * imports nothing of the package but `health-topic-elements/define`, the one step the README asks.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

const root = path.resolve(import.meta.dirname, '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

/** Each marked block's code, by the name of the app it belongs to. */
function markedBlocks(markdown: string): Map<string, string[]> {
  const apps = new Map<string, string[]>();
  for (const [, name, code] of markdown.matchAll(/<!-- type-checked: ([\w-]+) -->\n```(?:js|ts)\n([\s\S]*?)```/g)) {
    apps.set(name, [...(apps.get(name) ?? []), code]);
  }
  return apps;
}

/** A Vite + TypeScript app's compiler settings, as `npm create vite` writes them. */
const VITE_APP_OPTIONS = {
  target: 'ES2022',
  useDefineForClassFields: true,
  module: 'ESNext',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  // The template's one other type package, vite/client, is Vite's own: this app does not install Vite.
  types: [],
  skipLibCheck: true,
  moduleResolution: 'bundler',
  allowImportingTsExtensions: true,
  verbatimModuleSyntax: true,
  moduleDetection: 'force',
  noEmit: true,
  strict: true,
  // The README shows imports an app then uses elsewhere: an unused one is no mistake in a fragment.
  noUnusedLocals: false,
  noUnusedParameters: true,
  erasableSyntaxOnly: true,
  noFallthroughCasesInSwitch: true,
  noUncheckedSideEffectImports: true,
};

/**
 * Lines of the test's own beside the define-only app's: with an `any` element or `detail`, every
 * README line would type-check, so a misspelt property must be an error.
 */
const TYPOS_CAUGHT = `// @ts-expect-error: no such property
document.createElement('health-topic').topc = 'myoclonus';
// @ts-expect-error: no such field
document.addEventListener('health-topic-load', (event) => event.detail.topc);
`;

let app = '';

/** Writes the app's files in a folder of its own in the installed app, and runs tsc on them. */
function typeCheck(name: string, files: string[]): { status: number | null; output: string } {
  const folder = path.join(app, name);
  mkdirSync(folder, { recursive: true });
  const names = files.map((code, index) => {
    writeFileSync(path.join(folder, `block-${index + 1}.ts`), code);
    return `block-${index + 1}.ts`;
  });
  writeFileSync(path.join(folder, 'tsconfig.json'), JSON.stringify({ compilerOptions: VITE_APP_OPTIONS, files: names }));
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', folder], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe("the README's lines for npm users, in a fresh app that installs the packed package", () => {
  const apps = markedBlocks(readme);

  before(() => {
    // Outside the project, so nothing resolves from its node_modules or through its own exports.
    app = mkdtempSync(path.join(os.tmpdir(), 'health-topic-elements-readme-app-'));
    writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'readme-app', private: true, type: 'module' }));
    // The build ran before the tests: pack it as it is, without prepack's build.
    const [packed] = JSON.parse(execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', app], { cwd: root, encoding: 'utf8' }));
    execFileSync(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', `./${packed.filename}`], { cwd: app, stdio: ['ignore', 'ignore', 'inherit'] });
  });

  after(() => rmSync(app, { recursive: true, force: true }));

  it('type-check with `health-topic-elements/define` alone: the tags, their properties and the events are typed', () => {
    const blocks = apps.get('define-only') ?? [];
    const code = blocks.join('\n');
    // What the app is meant to show: the README must keep these lines, and name no other entry,
    // whose types would hide what define alone lacks.
    assert.match(code, /^import 'health-topic-elements\/define';/m);
    assert.match(code, /document\.createElement\('health-topic'\)/);
    assert.match(code, /document\.addEventListener\('health-topic-load', \(event\) => .*event\.detail\.topic/);
    assert.deepEqual([...code.matchAll(/['"`](health-topic-elements[^'"`]*)['"`]/g)].map((match) => match[1]), ['health-topic-elements/define']);
    const { status, output } = typeCheck('define-only', [...blocks, TYPOS_CAUGHT]);
    assert.equal(status, 0, output);
  });

  it('type-check the lines that import the other entries', () => {
    const blocks = apps.get('entries') ?? [];
    assert.ok(blocks.length >= 2, `found ${blocks.length} blocks marked entries`);
    const { status, output } = typeCheck('entries', blocks);
    assert.equal(status, 0, output);
  });

  it('mark every block for one of these two apps, right above it: any other marker leaves a block unchecked', () => {
    assert.deepEqual([...apps.keys()].sort(), ['define-only', 'entries']);
    const blocks = [...apps.values()].flat().length;
    assert.equal(readme.match(/<!-- type-checked:/g)?.length, blocks, 'a marker not right above a js or ts block');
  });
});
