import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/define.js';
import { setContentBasePath } from '../src/content/catalog.js';
import type { HealthTopic } from '../src/elements/health-topic/health-topic.js';
import type { HealthTopicErrorEvent } from '../src/elements/health-topic/events.js';

/** Makes the test server answer requests whose URL contains one of these with 503. */
function failRequests(paths: string[]): Promise<unknown> {
  return executeServerCommand('fail-requests', paths);
}

async function failedElement(topic: string): Promise<{ element: HealthTopic; detail: HealthTopicErrorEvent['detail'] }> {
  const element = document.createElement('health-topic') as HealthTopic;
  element.topic = topic;
  const failed = oneEvent(element, 'health-topic-error') as Promise<HealthTopicErrorEvent>;
  document.body.append(element);
  const { detail } = await failed;
  await element.updateComplete;
  return { element, detail };
}

// Each test reads the content through a path of its own (see web-test-runner.config.mjs), so no
// earlier download sits in the browser's cache.
describe('<health-topic> on a failing network', () => {
  afterEach(async () => {
    await failRequests([]);
    document.querySelectorAll('health-topic').forEach((element) => element.remove());
  });

  it('shows a message and a Try again button when the article cannot be downloaded, and Try again works', async () => {
    setContentBasePath('/simulated-network/payload/');
    await failRequests(['/simulated-network/payload/myoclonus.en.']);
    const { element, detail } = await failedElement('myoclonus');
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
    const { element, detail } = await failedElement('myoclonus');
    expect(detail.code).to.equal('network');
    await failRequests([]);
    const loaded = oneEvent(element, 'health-topic-load');
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await loaded;
  });
});
