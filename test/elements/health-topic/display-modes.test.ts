import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/define.js';
import { setContentBasePath } from '../../../src/content/catalog.js';
import { needs } from '../../support/engine.js';
import { deepQueryAll, describeElement } from '../../support/rendered-text.js';
import { mountHealthTopic } from '../../support/mount-health-topic.js';
import { emulate } from '../../support/emulate-media.js';
import { captureConsole } from '../../support/capture-console.js';

/**
 * The article as readers who adapt their display see it: narrow and spaced out (reflow), in forced
 * colors, with reduced motion, and printed. Each check names the WCAG 2.2 success criterion it
 * proves; docs/accessibility.md cites them.
 */

/**
 * What a link's ::after adds, as one string. Chromium's computed `content` has attr(href) resolved;
 * Firefox's keeps it (`" (" attr(href) ")"`), so it is resolved here the way the engine prints it.
 */
function printedAfter(link: HTMLAnchorElement): string {
  const content = getComputedStyle(link, '::after').content;
  return content.replace(/attr\(href\)/g, JSON.stringify(link.getAttribute('href'))).replace(/"\s+"/g, '');
}

describe('display modes', () => {
  afterEach(async () => {
    document.querySelectorAll('main').forEach((element) => element.remove());
    await emulate();
    await executeServerCommand('slow-requests', { paths: [], ms: 0 });
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
        const { container: main, element } = await mountHealthTopic({ topic: 'myoclonus', lang: 'en', into: 'main' });
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
      const { element } = await mountHealthTopic({ topic: 'myoclonus', lang: 'en', into: 'main' });
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
      const { element } = await mountHealthTopic({ topic: 'myoclonus', lang: 'en', into: 'main', until: 'render' });
      const spinner = element.shadowRoot!.querySelector('.spinner')!;
      expect(getComputedStyle(spinner).borderTopStyle).to.equal('dotted');
      await oneEvent(element, 'health-topic-load');
      setContentBasePath('/src/content/generated/topics/');
    }));

    it('stops the loading animation when the reader prefers reduced motion (2.3.3)', needs('media emulation', async () => {
      await emulate('', { 'prefers-reduced-motion': 'reduce' });
      setContentBasePath('/simulated-network/a11y-motion/');
      await executeServerCommand('slow-requests', { paths: ['/simulated-network/a11y-motion/myoclonus.en.'], ms: 800 });
      const { element } = await mountHealthTopic({ topic: 'myoclonus', lang: 'en', into: 'main', until: 'render' });
      const spinner = element.shadowRoot!.querySelector('.spinner')!;
      expect(getComputedStyle(spinner).animationName).to.not.include('health-topic-spin');
      await oneEvent(element, 'health-topic-load');
      await emulate();
      // A path of its own, not yet downloaded: this widget shows its spinner too.
      setContentBasePath('/simulated-network/a11y-motion-allowed/');
      await executeServerCommand('slow-requests', { paths: ['/simulated-network/a11y-motion-allowed/myoclonus.en.'], ms: 800 });
      const { element: moving } = await mountHealthTopic({ topic: 'myoclonus', lang: 'en', into: 'main', until: 'render' });
      const movingSpinner = moving.shadowRoot!.querySelector('.spinner');
      expect(movingSpinner === null, 'a spinner while loading').to.equal(false);
      expect(getComputedStyle(movingSpinner!).animationName).to.include('health-topic-spin');
      await oneEvent(moving, 'health-topic-load');
      setContentBasePath('/src/content/generated/topics/');
    }));
  });

  describe('print', () => {
    it('prints the article black on white, without picker, contents or buttons, with link addresses', needs('media emulation', async () => {
      const { element } = await mountHealthTopic({ topic: 'myoclonus', lang: 'en', into: 'main' });
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
      await captureConsole(['warn'], async () => {
        setContentBasePath('/simulated-network/a11y-print/');
        await executeServerCommand('fail-requests', ['/simulated-network/a11y-print/']);
        const { element } = await mountHealthTopic({ topic: 'myoclonus', lang: 'en', into: 'main', until: 'error' });
        await executeServerCommand('fail-requests', []);
        setContentBasePath('/src/content/generated/topics/');
        await emulate('print');
        const button = element.shadowRoot!.querySelector('[part="retry-button"]')!;
        expect(getComputedStyle(button).display).to.equal('none');
      });
    }));
  });
});
