import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { Section } from '../../../src/content/schema.js';
import type { TopicSection } from '../../../src/elements/topic-section/topic-section.js';
import article from '../../../content/topics/myoclonus/en.json' with { type: 'json' };
// Holds to.be.accessible() to the WCAG 2.0-2.2 A/AA and best-practice rules, target size included.
import '../../support/axe.js';
import { captureConsole } from '../../support/capture-console.js';

const symptoms = article.sections.find((section) => section.id === 'symptoms') as Section;

describe('<topic-section>', () => {
  it('renders a section alone from its .section property', async () => {
    const element = await fixture<TopicSection>(html`<topic-section .section=${symptoms}></topic-section>`);
    const root = element.shadowRoot!;
    const section = root.querySelector('section')!;
    const heading = root.querySelector('h2')!;
    expect(heading.textContent).to.equal('Symptoms');
    expect(section.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(root.querySelector('[part="lead-in"]')!.textContent).to.equal(
      'Problems vary from person to person. A person will have jerking, twitching, or spasms that:',
    );
    expect([...root.querySelectorAll('ul > li')].map((item) => item.textContent)).to.deep.equal([
      'Range from mild to severe',
      'Happen every once in a while or often',
      'Affect one area of the body or the entire body',
      'Happen at rest or during other movements',
    ]);
    expect(root.querySelectorAll('[part="paragraph"]')).to.have.length(1);
  });

  it('uses the heading level it is given', async () => {
    const element = await fixture<TopicSection>(html`<topic-section heading-level="5" .section=${symptoms}></topic-section>`);
    expect(element.shadowRoot!.querySelector('h5')!.textContent).to.equal('Symptoms');
  });

  it('renders an ordered list, emphasis and links from structured text', async () => {
    const section: Section = {
      id: 'example',
      title: 'Example',
      blocks: [
        { type: 'paragraph', text: [{ type: 'text', text: 'Call ' }, { type: 'emphasis', text: 'now' }, { type: 'text', text: '.' }] },
        { type: 'list', ordered: true, items: [[{ type: 'link', text: 'Call us', href: 'tel:+15555550100' }], 'Second'] },
      ],
    };
    const element = await fixture<TopicSection>(html`<topic-section .section=${section}></topic-section>`);
    const root = element.shadowRoot!;
    expect(root.querySelector('p em')!.textContent).to.equal('now');
    expect(root.querySelector('p')!.textContent).to.equal('Call now.');
    expect(root.querySelectorAll('ol > li')).to.have.length(2);
    expect(root.querySelector('ol a')!.getAttribute('href')).to.equal('tel:+15555550100');
  });

  it('never turns text into markup, and drops links to unsafe schemes', async () => {
    const section = {
      id: 'hostile',
      title: '<img src=x onerror="window.__pwned = true">',
      blocks: [
        { type: 'paragraph', text: '<script>window.__pwned = true</script><b>bold?</b>' },
        { type: 'paragraph', text: [{ type: 'link', text: 'click me', href: 'javascript:window.__pwned = true' }] },
        { type: 'unknown-block', text: 'ignored' },
      ],
    } as unknown as Section;
    const element = await fixture<TopicSection>(html`<topic-section .section=${section}></topic-section>`);
    const root = element.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal('<img src=x onerror="window.__pwned = true">');
    expect(root.querySelectorAll('img, script, b, a')).to.have.length(0);
    expect(root.querySelectorAll('p')[1].textContent).to.equal('click me');
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });

  it('shows as text a link the schema would reject: no address after the scheme, or a space in it', async () => {
    const link = (href: string) => ({ type: 'link', text: href, href });
    const section = {
      id: 'odd-links',
      title: 'Odd links',
      blocks: [{ type: 'paragraph', text: [link('https://'), link('https://example.org/two words'), link('mailto:care@example.org')] }],
    } as unknown as Section;
    const element = await fixture<TopicSection>(html`<topic-section .section=${section}></topic-section>`);
    const links = [...element.shadowRoot!.querySelectorAll('a')].map((anchor) => anchor.getAttribute('href'));
    expect(links).to.deep.equal(['mailto:care@example.org']);
  });

  it('renders nothing until it has a section', async () => {
    const element = await fixture<TopicSection>(html`<topic-section></topic-section>`);
    expect(element.shadowRoot!.querySelector('section')).to.equal(null);
  });

  it('renders nothing and says why in the console, not as an exception, for a section it cannot show', async () => {
    await captureConsole(['error'], async ({ calls: logged }) => {
      const broken = { id: 'broken', title: 'Broken', blocks: [{ type: 'paragraph', text: 5 }] } as unknown as Section;
      const element = await fixture<TopicSection>(html`<topic-section .section=${broken}></topic-section>`);
      expect(element.shadowRoot!.querySelector('section')).to.equal(null);
      expect(element.renderError).to.be.instanceOf(TypeError);
      expect(String(logged[0]?.[0])).to.include('<topic-section>: this data cannot be shown');
      element.section = symptoms;
      await element.updateComplete;
      expect(element.renderError).to.equal(undefined);
      expect(element.shadowRoot!.querySelector('section')).not.to.equal(null);
    });
  });

  describe('accessibility', () => {
    it('is accessible with a list and a figure', async () => {
      const causes = structuredClone(article.sections.find((section) => section.id === 'causes')) as Section;
      // Alone, the element takes the figure's address as given: point it at the real file.
      const figure = causes.blocks.find((block) => block.type === 'figure')!;
      figure.src = new URL('../../../content/topics/myoclonus/nervous-system.svg', import.meta.url).href;
      const element = await fixture<TopicSection>(html`<topic-section .section=${causes}></topic-section>`);
      await expect(element).to.be.accessible();
    });
  });
});
