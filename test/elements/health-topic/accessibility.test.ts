import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import { setContentBasePath } from '../../../src/content/catalog.js';
import type { HealthTopic } from '../../../src/elements/health-topic/health-topic.js';
import english from '../../../content/topics/myoclonus/en.json' with { type: 'json' };
import spanish from '../../../content/topics/myoclonus/es.json' with { type: 'json' };
import { setToday } from '../../../src/shared/clock.js';
import { deepQueryAll, describeElement } from '../../support/rendered-text.js';
import { serveFakeContent } from '../../support/fake-content.js';
import { rulesHeldTo } from '../../support/axe.js';
import { mountHealthTopic } from '../../support/mount-health-topic.js';
import { captureConsole } from '../../support/capture-console.js';

/**
 * Axe in every state, and the keyboard. Each check below names the WCAG 2.2 success criterion it
 * proves; docs/accessibility.md cites them. Reflow, forced colors, reduced motion and print are in
 * display-modes.test.ts.
 */

/** The element that has focus, looking inside shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('accessibility', () => {
  afterEach(async () => {
    document.querySelectorAll('main, button.outside').forEach((element) => element.remove());
    await executeServerCommand('slow-requests', { paths: [], ms: 0 });
  });

  describe('axe (WCAG 2.0, 2.1, 2.2 A and AA, and best practices) in every state', () => {
    it('runs every rule of those sets, target size (2.5.8) among them', () => {
      expect(rulesHeldTo().filter((rule) => !rule.enabled).map((rule) => rule.ruleId)).to.deep.equal([]);
      expect(rulesHeldTo().map((rule) => rule.ruleId)).to.include('target-size');
    });

    it('loaded, in English', async () => {
      const { container: main } = await mountHealthTopic({ topic: 'myoclonus', lang: 'en', into: 'main' });
      await expect(main).to.be.accessible();
    });

    it('loaded, in Spanish', async () => {
      const { container: main } = await mountHealthTopic({ topic: 'myoclonus', lang: 'es', into: 'main' });
      await expect(main).to.be.accessible();
    });

    it('with the language picker open', async () => {
      const { container: main, element } = await mountHealthTopic({ topic: 'myoclonus', lang: 'en', into: 'main' });
      const picker = element.shadowRoot!.querySelector('language-picker')!;
      picker.shadowRoot!.querySelector('button')!.click();
      await (picker as unknown as HealthTopic).updateComplete;
      await expect(main).to.be.accessible();
    });

    it('with the language-not-available note', async () => {
      const { container: main, element } = await mountHealthTopic({ topic: 'myoclonus', lang: 'fr', into: 'main' });
      expect(element.shadowRoot!.querySelector('[part~="language-notice"]')).to.not.equal(null);
      await expect(main).to.be.accessible();
    });

    for (const lang of ['en', 'es']) {
      it(`with the provenance notes, the translation line, the source and the review status shown to staff, in "${lang}"`, async () => {
        setToday('2026-03-01');
        const payload = { ...(lang === 'es' ? spanish : english), lastReviewed: '2025-01-15', reviewIntervalMonths: 12 };
        const { container: main, element } = await mountHealthTopic({ setUp: (element) => {
          element.data = payload;
          element.lang = lang;
          element.showReviewStatus = true;
        }, into: 'main' });
        setToday(undefined);
        expect(deepQueryAll(element, '[part~="provenance"]')).to.have.length(3);
        for (const part of ['review-status', 'rebuilt', 'source', ...(lang === 'es' ? ['translation'] : [])]) {
          expect(element.shadowRoot!.querySelector(`[part~="${part}"]`), part).to.not.equal(null);
        }
        expect(element.shadowRoot!.querySelector('.review-status.overdue'), 'an overdue review').to.not.equal(null);
        await expect(main).to.be.accessible();
      });
    }

    it('with a sections filter, at heading level 4', async () => {
      const { container: main } = await mountHealthTopic({ topic: 'myoclonus', lang: 'en', setUp: (element) => {
        element.sections = 'symptoms,treatment';
        element.headingLevel = 4;
      }, into: 'main' });
      await expect(main).to.be.accessible();
    });

    it('while loading', async () => {
      setContentBasePath('/simulated-network/a11y-loading/');
      await executeServerCommand('slow-requests', { paths: ['/simulated-network/a11y-loading/myoclonus.en.'], ms: 1500 });
      const { container: main, element } = await mountHealthTopic({ topic: 'myoclonus', lang: 'en', into: 'main', until: 'render' });
      // What a reader sees once the spinner has faded in, after 0.4 s.
      const spinner = element.shadowRoot!.querySelector<HTMLElement>('[role="status"] .spinner')!;
      await waitUntil(() => getComputedStyle(spinner).opacity === '1', 'the spinner to show', { timeout: 1400 });
      await expect(main).to.be.accessible();
      await oneEvent(element, 'health-topic-load');
      setContentBasePath('/src/content/generated/topics/');
    });

    it('when the article does not arrive in time', async () => {
      const server = serveFakeContent({}, {}, 'never');
      try {
        const { container: main, element } = await mountHealthTopic({ setUp: (element) => {
          element.topic = 'myoclonus';
          element.timeout = 200;
        }, into: 'main', until: 'error' });
        expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('took too long');
        expect(element.shadowRoot!.querySelector('[part="retry-button"]')).to.not.equal(null);
        await expect(main).to.be.accessible();
      } finally {
        server.restore();
      }
    });

    it('for every error: no topic, unknown topic, invalid payload, network failure', async () => {
      await captureConsole(['error', 'warn'], async () => {
        const setUps: ((element: HealthTopic) => void)[] = [
          () => {},
          (element) => (element.topic = 'no-such-topic'),
          (element) => (element.data = { ...english, title: '' }),
        ];
        for (const setUp of setUps) {
          const { container: main, element } = await mountHealthTopic({ setUp, into: 'main', until: 'error' });
          expect(element.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
          await expect(main).to.be.accessible();
          main.remove();
        }
        setContentBasePath('/simulated-network/a11y-network/');
        await executeServerCommand('fail-requests', ['/simulated-network/a11y-network/']);
        const { container: main, element } = await mountHealthTopic({ topic: 'myoclonus', lang: 'en', into: 'main', until: 'error' });
        await executeServerCommand('fail-requests', []);
        setContentBasePath('/src/content/generated/topics/');
        expect(element.shadowRoot!.querySelector('[part="retry-button"]')).to.not.equal(null);
        await expect(main).to.be.accessible();
      });
    });

    it('when the content files are not where the page looks for them (content-not-found)', async () => {
      setContentBasePath('/no-content-files-here/');
      try {
        const { container: main, element } = await mountHealthTopic({ topic: 'myoclonus', lang: 'en', into: 'main', until: 'error' });
        expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('cannot find its files');
        expect(element.shadowRoot!.querySelector('[part="retry-button"]'), 'no Try again: it cannot help').to.equal(null);
        await expect(main).to.be.accessible();
      } finally {
        setContentBasePath('/src/content/generated/topics/');
      }
    });

    it('on a dark host page, where the widget inherits light text', async () => {
      const { container: main } = await mountHealthTopic({ topic: 'myoclonus', lang: 'en', into: 'main' });
      main.style.background = 'rgb(18, 18, 18)';
      main.style.color = 'rgb(235, 235, 235)';
      await expect(main).to.be.accessible();
    });
  });

  describe('keyboard (2.1.1, 2.1.2, 2.4.3, 2.4.7, 2.4.11, 2.4.13)', () => {
    it('reaches every control in reading order with a visible focus ring, and lets focus leave', async () => {
      const before = Object.assign(document.createElement('button'), { className: 'outside', textContent: 'Before' });
      const after = Object.assign(document.createElement('button'), { className: 'outside', textContent: 'After' });
      const { container: main } = await mountHealthTopic({ topic: 'myoclonus', lang: 'en', into: 'main' });
      main.before(before);
      main.after(after);
      before.focus();
      const visited: string[] = [];
      for (let step = 0; step < 30; step += 1) {
        await sendKeys({ press: 'Tab' });
        const active = deepActiveElement();
        if (active === after) break;
        visited.push(describeElement(active));
        const ring = getComputedStyle(active!);
        expect(ring.outlineStyle, `focus ring on ${describeElement(active)}`).to.equal('solid');
        expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
      }
      expect(visited).to.deep.equal([
        'button:Language: English ▾',
        'a:Causes',
        'a:Risk Factors',
        'a:Symptoms',
        'a:Diagnosis',
        'a:Treatment',
        'a:Prevention',
        'a:Resources',
        'a:References',
        // The stored copies two rebuilt lists were checked against, linked from their notes.
        'a:the NINDS fact sheet on myoclonus',
        'a:Mayo Clinic',
        'a:National Institute of Neurological Disorders and Stroke',
        'a:Canadian Association of Neuroscience Nurses',
        'a:Health Canada',
        'a:doi:10.3390/brainsci7080103',
        'a:https://www.dynamed.com/approach-to/myoclonus-approach-to-the-patient',
      ]);
      expect(deepActiveElement()).to.equal(after);
    });
  });
});
