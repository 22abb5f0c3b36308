import { expect } from '@open-wc/testing';

// The npm build (dist/index.js and dist/define.js, written by `npm test`'s build step), loaded as a
// bundler would load it. Held in variables so TypeScript does not look for their types here.
const LIBRARY = '/dist/index.js';
const DEFINE = '/dist/define.js';

describe('npm build', () => {
  it('dist/index.js exports the classes and registers nothing', async () => {
    const library = await import(LIBRARY);
    expect(library.HealthTopic).to.be.a('function');
    expect(library.TopicSection).to.be.a('function');
    expect(library.CitationList).to.be.a('function');
    expect(library.validateTopic).to.be.a('function');
    expect(library.setContentBasePath).to.be.a('function');
    expect(library.HealthTopic.version).to.equal(library.VERSION);
    for (const tag of ['health-topic', 'topic-section', 'citation-list']) expect(customElements.get(tag)).to.equal(undefined);
  });

  it('dist/define.js registers the same classes', async () => {
    const library = await import(LIBRARY);
    await import(DEFINE);
    expect(customElements.get('health-topic')).to.equal(library.HealthTopic);
    expect(customElements.get('topic-section')).to.equal(library.TopicSection);
    expect(customElements.get('citation-list')).to.equal(library.CitationList);
  });
});
