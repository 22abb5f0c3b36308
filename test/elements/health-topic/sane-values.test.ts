import { expect } from '@open-wc/testing';
import { mountHealthTopic } from '../../support/mount-health-topic.js';

// Values a page can give that pass every check and still mislead.
describe('<health-topic> with values at the edges', () => {
  for (const timeout of ['Infinity', '3000000000']) {
    it(`takes timeout="${timeout}" as the longest wait a timer can keep, not as none`, async () => {
      // A delay over 2^31 - 1 ms fires at once in every engine: the timeout state came after ~25 ms.
      const { element, event } = await mountHealthTopic({ topic: 'myoclonus', attributes: { timeout }, until: 'outcome' });
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
      const { element } = await mountHealthTopic({ topic: 'myoclonus', lang: 'en', into: page });
      const article = element.shadowRoot!.querySelector('article')!;
      expect(getComputedStyle(article).direction).to.equal('ltr');
      expect(article.getAttribute('dir')).to.equal('ltr');
    } finally {
      page.remove();
    }
  });
});
