import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Block, FigureBlock, ListBlock, Section } from '../../content/schema.js';
import { renderInline } from '../../content/rich-text.js';
import { WidgetWords } from '../../i18n/widget-words.js';
import { languageOf } from '../../i18n/localization.js';
import { heading } from '../../shared/heading.js';
import { renderGuarded } from '../../shared/guarded-render.js';
import { topicSectionShadowStyles } from './topic-section.styles.js';
import { provenanceNote } from './provenance-note.js';
import { VERSION } from '../../version.js';

/**
 * One section of an article: its heading and its blocks (paragraphs, lists with their lead-in,
 * figures with caption and credit). A list or paragraph that was rebuilt rather than taken from
 * the article's source has a note under it saying from what. Used by `<health-topic>`, and usable
 * alone: set `.section`. The note's words follow `locale`, else the language where it stands.
 *
 * @csspart section - The `<section>` wrapper.
 * @csspart heading - The section's heading.
 * @csspart paragraph - A paragraph.
 * @csspart lead-in - The sentence that introduces a list.
 * @csspart list - A bulleted or numbered list.
 * @csspart list-item - One item of a list.
 * @csspart link - A link in the text.
 * @csspart figure - A `<figure>`.
 * @csspart figure-image - The picture in a figure.
 * @csspart caption - A figure's `<figcaption>`, holding caption and credit.
 * @csspart credit - Who made a figure's picture.
 * @csspart provenance - The note under a rebuilt list or paragraph, saying what it was rebuilt from.
 *
 * @cssproperty --health-topic-heading-font - Font family of headings. Default: inherited.
 * @cssproperty --health-topic-scroll-margin - Space kept above a heading scrolled to, for pages with a
 *   sticky header. Default: 0.
 * @cssproperty --health-topic-link-color - Color of links. Default: the text color (links are underlined).
 * @cssproperty --health-topic-focus-color - Color of the keyboard focus ring. Default: the text color.
 * @cssproperty --health-topic-space - Space between sections. Default: 1.5em.
 * @cssproperty --health-topic-accent-color - Color of the rule beside a rebuilt part's note. Default: the text color.
 *
 * @tagname topic-section
 */
export class TopicSection extends LitElement {
  static override styles = topicSectionShadowStyles;

  /** The library's version: `<health-topic>` and a second copy of the script tell this library's classes by it. */
  static readonly version = VERSION;

  static override properties = {
    section: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level', reflect: true },
    locale: {},
  };

  /** The section to show. */
  section?: Section;

  /** The level of the section's heading (1-6), so it fits the page's outline. */
  headingLevel = 2;

  /** The language of the widget's own words here (the note under a rebuilt part); by default the language where the element stands. */
  locale?: string;

  private readonly words = new WidgetWords(this, () => this.locale);

  protected override willUpdate(): void {
    this.words.follow();
  }

  /** @internal What stopped the last render, when data set directly was not a section. */
  renderError?: unknown;

  /** @internal The section's heading, where links to the section move focus. */
  get headingElement(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('#heading');
  }

  override render() {
    // Data set directly skips validation: a section without blocks shows nothing rather than throwing.
    const section = this.section;
    if (!section || !Array.isArray(section.blocks)) return nothing;
    return renderGuarded(
      this,
      () => html`<section part="section" aria-labelledby="heading">
        ${heading(this.headingLevel, section.title, 'heading', 'heading')}
        ${section.blocks.map((block) => this.renderBlock(block))}
      </section>`,
    );
  }

  private renderBlock(block: Block): TemplateResult | typeof nothing {
    const locale = this.locale ?? languageOf(this);
    switch (block?.type) {
      case 'paragraph':
        return html`<p part="paragraph">${renderInline(block.text)}</p>${provenanceNote(block, this.words.messages, locale)}`;
      case 'list':
        return Array.isArray(block.items) ? html`${renderList(block)}${provenanceNote(block, this.words.messages, locale)}` : nothing;
      case 'figure':
        return renderFigure(block);
      default:
        // Data given directly to the element skipped validation: unknown blocks are left out.
        return nothing;
    }
  }
}


function renderList({ leadIn, ordered, items }: ListBlock): TemplateResult {
  const listItems = items.map((item) => html`<li part="list-item">${renderInline(item)}</li>`);
  return html`${leadIn ? html`<p part="lead-in">${renderInline(leadIn)}</p>` : nothing}${
    ordered ? html`<ol part="list">${listItems}</ol>` : html`<ul part="list">${listItems}</ul>`
  }`;
}

function renderFigure({ src, alt, caption, credit, width, height }: FigureBlock): TemplateResult {
  return html`<figure part="figure">
    <img
      part="figure-image"
      src=${src}
      alt=${alt}
      width=${ifDefined(width)}
      height=${ifDefined(height)}
      loading="lazy"
      decoding="async"
    />
    <figcaption part="caption">
      ${caption ? html`<span class="caption">${renderInline(caption)}</span>` : nothing}
      <span part="credit" class="credit">${credit}</span>
    </figcaption>
  </figure>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'topic-section': TopicSection;
  }
}
