/**
 * Property-based tests: generated payloads, valid and hostile, through every way a payload reaches
 * the widget in a browser (the `data` property, inline JSON, a file in the topics folder). Each run
 * prints its seed; `FC_SEED=<seed> npm test` replays it, and `FC_RUNS=<n>` runs more cases.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import { validateTopic } from '../../src/content/validate.js';
import { mutatedPayload, payloadText, validPayload } from '../support/arbitraries.js';
import { PAYLOAD_PATHS, parsedJson, placePayload } from '../support/payload-paths.js';
import { expectNothingInjected, ranVectors } from '../support/injection.js';
import { watchUncaught } from '../support/page-faults.js';
import { captureConsole } from '../support/capture-console.js';

interface FastCheckSettings {
  seed: number;
  numRuns: number;
}

describe('generated payloads, through .data, inline JSON and a topics file', function () {
  // Hundreds of widgets per property: the runner's default 10 s is for one test of one widget.
  this.timeout(180_000);
  let settings: FastCheckSettings;
  let uncaught: ReturnType<typeof watchUncaught>;
  /** Each widget's event count, read once every case has run. */
  const placed: (() => number)[] = [];
  // Each rejected payload lists its problems in the console (tested elsewhere); a thousand would swamp the log.
  captureConsole(['error']);

  before(async () => {
    settings = (await executeServerCommand('fast-check-settings')) as FastCheckSettings;
    console.log(`fast-check seed ${settings.seed}: ${settings.numRuns} payloads, half valid, half mutated, each through 3 paths (replay: FC_SEED=${settings.seed} npm test)`);
  });
  beforeEach(() => {
    uncaught = watchUncaught();
    ranVectors.length = 0;
  });
  afterEach(async () => {
    // Whatever a widget does after its event would have happened by the time every other case ran.
    expect(placed.filter((events) => events() !== 1).length, 'widgets with other than exactly one event').to.equal(0);
    placed.length = 0;
    uncaught.stop();
    expect(uncaught.errors, 'errors that reached the page').to.deep.equal([]);
    expect(ranVectors, 'payload text that ran as script').to.deep.equal([]);
  });

  /** The rules every payload must keep, whatever it holds, on every path. */
  async function check(payload: unknown, intact: boolean): Promise<void> {
    for (const path of PAYLOAD_PATHS) {
      // Inline JSON and files are text: a value JSON cannot hold reaches them as JSON.stringify writes it.
      const received = path === 'data' ? { value: payload } : parsedJson(payloadText(payload));
      const validated = received === undefined ? 'invalid-payload' : received.value === undefined ? 'missing-topic' : validateTopic(received.value).ok ? 'load' : 'invalid-payload';
      // A file is shown only as published (intact), and refused whatever it holds when changed on the way.
      const expected = path === 'file' ? (intact ? 'load' : 'changed-file') : validated;
      const { element, event, events, outcome } = await placePayload(path, payload, { intact });
      placed.push(events);
      expect(outcome, `${path}: ${JSON.stringify(event.detail).slice(0, 300)}`).to.equal(expected);
      expectNothingInjected(element.shadowRoot!);
      if (outcome === 'load') {
        const title = (received!.value as { title: string }).title;
        expect(element.shadowRoot!.querySelector('[part="title"]')!.textContent, path).to.equal(title);
      } else {
        expect(element.shadowRoot!.querySelector('[role="alert"]'), `${path}: an error message`).not.to.equal(null);
      }
      element.remove();
    }
  }

  it('shows every valid payload, as text, with one load event per widget', async () => {
    await fc.assert(
      fc.asyncProperty(validPayload, async (payload) => {
        const validation = validateTopic(payload);
        expect(validation.ok ? [] : validation.issues, 'generated as valid').to.deep.equal([]);
        await check(payload, true);
      }),
      { seed: settings.seed, numRuns: Math.ceil(settings.numRuns / 2), includeErrorInReport: true },
    );
  });

  it('rejects or shows every mutated payload, with one event, no uncaught error and nothing injected', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedPayload, ({ payload }) => check(payload, false)),
      { seed: settings.seed, numRuns: Math.ceil(settings.numRuns / 2), includeErrorInReport: true },
    );
  });
});
