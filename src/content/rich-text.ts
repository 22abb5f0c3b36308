import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isSafeLink } from './link-rule.js';
import type { InlineRun, InlineText } from './schema.js';

/**
 * Renders structured inline text through Lit templates. Strings are bound as text, so a payload
 * holding `<script>` shows those characters and never becomes markup. Links are checked again
 * here because `<topic-section>` and `<citation-list>` also take data that skipped validation.
 */
export function renderInline(text: InlineText): string | TemplateResult[] {
  return typeof text === 'string' ? text : text.map(renderRun);
}

function renderRun(run: InlineRun): TemplateResult {
  // A run in another language carries `lang`, so screen readers pronounce it right.
  switch (run.type) {
    case 'emphasis':
      return html`<em lang=${ifDefined(run.lang)}>${run.text}</em>`;
    case 'link':
      return isSafeLink(run.href)
        ? html`<a part="link" href=${run.href} lang=${ifDefined(run.lang)}>${run.text}</a>`
        : html`<span lang=${ifDefined(run.lang)}>${run.text}</span>`;
    default:
      return run.lang ? html`<span lang=${run.lang}>${run.text}</span>` : html`${run.text}`;
  }
}

/** Whether a link may be followed; the content linter applies the same rule. */
/** The plain words of inline text, for labels and metadata. */
export function plainText(text: InlineText): string {
  return typeof text === 'string' ? text : text.map((run) => run.text).join('');
}
