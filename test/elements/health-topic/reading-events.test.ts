/**
 * Reading events (reading-events.ts), scrolled for real: a section view only after a second in
 * view and once per section; read-complete once at the end; each followed link with its kind;
 * print; the counts kept when the element moves or reloads the same article, and started again
 * for another language. No sleeps: each test waits for an event, or for an IntersectionObserver of
 * its own to see what the widget's observer (made earlier, so told first) has seen.
 *
 * Sections are made 70% of the viewport tall, so that one section at the top of the view is the
 * only one in view, and two sections either side of the view's middle are both in view: the view
 * of a new one is then the proof that the other, in view as long, was not counted again.
 */
import { expect, waitUntil } from '@open-wc/testing';
import english from '../../../content/topics/myoclonus/en.json' with { type: 'json' };
import '../../../src/define.js';
import type { HealthTopic } from '../../../src/elements/health-topic/health-topic.js';
import { SECTION_VIEW_MS } from '../../../src/elements/health-topic/reading-events.js';
import { deepQueryAll } from '../../support/rendered-text.js';
import { mountHealthTopic, PASTED_ARTICLE, type MountOptions } from '../../support/mount-health-topic.js';

type Heard = { type: string; detail: Record<string, unknown>; at: number };
const TYPES = ['health-topic-section-view', 'health-topic-read-complete', 'health-topic-link-click', 'health-topic-print'];

/** The article in a page with room above and below it, and every reading event it sends. */
async function readingPage(options: MountOptions = { topic: 'myoclonus' }) {
  const heard: Heard[] = [];
  document.body.appendChild(Object.assign(document.createElement('p'), { textContent: 'The page.', style: 'height: 120vh' }));
  const { element } = await mountHealthTopic({
    ...options,
    setUp: (widget) => TYPES.forEach((type) => widget.addEventListener(type, (event) => heard.push({ type, detail: (event as CustomEvent).detail, at: performance.now() }))),
  });
  document.body.appendChild(Object.assign(document.createElement('p'), { textContent: 'The page goes on.', style: 'height: 120vh' }));
  evenSections(element);
  const of = (type: string) => heard.filter((event) => event.type === type);
  const views = (id: string) => of('health-topic-section-view').filter((event) => event.detail.section === id);
  return { element, heard, of, views };
}

/** Every section 70% of the viewport tall (see above). */
function evenSections(element: HealthTopic) {
  for (const section of element.shadowRoot!.querySelectorAll<HTMLElement>('topic-section')) {
    Object.assign(section.style, { display: 'block', height: '70vh', overflow: 'hidden', margin: '0' });
  }
}

const section = (element: HealthTopic, id: string) => element.shadowRoot!.querySelector<HTMLElement>(`topic-section[id$="-${id}"]`)!;
const footer = (element: HealthTopic) => element.shadowRoot!.querySelector<HTMLElement>('[part~="footer"]')!;

/** Scrolls so that the view's middle is where `first` ends and `second` starts: both in view. */
function scrollBetween(first: HTMLElement, second: HTMLElement) {
  expect(first.nextElementSibling, 'sections next to each other').to.equal(second);
  second.scrollIntoView({ block: 'start' });
  window.scrollBy(0, -window.innerHeight / 2);
}

/** Resolves once an observer made now sees `target` in view (`true`) or out of it (`false`). */
function observed(target: Element, inView: boolean): Promise<void> {
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(([entry]) => {
      if (entry.isIntersecting !== inView) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(target);
  });
}

const waitFor = (condition: () => boolean, what: string) => waitUntil(condition, what, { timeout: 4000 });

describe('reading events', () => {
  afterEach(() => {
    // A contents link followed puts its section in the address, which a later load would scroll to.
    history.replaceState(null, '', location.pathname + location.search);
    window.scrollTo(0, 0);
    document.body.replaceChildren();
  });

  it('sends a section view only once the section has been in view for a second, and once per section', async () => {
    const { element, of, views } = await readingPage();
    await observed(section(element, 'causes'), false);
    expect(of('health-topic-section-view'), 'nothing is in view yet').to.deep.equal([]);
    section(element, 'treatment').scrollIntoView({ block: 'start' });
    const scrolled = performance.now();
    await waitFor(() => views('treatment').length > 0, 'the treatment section\'s view');
    expect(views('treatment')[0].at - scrolled, 'not before a second in view').to.be.at.least(SECTION_VIEW_MS - 20);
    expect(views('treatment')[0].detail).to.deep.equal({ topic: 'myoclonus', locale: 'en', section: 'treatment', index: 4 });
    expect(of('health-topic-section-view'), 'only the section in view').to.have.length(1);
    // Away and back, with the next section in view as long: that one is viewed, treatment not again.
    window.scrollTo(0, 0);
    await observed(section(element, 'treatment'), false);
    scrollBetween(section(element, 'treatment'), section(element, 'prevention'));
    await waitFor(() => views('prevention').length > 0, 'the prevention section\'s view');
    expect(views('treatment')).to.have.length(1);
  });

  it('says the reader reached the end once, after a section view, with how many were read', async () => {
    const { element, heard, of } = await readingPage();
    footer(element).scrollIntoView({ block: 'end' });
    await observed(footer(element), true);
    expect(of('health-topic-read-complete'), 'not before a section was read').to.deep.equal([]);
    section(element, 'prevention').scrollIntoView({ block: 'start' });
    await waitFor(() => of('health-topic-section-view').length > 0, 'a section view');
    footer(element).scrollIntoView({ block: 'end' });
    await waitFor(() => of('health-topic-read-complete').length > 0, 'read-complete');
    // As many as were viewed before it, in the order the page heard them.
    const completeAt = heard.findIndex((event) => event.type === 'health-topic-read-complete');
    const viewed = heard.slice(0, completeAt).filter((event) => event.type === 'health-topic-section-view').length;
    expect(of('health-topic-read-complete').map((event) => event.detail)).to.deep.equal([{ topic: 'myoclonus', locale: 'en', sectionsViewed: viewed, sections: 7 }]);
    window.scrollTo(0, 0);
    await observed(footer(element), false);
    footer(element).scrollIntoView({ block: 'end' });
    await observed(footer(element), true);
    expect(of('health-topic-read-complete')).to.have.length(1);
  });

  it('tells each followed link with its kind, a middle click included, and printing', async () => {
    const { element, of } = await readingPage();
    // The test stays on its page: the links' own navigation is prevented after the widget heard them.
    const stay = (event: Event) => event.preventDefault();
    document.addEventListener('click', stay);
    document.addEventListener('auxclick', stay);
    try {
      element.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="toc-link"]')!.click();
      deepQueryAll<HTMLAnchorElement>(element, 'a[part~="doi"]')[0].click();
      const inReferences = (link: Element) => (link.getRootNode() as ShadowRoot).host?.localName === 'citation-list';
      deepQueryAll<HTMLAnchorElement>(element, 'a[part~="link"]:not([part~="doi"])').find(inReferences)!.click();
      const [resource] = deepQueryAll<HTMLAnchorElement>(section(element, 'resources'), 'a[href]');
      resource.dispatchEvent(new MouseEvent('auxclick', { button: 1, bubbles: true, composed: true, cancelable: true }));
      resource.dispatchEvent(new MouseEvent('auxclick', { button: 2, bubbles: true, composed: true, cancelable: true }));
      window.dispatchEvent(new Event('beforeprint'));
    } finally {
      document.removeEventListener('click', stay);
      document.removeEventListener('auxclick', stay);
    }
    const clicks = of('health-topic-link-click').map(({ detail }) => [detail.kind, detail.outbound]);
    expect(clicks).to.deep.equal([['contents', false], ['doi', true], ['reference', true], ['resource', true]]);
    expect(of('health-topic-link-click')[1].detail.href).to.match(/^https:\/\/doi\.org\//);
    expect(of('health-topic-print').map((event) => event.detail)).to.deep.equal([{ topic: 'myoclonus', locale: 'en' }]);
  });

  it('tells a link in the text as a body link, inbound when it stays on the page\'s site', async () => {
    const paragraph = { type: 'paragraph', text: [{ type: 'text', text: 'See ' }, { type: 'link', text: 'our clinic', href: `${location.origin}/clinic` }, { type: 'text', text: '.' }] };
    const data = { ...PASTED_ARTICLE, sections: [{ id: 'about', title: 'About', blocks: [paragraph] }] };
    const { element, of } = await readingPage({ data });
    const stay = (event: Event) => event.preventDefault();
    document.addEventListener('click', stay);
    deepQueryAll<HTMLAnchorElement>(section(element, 'about'), 'a[href]')[0].click();
    document.removeEventListener('click', stay);
    expect(of('health-topic-link-click').map((event) => event.detail)).to.deep.equal([
      { topic: 'pasted-article', locale: 'en', href: `${location.origin}/clinic`, kind: 'body', outbound: false },
    ]);
  });

  it('keeps its counts when the element moves or reloads the same article, and goes on watching', async () => {
    const { element, of, views } = await readingPage({ data: english });
    scrollBetween(section(element, 'causes'), section(element, 'risk-factors'));
    await waitFor(() => views('causes').length > 0 && views('risk-factors').length > 0, 'the first two sections\' views');
    window.scrollTo(0, 0);
    const reloaded = new Promise((resolve) => element.addEventListener('health-topic-load', resolve, { once: true }));
    element.data = structuredClone(english);
    await reloaded;
    // Moved into a new part of the page, in the same place.
    const moved = document.createElement('section');
    element.before(moved);
    moved.append(element);
    evenSections(element);
    await observed(section(element, 'causes'), false);
    scrollBetween(section(element, 'risk-factors'), section(element, 'symptoms'));
    await waitFor(() => views('symptoms').length > 0, 'the third section\'s view');
    expect(of('health-topic-section-view').map((event) => event.detail.section)).to.deep.equal(['causes', 'risk-factors', 'symptoms']);
  });

  it('watches the sections shown when the page changes them, counting their places afresh', async () => {
    const { element, of } = await readingPage();
    element.setAttribute('sections', 'diagnosis,treatment');
    await element.updateComplete;
    evenSections(element);
    section(element, 'treatment').scrollIntoView({ block: 'start' });
    await waitFor(() => of('health-topic-section-view').length > 0, 'the treatment section\'s view');
    expect(of('health-topic-section-view').map((event) => event.detail)).to.deep.equal([{ topic: 'myoclonus', locale: 'en', section: 'treatment', index: 1 }]);
  });

  it('starts again for another language', async () => {
    const { element, of } = await readingPage();
    section(element, 'causes').scrollIntoView({ block: 'start' });
    await waitFor(() => of('health-topic-section-view').length === 1, 'the English view');
    const loaded = new Promise((resolve) => element.addEventListener('health-topic-load', resolve, { once: true }));
    element.lang = 'es';
    await loaded;
    evenSections(element);
    section(element, 'causes').scrollIntoView({ block: 'start' });
    await waitFor(() => of('health-topic-section-view').some((event) => event.detail.locale === 'es'), 'the Spanish view');
    expect(of('health-topic-section-view').map((event) => [event.detail.locale, event.detail.section])).to.deep.equal([['en', 'causes'], ['es', 'causes']]);
  });
});
