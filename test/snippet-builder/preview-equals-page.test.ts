import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import { openBuilder, previewOf, type Builder } from '../support/builder-frame.js';
import { pastedPage } from '../support/pasted-page.js';
import { deepQueryAll, renderedText } from '../support/rendered-text.js';

/**
 * Preview = page: for generated combinations of the builder's choices, the snippet it writes,
 * pasted on a page (files from the test CDN on another origin, test/support/cdn-server.mjs), shows
 * the same text, sections and heading levels as the builder's preview once the script has run.
 * A fixed seed, and few combinations per engine, so the three engines' runs stay short.
 */
const SEED = 24;
const RUNS = 10;

interface Combination {
  lang: string;
  chosenSections: string[];
  headingLevel: number;
  withPrerendered: boolean;
  structuredData: boolean;
  version: 'pinned' | 'latest';
}

/** The choices, over the article's section ids as the builder offers them. */
const combinations = (sections: string[]): fc.Arbitrary<Combination> => fc.record({
  lang: fc.constantFrom('', 'en', 'es'),
  chosenSections: fc.subarray(sections),
  headingLevel: fc.integer({ min: 1, max: 6 }),
  withPrerendered: fc.boolean(),
  structuredData: fc.boolean(),
  version: fc.constantFrom('pinned', 'latest'),
});

/** The language picker, loaded after the article's first paint, has rendered wherever the article offers one. */
const settled = (element: Element) => deepQueryAll(element, 'language-picker').every((picker) => picker.shadowRoot?.childNodes.length);

/** What a reader gets of an article: its text, its sections, and each heading with its level. */
function readArticle(element: Element) {
  return {
    text: renderedText(element),
    sections: deepQueryAll(element, 'topic-section').map((section) => section.id),
    headings: deepQueryAll(element, 'h1, h2, h3, h4, h5, h6').map((heading) => `${heading.localName} ${heading.textContent!.trim()}`),
  };
}

describe(`preview = page: the builder's snippet for generated choices (fast-check seed ${SEED})`, () => {
  let frame: HTMLIFrameElement;
  let builder: Builder;

  before(async () => {
    ({ frame, builder } = await openBuilder());
    const cdn = await executeServerCommand<string, undefined>('cdn-origin');
    // Files as built (the test runner's own server rewrites JavaScript, which breaks its hash), on another origin.
    builder.choose({ output: 'snippet', baseUrl: `${cdn}/cors/dist/`, baseInput: `${cdn}/cors/dist/` });
    await waitUntil(() => builder.state.addressCheck?.ok, 'the address checked', { timeout: 8000 });
  });

  after(() => frame.remove());

  it('shows on the page what the preview shows, for every combination tried', async () => {
    const sections = builder.state.sectionChoices.map((choice) => choice.id);
    expect(sections, 'the article\'s sections').to.have.length(7);
    const tried = fc.sample(combinations(sections), { seed: SEED, numRuns: RUNS });
    // Both ways of pasting, both versions and the page's language are among them, or the seed says little.
    expect(new Set(tried.map((each) => `${each.withPrerendered}`)).size, 'with and without the article as HTML').to.equal(2);
    expect(tried.some((each) => each.lang === '') && tried.some((each) => each.version === 'latest')).to.equal(true);
    for (const combination of tried) {
      const label = JSON.stringify(combination);
      builder.choose(combination);
      const locale = combination.lang || 'en';
      const level = `h${combination.headingLevel}`;
      const sectionCount = combination.chosenSections.length || sections.length;
      const preview = previewOf(builder)!;
      // The preview has rendered the choices, and the snippet holds the article as HTML in its language when chosen.
      await waitUntil(() => {
        const root = preview.shadowRoot;
        return root?.querySelector(`${level}[part="title"]`) && root.querySelectorAll('topic-section').length === sectionCount && preview.getAttribute('lang') === locale && settled(preview);
      }, `${label}: the preview`, { timeout: 8000 });
      await waitUntil(() => !combination.withPrerendered || builder.snippet.includes(`(${locale}), prerendered`), `${label}: the article as HTML`, { timeout: 8000 });
      await builder.updateComplete;
      const expected = readArticle(preview);

      const { frame: pasted, page } = await pastedPage(builder.snippet);
      try {
        await waitUntil(() => page.pageRecord.events.length > 0, `${label}: the pasted article`, { timeout: 8000 });
        expect(page.pageRecord.events.map((event) => event.type), label).to.deep.equal(['health-topic-load']);
        const element = pasted.contentDocument!.querySelector('health-topic')!;
        await waitUntil(() => settled(element), `${label}: the pasted article's language picker`, { timeout: 8000 });
        expect(readArticle(element), label).to.deep.equal(expected);
        // Structured data: the article's JSON-LD, once, when chosen (the element may add it after its load event); none otherwise.
        const jsonLd = () => pasted.contentDocument!.querySelectorAll('script[type="application/ld+json"]').length;
        if (combination.structuredData) await waitUntil(() => jsonLd() === 1, `${label}: JSON-LD`, { timeout: 8000 });
        expect(jsonLd(), `${label}: JSON-LD`).to.equal(combination.structuredData ? 1 : 0);
        expect(page.pageRecord.errors, label).to.deep.equal([]);
      } finally {
        pasted.remove();
      }
    }
  });
});
