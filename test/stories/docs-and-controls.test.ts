import { expect, waitUntil } from '@open-wc/testing';
import manifest from '../../custom-elements.json' with { type: 'json' };
import { storybookFrame } from '../support/storybook-frame.js';

/**
 * The built Storybook's docs (storybook-static/, from `npm run build-storybook`): every link from a
 * docs page to another page of the Storybook leads somewhere, each element has an API page made
 * from custom-elements.json, and every control of <health-topic> reaches the element.
 */
interface StoryIndex {
  entries: Record<string, { id: string; type: 'story' | 'docs'; title: string; name: string }>;
}
interface Declaration {
  tagName?: string;
  members?: { name: string; kind: string; static?: boolean; type?: { text: string } }[];
}
const declarations = (manifest as unknown as { modules: { declarations: Declaration[] }[] }).modules.flatMap((module) => module.declarations);
type StorybookWindow = Window & { consoleMessages: string[]; __STORYBOOK_ADDONS_CHANNEL__: { emit: (event: string, data: unknown) => void } };

const index: StoryIndex = await (await fetch('/storybook-static/index.json')).json();
const entries = Object.values(index.entries);
const docs = entries.filter((entry) => entry.type === 'docs');

async function open(id: string, viewMode: 'docs' | 'story', ready: (page: Document) => unknown): Promise<HTMLIFrameElement> {
  const frame = await storybookFrame(id, viewMode);
  await waitUntil(() => ready(frame.contentDocument!), `${id} to render`, { timeout: 8000 });
  return frame;
}

/** The id of the Storybook page a docs link leads to (`?path=/docs/x--docs` is `x--docs`), or undefined for other links. */
function linkedId(href: string): string | undefined {
  return /[?&]path=\/(?:docs|story)\/([\w-]+)/.exec(href)?.[1];
}

describe('Storybook docs', () => {
  after(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('has an API page for each element of the manifest', () => {
    const tags = declarations.map((declaration) => declaration.tagName);
    for (const tag of tags) expect(index.entries[`elements-${tag}--docs`], tag).to.not.equal(undefined);
  });

  for (const page of docs) {
    it(`${page.title}: every link to another page leads to one`, async () => {
      const frame = await open(page.id, 'docs', (doc) => doc.querySelector('.sbdocs-content h1, .sbdocs-title'));
      const hrefs = [...frame.contentDocument!.querySelectorAll('.sbdocs-content a[href]')].map((link) => link.getAttribute('href')!);
      // A link into the Storybook (`?path=…`) must name a page that exists; one whose id cannot be read fails too.
      for (const href of hrefs.filter((href) => /[?&]path=/.test(href))) {
        const id = linkedId(href);
        expect(id, `${page.id} links to ${href}, which names no page`).to.be.a('string');
        expect(index.entries[id!], `${page.id} links to ${href}`).to.not.equal(undefined);
      }
      if (page.id === 'docs-getting-started--docs') expect(hrefs.filter(linkedId)).to.have.length.greaterThan(3);
      expect((frame.contentWindow as StorybookWindow).consoleMessages).to.deep.equal([]);
      frame.remove();
    });
  }

  it('shows the API tables from the manifest on <health-topic>\'s page: attributes, properties, events, slots, parts, custom properties', async () => {
    const frame = await open('elements-health-topic--docs', 'docs', (doc) => doc.querySelector('.docblock-argstable'));
    const text = frame.contentDocument!.querySelector('.docblock-argstable')!.textContent!;
    for (const row of ['attributes', 'properties', 'events', 'slots', 'css shadow parts', 'css custom properties', 'heading-level', 'headingLevel', 'health-topic-load', 'retry-button', '--health-topic-link-color']) {
      expect(text.toLowerCase(), row).to.include(row.toLowerCase());
    }
    // Not the public API: internal state and the class's static version.
    // (`version` as the class's own: the `content-version` attribute, a content version, is public.)
    for (const internal of ['articleLoad', 'prerenderedArticle', 'brokenRender', 'version']) expect(text).to.not.match(new RegExp(`(?<!content[- ])\\b${internal}\\b`));
    frame.remove();
  });
});

describe('Storybook stories', () => {
  it('registers the elements and the snippet builder, each rendering its shadow root', async () => {
    for (const [id, tag] of [['elements-health-topic--loaded', 'health-topic'], ['tools-snippet-builder--builder', 'snippet-builder']]) {
      const frame = await open(id, 'story', (doc) => doc.querySelector(tag)?.shadowRoot?.childElementCount);
      expect(frame.contentWindow!.customElements.get(tag), tag).to.be.a('function');
      frame.remove();
    }
  });
});

describe('<health-topic> controls', () => {
  const declaration = declarations.find((candidate) => candidate.tagName === 'health-topic')!;
  const properties = (declaration.members ?? []).filter((member) => member.kind === 'field' && !member.static);
  const payload = { id: 'from-the-controls', locale: 'en', title: 'An article from the controls', summary: ['Set through the data control.'], sections: [{ id: 'about', title: 'About', blocks: [{ type: 'paragraph', text: 'One section.' }] }], references: [], contributors: [{ name: 'Test Editor', role: 'author' }], disclaimer: 'Test content.' };
  const valueFor = (type = '') => (/^boolean/.test(type) ? true : /^number/.test(type) ? 3 : /^string/.test(type) ? 'symptoms' : payload);

  for (const property of [...properties.map((member) => member.name), 'lang']) {
    it(`the ${property} control sets the element's ${property === 'lang' ? 'attribute' : 'property'}`, async () => {
      const frame = await open('elements-health-topic--loaded', 'story', (doc) => doc.querySelector('health-topic'));
      const value = property === 'lang' ? 'es' : valueFor(properties.find((member) => member.name === property)!.type?.text);
      const page = frame.contentWindow as StorybookWindow;
      page.__STORYBOOK_ADDONS_CHANNEL__.emit('updateStoryArgs', { storyId: 'elements-health-topic--loaded', updatedArgs: { [property]: value } });
      const element = () => frame.contentDocument!.querySelector('health-topic') as (HTMLElement & Record<string, unknown>) | null;
      const current = () => (property === 'lang' ? element()?.getAttribute('lang') : element()?.[property]);
      await waitUntil(() => JSON.stringify(current()) === JSON.stringify(value), `${property} to be ${JSON.stringify(value)}, not ${JSON.stringify(current())}`);
      frame.remove();
    });
  }
});
