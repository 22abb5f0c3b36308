import { expect } from '@open-wc/testing';
import { placeHealthTopic, showHealthTopic } from '../../support/health-topic.js';

// Values a page can give that pass every check and still mislead (issue: sane ranges).
describe('<health-topic> with values at the edges', () => {
  for (const timeout of ['Infinity', '3000000000']) {
    it(`takes timeout="${timeout}" as the longest wait a timer can keep, not as none`, async () => {
      // A delay over 2^31 - 1 ms fires at once in every engine: the timeout state came after ~25 ms.
      const { element, event } = await placeHealthTopic((health) => {
        health.setAttribute('timeout', timeout);
        health.topic = 'myoclonus';
      });
      element.remove();
      expect(event.type, JSON.stringify(event.detail)).to.equal('health-topic-load');
    });
  }

  it('keeps its own direction: an English article on a right-to-left page reads left to right', async () => {
    const page = document.createElement('div');
    page.dir = 'rtl';
    page.lang = 'ar';
    document.body.append(page);
    try {
      const element = await showHealthTopic((health) => {
        health.topic = 'myoclonus';
        health.lang = 'en';
      }, page);
      const article = element.shadowRoot!.querySelector('article')!;
      expect(getComputedStyle(article).direction).to.equal('ltr');
      expect(article.getAttribute('dir')).to.equal('ltr');
    } finally {
      page.remove();
    }
  });
});
