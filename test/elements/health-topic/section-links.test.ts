/** Contents links and deep links on host pages that set a `<base href>`, as many CMS templates do. */
import { expect, oneEvent } from '@open-wc/testing';
import { mountHealthTopic } from '../../support/mount-health-topic.js';
import { watchUncaught } from '../../support/page-faults.js';

describe('<health-topic> contents links under <base href>', () => {
  let base: HTMLBaseElement;
  const pageAddress = location.href.split('#')[0];
  beforeEach(() => {
    base = document.createElement('base');
    base.href = '/elsewhere/';
    document.head.prepend(base);
  });
  afterEach(() => {
    base.remove();
    history.replaceState(history.state, '', pageAddress);
    document.querySelectorAll('body > health-topic').forEach((element) => element.remove());
  });

  it('links each section to this page, not to the base address', async () => {
    const { element } = await mountHealthTopic({ topic: 'myoclonus' });
    const links = [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="toc-link"]')];
    expect(links.length).to.be.greaterThan(3);
    for (const link of links) expect(link.href.split('#')[0]).to.equal(pageAddress);
    expect(links.find((link) => link.textContent === 'Symptoms')!.href).to.equal(`${pageAddress}#myoclonus-symptoms`);
  });

  it('keeps the page address when a contents link is followed, so a reload finds the page', async () => {
    const { element } = await mountHealthTopic({ topic: 'myoclonus' });
    const link = [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="toc-link"]')].find((a) => a.textContent === 'Treatment')!;
    link.click();
    expect(location.href).to.equal(`${pageAddress}#myoclonus-treatment`);
    const section = element.shadowRoot!.querySelector('#myoclonus-treatment')!;
    expect(section.shadowRoot!.activeElement?.textContent).to.equal('Treatment');
  });
});

describe('<health-topic> deep links from the page address', () => {
  const pageAddress = location.href.split('#')[0];
  afterEach(() => {
    history.replaceState(history.state, '', pageAddress);
    document.querySelectorAll('body > health-topic').forEach((element) => element.remove());
  });

  it('reads an escaped hash, and takes a malformed one as it is, without an error', async () => {
    const { element } = await mountHealthTopic({ topic: 'myoclonus' });
    const uncaught = watchUncaught();
    try {
      const moved = oneEvent(window, 'hashchange');
      location.hash = 'myoclonus%2Dtreatment';
      await moved;
      const section = element.shadowRoot!.querySelector('#myoclonus-treatment')!;
      expect(section.shadowRoot!.activeElement?.textContent).to.equal('Treatment');
      const malformed = oneEvent(window, 'hashchange');
      location.hash = 'myoclonus-%E0%A4%A';
      await malformed;
      expect(uncaught.errors).to.deep.equal([]);
    } finally {
      uncaught.stop();
    }
  });
});
