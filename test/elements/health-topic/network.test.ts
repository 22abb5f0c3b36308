import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/define.js';
import { setContentBasePath } from '../../../src/content/catalog.js';
import { PASTED_ARTICLE, firstOutcome, mountHealthTopic } from '../../support/mount-health-topic.js';
import { heldAnswer, serveFakeContent } from '../../support/fake-content.js';
import type { HealthTopic } from '../../../src/elements/health-topic/health-topic.js';
// Holds to.be.accessible() to the WCAG 2.0-2.2 A/AA and best-practice rules, target size included.
import '../../support/axe.js';

/** Makes the test server answer requests whose URL contains one of these with 503. */
function failRequests(paths: string[]): Promise<unknown> {
  return executeServerCommand('fail-requests', paths);
}

/** Makes the test server hold back requests whose URL contains one of these for `ms`. */
function slowRequests(paths: string[], ms = 0): Promise<unknown> {
  return executeServerCommand('slow-requests', { paths, ms });
}

const pasted = PASTED_ARTICLE;


// Each test reads the content through a path of its own (see web-test-runner.config.mjs), so no
// earlier download sits in the browser's cache.
describe('<health-topic> on a failing network', () => {
  afterEach(async () => {
    await failRequests([]);
    await slowRequests([]);
    document.querySelectorAll('health-topic').forEach((element) => element.remove());
  });

  it('shows a message and a Try again button when the article cannot be downloaded, and Try again works', async () => {
    setContentBasePath('/simulated-network/payload/');
    await failRequests(['/simulated-network/payload/myoclonus.en.']);
    const { element, detail } = await mountHealthTopic({ topic: 'myoclonus', until: 'error' });
    expect(detail.code).to.equal('network');
    expect(detail.topic).to.equal('myoclonus');
    const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.include('could not be loaded');
    await expect(element).to.be.accessible();

    await failRequests([]);
    const button = element.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!;
    const loaded = oneEvent(element, 'health-topic-load');
    button.focus();
    button.click();
    await loaded;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Myoclonus');
    // Focus was on the button, which is gone: it moves to the article's title, not to the page.
    expect(element.shadowRoot!.activeElement?.id).to.equal('title');
  });

  it('reports a network failure, not "not found", when the topic index cannot be downloaded', async () => {
    setContentBasePath('/simulated-network/index/');
    await failRequests(['/simulated-network/index/index.']);
    const { element, detail } = await mountHealthTopic({ topic: 'myoclonus', until: 'error' });
    expect(detail.code).to.equal('network');
    await failRequests([]);
    const loaded = oneEvent(element, 'health-topic-load');
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await loaded;
  });

  it('shows the loading state only after a short delay, keeping space for the article', async () => {
    setContentBasePath('/simulated-network/slow/');
    await slowRequests(['/simulated-network/slow/myoclonus.en.'], 1500);
    const element = document.createElement('health-topic') as HealthTopic;
    element.topic = 'myoclonus';
    document.body.append(element);
    await element.updateComplete;
    const status = element.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!;
    const spinner = status.querySelector<HTMLElement>('.spinner')!;
    expect(status.textContent).to.include('Loading the article');
    expect(status.getBoundingClientRect().height).to.be.greaterThan(300);
    expect(getComputedStyle(spinner).opacity).to.equal('0');
    // The spinner fades in after 0.4 s (a CSS animation delay): it shows once that time has passed.
    await waitUntil(() => getComputedStyle(spinner).opacity === '1', 'the spinner to show', { timeout: 1400 });
    await expect(element).to.be.accessible();
    await oneEvent(element, 'health-topic-load');
  });

  describe('races: the newest load wins', () => {
    const slow = 'slow.en.0123456789.json';
    const witnessFile = 'witness.en.0123456789.json';
    let server: ReturnType<typeof serveFakeContent>;
    afterEach(() => {
      server.restore();
      document.querySelectorAll('body > health-topic').forEach((element) => element.remove());
    });

    /**
     * Places a widget whose download of the topic "slow" is held back by the test, switches it to
     * the pasted article, then lets the download answer. A witness widget's download, of the same
     * kind, is let go just after: once the witness shows its outcome, the older load has answered.
     */
    async function race(answer: string | { status: number }) {
      const held = heldAnswer();
      const witnessHeld = heldAnswer();
      server = serveFakeContent({ slow: { en: slow }, witness: { en: witnessFile } }, { [slow]: held.answer, [witnessFile]: witnessHeld.answer });
      const element = document.createElement('health-topic');
      const events: string[] = [];
      element.addEventListener('health-topic-load', (event) => events.push(`load ${event.detail.topic}`));
      element.addEventListener('health-topic-error', (event) => events.push(`error ${event.detail.code}`));
      element.topic = 'slow';
      document.body.append(element);
      await waitUntil(() => server.requests.includes(slow), 'the download of "slow" to start');
      const pastedShown = oneEvent(element, 'health-topic-load');
      element.data = pasted;
      await pastedShown;
      const witness = document.createElement('health-topic');
      witness.topic = 'witness';
      const witnessOutcome = firstOutcome(witness);
      document.body.append(witness);
      await waitUntil(() => server.requests.includes(witnessFile), 'the witness\'s download to start');
      held.release(answer);
      witnessHeld.release(answer);
      return { element, events, witness: witnessOutcome };
    }

    it('drops an older load that answers with an article after a newer one showed', async () => {
      const { element, events, witness } = await race(JSON.stringify({ ...pasted, title: 'An older article' }));
      expect((await witness).type).to.equal('health-topic-load');
      expect(events).to.deep.equal(['load pasted-article']);
      expect(element.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('An article pasted as JSON');
    });

    it('drops an older load that fails after a newer one showed', async () => {
      const { element, events, witness } = await race({ status: 503 });
      expect((await witness).type).to.equal('health-topic-error');
      expect(events).to.deep.equal(['load pasted-article']);
      expect(element.shadowRoot!.querySelector('[role="alert"]') === null, 'no error message').to.equal(true);
    });
  });
});
