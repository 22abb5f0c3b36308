/**
 * Dates as readers see them, in the time zone each engine's tests run in (engines.config.mjs):
 * UTC, west of it and east of it. A payload's "2024-01-01" is January 1 everywhere.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { PASTED_ARTICLE, mountHealthTopic } from '../support/mount-health-topic.js';
import { renderedText } from '../support/rendered-text.js';

describe('dates in the reader\'s time zone', () => {
  after(() => document.querySelectorAll('body > health-topic').forEach((element) => element.remove()));

  it('runs in the time zone it was given', async () => {
    const zone = await executeServerCommand<string | null, undefined>('test-time-zone');
    expect(zone, 'a time zone for this engine').to.be.a('string');
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(zone === 'UTC' ? 'UTC' : zone);
  });

  it('shows the day the payload names, at either end of a year', async () => {
    const { element } = await mountHealthTopic({ data: { ...PASTED_ARTICLE, lastReviewed: '2024-01-01', lastUpdated: '2025-12-31' } });
    const footer = renderedText(element.shadowRoot!.querySelector('footer')!);
    expect(footer).to.include('Last reviewed: January 1, 2024');
    expect(footer).to.include('Last updated: December 31, 2025');
    const times = [...element.shadowRoot!.querySelectorAll('time')].map((time) => time.getAttribute('datetime'));
    expect(times).to.deep.equal(['2024-01-01', '2025-12-31']);
  });

  it('shows Spanish dates the same way', async () => {
    const { element } = await mountHealthTopic({ data: { ...PASTED_ARTICLE, locale: 'es', lastReviewed: '2024-01-01' } });
    expect(renderedText(element.shadowRoot!.querySelector('footer')!)).to.include('1 de enero de 2024');
  });
});
