/**
 * Property-based test of the prerender: generated payloads, valid and hostile, through the same
 * steps as `npm run prerender` (validate, then render a snippet). A payload is either refused with
 * paths and messages, or written as HTML that a browser reads back as the payload's own text, with
 * nothing but the article's elements. The seed is printed; FC_SEED replays it, FC_RUNS sets the count.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { mutatedPayload, validPayload } from '../support/arbitraries.js';
import { checkSnippet } from '../support/snippet-check.js';

const seed = Number(process.env.FC_SEED) || Date.now() % 2 ** 31;
const numRuns = Number(process.env.FC_RUNS) || 1000;

describe(`prerendered snippets of generated payloads (fast-check seed ${seed}; replay with FC_SEED=${seed})`, () => {
  it('writes every valid payload as inert HTML that reads as its text', async () => {
    await fc.assert(fc.asyncProperty(validPayload, async (payload) => assert.equal(await checkSnippet(payload), 'written')), { seed, numRuns: Math.ceil(numRuns / 2), includeErrorInReport: true });
  });

  it('refuses every invalid payload with paths and messages, and writes the rest safely', async () => {
    await fc.assert(fc.asyncProperty(mutatedPayload, async ({ payload }) => {
        await checkSnippet(payload);
      }), { seed, numRuns: Math.ceil(numRuns / 2), includeErrorInReport: true });
  });
});
