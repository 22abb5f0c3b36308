/**
 * The review cycle in the widget: `health-topic-review-due` for the site's monitoring, and the
 * review status staff ask for with `show-review-status`. "Today" is fixed by the test
 * (src/shared/clock.ts), never read from the real clock.
 */
import { expect, oneEvent } from '@open-wc/testing';
import '../../../src/define.js';
import { setToday } from '../../../src/shared/clock.js';
import type { HealthTopic } from '../../../src/elements/health-topic/health-topic.js';
import type { HealthTopicReviewDueEvent } from '../../../src/elements/health-topic/events.js';
import { PASTED_ARTICLE, mountHealthTopic } from '../../support/mount-health-topic.js';

/** The pasted test article, last reviewed on 2025-03-31 and reviewed every 11 months: due 2026-02-28. */
const reviewed = (fields: Record<string, unknown> = {}) => ({ ...PASTED_ARTICLE, lastReviewed: '2025-03-31', reviewIntervalMonths: 11, ...fields });
const spanish = (fields: Record<string, unknown> = {}) =>
  reviewed({ locale: 'es', title: 'Un artículo pegado como JSON', disclaimer: 'Contenido de prueba.', ...fields });

const statusNote = (element: HealthTopic) => element.shadowRoot!.querySelector<HTMLElement>('[part~="review-status"]');
const noteText = (element: HealthTopic) => statusNote(element)?.textContent?.replace(/\s+/g, ' ').trim();

describe('review cycle', () => {
  const heard: HealthTopicReviewDueEvent[] = [];
  const listen = (event: Event) => heard.push(event as HealthTopicReviewDueEvent);

  beforeEach(() => document.addEventListener('health-topic-review-due', listen));
  afterEach(() => {
    document.removeEventListener('health-topic-review-due', listen);
    heard.splice(0);
    setToday(undefined);
    document.querySelectorAll('body > health-topic').forEach((element) => element.remove());
  });

  describe('health-topic-review-due', () => {
    it('fires after health-topic-load when the review is overdue, bubbling and composed, with the days', async () => {
      setToday('2026-03-01');
      const order: string[] = [];
      let due: Promise<HealthTopicReviewDueEvent> | undefined;
      await mountHealthTopic({ data: reviewed(), setUp: (element) => {
        for (const type of ['health-topic-load', 'health-topic-review-due', 'health-topic-error']) element.addEventListener(type, () => order.push(type));
        due = oneEvent(element, 'health-topic-review-due') as Promise<HealthTopicReviewDueEvent>;
      } });
      const { detail, bubbles, composed } = await due!;
      expect(detail).to.deep.equal({ topic: 'pasted-article', locale: 'en', nextReview: '2026-02-28', lastReviewed: '2025-03-31', today: '2026-03-01' });
      expect(bubbles && composed).to.equal(true);
      expect(order).to.deep.equal(['health-topic-load', 'health-topic-review-due']);
    });

    it('takes the due day from nextReview', async () => {
      setToday('2026-07-01');
      await mountHealthTopic({ data: { ...PASTED_ARTICLE, nextReview: '2026-06-30' } });
      expect(heard.map((event) => event.detail)).to.deep.equal([{ topic: 'pasted-article', locale: 'en', nextReview: '2026-06-30', today: '2026-07-01' }]);
    });

    it('does not fire on the day the review is due, nor when no review date is recorded', async () => {
      setToday('2026-02-28');
      await mountHealthTopic({ data: reviewed() });
      // Myoclonus records no review date: however late it is, no due day is made up.
      setToday('2099-12-31');
      await mountHealthTopic({ topic: 'myoclonus' });
      // health-topic-review-due would have come right after health-topic-load, which mountHealthTopic awaited.
      expect(heard).to.deep.equal([]);
    });
  });

  describe('show-review-status', () => {
    it('shows staff an overdue review, with its date, above the article', async () => {
      setToday('2026-03-01');
      const { element } = await mountHealthTopic({ setUp: (element) => {
        element.data = reviewed();
        element.setAttribute('show-review-status', '');
      } });
      expect(element.showReviewStatus).to.equal(true);
      expect(noteText(element)).to.equal('Review overdue: the next medical review was due on February 28, 2026.');
      expect(statusNote(element)!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-02-28');
      expect(statusNote(element)!.classList.contains('overdue')).to.equal(true);
      expect(element.shadowRoot!.querySelector('article')!.firstElementChild).to.equal(statusNote(element));
      await expect(element).to.be.accessible();
    });

    it('says it in Spanish on a Spanish article', async () => {
      setToday('2026-03-01');
      const { element } = await mountHealthTopic({ setUp: (element) => {
        element.data = spanish();
        element.showReviewStatus = true;
      } });
      expect(noteText(element)).to.equal('Revisión vencida: la próxima revisión médica debía hacerse el 28 de febrero de 2026.');
      await expect(element).to.be.accessible();
    });

    it('says when the next review is due while it is not late, and that no date is recorded when none is', async () => {
      setToday('2026-02-28');
      const { element: inTime } = await mountHealthTopic({ setUp: (element) => {
        element.data = reviewed();
        element.showReviewStatus = true;
      } });
      expect(noteText(inTime)).to.equal('Next medical review due on February 28, 2026.');
      expect(statusNote(inTime)!.classList.contains('overdue')).to.equal(false);
      const { element: unknown } = await mountHealthTopic({ setUp: (element) => {
        element.topic = 'myoclonus';
        element.showReviewStatus = true;
      } });
      expect(noteText(unknown)).to.equal("Review status unknown: this copy records no date for its next medical review and no review cycle, so the disclaimer's words on regular review are the publisher's, about its own copy.");
    });

    it('shows readers nothing: the note appears only while the attribute is set', async () => {
      setToday('2026-03-01');
      const { element } = await mountHealthTopic({ data: reviewed() });
      expect(statusNote(element)).to.equal(null);
      element.setAttribute('show-review-status', '');
      await element.updateComplete;
      expect(statusNote(element)).to.not.equal(null);
      element.removeAttribute('show-review-status');
      await element.updateComplete;
      expect(statusNote(element)).to.equal(null);
    });
  });
});
