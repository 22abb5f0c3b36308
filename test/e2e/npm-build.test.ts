import { expect } from '@open-wc/testing';

// The npm build (dist/index.js, dist/define.js, dist/validate.js and dist/language-picker.js, written
// by `npm test`'s build step), loaded as a bundler would load it. Held in variables so TypeScript
// does not look for their types here.
const LIBRARY = '/dist/index.js';
const DEFINE = '/dist/define.js';
const VALIDATE = '/dist/validate.js';
const LANGUAGE_PICKER = '/dist/language-picker.js';

describe('npm build', () => {
  it('dist/index.js exports the classes and registers nothing', async () => {
    const library = await import(LIBRARY);
    expect(library.HealthTopic).to.be.a('function');
    expect(library.TopicSection).to.be.a('function');
    expect(library.CitationList).to.be.a('function');
    expect(library.setContentBasePath).to.be.a('function');
    expect(library.HealthTopic.version).to.equal(library.VERSION);
    for (const tag of ['health-topic', 'topic-section', 'citation-list', 'language-picker']) expect(customElements.get(tag)).to.equal(undefined);
  });

  it('dist/validate.js and dist/language-picker.js export the validator and the picker, registering nothing', async () => {
    const { validateTopic } = await import(VALIDATE);
    expect(validateTopic({}).ok).to.equal(false);
    const { LanguagePicker } = await import(LANGUAGE_PICKER);
    expect(LanguagePicker).to.be.a('function');
    expect(customElements.get('language-picker')).to.equal(undefined);
  });

  it('dist/define.js registers the same classes', async () => {
    const library = await import(LIBRARY);
    await import(DEFINE);
    expect(customElements.get('health-topic')).to.equal(library.HealthTopic);
    expect(customElements.get('topic-section')).to.equal(library.TopicSection);
    expect(customElements.get('citation-list')).to.equal(library.CitationList);
  });

  it('served as it is (as a CDN serves the package), finds its content files beside dist/content-files.js', async () => {
    await import(DEFINE);
    const element = document.createElement('health-topic') as HTMLElement & { topic: string };
    element.topic = 'myoclonus';
    const loaded = new Promise((resolve, reject) => {
      element.addEventListener('health-topic-load', resolve, { once: true });
      element.addEventListener('health-topic-error', (event) => reject(new Error(JSON.stringify((event as CustomEvent).detail))), { once: true });
    });
    document.body.append(element);
    await loaded;
    const fetched = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((file) => file.includes('myoclonus.en.'));
    expect(fetched).to.have.length(1);
    expect(fetched[0]).to.match(/^\/dist\/topics\/myoclonus\.en\.[0-9a-f]{10}\.json$/);
    element.remove();
  });
});
