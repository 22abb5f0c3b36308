import { test } from 'node:test';
import assert from 'node:assert/strict';
import { languageName } from '../../apps/snippet-builder/snippet-builder.template.js';

test('a locale key that is no language tag is shown as it is, without throwing', () => {
  assert.equal(languageName('en" x="'), 'en" x="');
  assert.equal(languageName('fr'), 'French');
});
