import { expect, waitUntil } from '@open-wc/testing';
import { storybookFrame } from '../support/storybook-frame.js';

/**
 * The Reading Events story (built Storybook) logs the reading events as its reader scrolls and
 * clicks: a section view once the section has been in view for a second, and a followed link.
 */
describe('the Reading Events story', () => {
  it('logs a section view as the reader scrolls, and a followed link', async () => {
    const frame = await storybookFrame('elements-health-topic--reading-events', 'story');
    // Fits in the test runner's window, so what is in the frame's view is on screen.
    frame.height = '560';
    const page = frame.contentDocument!;
    const widget = () => page.querySelector('health-topic')?.shadowRoot?.querySelector('topic-section[id$="-diagnosis"]');
    await waitUntil(() => widget(), 'the story\'s article', { timeout: 8000 });
    const lines = () => [...page.querySelectorAll('[role="log"] li')].map((line) => line.textContent!);
    expect(lines(), 'nothing read yet').to.deep.equal([]);
    widget()!.scrollIntoView({ block: 'start' });
    await waitUntil(() => lines().some((line) => line.startsWith('section-view') && line.includes('"section":"diagnosis"')), 'the logged section view', { timeout: 4000 });
    page.addEventListener('click', (event) => event.preventDefault());
    page.querySelector('health-topic')!.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="toc-link"]')!.click();
    expect(lines().at(-1)).to.match(/^link-click \{.*"kind":"contents"/);
    frame.remove();
  });
});
