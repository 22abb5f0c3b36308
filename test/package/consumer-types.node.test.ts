/**
 * The types an app gets from the package, through its `exports` (run after npm run build): a small
 * consumer file, compiled with strict TypeScript, must type-check, and a typo must not.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const root = path.resolve(import.meta.dirname, '../..');
// Inside the package's folder, so `health-topic-elements/...` resolves through its own exports.
const folder = path.join(root, '.test-results/consumer-types');

const CONSUMER = `import 'health-topic-elements/define';
import type { HealthTopicErrorDetail } from 'health-topic-elements';

const element = document.createElement('health-topic');
element.topic = 'myoclonus';
element.headingLevel = 3;
element.timeout = 10_000;
document.body.append(element);

element.addEventListener('health-topic-language-change', (event) => event.detail.previousLocale.toUpperCase());
document.addEventListener('health-topic-load', (event) => event.detail.topic.toUpperCase());
window.addEventListener('health-topic-error', (event) => {
  const detail: HealthTopicErrorDetail = event.detail;
  // A content file the server does not have: its address comes with the event.
  if (detail.code === 'content-not-found') return detail.url?.startsWith('https:');
  return detail.code === 'timeout';
});

const section = document.createElement('topic-section');
section.headingLevel = 3;
const citations = document.createElement('citation-list');
citations.references = [];
`;

function typeCheck(source: string): { status: number | null; output: string } {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'consumer.ts'), source);
  const compilerOptions = { strict: true, noEmit: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2022', 'DOM'], types: [], skipLibCheck: false };
  writeFileSync(path.join(folder, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['consumer.ts'] }));
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', folder], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('types for apps', () => {
  it('type an element made by createElement, and the events on the element, the document and the window', () => {
    const { status, output } = typeCheck(CONSUMER);
    assert.equal(status, 0, output);
  });

  it('catch a misspelt property', () => {
    const { status, output } = typeCheck(`${CONSUMER}element.topc = 'myoclonus';\n`);
    assert.notEqual(status, 0);
    assert.match(output, /Property 'topc' does not exist on type 'HealthTopic'/);
  });
});
