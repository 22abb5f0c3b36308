import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/define.js';
import { setContentBasePath } from '../src/content/catalog.js';
import { PASTED_ARTICLE, failHealthTopic, pause } from './support/health-topic.js';
import type { HealthTopic } from '../src/elements/health-topic/health-topic.js';
// Holds to.be.accessible() to the WCAG 2.0-2.2 A/AA and best-practice rules, target size included.
import './support/axe.js';

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
    const { element, detail } = await failHealthTopic((element) => (element.topic = 'myoclonus'));
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
    const { element, detail } = await failHealthTopic((element) => (element.topic = 'myoclonus'));
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
    await pause(600);
    expect(getComputedStyle(spinner).opacity).to.equal('1');
    await expect(element).to.be.accessible();
    await oneEvent(element, 'health-topic-load');
  });

  it('drops a slow older load when a newer article arrives first', async () => {
    setContentBasePath('/simulated-network/race/');
    await slowRequests(['/simulated-network/race/myoclonus.en.'], 800);
    const element = document.createElement('health-topic') as HealthTopic;
    element.topic = 'myoclonus';
    const events: string[] = [];
    element.addEventListener('health-topic-load', (event) => events.push(event.detail.topic));
    document.body.append(element);
    await element.updateComplete;
    await pause(100); // the Myoclonus download is now under way, and slow
    element.data = pasted;
    await pause(1200); // long enough for the Myoclonus download to have answered
    expect(events).to.deep.equal(['pasted-article']);
    expect(element.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('An article pasted as JSON');
  });
});
