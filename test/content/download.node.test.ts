/** Downloads of content files checked by hash (src/content/download.ts), and the errors they end in. */
import assert from 'node:assert/strict';
import { afterEach, describe, it, mock } from 'node:test';
import { checkFile, DownloadError, failedAddress } from '../../src/content/download.js';
import { ChangedFileError } from '../../src/shared/changed-file.js';

afterEach(() => mock.restoreAll());

describe('checking a file the page shows by its address', () => {
  it('downloads nothing for a data: address, which an app\'s bundler inlined into its own code', async () => {
    const fetched = mock.method(globalThis, 'fetch', () => Promise.reject(new Error('no request expected')));
    await checkFile('data:image/svg+xml,%3Csvg%2F%3E', 'sha256-unused');
    assert.equal(fetched.mock.callCount(), 0);
  });

  it('downloads any other address once, with its hash', async () => {
    const fetched = mock.method(globalThis, 'fetch', () => Promise.resolve(new Response('<svg/>')));
    const url = 'https://cdn.example/figures/checked-once.5c17f036bb.svg';
    await Promise.all([checkFile(url, 'sha256-figure'), checkFile(url, 'sha256-figure')]);
    assert.deepEqual(fetched.mock.calls.map((call) => call.arguments), [[url, { cache: 'default', integrity: 'sha256-figure' }]]);
  });
});

describe('what a failure says', () => {
  it('names the address of a failed download, and of nothing else', () => {
    assert.equal(failedAddress(new DownloadError('https://cdn.example/a.json', 'HTTP 503')), 'https://cdn.example/a.json');
    assert.equal(failedAddress(new ChangedFileError('https://cdn.example/a.json')), undefined);
    assert.equal(failedAddress(new TypeError('Failed to fetch')), undefined);
  });

  it('says which file was refused as changed', () => {
    const error = new ChangedFileError('https://cdn.example/a.json');
    assert.equal(error.name, 'ChangedFileError');
    assert.equal(error.message, 'https://cdn.example/a.json is not the file this build published, so it was refused.');
    assert.equal(error.url, 'https://cdn.example/a.json');
  });
});
