import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { Reference, Section } from '../../src/content/schema.js';
import type { CitationList } from '../../src/elements/citation-list/citation-list.js';
import type { TopicSection } from '../../src/elements/topic-section/topic-section.js';
import article from '../../content/topics/myoclonus/en.json' with { type: 'json' };
import { renderedText, collapseWhiteSpace } from '../support/rendered-text.js';
import { afterInjectedHandlers, expectNothingInjected, ranVectors } from '../support/injection.js';
import { XSS_VECTORS } from '../support/xss-vectors.js';
import { mountHealthTopic } from '../support/mount-health-topic.js';

const calls = ranVectors;

describe('payload safety', () => {
  beforeEach(() => {
    calls.length = 0;
  });

  it(`has at least 30 vectors (${XSS_VECTORS.length})`, () => {
    expect(XSS_VECTORS.length).to.be.at.least(30);
  });

  it('the detector works: a vector given to innerHTML does run', async () => {
    const probe = document.createElement('div');
    probe.innerHTML = XSS_VECTORS[1];
    document.body.append(probe);
    await waitUntil(() => calls.includes('img-onerror'), 'the injected handler to run', { timeout: 3000 });
    probe.remove();
  });

  // Every vector in every free-text field, through every way a payload arrives: test/security/hostile-corpus.test.ts.

  it('rejects every vector as a link, figure or reference address, without running it', async () => {
    for (const vector of XSS_VECTORS) {
      const payload = structuredClone(article) as any;
      payload.sections[6].blocks[0].items[0][0].href = vector;
      payload.sections[0].blocks[1].src = vector;
      payload.references[2].url = vector;
      const { element, detail } = await mountHealthTopic({ data: payload, until: 'error' });
      expect(detail.code).to.equal('invalid-payload');
      const paths = detail.issues!.map((issue) => issue.path);
      expect(paths).to.include.members([
        'sections[6].blocks[0].items[0][0].href',
        'sections[0].blocks[1].src',
        'references[2].url',
      ]);
      element.remove();
    }
    await afterInjectedHandlers();
    expect(calls).to.deep.equal([]);
  });

  it('drops unsafe addresses given straight to <topic-section> and <citation-list>, which skip validation', async () => {
    for (const vector of XSS_VECTORS) {
      const section = {
        id: 'links',
        title: vector,
        blocks: [
          { type: 'paragraph', text: [{ type: 'link', text: vector, href: vector }] },
          { type: 'list', leadIn: vector, items: [vector, [{ type: 'emphasis', text: vector }]] },
        ],
      } as Section;
      const references = [{ title: vector, container: vector, containerType: 'website', url: vector }] as Reference[];
      const sectionElement = await fixture<TopicSection>(html`<topic-section .section=${section}></topic-section>`);
      const citations = await fixture<CitationList>(html`<citation-list .references=${references}></citation-list>`);
      for (const root of [sectionElement, citations]) {
        expectNothingInjected(root, 0);
        expect(renderedText(root)).to.include(collapseWhiteSpace(vector));
      }
      sectionElement.remove();
      citations.remove();
    }
    await afterInjectedHandlers();
    expect(calls).to.deep.equal([]);
  });
});
