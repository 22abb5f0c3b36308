/**
 * Reading events (reading-events.ts), scrolled for real: a section view only after a second in
 * view and once per section; read-complete once at the end; each followed link with its kind;
 * print. No sleeps: each test waits for the event it names, and measures when it came.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import type { HealthTopic } from '../../../src/elements/health-topic/health-topic.js';
import { SECTION_VIEW_MS } from '../../../src/elements/health-topic/reading-events.js';
import { deepQueryAll } from '../../support/rendered-text.js';
import { mountHealthTopic } from '../../support/mount-health-topic.js';

type Heard = { type: string; detail: Record<string, unknown>; at: number };
const TYPES = ['health-topic-section-view', 'health-topic-read-complete', 'health-topic-link-click', 'health-topic-print'];

/** The article in a page with room above and below it, and every reading event it sends. */
async function readingPage(lang = 'en') {
  const heard: Heard[] = [];
  const before = document.body.appendChild(Object.assign(document.createElement('p'), { textContent: 'The page.' }));
  before.style.height = '120vh';
  const { element } = await mountHealthTopic({
    topic: 'myoclonus',
    lang,
    setUp: (widget) => TYPES.forEach((type) => widget.addEventListener(type, (event) => heard.push({ type, detail: (event as CustomEvent).detail, at: performance.now() }))),
  });
  document.body.appendChild(Object.assign(document.createElement('p'), { textContent: 'The page goes on.', style: 'height: 120vh' }));
  return { element, heard, of: (type: string) => heard.filter((event) => event.type === type) };
}

const section = (element: HealthTopic, id: string) => element.shadowRoot!.querySelector<HTMLElement>(`topic-section[id$="-${id}"]`)!;

describe('reading events', () => {
  afterEach(() => {
    window.scrollTo(0, 0);
    document.body.replaceChildren();
  });

  it('sends a section view only once the section has been in view for a second, and once per section', async () => {
    const { element, of } = await readingPage();
    expect(of('health-topic-section-view'), 'nothing is in view yet').to.deep.equal([]);
    section(element, 'treatment').scrollIntoView({ block: 'start' });
    const scrolled = performance.now();
    await waitUntil(() => of('health-topic-section-view').some((event) => event.detail.section === 'treatment'), 'the treatment section\'s view', { timeout: 4000 });
    const view = of('health-topic-section-view').find((event) => event.detail.section === 'treatment')!;
    expect(view.at - scrolled, 'not before a second in view').to.be.at.least(SECTION_VIEW_MS - 20);
    expect(view.detail).to.deep.equal({ topic: 'myoclonus', locale: 'en', section: 'treatment', index: 4 });
    // Away and back: no second view of the same section, while another one is viewed.
    section(element, 'causes').scrollIntoView({ block: 'start' });
    await waitUntil(() => of('health-topic-section-view').some((event) => event.detail.section === 'causes'), 'the causes section\'s view', { timeout: 4000 });
    section(element, 'treatment').scrollIntoView({ block: 'start' });
    section(element, 'diagnosis').scrollIntoView({ block: 'start' });
    await waitUntil(() => of('health-topic-section-view').some((event) => event.detail.section === 'diagnosis'), 'the diagnosis section\'s view', { timeout: 4000 });
    expect(of('health-topic-section-view').filter((event) => event.detail.section === 'treatment')).to.have.length(1);
  });

  it('says the reader reached the end once, after a section view, with how many were read', async () => {
    const { element, heard, of } = await readingPage();
    section(element, 'prevention').scrollIntoView({ block: 'start' });
    await waitUntil(() => of('health-topic-section-view').length > 0, 'a section view', { timeout: 4000 });
    element.shadowRoot!.querySelector('[part~="footer"]')!.scrollIntoView({ block: 'end' });
    await waitUntil(() => of('health-topic-read-complete').length > 0, 'read-complete', { timeout: 4000 });
    // As many as were viewed before it, in the order the page heard them.
    const completeAt = heard.findIndex((event) => event.type === 'health-topic-read-complete');
    const viewed = heard.slice(0, completeAt).filter((event) => event.type === 'health-topic-section-view').length;
    expect(viewed).to.be.greaterThan(0);
    expect(of('health-topic-read-complete').map((event) => event.detail)).to.deep.equal([{ topic: 'myoclonus', locale: 'en', sectionsViewed: viewed, sections: 7 }]);
    window.scrollTo(0, 0);
    element.shadowRoot!.querySelector('[part~="footer"]')!.scrollIntoView({ block: 'end' });
    section(element, 'causes').scrollIntoView({ block: 'start' });
    await waitUntil(() => of('health-topic-section-view').some((event) => event.detail.section === 'causes'), 'another section view', { timeout: 4000 });
    expect(of('health-topic-read-complete')).to.have.length(1);
  });

  it('tells each followed link with its kind, a middle click included, and printing', async () => {
    const { element, of } = await readingPage();
    // The test stays on its page: the links' own navigation is prevented after the widget heard them.
    const stay = (event: Event) => event.preventDefault();
    document.addEventListener('click', stay);
    document.addEventListener('auxclick', stay);
    const root = element.shadowRoot!;
    root.querySelector<HTMLAnchorElement>('[part~="toc-link"]')!.click();
    const [doi] = deepQueryAll<HTMLAnchorElement>(element, 'a[part~="doi"]');
    doi.click();
    const [resource] = deepQueryAll<HTMLAnchorElement>(section(element, 'resources'), 'a[href]');
    resource.dispatchEvent(new MouseEvent('auxclick', { button: 1, bubbles: true, composed: true, cancelable: true }));
    resource.dispatchEvent(new MouseEvent('auxclick', { button: 2, bubbles: true, composed: true, cancelable: true }));
    window.dispatchEvent(new Event('beforeprint'));
    const clicks = of('health-topic-link-click').map(({ detail }) => [detail.kind, detail.outbound]);
    expect(clicks).to.deep.equal([['contents', false], ['doi', true], ['resource', true]]);
    expect(of('health-topic-print').map((event) => event.detail)).to.deep.equal([{ topic: 'myoclonus', locale: 'en' }]);
    document.removeEventListener('click', stay);
    document.removeEventListener('auxclick', stay);
  });

  it('starts again for another language, and not for the same article reloaded', async () => {
    const { element, of } = await readingPage();
    section(element, 'causes').scrollIntoView({ block: 'start' });
    await waitUntil(() => of('health-topic-section-view').length === 1, 'the English view', { timeout: 4000 });
    const loaded = new Promise((resolve) => element.addEventListener('health-topic-load', resolve, { once: true }));
    element.lang = 'es';
    await loaded;
    section(element, 'causes').scrollIntoView({ block: 'start' });
    await waitUntil(() => of('health-topic-section-view').some((event) => event.detail.locale === 'es'), 'the Spanish view', { timeout: 4000 });
    expect(of('health-topic-section-view').map((event) => [event.detail.locale, event.detail.section])).to.deep.equal([['en', 'causes'], ['es', 'causes']]);
  });
});
