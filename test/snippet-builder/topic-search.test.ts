/**
 * The snippet builder with a hospital's whole library: 5,000 topics in two languages, served from
 * memory (only the index and the few payloads the test opens exist). The topic is found by typing
 * into a combobox that lists a bounded number of matches, never the 5,000, and works by keyboard.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../apps/snippet-builder/define.js';
import { TOPIC_INDEX_FILE } from '../../src/content/generated/content-manifest.js';
import { PASTED_ARTICLE } from '../support/mount-health-topic.js';
import { serveFakeContent } from '../support/fake-content.js';
import { captureConsole } from '../support/capture-console.js';
import { watchUncaught } from '../support/page-faults.js';
import '../support/axe.js';

type Builder = HTMLElement & { snippet: string; updateComplete: Promise<boolean> };

const TOPICS = 5000;
const SHOWN = 20;

/** A payload the builder can load, for the topics the test chooses. */
const payload = (id: string, locale: string, title: string) =>
  JSON.stringify({ ...PASTED_ARTICLE, id, locale, title, sections: ['causes', 'treatment'].map((section) => ({ ...PASTED_ARTICLE.sections[0], id: section, title: section })) });

/**
 * Every topic in English and Spanish: two named ones ("myoclonus" first, the builder's first
 * choice) and numbered ones. Only the topics the tests choose have payload files.
 */
function library(): { topics: Record<string, Record<string, string>>; files: Record<string, string> } {
  const topics: Record<string, Record<string, string>> = {};
  const files: Record<string, string> = {};
  const add = (id: string, title?: string) => {
    topics[id] = { en: `${id}.en.0123456789.json`, es: `${id}.es.0123456789.json` };
    if (title) for (const locale of ['en', 'es']) files[topics[id][locale]] = payload(id, locale, `${title} (${locale})`);
  };
  add('myoclonus', 'Myoclonus');
  add('spinal-myoclonus', 'Spinal myoclonus');
  for (let n = 1; Object.keys(topics).length < TOPICS; n++) add(`topic-${n}`, n === 1234 ? 'Topic 1234' : undefined);
  return { topics, files };
}

/** The build's integrity.json, naming the fake index as the topic index. */
const integrityFile = (index: string) =>
  JSON.stringify({ entry: 'health-topic-elements.abcdefgh.js', latest: 'health-topic-elements.js', lazy: [], topicIndex: index, files: { 'health-topic-elements.abcdefgh.js': 'sha384-test' } });

describe('snippet builder: 5,000 topics × 2 languages', () => {
  let builder: Builder;
  let restore: () => void;
  let uncaught: ReturnType<typeof watchUncaught>;
  const consoleLines = captureConsole(['error', 'warn']);
  const root = () => builder.shadowRoot!;
  const field = () => root().querySelector<HTMLInputElement>('#topic')!;
  const options = () => [...root().querySelectorAll<HTMLElement>('[role="option"]')];
  const optionNames = () => options().map((option) => option.textContent!.trim());
  const countLine = () => root().getElementById('topic-count')!.textContent!.trim();
  const snippet = () => root()?.querySelector<HTMLTextAreaElement>('#snippet')?.value ?? '';
  const active = () => root().getElementById(field().getAttribute('aria-activedescendant') ?? '')?.textContent?.trim();

  /** Types as an author does (WebKit's driver drops the second of two equal characters typed in one go). */
  async function type(text: string): Promise<void> {
    for (const char of text) await sendKeys({ type: char });
    await builder.updateComplete;
  }

  async function press(key: string): Promise<void> {
    await sendKeys({ press: key });
    await builder.updateComplete;
  }

  beforeEach(async () => {
    uncaught = watchUncaught();
    const { topics, files } = library();
    const server = serveFakeContent(topics, { ...files, 'integrity.json': integrityFile(TOPIC_INDEX_FILE) }, JSON.stringify({ topics }));
    restore = server.restore;
    const before = document.createElement('button');
    before.textContent = 'Before the builder';
    builder = document.createElement('snippet-builder') as Builder;
    builder.setAttribute('script-url', `${server.base}health-topic-elements.js`);
    builder.setAttribute('integrity-url', `${server.base}integrity.json`);
    builder.setAttribute('content-base', server.base);
    document.body.append(before, builder);
    // The snippet, for web developers, and the web team's settings open: the longest the form gets.
    await waitUntil(() => root()?.querySelector('details#web-team'), 'the form', { timeout: 8000 });
    root().querySelector<HTMLInputElement>('input[name="output"][value="snippet"]')!.click();
    root().querySelector<HTMLDetailsElement>('details#web-team')!.open = true;
    const problem = () => root()?.querySelector('[role="alert"]')?.textContent;
    await waitUntil(() => problem() || (snippet().includes('topic="myoclonus"') && root().querySelectorAll('input[type="checkbox"][value]').length === 2), 'the first snippet', { timeout: 8000 });
    expect(problem(), 'what the builder could not load').to.equal(undefined);
    // From the control before it, by keyboard alone.
    before.focus();
    await press('Tab');
    expect(root().activeElement, 'the topic field, reached by Tab').to.equal(field());
  });

  afterEach(() => {
    builder.previousElementSibling?.remove();
    builder.remove();
    restore();
    uncaught.stop();
    expect(uncaught.errors, 'errors that reached the page').to.deep.equal([]);
    expect(JSON.stringify(consoleLines.lines), 'console errors and warnings').to.equal('[]');
  });

  it('renders no list of every topic: at most 20 matches, and a line with how many there are', async () => {
    expect(field().value).to.equal('Myoclonus');
    expect(root().querySelectorAll('option, [role="option"]').length, 'options in the page, list closed').to.be.below(SHOWN);
    expect(countLine()).to.equal('5,000 topics: type part of a name to find one.');
    field().select();
    await press('Backspace');
    expect(field().getAttribute('aria-expanded')).to.equal('true');
    expect(options()).to.have.length(SHOWN);
    expect(root().querySelectorAll('option, [role="option"]').length, 'options in the page, list open').to.be.below(SHOWN + 20);
    expect(countLine()).to.equal('20 of 5,000 topics shown: type more to narrow the list.');
    expect(root().getElementById('topic-count')!.getAttribute('aria-live')).to.equal('polite');
    expect(field().getAttribute('aria-describedby')).to.equal('topic-count');
  });

  it('narrows as the author types, by the id read as words, and chooses the only match with Enter', async () => {
    field().select();
    await type('topic 12');
    expect(options()).to.have.length(SHOWN);
    // topic-12, topic-120 to 129, topic-1200 to 1299.
    expect(countLine()).to.equal('20 of 111 topics shown: type more to narrow the list.');
    expect(optionNames()[0]).to.equal('Topic 12');
    await type('34');
    expect(optionNames()).to.deep.equal(['Topic 1234']);
    expect(countLine()).to.equal('1 topic matches.');
    await press('Enter');
    expect(field().getAttribute('aria-expanded')).to.equal('false');
    expect(field().value).to.equal('Topic 1234');
    expect(options()).to.have.length(0);
    await waitUntil(() => snippet().includes('<health-topic topic="topic-1234" heading-level="2">\n  <p>Topic 1234 (en)</p>'), 'the snippet for the topic chosen', { timeout: 8000 });
  });

  it('moves through the matches with the arrow keys, wrapping, and Enter chooses the one it is on', async () => {
    field().select();
    await type('myoc');
    // Names that start with the search first, then those with a word that does.
    expect(optionNames()).to.deep.equal(['Myoclonus', 'Spinal myoclonus']);
    expect(countLine()).to.equal('2 topics match.');
    expect(active(), 'no match before the arrow keys').to.equal(undefined);
    await press('ArrowDown');
    expect(active()).to.equal('Myoclonus');
    await press('ArrowDown');
    expect(active()).to.equal('Spinal myoclonus');
    expect(options()[1].getAttribute('aria-selected')).to.equal('true');
    await press('ArrowDown');
    expect(active()).to.equal('Myoclonus');
    await press('ArrowUp');
    expect(active()).to.equal('Spinal myoclonus');
    await press('Enter');
    expect(field().value).to.equal('Spinal myoclonus');
    expect(root().activeElement, 'focus stays in the field').to.equal(field());
    await waitUntil(() => snippet().includes('<health-topic topic="spinal-myoclonus" heading-level="2">\n  <p>Spinal myoclonus (en)</p>'), 'the snippet for the topic chosen', { timeout: 8000 });
    // The rest of the form follows the topic as before: its languages and sections.
    const language = root().querySelector<HTMLSelectElement>('#language')!;
    expect([...language.options].map((option) => option.value)).to.deep.equal(['', 'en', 'es']);
    language.value = 'es';
    language.dispatchEvent(new Event('change'));
    await waitUntil(() => snippet().includes('topic="spinal-myoclonus" lang="es"') && snippet().includes('Spinal myoclonus (es)'), 'the Spanish snippet', { timeout: 8000 });
  });

  it('says when nothing matches; Escape closes the list, then puts the chosen topic back', async () => {
    field().select();
    await type('xyz');
    expect(countLine()).to.equal('No topic matches “xyz”.');
    expect(options()).to.have.length(0);
    expect(field().getAttribute('aria-expanded')).to.equal('false');
    await press('Backspace');
    await press('Backspace');
    await press('Backspace');
    await type('spin');
    expect(field().getAttribute('aria-expanded')).to.equal('true');
    await press('Escape');
    expect(field().getAttribute('aria-expanded')).to.equal('false');
    expect(field().value).to.equal('spin');
    await press('Escape');
    expect(field().value).to.equal('Myoclonus');
    expect(snippet()).to.include('topic="myoclonus"');
  });

  it('opens the list and chooses a match by pointer, and leaving the field keeps the chosen topic', async () => {
    field().click();
    await builder.updateComplete;
    expect(optionNames(), 'the matches of the chosen topic\'s name').to.deep.equal(['Myoclonus', 'Spinal myoclonus']);
    // A second click, as to place the caret, leaves the list open.
    field().click();
    await builder.updateComplete;
    expect(field().getAttribute('aria-expanded')).to.equal('true');
    options()[1].click();
    await builder.updateComplete;
    expect(field().value).to.equal('Spinal myoclonus');
    await waitUntil(() => snippet().includes('topic="spinal-myoclonus"'), 'the snippet', { timeout: 8000 });
    field().select();
    await type('topic');
    await press('Tab');
    expect(field().value).to.equal('Spinal myoclonus');
    expect(field().getAttribute('aria-expanded')).to.equal('false');
  });

  it('is accessible with the list open and a match active, and fits 320 px', async () => {
    builder.style.inlineSize = '320px';
    field().select();
    await type('topic 4');
    await press('ArrowDown');
    await expect(builder).to.be.accessible();
    const right = builder.getBoundingClientRect().right;
    for (const part of [field(), root().getElementById('topic-matches')!, root().getElementById('topic-count')!]) {
      expect(part.getBoundingClientRect().right, `${part.id} within 320 px`).to.be.at.most(right);
    }
    // Every group of choices too, the one with the style hashes included: nothing scrolls sideways.
    for (const group of root().querySelectorAll('fieldset')) {
      expect(group.getBoundingClientRect().right, `${group.querySelector('legend')?.textContent} within 320 px`).to.be.at.most(right + 0.5);
    }
  });
});
