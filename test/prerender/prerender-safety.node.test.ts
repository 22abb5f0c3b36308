/**
 * Prerendered snippets are pasted into CMS pages as they are: no article text may become markup
 * there. The named hostile inputs (test/support/hostile-corpus.ts), through the prerender.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HOSTILE_INPUTS } from '../support/hostile-corpus.js';
import { checkSnippet } from '../support/snippet-check.js';

describe('prerendered snippets of hostile inputs', () => {
  for (const input of HOSTILE_INPUTS.filter((hostile) => !hostile.dataOnly)) {
    it(`${input.name}: ${input.reason}`, async () => {
      assert.equal(await checkSnippet(input.payload()), input.outcome === 'load' ? 'written' : 'refused');
    });
  }
});
