import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { setContentBasePath } from '../src/content/catalog.js';
import type { HealthTopic } from '../src/elements/health-topic/health-topic.js';
import english from '../content/topics/myoclonus/en.json' with { type: 'json' };
import spanish from '../content/topics/myoclonus/es.json' with { type: 'json' };
import { setToday } from '../src/shared/clock.js';
import { needs } from './support/engine.js';
import { deepQueryAll } from './support/rendered-text.js';
import { whenRendered } from './support/when-rendered.js';
import { serveFakeContent } from './support/fake-content.js';
import { rulesHeldTo } from './support/axe.js';

/** Each check below names the WCAG 2.2 success criterion it proves; docs/accessibility.md cites them. */

type Outcome = 'health-topic-load' | 'health-topic-error' | 'none';

/**
 * Puts a new `<health-topic>` in a `<main>` landmark (as on a host page), set up by `setUp`, and
 * waits for the outcome asked for.
 */
async function place(setUp: (element: HealthTopic) => void, outcome: Outcome = 'health-topic-load') {
  const main = document.createElement('main');
  const element = document.createElement('health-topic') as HealthTopic;
  setUp(element);
  main.append(element);
  const settled = outcome === 'none' ? Promise.resolve() : oneEvent(element, outcome);
  document.body.append(main);
  await settled;
  await whenRendered(element);
  return { main, element };
}

const myoclonus = (lang = 'en') => (element: HealthTopic) => {
  element.topic = 'myoclonus';
  element.lang = lang;
};

/** The element that has focus, looking inside shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function describeElement(element: Element | null): string {
  if (!element) return 'nothing';
  return `${element.tagName.toLowerCase()}:${(element.textContent ?? '').replace(/\s+/g, ' ').trim()}`;
}


/** Emulates a media type and media features (see test/support/engine-commands.mjs); no arguments resets. */
function emulate(media = '', features: Record<string, string> = {}): Promise<unknown> {
  return executeServerCommand('set-media', {
    media,
    features: Object.entries(features).map(([name, value]) => ({ name, value })),
  });
}

/**
 * What a link's ::after adds, as one string. Chromium's computed `content` has attr(href) resolved;
 * Firefox's keeps it (`" (" attr(href) ")"`), so it is resolved here the way the engine prints it.
 */
function printedAfter(link: HTMLAnchorElement): string {
  const content = getComputedStyle(link, '::after').content;
  return content.replace(/attr\(href\)/g, JSON.stringify(link.getAttribute('href'))).replace(/"\s+"/g, '');
}

describe('accessibility', () => {
  afterEach(async () => {
    document.querySelectorAll('main, button.outside').forEach((element) => element.remove());
    await emulate();
    await executeServerCommand('slow-requests', { paths: [], ms: 0 });
  });

  describe('axe (WCAG 2.0, 2.1, 2.2 A and AA, and best practices) in every state', () => {
    it('runs every rule of those sets, target size (2.5.8) among them', () => {
      expect(rulesHeldTo().filter((rule) => !rule.enabled).map((rule) => rule.ruleId)).to.deep.equal([]);
      expect(rulesHeldTo().map((rule) => rule.ruleId)).to.include('target-size');
    });

    it('loaded, in English', async () => {
      const { main } = await place(myoclonus('en'));
      await expect(main).to.be.accessible();
    });

    it('loaded, in Spanish', async () => {
      const { main } = await place(myoclonus('es'));
      await expect(main).to.be.accessible();
    });

    it('with the language picker open', async () => {
      const { main, element } = await place(myoclonus('en'));
      const picker = element.shadowRoot!.querySelector('language-picker')!;
      picker.shadowRoot!.querySelector('button')!.click();
      await (picker as unknown as HealthTopic).updateComplete;
      await expect(main).to.be.accessible();
    });

    it('with the language-not-available note', async () => {
      const { main, element } = await place(myoclonus('fr'));
      expect(element.shadowRoot!.querySelector('[part~="language-notice"]')).to.not.equal(null);
      await expect(main).to.be.accessible();
    });

    for (const lang of ['en', 'es']) {
      it(`with the provenance notes, the translation line, the source and the review status shown to staff, in "${lang}"`, async () => {
        setToday('2026-03-01');
        const payload = { ...(lang === 'es' ? spanish : english), lastReviewed: '2025-01-15', reviewIntervalMonths: 12 };
        const { main, element } = await place((element) => {
          element.data = payload;
          element.lang = lang;
          element.showReviewStatus = true;
        });
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
      const { main } = await place((element) => {
        myoclonus('en')(element);
        element.sections = 'symptoms,treatment';
        element.headingLevel = 4;
      });
      await expect(main).to.be.accessible();
    });

    it('while loading', async () => {
      setContentBasePath('/simulated-network/a11y-loading/');
      await executeServerCommand('slow-requests', { paths: ['/simulated-network/a11y-loading/myoclonus.en.'], ms: 1500 });
      const { main, element } = await place(myoclonus('en'), 'none');
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
        const { main, element } = await place((element) => {
          element.topic = 'myoclonus';
          element.timeout = 200;
        }, 'health-topic-error');
        expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('took too long');
        expect(element.shadowRoot!.querySelector('[part="retry-button"]')).to.not.equal(null);
        await expect(main).to.be.accessible();
      } finally {
        server.restore();
      }
    });

    it('for every error: no topic, unknown topic, invalid payload, network failure', async () => {
      const quiet = { error: console.error, warn: console.warn };
      console.error = console.warn = () => {};
      try {
        const setUps: ((element: HealthTopic) => void)[] = [
          () => {},
          (element) => (element.topic = 'no-such-topic'),
          (element) => (element.data = { ...english, title: '' }),
        ];
        for (const setUp of setUps) {
          const { main, element } = await place(setUp, 'health-topic-error');
          expect(element.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
          await expect(main).to.be.accessible();
          main.remove();
        }
        setContentBasePath('/simulated-network/a11y-network/');
        await executeServerCommand('fail-requests', ['/simulated-network/a11y-network/']);
        const { main, element } = await place(myoclonus('en'), 'health-topic-error');
        await executeServerCommand('fail-requests', []);
        setContentBasePath('/src/content/generated/topics/');
        expect(element.shadowRoot!.querySelector('[part="retry-button"]')).to.not.equal(null);
        await expect(main).to.be.accessible();
      } finally {
        Object.assign(console, quiet);
      }
    });

    it('when the content files are not where the page looks for them (content-not-found)', async () => {
      setContentBasePath('/no-content-files-here/');
      try {
        const { main, element } = await place(myoclonus('en'), 'health-topic-error');
        expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('cannot find its files');
        expect(element.shadowRoot!.querySelector('[part="retry-button"]'), 'no Try again: it cannot help').to.equal(null);
        await expect(main).to.be.accessible();
      } finally {
        setContentBasePath('/src/content/generated/topics/');
      }
    });

    it('on a dark host page, where the widget inherits light text', async () => {
      const { main } = await place(myoclonus('en'));
      main.style.background = 'rgb(18, 18, 18)';
      main.style.color = 'rgb(235, 235, 235)';
      await expect(main).to.be.accessible();
    });
  });

  describe('keyboard (2.1.1, 2.1.2, 2.4.3, 2.4.7, 2.4.11, 2.4.13)', () => {
    it('reaches every control in reading order with a visible focus ring, and lets focus leave', async () => {
      const before = Object.assign(document.createElement('button'), { className: 'outside', textContent: 'Before' });
      const after = Object.assign(document.createElement('button'), { className: 'outside', textContent: 'After' });
      const { main } = await place(myoclonus('en'));
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
        'a:National Institute of Neurological Disorders and Stroke',
        'a:Canadian Association of Neuroscience Nurses',
        'a:Health Canada',
        'a:doi:10.3390/brainsci7080103',
        'a:https://www.dynamed.com/approach-to/myoclonus-approach-to-the-patient',
      ]);
      expect(deepActiveElement()).to.equal(after);
    });
  });

  describe('adaptation', () => {
    it('reflows at 320 CSS px with the WCAG text-spacing overrides (1.4.10, 1.4.12)', async () => {
      const spacing = document.createElement('style');
      spacing.textContent = `
        main.narrow { width: 320px; letter-spacing: 0.12em; word-spacing: 0.16em; }
        main.narrow health-topic { --health-topic-line-height: 1.5; }
        main.narrow health-topic::part(paragraph), main.narrow health-topic::part(summary),
        main.narrow health-topic::part(lead-in) { margin-block-end: 2em; }`;
      document.head.append(spacing);
      try {
        const { main, element } = await place(myoclonus('en'));
        main.className = 'narrow';
        await element.updateComplete;
        const right = main.getBoundingClientRect().right;
        const overflowing = deepQueryAll(element, '*').filter((child) => child.getBoundingClientRect().right > right + 0.5);
        expect(overflowing.map(describeElement)).to.deep.equal([]);
        const [paragraph] = deepQueryAll<HTMLElement>(element, '[part~="paragraph"]');
        expect(getComputedStyle(paragraph).letterSpacing).to.not.equal('normal');
      } finally {
        spacing.remove();
      }
    });

    it('keeps every boundary and the icons visible in forced-colors mode (1.4.11)', needs('media emulation', async () => {
      await emulate('', { 'forced-colors': 'active' });
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const { element } = await place(myoclonus('en'));
      const nav = element.shadowRoot!.querySelector('nav')!;
      expect(getComputedStyle(nav).borderInlineStartStyle).to.equal('solid');
      const picker = element.shadowRoot!.querySelector('language-picker')!;
      const button = picker.shadowRoot!.querySelector('button')!;
      expect(getComputedStyle(button).borderTopStyle).to.equal('solid');
      expect(picker.shadowRoot!.querySelector('.caret')!.textContent).to.equal('▾');
      // The notes' rules and boxes, drawn in the text color, stay.
      const [provenance] = deepQueryAll(element, '[part~="provenance"]');
      expect(getComputedStyle(provenance).borderInlineStartStyle).to.equal('solid');
      element.showReviewStatus = true;
      await element.updateComplete;
      const status = element.shadowRoot!.querySelector('[part~="review-status"]')!;
      expect(getComputedStyle(status).borderTopStyle).to.equal('dashed');
      expect(getComputedStyle(status).borderTopWidth).to.equal('2px');
    }));

    it('shows the spinner in forced colors as a full dotted ring', needs('media emulation', async () => {
      await emulate('', { 'forced-colors': 'active' });
      setContentBasePath('/simulated-network/a11y-forced/');
      await executeServerCommand('slow-requests', { paths: ['/simulated-network/a11y-forced/myoclonus.en.'], ms: 800 });
      const { element } = await place(myoclonus('en'), 'none');
      const spinner = element.shadowRoot!.querySelector('.spinner')!;
      expect(getComputedStyle(spinner).borderTopStyle).to.equal('dotted');
      await oneEvent(element, 'health-topic-load');
      setContentBasePath('/src/content/generated/topics/');
    }));

    it('stops the loading animation when the reader prefers reduced motion (2.3.3)', needs('media emulation', async () => {
      await emulate('', { 'prefers-reduced-motion': 'reduce' });
      setContentBasePath('/simulated-network/a11y-motion/');
      await executeServerCommand('slow-requests', { paths: ['/simulated-network/a11y-motion/myoclonus.en.'], ms: 800 });
      const { element } = await place(myoclonus('en'), 'none');
      const spinner = element.shadowRoot!.querySelector('.spinner')!;
      expect(getComputedStyle(spinner).animationName).to.not.include('health-topic-spin');
      await oneEvent(element, 'health-topic-load');
      await emulate();
      // A path of its own, not yet downloaded: this widget shows its spinner too.
      setContentBasePath('/simulated-network/a11y-motion-allowed/');
      await executeServerCommand('slow-requests', { paths: ['/simulated-network/a11y-motion-allowed/myoclonus.en.'], ms: 800 });
      const { element: moving } = await place(myoclonus('en'), 'none');
      const movingSpinner = moving.shadowRoot!.querySelector('.spinner');
      expect(movingSpinner === null, 'a spinner while loading').to.equal(false);
      expect(getComputedStyle(movingSpinner!).animationName).to.include('health-topic-spin');
      await oneEvent(moving, 'health-topic-load');
      setContentBasePath('/src/content/generated/topics/');
    }));
  });

  describe('print', () => {
    it('prints the article black on white, without picker, contents or buttons, with link addresses', needs('media emulation', async () => {
      const { element } = await place(myoclonus('en'));
      await emulate('print');
      const root = element.shadowRoot!;
      expect(getComputedStyle(root.querySelector('language-picker')!).display).to.equal('none');
      expect(getComputedStyle(root.querySelector('nav')!).display).to.equal('none');
      expect(getComputedStyle(root.querySelector('article')!).color).to.equal('rgb(0, 0, 0)');
      for (const part of ['header', 'references', 'review', 'disclaimer']) {
        expect(getComputedStyle(root.querySelector(`[part~="${part}"]`)!).display, part).to.not.equal('none');
      }
      const [resourceLink] = deepQueryAll<HTMLAnchorElement>(element, 'topic-section a[href^="https://www.ninds"]');
      const [ninds] = deepQueryAll<HTMLAnchorElement>(element, 'a[href="https://www.ninds.nih.gov/"]');
      expect(printedAfter(ninds ?? resourceLink)).to.equal('" (https://www.ninds.nih.gov/)"');
      const [doi] = deepQueryAll<HTMLAnchorElement>(element, 'a[part~="doi"]');
      expect(printedAfter(doi)).to.equal('none');
      const [figure] = deepQueryAll<HTMLElement>(element, 'figure');
      expect(getComputedStyle(figure).breakInside).to.equal('avoid');
      expect(getComputedStyle(figure.querySelector('figcaption')!).display).to.not.equal('none');
      const [list] = deepQueryAll<HTMLElement>(element, 'ul[part~="list"]');
      expect(getComputedStyle(list).breakInside).to.equal('avoid');
    }));

    it('prints no Try again button', needs('media emulation', async () => {
      const quiet = console.warn;
      console.warn = () => {};
      try {
        setContentBasePath('/simulated-network/a11y-print/');
        await executeServerCommand('fail-requests', ['/simulated-network/a11y-print/']);
        const { element } = await place(myoclonus('en'), 'health-topic-error');
        await executeServerCommand('fail-requests', []);
        setContentBasePath('/src/content/generated/topics/');
        await emulate('print');
        const button = element.shadowRoot!.querySelector('[part="retry-button"]')!;
        expect(getComputedStyle(button).display).to.equal('none');
      } finally {
        console.warn = quiet;
      }
    }));
  });
});
