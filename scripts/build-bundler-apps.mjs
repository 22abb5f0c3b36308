/**
 * Builds the bundler apps (test/bundler-apps/) as an app's developer would, for
 * test/e2e/bundler-apps.test.ts: packs the package (`npm pack`, after `npm run build`), copies the
 * app to a fresh folder outside the project, installs the tarball there beside the app's own Vite,
 * webpack and Rollup (one install shared by the three apps), and builds each into
 * .test-results/bundler-apps/: `vite build`, webpack in production and in development mode, and
 * `rollup -c`. The Vite dev server runs inside the browser tests' server (web-test-runner.config.mjs).
 *
 *   node scripts/build-bundler-apps.mjs
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_DIR, BUILDS_DIR } from '../test/bundler-apps/paths.mjs';

const root = path.resolve(import.meta.dirname, '..');
const template = path.join(root, 'test/bundler-apps');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const seconds = {};

function timed(name, work) {
  const started = Date.now();
  const result = work();
  seconds[name] = (Date.now() - started) / 1000;
  return result;
}

function run(command, args, options = {}) {
  execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
}

rmSync(APP_DIR, { recursive: true, force: true });
rmSync(BUILDS_DIR, { recursive: true, force: true });
mkdirSync(APP_DIR, { recursive: true });
for (const entry of ['package.json', 'index.html', 'src', 'rollup.config.mjs', 'webpack.config.mjs', 'vite.config.mjs']) {
  cpSync(path.join(template, entry), path.join(APP_DIR, entry), { recursive: true });
}

// The package exactly as npm would publish it; the build ran just before, so no prepack again.
const tarball = timed('pack', () => {
  const output = execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', APP_DIR], { cwd: root, encoding: 'utf8' });
  return JSON.parse(output)[0].filename;
});
timed('install', () => run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', `./${tarball}`], { cwd: APP_DIR }));

const bin = (name) => path.join(APP_DIR, 'node_modules/.bin', name);
const outDir = (name) => path.join(BUILDS_DIR, name);

timed('vite', () => run(bin('vite'), ['build', '--base', './', '--outDir', outDir('vite'), '--emptyOutDir', '--logLevel', 'warn'], { cwd: APP_DIR }));

// webpack and Rollup write only scripts: the page loads the bundle instead of the source.
const page = readFileSync(path.join(APP_DIR, 'index.html'), 'utf8');
const { default: webpack } = await import(pathToFileURL(path.join(APP_DIR, 'node_modules/webpack/lib/index.js')).href);
for (const [name, mode] of [['webpack', 'production'], ['webpack-dev', 'development']]) {
  const started = Date.now();
  process.env.APP_OUT_DIR = outDir(name);
  const { default: config } = await import(`${pathToFileURL(path.join(APP_DIR, 'webpack.config.mjs')).href}?${mode}`);
  const stats = await new Promise((resolve, reject) => webpack(config(mode), (error, result) => (error ? reject(error) : resolve(result))));
  // A warning is a step the app's developer would have to look into: the package must cause none.
  if (stats.hasErrors() || stats.hasWarnings()) {
    console.error(stats.toString('errors-warnings'));
    process.exit(1);
  }
  writeFileSync(path.join(outDir(name), 'index.html'), page.replace('<script type="module" src="./src/main.js">', '<script src="./main.js">'));
  seconds[name] = (Date.now() - started) / 1000;
}

timed('rollup', () => run(bin('rollup'), ['-c', '--silent'], { cwd: APP_DIR, env: { ...process.env, APP_OUT_DIR: outDir('rollup') } }));
writeFileSync(path.join(outDir('rollup'), 'index.html'), page.replace('./src/main.js', './main.js'));

const total = Object.values(seconds).reduce((sum, value) => sum + value, 0);
console.log(`Bundler apps built in ${total.toFixed(1)} s (${Object.entries(seconds).map(([name, value]) => `${name} ${value.toFixed(1)} s`).join(', ')}), installed in ${APP_DIR}`);
