import { LitElement, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Reference } from '../../content/schema.js';
import { WidgetWords } from '../../i18n/widget-words.js';
import { languageOf, uiLocaleFor } from '../../i18n/localization.js';
import { sameLanguage } from '../../shared/locales.js';
import { formatCitation } from './citation-format.js';
import { citationListShadowStyles } from './citation-list.styles.js';
import { renderGuarded } from '../../shared/guarded-render.js';
import { VERSION } from '../../version.js';

/**
 * The references of an article as a numbered list, in one consistent AMA-like citation style.
 * DOIs link to https://doi.org/, web addresses are links. Usable alone: set `.references`. The
 * style's few words ("Available at:") follow `locale`, else the language where the element stands.
 *
 * @csspart list - The ordered list.
 * @csspart citation - One reference (an `<li>`).
 * @csspart link - A link in a reference (web address or DOI).
 * @csspart doi - The DOI link of a reference.
 *
 * @cssproperty --health-topic-link-color - Color of links. Default: the text color (links are underlined).
 * @cssproperty --health-topic-focus-color - Color of the keyboard focus ring. Default: the text color.
 * @cssproperty --health-topic-heading-font - Font family of headings. Default: inherited.
 * @cssproperty --health-topic-scroll-margin - Space kept above a heading scrolled to, for pages with a
 *   sticky header. Default: 0.
 *
 * @tagname citation-list
 */
export class CitationList extends LitElement {
  static override styles = citationListShadowStyles;

  /** The library's version: `<health-topic>` and a second copy of the script tell this library's classes by it. */
  static readonly version = VERSION;

  static override properties = {
    references: { attribute: false },
    locale: {},
  };

  /** The references to show, in order. */
  references: readonly Reference[] = [];

  /** The language of the citation style's words; by default the language where the element stands. */
  locale?: string;

  private readonly words = new WidgetWords(this, () => this.locale);

  protected override willUpdate(): void {
    this.words.follow();
  }

  /** @internal What stopped the last render, when data set directly was not a list of references. */
  renderError?: unknown;

  override render() {
    // Data set directly skips validation: anything but a list of references shows nothing.
    if (!Array.isArray(this.references) || this.references.length === 0) return nothing;
    const uiLocale = uiLocaleFor(this.locale ?? languageOf(this));
    return renderGuarded(
      this,
      () => html`<ol part="list">
        ${this.references.map((reference) => {
          const labelLang = reference.lang && !sameLanguage(reference.lang, uiLocale) ? uiLocale : undefined;
          return html`<li part="citation" lang=${ifDefined(reference.lang)}>${formatCitation(reference, this.words.messages, labelLang, uiLocale)}</li>`;
        })}
      </ol>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'citation-list': CitationList;
  }
}
