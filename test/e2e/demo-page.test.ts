import { expect } from '@open-wc/testing';
import { whenRendered } from '../support/when-rendered.js';

/**
 * The demo host page with the built script (dist/, written by `npm test`'s build step), as a
 * hospital site would embed it: one script tag, one element. That the built widget reads exactly
 * like the source one is test/content/fidelity.test.ts's job.
 */
describe('demo host page', () => {
  let frame: HTMLIFrameElement;

  before(async () => {
    frame = document.createElement('iframe');
    frame.style.width = '1024px';
    frame.style.height = '800px';
    const pageLoaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/demo/index.html';
    document.body.append(frame);
    await pageLoaded;
  });

  after(() => frame.remove());

  it('embeds the widget with one script tag and one element', () => {
    const page = frame.contentDocument!;
    // The test server adds its own web-socket script to every HTML page it serves.
    const scripts = [...page.querySelectorAll('script')].filter((script) => !script.src.includes('/__web-dev-server'));
    expect(scripts.map((script) => [script.type, script.getAttribute('src')])).to.deep.equal([
      ['module', '/dist/health-topic-elements.js'],
    ]);
    expect(page.querySelectorAll('health-topic')).to.have.length(1);
  });

  it('shows the Myoclonus article from the built script', async () => {
    const element = frame.contentDocument!.querySelector('health-topic')!;
    const title = () => element.shadowRoot?.querySelector('[part="title"]')?.textContent;
    // The article may have loaded before this test began; if not, its load event is still to come.
    if (!title()) await new Promise((resolve) => element.addEventListener('health-topic-load', resolve, { once: true }));
    await whenRendered(element);
    expect(title()).to.equal('Myoclonus');
    expect(frame.contentWindow!.customElements.get('topic-section')).to.not.equal(undefined);
    const sections = element.shadowRoot!.querySelectorAll('topic-section');
    expect(sections).to.have.length(7);
  });
});

describe('demo host page where its script cannot run (opened as a file, or JavaScript off)', () => {
  it('says how to see the article instead of leaving an empty space', async () => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/demo/index.html';
    document.body.append(frame);
    await loaded;
    const fallback = frame.contentDocument!.querySelector<HTMLElement>('health-topic .demo-fallback')!;
    expect(fallback.getClientRects().length).to.be.greaterThan(0);
    expect(fallback.textContent).to.include('npm start');
    frame.remove();
  });
});
