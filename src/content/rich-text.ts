import { html, type TemplateResult } from 'lit';
import type { InlineRun, InlineText } from './schema.js';

/** Link targets a payload may use; anything else (`javascript:`, `data:`...) renders as plain text. */
const SAFE_LINK = /^(?:https?:\/\/|mailto:|tel:)/i;

/**
 * Renders structured inline text through Lit templates. Strings are bound as text, so a payload
 * holding `<script>` shows those characters and never becomes markup. Links are checked again
 * here because `<topic-section>` and `<citation-list>` also take data that skipped validation.
 */
export function renderInline(text: InlineText): string | TemplateResult[] {
  return typeof text === 'string' ? text : text.map(renderRun);
}

function renderRun(run: InlineRun): TemplateResult {
  switch (run.type) {
    case 'emphasis':
      return html`<em>${run.text}</em>`;
    case 'link':
      return isSafeLink(run.href) ? html`<a part="link" href=${run.href}>${run.text}</a>` : html`${run.text}`;
    default:
      return html`${run.text}`;
  }
}

export function isSafeLink(href: string): boolean {
  return SAFE_LINK.test(href);
}

/** The plain words of inline text, for labels and metadata. */
export function plainText(text: InlineText): string {
  return typeof text === 'string' ? text : text.map((run) => run.text).join('');
}
