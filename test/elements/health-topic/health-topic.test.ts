import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { HealthTopic } from '../../../src/elements/health-topic/health-topic.js';
import type { HealthTopicErrorEvent, HealthTopicLoadEvent } from '../../../src/elements/health-topic/events.js';
import { deepQueryAll, renderedText } from '../../support/rendered-text.js';
import { PASTED_ARTICLE, mountHealthTopic } from '../../support/mount-health-topic.js';
import article from '../../../content/topics/myoclonus/en.json' with { type: 'json' };
// Holds to.be.accessible() to the WCAG 2.0-2.2 A/AA and best-practice rules, target size included.
import '../../support/axe.js';
import { captureConsole } from '../../support/capture-console.js';

const pasted = PASTED_ARTICLE;
const settled = (setUp: (element: HealthTopic) => void) => mountHealthTopic({ setUp, until: 'outcome' });

/** Elements `loaded` placed, removed after each test. */
const placed: HealthTopic[] = [];
afterEach(() => placed.splice(0).forEach((element) => element.remove()));

/** The Myoclonus article, with these attributes as well, once it has loaded. */
async function loaded(attributes: Record<string, string> = {}): Promise<HealthTopic> {
  const { element } = await mountHealthTopic({ topic: 'myoclonus', attributes });
  placed.push(element);
  return element;
}

function headingLevels(element: HealthTopic): Record<string, number> {
  const levels: Record<string, number> = {};
  for (const heading of deepQueryAll(element, 'h1, h2, h3, h4, h5, h6')) {
    levels[heading.textContent?.trim() ?? ''] = Number(heading.tagName[1]);
  }
  return levels;
}

describe('<health-topic>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  describe('loaded', () => {
    it('fires health-topic-load with the topic and locale', async () => {
      const { element, event } = await mountHealthTopic({ topic: 'myoclonus' });
      const { detail, bubbles, composed } = event as HealthTopicLoadEvent;
      expect(detail).to.deep.equal({ topic: 'myoclonus', locale: 'en' });
      expect(bubbles && composed).to.equal(true);
      element.remove();
    });

    it('renders header, contents, sections, references and footer in order', async () => {
      const element = await loaded();
      const root = element.shadowRoot!;
      const article = root.querySelector('article')!;
      expect(article.getAttribute('lang')).to.equal('en');
      expect(root.querySelector('[part="title"]')!.textContent).to.equal('Myoclonus');
      expect(root.querySelectorAll('[part="summary"]')).to.have.length(2);
      expect(root.querySelector('[part="byline"]')!.textContent).to.equal('By Cynthia M. Johnson, MA');
      const parts = [...article.children].map((child) => child.getAttribute('part') ?? child.tagName.toLowerCase());
      expect(parts).to.deep.equal([
        'header',
        'toc',
        ...Array(7).fill('topic-section'),
        'references',
        'footer',
      ]);
      expect(root.querySelector('[part="review"]')!.textContent).to.equal('Reviewed by Rimas Lukas, MD');
    });

    it('has a table of contents: a labelled nav with an ordered list of every section', async () => {
      const element = await loaded();
      const nav = element.shadowRoot!.querySelector('nav')!;
      const label = element.shadowRoot!.getElementById(nav.getAttribute('aria-labelledby')!)!;
      expect(label.textContent).to.equal('Contents');
      const links = [...nav.querySelectorAll('ol > li > a')];
      expect(links.map((link) => link.textContent)).to.deep.equal([
        'Causes', 'Risk Factors', 'Symptoms', 'Diagnosis', 'Treatment', 'Prevention', 'Resources', 'References',
      ]);
      // The page's own address with the section's hash (test/elements/health-topic/section-links.test.ts).
      expect(links[2].getAttribute('href')).to.equal(`${location.href.split('#')[0]}#myoclonus-symptoms`);
    });

    it('gives the title the heading level asked for and sections one level deeper', async () => {
      const atDefault = await loaded();
      expect(headingLevels(atDefault)).to.include({ Myoclonus: 2, Causes: 3, 'Risk Factors': 3, References: 3 });
      const atFour = await loaded({ 'heading-level': '4' });
      expect(headingLevels(atFour)).to.include({ Myoclonus: 4, Causes: 5, Prevention: 5, References: 5 });
    });

    it('keeps heading levels within h1-h6', async () => {
      const deepest = await loaded({ 'heading-level': '6' });
      expect(headingLevels(deepest)).to.include({ Myoclonus: 6, Causes: 6 });
      const nonsense = await loaded({ 'heading-level': 'banana' });
      expect(headingLevels(nonsense)).to.include({ Myoclonus: 2, Causes: 3 });
      const tooHigh = await loaded({ 'heading-level': '0' });
      expect(headingLevels(tooHigh)).to.include({ Myoclonus: 1, Causes: 2 });
      const tooDeep = await loaded({ 'heading-level': '9' });
      expect(headingLevels(tooDeep)).to.include({ Myoclonus: 6, Causes: 6 });
    });

    it('shows the figure inside the Causes section with caption and credit', async () => {
      const element = await loaded();
      const causes = element.shadowRoot!.querySelector('#myoclonus-causes')!;
      const figure = causes.shadowRoot!.querySelector('figure')!;
      const image = figure.querySelector('img')!;
      expect(figure.querySelector('figcaption')!.textContent).to.include('The Nervous System Pathways.');
      // The picture loads lazily, as a reader scrolls to it.
      image.scrollIntoView();
      await image.decode();
      expect(image.naturalWidth).to.be.greaterThan(0);
    });

    it('moves to a section and focuses its heading when a contents link is used by keyboard', async () => {
      const element = await loaded();
      const link = element.shadowRoot!.querySelector<HTMLAnchorElement>('a[href$="#myoclonus-treatment"]')!;
      link.focus();
      await sendKeys({ press: 'Enter' });
      const section = element.shadowRoot!.querySelector('#myoclonus-treatment')!;
      expect(section.shadowRoot!.activeElement?.textContent).to.equal('Treatment');
      expect(location.hash).to.equal('#myoclonus-treatment');
    });

    it('moves to the section a page URL names when its hash changes', async () => {
      const element = await loaded();
      location.hash = 'myoclonus-references';
      await oneEvent(window, 'hashchange');
      expect(element.shadowRoot!.activeElement?.textContent).to.equal('References');
    });

    it('shows no "Last updated" row when the date is unknown', async () => {
      const element = await loaded();
      expect(renderedText(element)).not.to.include('Last updated');
      expect(element.shadowRoot!.querySelector('time')).to.equal(null);
    });
  });

  describe('sections filter', () => {
    it('shows only the sections named, with title, lead, references and disclaimer', async () => {
      const element = await loaded({ 'sections': 'treatment, symptoms' });
      const root = element.shadowRoot!;
      expect([...root.querySelectorAll('topic-section')].map((section) => section.id)).to.deep.equal([
        'myoclonus-symptoms',
        'myoclonus-treatment',
      ]);
      expect([...root.querySelectorAll('nav a')].map((link) => link.textContent)).to.deep.equal(['Symptoms', 'Treatment', 'References']);
      for (const part of ['title', 'summary', 'references', 'disclaimer']) expect(root.querySelector(`[part~="${part}"]`), part).to.not.equal(null);
    });

    it('shows the whole article, with a console warning, when it names no section of the article', async () => {
      await captureConsole(['warn'], async ({ lines: warnings }) => {
        const element = await loaded({ sections: 'outlook' });
        expect(element.shadowRoot!.querySelectorAll('topic-section')).to.have.length(7);
        // The hint comes from a chunk loaded for it.
        await waitUntil(() => warnings.join('\n').includes('no such section "outlook"; showing all'), warnings.join('\n'));
        expect(warnings.join('\n')).to.include('This article\'s sections: "causes", "risk-factors", "symptoms"');
      });
    });
  });

  describe('payloads from the page', () => {
    afterEach(() => document.querySelectorAll('body > health-topic').forEach((element) => element.remove()));

    it('shows a payload given as the data property, validated like bundled content', async () => {
      const { element, event } = await settled((element) => {
        element.data = pasted;
      });
      expect((event as HealthTopicLoadEvent).detail).to.deep.equal({ topic: 'pasted-article', locale: 'en' });
      expect(element.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('An article pasted as JSON');
    });

    it('prefers the data property to the topic attribute, and shows the topic again when data is cleared', async () => {
      const { element } = await settled((element) => {
        element.topic = 'myoclonus';
        element.data = pasted;
      });
      expect(element.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('An article pasted as JSON');
      const reloaded = oneEvent(element, 'health-topic-load');
      element.data = undefined;
      await reloaded;
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Myoclonus');
    });

    it('shows an inline <script type="application/json"> payload', async () => {
      const { element, event } = await settled((element) => {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify(pasted);
        element.append(script);
      });
      expect(event.type).to.equal('health-topic-load');
      expect(renderedText(element)).to.include('This test article was handed to the element by the page.');
    });

    it('rejects an invalid payload with a clear message, an event with the issues, and their paths in the console', async () => {
      await captureConsole(['error'], async ({ lines: logged }) => {
        const broken = structuredClone(article) as any;
        broken.sections[2].blocks[0].items[1] = '';
        delete broken.disclaimer;
        const { element, event } = await settled((element) => {
          element.data = broken;
        });
        const { detail } = event as HealthTopicErrorEvent;
        expect(detail.code).to.equal('invalid-payload');
        expect(detail.issues!.map((issue) => issue.path)).to.include.members(['sections[2].blocks[0].items[1]', 'disclaimer']);
        expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('content has errors');
        expect(logged.join('\n')).to.include('sections[2].blocks[0].items[1]: Must not be empty.');
        await expect(element).to.be.accessible();
      });
    });

    it('rejects inline JSON that cannot be parsed', async () => {
      await captureConsole(['error'], async () => {
        const { event } = await settled((element) => {
          element.innerHTML = '<script type="application/json">{ "id": "half-pasted", </script>';
        });
        const { detail } = event as HealthTopicErrorEvent;
        expect(detail.code).to.equal('invalid-payload');
        expect(detail.issues![0].message).to.include('JSON cannot be read');
      });
    });
  });

  describe('errors', () => {
    it('names an unknown topic and fires health-topic-error with code not-found', async () => {
      const { element, detail } = await mountHealthTopic({ setUp: (element) => element.setAttribute('topic', 'no-such-topic'), until: 'error' });
      expect(detail.code).to.equal('not-found');
      expect(detail.topic).to.equal('no-such-topic');
      const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.include('"no-such-topic"');
      element.remove();
    });

    it('does not mistake built-in object keys for topics', async () => {
      const { element, detail } = await mountHealthTopic({ attributes: { topic: 'constructor' }, until: 'error' });
      expect(detail.code).to.equal('not-found');
      element.remove();
    });

    it('explains a missing topic attribute and fires code missing-topic', async () => {
      const { element, detail } = await mountHealthTopic({ until: 'error' });
      expect(detail.code).to.equal('missing-topic');
      expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('No article was chosen');
      element.remove();
    });

    // Older loads that answer late: test/elements/health-topic/network.test.ts, "races".
    it('loads the new article when the topic changes', async () => {
      const element = document.createElement('health-topic') as HealthTopic;
      element.topic = 'myoclonus';
      document.body.append(element);
      await element.updateComplete; // the Myoclonus load is now under way
      element.topic = 'no-such-topic';
      const { detail } = (await oneEvent(element, 'health-topic-error')) as HealthTopicErrorEvent;
      expect(detail.topic).to.equal('no-such-topic');
      expect(element.shadowRoot!.querySelector('article')).to.equal(null);
      element.topic = 'myoclonus';
      await oneEvent(element, 'health-topic-load');
      expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      element.remove();
    });
  });

  describe('accessibility', () => {
    it('is accessible with the article loaded', async () => {
      const element = await loaded();
      await expect(element).to.be.accessible();
    });

    it('is accessible while loading', async () => {
      const element = document.createElement('health-topic') as HealthTopic;
      element.topic = 'myoclonus';
      document.body.append(element);
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[role="status"]')).not.to.equal(null);
      await expect(element).to.be.accessible();
      element.remove();
    });

    it('is accessible when the topic is unknown', async () => {
      const { element } = await mountHealthTopic({ topic: 'no-such-topic', until: 'error' });
      await expect(element).to.be.accessible();
      element.remove();
    });
  });
});
