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
  /** Places in the article's list of sections (the builder's check boxes), read as ids once the builder shows them. */
  sectionPlaces: number[];
  headingLevel: number;
  withPrerendered: boolean;
  structuredData: boolean;
  version: 'pinned' | 'latest';
}

/** The article offers seven sections. */
const SECTION_COUNT = 7;

const tried = fc.sample(
  fc.record<Combination>({
    lang: fc.constantFrom('', 'en', 'es'),
    sectionPlaces: fc.subarray([...Array(SECTION_COUNT).keys()]),
    headingLevel: fc.integer({ min: 1, max: 6 }),
    withPrerendered: fc.boolean(),
    structuredData: fc.boolean(),
    version: fc.constantFrom('pinned', 'latest'),
  }),
  { seed: SEED, numRuns: RUNS },
);

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

  it('tries both ways of pasting, both versions and the page\'s language, or the seed says little', () => {
    expect(new Set(tried.map((each) => each.withPrerendered)).size, 'with and without the article as HTML').to.equal(2);
    expect(new Set(tried.map((each) => each.version)).size, 'pinned and latest').to.equal(2);
    expect(tried.some((each) => each.lang === ''), 'the page\'s language').to.equal(true);
    expect(builder.state.sectionChoices, 'the article\'s sections').to.have.length(SECTION_COUNT);
  });

  for (const { sectionPlaces, ...rest } of tried) {
    const label = JSON.stringify({ ...rest, sectionPlaces });
    it(`shows on the page what the preview shows: ${label}`, async () => {
      const chosenSections = sectionPlaces.map((place) => builder.state.sectionChoices[place].id);
      const combination = { ...rest, chosenSections };
      builder.choose(combination);
      const locale = combination.lang || 'en';
      const level = `h${combination.headingLevel}`;
      const sectionCount = chosenSections.length || SECTION_COUNT;
      const preview = previewOf(builder)!;
      // The preview has rendered the choices, and the snippet holds the article as HTML in its language when chosen.
      await waitUntil(() => {
        const root = preview.shadowRoot;
        return root?.querySelector(`${level}[part="title"]`) && root.querySelectorAll('topic-section').length === sectionCount && root.querySelector('article')?.lang === locale && settled(preview);
      }, 'the preview', { timeout: 8000 });
      await waitUntil(() => !combination.withPrerendered || builder.snippet.includes(`(${locale}), prerendered`), 'the article as HTML', { timeout: 8000 });
      await builder.updateComplete;
      const expected = readArticle(preview);

      const { frame: pasted, page } = await pastedPage(builder.snippet);
      try {
        await waitUntil(() => page.pageRecord.events.length > 0, 'the pasted article', { timeout: 8000 });
        expect(page.pageRecord.events.map((event) => event.type)).to.deep.equal(['health-topic-load']);
        const element = pasted.contentDocument!.querySelector('health-topic')!;
        await waitUntil(() => settled(element), 'the pasted article\'s language picker', { timeout: 8000 });
        expect(readArticle(element)).to.deep.equal(expected);
        // Structured data: the article's JSON-LD, once, when chosen (the element may add it after its load event); none otherwise.
        const jsonLd = () => pasted.contentDocument!.querySelectorAll('script[type="application/ld+json"]').length;
        if (combination.structuredData) await waitUntil(() => jsonLd() === 1, 'the JSON-LD', { timeout: 8000 });
        expect(jsonLd(), 'JSON-LD').to.equal(combination.structuredData ? 1 : 0);
        expect(page.pageRecord.errors).to.deep.equal([]);
      } finally {
        pasted.remove();
      }
    });
  }
});
