import { expect, waitUntil } from '@open-wc/testing';
import { closeHostPages, openHostPage, type HostPage } from '../support/host-page.js';

// Host pages (test/e2e/pages/) that registered a tag of the article's inner elements themselves
// before the built script (dist/, written by `npm test`'s build step) came, or none of them.
// "Loaded" means the article is on screen; a tag the page took is one designed error instead.

/** The error box `<health-topic>` shows, if any, and the elements inside its article. */
function shown(page: HostPage) {
  const root = page.document.querySelector('health-topic')!.shadowRoot!;
  return {
    error: root.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim(),
    inner: root.querySelectorAll('topic-section, citation-list').length,
  };
}

/** Console errors that name `tag`. */
const naming = (page: HostPage, tag: string) => page.record.consoleErrors.filter((message) => message.includes(`<${tag}>`));

/** Two frames more, in which a second event would have come. */
const twoFrames = (page: HostPage) => new Promise((resolve) => page.window.requestAnimationFrame(() => page.window.requestAnimationFrame(resolve)));

describe('a host page that registered an inner element\'s tag itself', () => {
  afterEach(closeHostPages);

  for (const [page, tag] of [
    ['own-topic-section.html', 'topic-section'],
    ['own-topic-section-throws.html', 'topic-section'],
    ['own-citation-list.html', 'citation-list'],
  ] as const) {
    it(`${page}: shows one designed error, names the clash once in the console, and throws nothing`, async () => {
      const host = await openHostPage(`/test/e2e/pages/${page}`);
      // The page's own constructor never ran: it would have thrown once per section.
      expect(host.record.errors).to.deep.equal([]);
      expect(host.record.events.map((event) => [event.type, event.detail.code])).to.deep.equal([['health-topic-error', 'element-conflict']]);
      // The explanation comes with the console hints, a chunk of their own.
      await waitUntil(() => naming(host, tag).length > 0, 'a console error naming the tag', { timeout: 3000 });
      await twoFrames(host);
      expect(host.record.events, 'one event, however long one waits').to.have.length(1);
      expect(naming(host, tag), host.record.consoleErrors.join('\n')).to.have.length(1);
      expect(naming(host, tag)[0]).to.include('another script');
      expect(shown(host)).to.deep.equal({ error: 'Article not available This article cannot be shown on this page. The site\'s web team can fix this.', inner: 0 });
    });
  }

  for (const [page, what] of [
    ['only-health-topic.html', 'an app that registered only <health-topic> (npm build): the element registers its inner elements'],
    ['older-topic-section.html', 'another copy of the library registered <topic-section> (a class with a static version): it counts as the library\'s'],
  ] as const) {
    it(`${page}: ${what}, and the article is on screen`, async () => {
      const host = await openHostPage(`/test/e2e/pages/${page}`);
      expect(host.record.events.map((event) => event.type)).to.deep.equal(['health-topic-load']);
      expect(host.record.errors).to.deep.equal([]);
      const root = host.document.querySelector('health-topic')!.shadowRoot!;
      const headings = [...root.querySelectorAll('topic-section')].map((section) => section.shadowRoot?.querySelector('h3')?.textContent);
      expect(headings).to.have.length(7);
      expect(headings.every((heading) => typeof heading === 'string' && heading.length > 0), headings.join(', ')).to.equal(true);
      expect(root.querySelector('citation-list')!.shadowRoot!.querySelectorAll('li').length).to.be.greaterThan(0);
    });
  }
});
