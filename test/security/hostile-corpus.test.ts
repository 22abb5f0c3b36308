/**
 * The named hostile inputs of test/support/hostile-corpus.ts, each through every way a payload
 * arrives: one designed outcome and one event, nothing injected, nothing run, no error reaching
 * the page, and JSON-LD that no title can break out of.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { HOSTILE_INPUTS } from '../support/hostile-corpus.js';
import { afterInjectedHandlers, expectNothingInjected, ranVectors } from '../support/injection.js';
import { watchUncaught } from '../support/page-faults.js';
import { PAYLOAD_PATHS, placePayload } from '../support/payload-paths.js';

describe('hostile inputs, by name, through .data, inline JSON and a topics file', () => {
  let uncaught: ReturnType<typeof watchUncaught>;
  beforeEach(() => {
    uncaught = watchUncaught();
    ranVectors.length = 0;
  });
  afterEach(() => {
    uncaught.stop();
    expect(uncaught.errors, 'errors that reached the page').to.deep.equal([]);
    expect(ranVectors, 'payload text that ran as script').to.deep.equal([]);
  });

  for (const input of HOSTILE_INPUTS) {
    it(`${input.name}: ${input.reason}`, async () => {
      for (const path of input.dataOnly ? (['data'] as const) : PAYLOAD_PATHS) {
        const { element, events, outcome, event } = await placePayload(path, input.payload());
        // A file that is not the one published is refused whatever it holds; the page's own payloads are validated.
        expect(outcome, `${path}: ${JSON.stringify(event.detail).slice(0, 200)}`).to.equal(path === 'file' ? 'changed-file' : input.outcome);
        expectNothingInjected(element.shadowRoot!);
        if (input.title !== undefined && outcome === 'load') expect(element.shadowRoot!.querySelector('[part="title"]')!.textContent, `${path}: the title`).to.equal(input.title);
        if (outcome === 'load') {
          // The JSON-LD comes from a chunk loaded after the article paints: wait for it, or there is nothing to check.
          const jsonLd = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];
          await waitUntil(() => jsonLd().length > 0, `${path}: the article's JSON-LD in the head`, { timeout: 3000 });
          for (const script of jsonLd()) {
            expect(script.text, 'JSON-LD').not.to.match(/[<>]/);
            if (input.title !== undefined) expect(JSON.parse(script.text).name, `${path}: the JSON-LD's name`).to.equal(input.title);
          }
        }
        await afterInjectedHandlers();
        element.remove();
        expect(events(), `${path}: events`).to.equal(1);
      }
    });
  }
});
