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
});
