/**
 * Two builds deployed beside each other, as a hospital's CDN holds them a month apart: this build
 * (dist/), then a rebuild with a code change (a new version number) copied over it without deleting
 * anything. Written to .test-results/deploys/ by `npm test`'s prepare step, served by
 * test/support/cdn-server.mjs; test/e2e/deploy.test.ts pastes each build's snippet and the latest.
 * Then a rollback, as docs/deploy.md does it: a copy of the site with the files a deploy replaces
 * (kept before build 2 was deployed) put back, in .test-results/deploys/rolled-back/.
 *
 *   node test/support/deploy-builds.mjs      (after npm run build)
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const deploys = path.join(root, '.test-results/deploys');
const site = path.join(deploys, 'site');

/** Copies a script-tag build's files into the site, beside what is there, and keeps its integrity.json as `<name>.json`. */
function deploy(dist, name) {
  for (const file of ['chunks', 'topics', 'prerendered', 'articles']) {
    if (existsSync(path.join(dist, file))) cpSync(path.join(dist, file), path.join(site, file), { recursive: true });
  }
  for (const file of readFileSync(path.join(dist, 'integrity.json'), 'utf8').match(/"health-topic-elements[^"]*\.js"/g)) {
    cpSync(path.join(dist, JSON.parse(file)), path.join(site, JSON.parse(file)));
  }
  cpSync(path.join(dist, 'integrity.json'), path.join(site, 'integrity.json'));
  cpSync(path.join(dist, 'integrity.json'), path.join(deploys, `${name}.json`));
}

/** The files a deploy replaces, which docs/deploy.md says to keep for a rollback. */
const REPLACED = ['health-topic-elements.js', 'integrity.json', 'prerendered', 'articles'];

rmSync(deploys, { recursive: true, force: true });
mkdirSync(site, { recursive: true });
deploy(path.join(root, 'dist'), 'build-1');
const kept = path.join(deploys, 'kept-before-build-2');
for (const file of REPLACED) cpSync(path.join(site, file), path.join(kept, file), { recursive: true });

// The next build: the same project with a new version number, built in a folder of its own.
const next = mkdtempSync(path.join(os.tmpdir(), 'health-topic-next-'));
try {
  for (const entry of ['src', 'content', 'scripts', 'vite.config.ts', 'package.json', 'tsconfig.json', 'lit-localize.json']) {
    cpSync(path.join(root, entry), path.join(next, entry), { recursive: true });
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(next, 'node_modules'), 'dir');
  const version = path.join(next, 'src/version.ts');
  writeFileSync(version, readFileSync(version, 'utf8').replace(/VERSION = '([^']+)'/, "VERSION = '$1-next'"));
  execFileSync(process.execPath, [path.join(next, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: next, stdio: 'inherit' });
  // Its signed HTML, with its own key, for the first paint.
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/prerender.ts'], { cwd: next, stdio: 'ignore' });
  deploy(path.join(next, 'dist'), 'build-2');
} finally {
  rmSync(next, { recursive: true, force: true });
}
// Build 2 turns out bad: "latest" goes back to build 1; build 2's hashed files stay.
const rolledBack = path.join(deploys, 'rolled-back');
cpSync(site, rolledBack, { recursive: true });
for (const file of REPLACED) {
  rmSync(path.join(rolledBack, file), { recursive: true, force: true });
  cpSync(path.join(kept, file), path.join(rolledBack, file), { recursive: true });
}
console.log('Deployed two builds beside each other in .test-results/deploys/site/, and rolled back to the first in rolled-back/');
