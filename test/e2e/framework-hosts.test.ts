import { expect, waitUntil } from '@open-wc/testing';
import { renderedText } from '../support/rendered-text.js';

/**
 * React 19 and Vue 3 apps (test/framework-hosts/, built by `npm test`'s build step) render the
 * elements from the npm build: attributes, the `data` property and the events must all reach them,
 * with no step but the import, and one copy of Lit.
 */
async function openApp(name: 'react' | 'vue'): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.width = '1024';
  frame.height = '800';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/framework-hosts/dist/${name}.html`;
  document.body.append(frame);
  await loaded;
  const page = frame.contentDocument!;
  const logged = () => page.getElementById('log')?.textContent ?? '';
  await waitUntil(() => logged().split(' ').length >= 3, `${name}: three entries in the app's log`, { timeout: 8000 });
  return page;
}

for (const name of ['react', 'vue'] as const) {
  describe(`${name === 'react' ? 'React 19' : 'Vue 3'} app`, () => {
    let page: Document;

    before(async () => {
      page = await openApp(name);
    });

    after(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

    it('receives the load and error events in its own state', () => {
      expect(page.getElementById('log')!.textContent).to.equal('error:not-found load:myoclonus load:pasted-article');
    });

    it('passes attributes: topic and heading level', () => {
      const element = page.getElementById('by-attribute')!;
      expect(element.shadowRoot!.querySelector('h3[part="title"]')!.textContent).to.equal('Myoclonus');
    });

    it('passes the payload as the data property, not as an attribute', () => {
      const element = page.getElementById('by-property')!;
      expect(element.hasAttribute('data')).to.equal(false);
      expect(renderedText(element)).to.include('This test article was given to the element as a property.');
    });

    it('runs one copy of Lit, shared with the app\'s bundle', () => {
      const view = page.defaultView as Window & { litHtmlVersions?: string[]; reactiveElementVersions?: string[] };
      expect(view.litHtmlVersions).to.have.length(1);
      expect(view.reactiveElementVersions).to.have.length(1);
    });

    it('downloads the article from the files its bundler copied, with no setContentBasePath', () => {
      const fetched = page.defaultView!.performance.getEntriesByType('resource').filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'fetch');
      const articles = fetched.map((entry) => new URL(entry.name).pathname).filter((file) => file.includes('myoclonus.en.'));
      expect(articles).to.have.length(1);
      expect(articles[0]).to.match(/^\/test\/framework-hosts\/dist\/assets\//);
    });

    it('shows the not-found state', () => {
      const element = page.getElementById('unknown')!;
      expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('"no-such-topic"');
    });
  });
}
