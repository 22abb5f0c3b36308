/** Review dates at the edges of the calendar, which staff would misread: a payload refuses them. */
import { expect } from '@open-wc/testing';
import { setToday } from '../../../src/shared/clock.js';
import { PASTED_ARTICLE, mountHealthTopic } from '../../support/mount-health-topic.js';

describe('<health-topic> with review dates at the edges of the calendar', () => {
  afterEach(() => setToday(undefined));

  for (const [lastReviewed, misread] of [
    ['9999-12-15', '10000'],
    ['0001-01-01', '1902'],
    ['0000-01-01', 'January 1, 1'],
  ]) {
    it(`refuses lastReviewed ${lastReviewed}, which staff would read as ${misread}`, async () => {
      setToday('2026-05-31');
      const { element, detail } = await mountHealthTopic({
        attributes: { 'show-review-status': '' },
        data: { ...PASTED_ARTICLE, lastReviewed, reviewIntervalMonths: 12 },
        until: 'error',
      });
      expect(detail.code).to.equal('invalid-payload');
      expect(detail.issues!.map((issue) => `${issue.path}: ${issue.message}`)).to.deep.equal(['lastReviewed: Use a year from 1900 to 2200.']);
      expect(element.shadowRoot!.textContent).not.to.include(misread);
    });
  }
});
