/**
 * Lit templates as the HTML a browser would be given, rendered in Node with Lit SSR: what the
 * reader gets from a template, without Lit's own marker comments.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';

/**
 * The HTML of a template (or of text, or of nothing), without Lit SSR's hydration markers
 * (`<!--lit-part-->` comments, `<?>` before text) and the space an attribute left out leaves.
 */
export function htmlOf(template: unknown): string {
  return collectResultSync(render(template))
    .replace(/<!--[^]*?-->|<\?>/g, '')
    .replace(/\s+>/g, '>');
}

/** The words a template shows: its HTML without tags, entities read back. */
export function textOf(template: unknown): string {
  return htmlOf(template)
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
