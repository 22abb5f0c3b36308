import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Reference } from '../../content/schema.js';
import { formatCitation } from './citation-format.js';
import { citationListStyles } from './citation-list.styles.js';

/**
 * The references of an article as a numbered list, in one consistent AMA-like citation style.
 * DOIs link to https://doi.org/, web addresses are links. Usable alone: set `.references`.
 *
 * @csspart list - The ordered list.
 * @csspart citation - One reference (an `<li>`).
 * @csspart link - A link in a reference (web address or DOI).
 * @csspart doi - The DOI link of a reference.
 *
 * @cssproperty --health-topic-link-color - Color of links. Default: the system link color.
 * @cssproperty --health-topic-focus-color - Color of the keyboard focus ring. Default: the text color.
 */
export class CitationList extends LitElement {
  static override styles = citationListStyles;

  /** The references to show, in order. */
  @property({ attribute: false })
  references: readonly Reference[] = [];

  override render() {
    // Data set directly skips validation: anything but a list of references shows nothing.
    if (!Array.isArray(this.references) || this.references.length === 0) return nothing;
    return html`<ol part="list">
      ${this.references.map((reference) => html`<li part="citation">${formatCitation(reference)}</li>`)}
    </ol>`;
  }
}
