/**
 * A direction override (U+202E) in a name would reverse the text after it, to the end of its
 * line: a payload refuses it, and the elements isolate each name, for data that skipped validation.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../../src/define.js';
import type { Contributor, HealthTopic as Article, Reference, Section } from '../../../src/content/schema.js';
import { footerCreditsTemplate, creditsTemplate } from '../../../src/elements/health-topic/health-topic.credits.js';
import type { CitationList } from '../../../src/elements/citation-list/citation-list.js';
import type { TopicSection } from '../../../src/elements/topic-section/topic-section.js';
import { ENGLISH } from '../../../src/i18n/localization.js';
import { PASTED_ARTICLE, mountHealthTopic } from '../../support/mount-health-topic.js';

const RIGHT_TO_LEFT_OVERRIDE = '\u202E';

/**
 * Whether `words`, somewhere in `root`'s text, reads left to right on screen: its first letter
 * left of its last. An override before it, not closed, would lay it out right to left.
 */
function readsLeftToRight(root: ParentNode & Node, words: string): boolean {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const start = node.textContent!.indexOf(words);
    if (start < 0) continue;
    const letterAt = (index: number) => {
      const range = document.createRange();
      range.setStart(node!, index);
      range.setEnd(node!, index + 1);
      return range.getBoundingClientRect();
    };
    const [first, last] = [letterAt(start), letterAt(start + words.length - 1)];
    expect(first.width, `"${words}" is laid out`).to.be.greaterThan(0);
    return first.left < last.left;
  }
  throw new Error(`"${words}" is not in the text: ${root.textContent}`);
}

describe('a direction override in a name', () => {
  it('is refused in a payload, as the schema says', async () => {
    const contributors = [{ name: `Test Editor${RIGHT_TO_LEFT_OVERRIDE}`, role: 'author' }];
    const { detail } = await mountHealthTopic({ data: { ...PASTED_ARTICLE, contributors }, until: 'error' });
    expect(detail.issues!.map((issue) => issue.path)).to.deep.equal(['contributors[0].name']);
  });

  // Data set on the inner elements directly skips validation: the names are isolated too.
  it('stays inside the source\'s name in a provenance note: the rest of the note reads left to right', async () => {
    const section = {
      id: 'about',
      title: 'About',
      blocks: [{ type: 'list', items: ['One'], provenance: { sources: [{ name: `a test page${RIGHT_TO_LEFT_OVERRIDE}` }, { name: 'Mayo Clinic' }] } }],
    } as Section;
    const element = await fixture<TopicSection>(html`<topic-section .section=${section}></topic-section>`);
    const note = element.shadowRoot!.querySelector('[part~="provenance"]')!;
    expect(readsLeftToRight(note, 'Mayo Clinic')).to.equal(true);
    expect(readsLeftToRight(note, 'This list was rebuilt from')).to.equal(true);
  });

  it('stays inside a cited author\'s name and a reference\'s title', async () => {
    const references = [
      { authors: [{ family: `Eberhardt${RIGHT_TO_LEFT_OVERRIDE}`, given: 'O' }, { family: 'Topka', given: 'H' }], title: 'Myoclonic disorders' },
      { title: `Myoclonus${RIGHT_TO_LEFT_OVERRIDE}`, container: 'Brain Sci', year: 2017 },
    ] as Reference[];
    const element = await fixture<CitationList>(html`<citation-list .references=${references}></citation-list>`);
    const root = element.shadowRoot!;
    expect(readsLeftToRight(root, 'Myoclonic disorders')).to.equal(true);
    expect(readsLeftToRight(root, 'Brain Sci')).to.equal(true);
  });

  it('stays inside a contributor\'s name and the publisher\'s in the credits', () => {
    const contributors: Contributor[] = [
      { name: `Test Editor${RIGHT_TO_LEFT_OVERRIDE}`, role: 'author' },
      { name: 'Jane Roe', role: 'author' },
      { name: `Rimas Lukas${RIGHT_TO_LEFT_OVERRIDE}`, role: 'reviewer' },
      { name: 'Ann Lee', role: 'reviewer' },
    ];
    const article = {
      ...PASTED_ARTICLE,
      contributors,
      source: { publisher: `EBSCO${RIGHT_TO_LEFT_OVERRIDE}`, identifier: '22481' },
    } as Article;
    const container = document.createElement('div');
    document.body.append(container);
    try {
      render(html`${creditsTemplate(article, ENGLISH)}${footerCreditsTemplate(article, ENGLISH)}`, container);
      expect(readsLeftToRight(container, 'Jane Roe')).to.equal(true);
      expect(readsLeftToRight(container, 'Ann Lee')).to.equal(true);
      expect(readsLeftToRight(container, 'article')).to.equal(true);
    } finally {
      container.remove();
    }
  });
});
