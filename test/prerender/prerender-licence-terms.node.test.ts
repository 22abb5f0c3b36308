/** The prerender under licence terms (src/content/licence-terms.ts): the same credits as the widget, and no article whose licence ended. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prerenderSnippet } from '../../scripts/prerender/snippet.js';
import { licenceEnded } from '../../src/content/licence-terms.js';
import { licensedPayload, TERMS } from '../support/licensed-payload.js';

describe('a prerendered edited copy under licence terms', () => {
  it('shows the attribution and who edited it, not the byline or the reviewer, in the HTML and the JSON-LD', async () => {
    const { html } = await prerenderSnippet(licensedPayload(), ['en'], '/dist/');
    const text = html.replace(/<!--[\s\S]*?-->|<\/?bdi>/g, '').replaceAll('&#39;', "'").replaceAll('&apos;', "'");
    assert.ok(!text.includes('part="byline"'), 'no byline');
    assert.ok(!/Reviewed by/.test(text), 'no reviewer line');
    assert.ok(text.includes(TERMS.attribution!) && text.includes(TERMS.editsLine!), 'the lines the terms ask for');
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]) as Record<string, unknown>;
    assert.equal(jsonLd.author, undefined);
    assert.equal(jsonLd.reviewedBy, undefined);
    assert.equal(jsonLd.creditText, `${TERMS.attribution} ${TERMS.editsLine}`);
  });

  it('is skipped from the day its licence ends (the rule scripts/prerender.ts applies)', () => {
    assert.equal(licenceEnded(licensedPayload(), '2027-06-29'), false);
    assert.equal(licenceEnded(licensedPayload(), TERMS.expires!), true);
    assert.equal(licenceEnded(licensedPayload({}, ['expires']), '2099-01-01'), false);
  });
});
