/** The table of on-demand chunks the build writes into the first-paint file (src/shared/chunk-table.ts), read back. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isChunkAddress, readChunkTable } from '../../src/shared/chunk-table.js';

describe('the chunk table', () => {
  const base = 'https://cdn.example/health/health-topic-elements.AbCd1234.js';

  it('gives each chunk\'s address, beside the first-paint file, and its hash', () => {
    const table = readChunkTable('es chunks/es-Col7tEmp.js sha256-AAA=;validate chunks/validate-CF1gpydr.js sha256-BBB=', base);
    assert.deepEqual([...table], [
      ['es', { url: 'https://cdn.example/health/chunks/es-Col7tEmp.js', integrity: 'sha256-AAA=', needs: [] }],
      ['validate', { url: 'https://cdn.example/health/chunks/validate-CF1gpydr.js', integrity: 'sha256-BBB=', needs: [] }],
    ]);
  });

  it('gives the chunks each one imports, to be loaded checked before it', () => {
    const table = readChunkTable('define chunks/define-A.js sha256-AAA= lit,link-rule;lit chunks/lit-B.js sha256-BBB=', base);
    assert.deepEqual(table.get('define')!.needs, ['lit', 'link-rule']);
    assert.deepEqual(table.get('lit')!.needs, []);
  });

  it('leaves out a row that lacks a part, and is empty for the placeholder a build forgot to replace', () => {
    assert.deepEqual([...readChunkTable('es chunks/es.js;validate chunks/v.js sha256-B', base).keys()], ['validate']);
    assert.equal(readChunkTable('@@health-topic-chunk-table@@', base).size, 0);
  });

  it('knows the address of each chunk in the table, and no other', () => {
    const table = readChunkTable('es chunks/es-Col7tEmp.js sha256-AAA=;validate chunks/validate-CF1gpydr.js sha256-BBB=', base);
    assert.equal(isChunkAddress('https://cdn.example/health/chunks/validate-CF1gpydr.js', table), true);
    assert.equal(isChunkAddress('https://cdn.example/health/chunks/es-Col7tEmp.js', table), true);
    for (const other of ['https://cdn.example/health/chunks/evil.js', 'https://cdn.example/health/chunks/es-Col7tEmp.js?x', 'chunks/es-Col7tEmp.js']) {
      assert.equal(isChunkAddress(other, table), false, other);
    }
  });

  it('knows no chunk address in a build without a table (development, tests, the npm build)', () => {
    assert.equal(isChunkAddress('https://cdn.example/health/chunks/es-Col7tEmp.js'), false);
  });
});
