/**
 * Licence terms a renderer keeps (src/content/licence-terms.ts): an edited copy under terms like a
 * licensed health library's shows the attribution and who edited it instead of the byline and the
 * review, in the page and in the JSON-LD; from the day the licence ends it shows "no longer
 * available", with one `health-topic-error`, and no article text and no JSON-LD; within 30 days of
 * that day, `health-topic-licence-ending` tells the web team. "Today" is fixed by the test.
 */
import { expect, oneEvent } from '@open-wc/testing';
import '../../../src/define.js';
import '../../support/axe.js';
import { setToday } from '../../../src/shared/clock.js';
import { structuredData } from '../../../src/seo/structured-data.js';
import type { HealthTopicLicenceEndingEvent } from '../../../src/elements/health-topic/events.js';
import { mountHealthTopic } from '../../support/mount-health-topic.js';
import { licensedPayload, TERMS } from '../../support/licensed-payload.js';
import english from '../../../content/topics/myoclonus/en.json' with { type: 'json' };
import type { HealthTopic as Article } from '../../../src/content/schema.js';

const parts = (element: Element, part: string) => [...element.shadowRoot!.querySelectorAll(`[part~="${part}"]`)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
const jsonLd = () => [...document.head.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent!));

describe('licence terms', () => {
  afterEach(() => {
    setToday(undefined);
    document.querySelectorAll('body > health-topic, main').forEach((element) => element.remove());
  });

  it('shows an edited copy with the attribution and who edited it, instead of the byline and the review', async () => {
    setToday('2026-12-05');
    const { element } = await mountHealthTopic({ data: licensedPayload(), into: 'main' });
    expect(parts(element, 'byline')).to.deep.equal([]);
    expect(parts(element, 'review').filter((line) => /Reviewed by|Last reviewed/.test(line))).to.deep.equal([]);
    expect(parts(element, 'attribution')).to.deep.equal([TERMS.attribution, TERMS.editsLine]);
    expect(parts(element, 'disclaimer')).to.have.length(1);
    await expect(element).to.be.accessible();
  });

  it('leaves the Myoclonus article, which records no terms, as it was', async () => {
    const { element } = await mountHealthTopic({ data: english, into: 'main' });
    expect(parts(element, 'byline')).to.deep.equal(['By Cynthia M. Johnson, MA']);
    expect(parts(element, 'attribution')).to.deep.equal([]);
  });

  it('drops the author and the reviewer from the JSON-LD the same way, and gives the lines as its credit text', () => {
    const page = structuredData(licensedPayload()) as unknown as Record<string, unknown>;
    expect(page).to.not.have.property('author');
    expect(page).to.not.have.property('reviewedBy');
    expect(page.creditText).to.equal(`${TERMS.attribution} ${TERMS.editsLine}`);
    const plain = structuredData(english as Article) as unknown as Record<string, unknown>;
    expect(plain).to.have.property('author');
    expect(plain).to.not.have.property('creditText');
  });

  it('from the day the licence ends, shows "no longer available": one error, no article text, no JSON-LD', async () => {
    setToday(TERMS.expires);
    const errors: CustomEvent[] = [];
    const { element, detail } = await mountHealthTopic({
      data: licensedPayload(),
      into: 'main',
      until: 'error',
      setUp: (widget) => widget.addEventListener('health-topic-error', (event) => errors.push(event as CustomEvent)),
    });
    expect(detail.code).to.equal('licence-ended');
    expect(errors).to.have.length(1);
    expect(parts(element, 'error')).to.deep.equal(['Article not available This article is no longer available.']);
    expect(element.shadowRoot!.textContent).to.not.include('Myoclonus');
    expect(element.shadowRoot!.querySelector('[part~="retry-button"]')).to.equal(null);
    expect(jsonLd()).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('tells the web team within 30 days of the end, once, after health-topic-load; not before', async () => {
    for (const [day, told] of [['2027-05-30', false], ['2027-05-31', true], ['2027-06-29', true]] as const) {
      setToday(day);
      const heard: string[] = [];
      let ending: Promise<HealthTopicLicenceEndingEvent> | undefined;
      await mountHealthTopic({
        data: licensedPayload(),
        setUp: (widget) => {
          for (const type of ['health-topic-load', 'health-topic-licence-ending']) widget.addEventListener(type, () => heard.push(type));
          ending = oneEvent(widget, 'health-topic-licence-ending') as Promise<HealthTopicLicenceEndingEvent>;
        },
      });
      if (told) {
        const { detail, bubbles, composed } = await ending!;
        expect({ ...detail, bubbles, composed }, day).to.deep.equal({ topic: 'myoclonus', locale: 'en', expires: TERMS.expires, today: day, bubbles: true, composed: true });
      }
      expect(heard, day).to.deep.equal(told ? ['health-topic-load', 'health-topic-licence-ending'] : ['health-topic-load']);
      document.querySelectorAll('body > health-topic').forEach((element) => element.remove());
    }
  });
});
