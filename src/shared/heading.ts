import { html, literal, type StaticValue } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';

const HEADING_TAGS: readonly StaticValue[] = [
  literal`h1`,
  literal`h2`,
  literal`h3`,
  literal`h4`,
  literal`h5`,
  literal`h6`,
];

/** Keeps a heading level within h1-h6; bad attribute values fall back to the default. */
export function clampHeadingLevel(level: unknown, fallback = 2): number {
  const value = Number(level);
  if (!Number.isInteger(value)) return fallback;
  return Math.min(6, Math.max(1, value));
}

/**
 * A heading at a level chosen at run time, so the widget fits the host page's outline. The tag
 * comes from a fixed list of literals, never from data. `tabindex="-1"` lets in-article links
 * move focus to the heading.
 */
export function heading(level: number, content: unknown, id: string, part: string): TemplateResult {
  const tag = HEADING_TAGS[clampHeadingLevel(level) - 1];
  return html`<${tag} id=${id} part=${part} tabindex="-1">${content}</${tag}>`;
}
