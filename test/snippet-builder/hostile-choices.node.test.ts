/** The named hostile inputs of the snippet builder (test/support/hostile-builder-inputs.ts), each through the snippet's text. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkBuilderSnippet } from '../support/builder-snippet-check.js';
import { HOSTILE_BUILDER_INPUTS, PLAIN_CHOICES } from '../support/hostile-builder-inputs.js';

for (const input of HOSTILE_BUILDER_INPUTS) {
  test(`${input.name}: ${input.reason}`, () => {
    assert.equal(checkBuilderSnippet({ ...PLAIN_CHOICES, ...input.choices }), input.outcome);
  });
}
