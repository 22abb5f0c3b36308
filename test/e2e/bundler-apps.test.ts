import { expect, waitUntil } from '@open-wc/testing';

/**
 * Fresh apps that installed the packed package (`npm pack`) and import
 * `health-topic-elements/define`, with no other step: built by scripts/build-bundler-apps.mjs
 * (`npm test` runs it) with Vite, webpack 5 (production and development mode) and Rollup (with its
 * import-meta-assets plugin), and the Vite app also through its dev server. Each must show the
 * article, download it from files the bundler itself emitted (or, in Vite's dev server, served),
 * and run one copy of Lit, shared with the app's own element.
 */
interface App {
  name: string;
  page: string;
  /** Where the app's content files must come from: the bundler's output, or its dev server. */
  contentFrom: RegExp;
}

const BUILT = '/.test-results/bundler-apps';
const APPS: App[] = [
  { name: 'Vite, dev server', page: '/bundler-apps/vite-dev/index.html', contentFrom: /^\/bundler-apps\/vite-dev\/node_modules\/health-topic-elements\/dist\/topics\/[^/]+$/ },
  { name: 'Vite, vite build', page: `${BUILT}/vite/index.html`, contentFrom: /^\/\.test-results\/bundler-apps\/vite\/assets\/[^/]+$/ },
  { name: 'webpack 5, production mode', page: `${BUILT}/webpack/index.html`, contentFrom: /^\/\.test-results\/bundler-apps\/webpack\/[^/]+$/ },
  { name: 'webpack 5, development mode', page: `${BUILT}/webpack-dev/index.html`, contentFrom: /^\/\.test-results\/bundler-apps\/webpack-dev\/[^/]+$/ },
  { name: 'Rollup with import-meta-assets', page: `${BUILT}/rollup/index.html`, contentFrom: /^\/\.test-results\/bundler-apps\/rollup\/assets\/[^/]+$/ },
];

type LitWindow = Window & { litHtmlVersions?: string[]; reactiveElementVersions?: string[]; litElementVersions?: string[] };

async function openApp(app: App): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = '1024';
  frame.height = '800';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = app.page;
  document.body.append(frame);
  await loaded;
  const widget = () => frame.contentDocument!.querySelector('health-topic')?.shadowRoot;
  // A dev server prepares the app's dependencies on its first request: give it longer.
  await waitUntil(() => widget()?.querySelector('article, [role="alert"]'), `${app.name}: the article or a message`, { timeout: 15000 });
  return frame;
}

/** The addresses the page fetched (the content files: topic index, article), as paths. */
function fetchedPaths(frame: HTMLIFrameElement): string[] {
  return frame
    .contentWindow!.performance.getEntriesByType('resource')
    .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'fetch')
    .map((entry) => new URL(entry.name).pathname);
}

describe('apps that installed the packed package', function () {
  this.timeout(30000);

  after(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const app of APPS) {
    describe(app.name, () => {
      let frame: HTMLIFrameElement;

      before(async () => {
        frame = await openApp(app);
      });

      it('shows the article, with no step but the import', () => {
        const root = frame.contentDocument!.querySelector('health-topic')!.shadowRoot!;
        const alert = root.querySelector('[role="alert"]');
        expect(alert?.textContent?.replace(/\s+/g, ' ').trim(), 'the widget shows a message instead of the article').to.equal(undefined);
        expect(root.querySelector('[part="title"]')!.textContent).to.equal('Myoclonus');
      });

      it('downloads the article from the files the bundler emitted or served', () => {
        const fetched = fetchedPaths(frame);
        expect(fetched.some((file) => file.endsWith('.json')), `a JSON file among ${fetched.join(', ')}`).to.equal(true);
        for (const file of fetched) expect(file).to.match(app.contentFrom);
      });

      it('shows the figure from a file the bundler emitted or served', async () => {
        const root = frame.contentDocument!.querySelector('health-topic')!.shadowRoot!;
        const images = [...root.querySelectorAll('topic-section')].flatMap((section) => [...section.shadowRoot!.querySelectorAll('img')]);
        expect(images.length).to.be.greaterThan(0);
        for (const image of images) {
          // Vite would inline the figure as a data: URL (it is under 4 kB); the app's vite.config.mjs makes it a file.
          expect(new URL(image.src).protocol, `${image.src.slice(0, 60)}: a file, not inlined`).to.not.equal('data:');
          expect(new URL(image.src).pathname).to.match(app.contentFrom);
          // Figures load lazily: bring each into view.
          image.scrollIntoView();
        }
        await waitUntil(() => images.every((image) => image.complete), 'the figures to load');
        for (const image of images) expect(image.naturalWidth, image.src).to.be.greaterThan(0);
      });

      it('runs one copy of Lit, shared by the app and the elements', () => {
        const page = frame.contentWindow as LitWindow;
        expect(page.customElements.get('app-header'), "the app's own Lit element").to.be.a('function');
        expect(page.litHtmlVersions).to.have.length(1);
        expect(page.reactiveElementVersions).to.have.length(1);
        expect(page.litElementVersions).to.have.length(1);
      });
    });
  }
});
