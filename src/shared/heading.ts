import { html, type TemplateResult } from 'lit';

/** Keeps a heading level within h1-h6; bad attribute values fall back to the default. */
export function clampHeadingLevel(level: unknown, fallback = 2): number {
  const value = Number(level);
  if (!Number.isInteger(value)) return fallback;
  return Math.min(6, Math.max(1, value));
}

/**
 * A heading at a level chosen at run time, so the widget fits the host page's outline. One fixed
 * template per level (no tag name from data, and no need for lit's static templates).
 * `tabindex="-1"` lets in-article links move focus to the heading.
 */
export function heading(level: number, content: unknown, id: string, part: string): TemplateResult {
  switch (clampHeadingLevel(level)) {
    case 1:
      return html`<h1 id=${id} part=${part} tabindex="-1">${content}</h1>`;
    case 2:
      return html`<h2 id=${id} part=${part} tabindex="-1">${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part} tabindex="-1">${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} tabindex="-1">${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} tabindex="-1">${content}</h5>`;
    default:
      return html`<h6 id=${id} part=${part} tabindex="-1">${content}</h6>`;
  }
}
