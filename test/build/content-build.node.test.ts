/**
 * Node tests of the content build: it must stop on a bad payload, naming the file and the JSON path,
 * and the published JSON Schema must accept the real articles and reject broken ones.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';

const root = path.resolve(import.meta.dirname, '../..');
const realPayload = JSON.parse(readFileSync(path.join(root, 'content/topics/myoclonus/en.json'), 'utf8'));

/** Copies the real content to a temporary folder, with the payload changed by `change`. */
function contentWith(change: (payload: any) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'health-topic-content-'));
  cpSync(path.join(root, 'content'), dir, { recursive: true });
  const payload = structuredClone(realPayload);
  change(payload);
  writeFileSync(path.join(dir, 'topics/myoclonus/en.json'), JSON.stringify(payload));
  return dir;
}

function buildContent(contentDir: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-content.ts', '--check', '--content', contentDir], {
    cwd: root,
    encoding: 'utf8',
  });
}

describe('content build', () => {
  const folders: string[] = [];
  after(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('passes on the real content', () => {
    const run = buildContent(path.join(root, 'content'));
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /Content is valid/);
  });

  it('fails on an invalid payload, naming the file and the JSON path', () => {
    const dir = contentWith((payload) => {
      payload.sections[3].blocks[1].items[1] = '';
    });
    folders.push(dir);
    const run = buildContent(dir);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /topics\/myoclonus\/en\.json:sections\[3\]\.blocks\[1\]\.items\[1\]: Must not be empty\./);
  });

  it('fails when a payload names a figure file that does not exist', () => {
    const dir = contentWith((payload) => {
      payload.sections[0].blocks[1].src = 'missing-figure.svg';
    });
    folders.push(dir);
    const run = buildContent(dir);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /en\.json:sections\[0\]\.blocks\[1\]\.src: No file "missing-figure\.svg"/);
  });

  it('fails when a payload disagrees with its file name', () => {
    const dir = contentWith((payload) => {
      payload.locale = 'es';
    });
    folders.push(dir);
    const run = buildContent(dir);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /en\.json:locale: Must be "en"/);
  });
});

describe('published JSON Schema', () => {
  const schema = JSON.parse(readFileSync(path.join(root, 'content/health-topic.schema.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true });
  addFormats.default(ajv); // "format": "date" for the ISO dates
  const validate = ajv.compile(schema);

  it('accepts the real article', () => {
    assert.equal(validate(realPayload), true, JSON.stringify(validate.errors));
  });

  it('rejects a javascript: link and an unknown block type, at their paths', () => {
    const payload = structuredClone(realPayload);
    payload.sections[6].blocks[0].items[0][0].href = 'javascript:alert(1)';
    payload.sections[2].blocks.push({ type: 'video' });
    assert.equal(validate(payload), false);
    const paths = validate.errors!.map((error) => error.instancePath);
    assert.ok(paths.includes('/sections/6/blocks/0/items/0/0/href'), paths.join(', '));
    assert.ok(paths.some((at) => at.startsWith('/sections/2/blocks/2')), paths.join(', '));
  });
});
