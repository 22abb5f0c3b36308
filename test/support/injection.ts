/**
 * Whether anything from a payload became markup or ran: the elements an article is made of are
 * known, and every XSS vector in the tests calls `window.__xss(label)` if it ever runs.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { deepQueryAll } from './rendered-text.js';

/** The elements an article is made of; anything else in the shadow DOM was injected. */
export const ALLOWED_TAGS = new Set([
  'ARTICLE', 'HEADER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'NAV', 'OL', 'UL', 'LI', 'A', 'TOPIC-SECTION',
  'SECTION', 'FIGURE', 'IMG', 'FIGCAPTION', 'SPAN', 'BDI', 'EM', 'CITE', 'CITATION-LIST', 'FOOTER', 'DIV', 'BUTTON', 'TIME',
]);

/** The attributes the templates write; anything else was injected. */
export const ALLOWED_ATTRIBUTES = new Set([
  'part', 'class', 'id', 'lang', 'dir', 'role', 'tabindex', 'type', 'href', 'src', 'alt', 'width', 'height', 'loading', 'decoding',
  'datetime', 'exportparts', 'heading-level', 'locale', 'value', 'label', 'hidden', 'data-locale', 'aria-labelledby',
  'aria-hidden', 'aria-expanded', 'aria-checked', 'aria-haspopup', 'aria-controls',
]);

/** Labels of the vectors that ran, in order. */
export const ranVectors: string[] = [];
(window as unknown as { __xss: (label: string) => void }).__xss = (label) => ranVectors.push(label);

/**
 * Resolves once an image error handler set now has run (a probe, which the detector then forgets):
 * a handler injected before it, on an image that failed before it, has had its turn too.
 */
export async function afterInjectedHandlers(): Promise<void> {
  const probe = document.createElement('div');
  // The detector's own positive control: markup made here, in the test, never from a payload.
  probe.innerHTML = `<img src="x" alt="" onerror="window.__xss('probe')">`;
  document.body.append(probe);
  await waitUntil(() => ranVectors.includes('probe'), 'the probe\'s error handler', { timeout: 3000 });
  probe.remove();
  ranVectors.splice(ranVectors.indexOf('probe'), 1);
}

/** Asserts that every element below `root` is one an article is made of, with no handler attributes or odd links. */
export function expectNothingInjected(root: Element | ShadowRoot, figures?: number): void {
  const elements = deepQueryAll(root, '*');
  const foreign = elements.filter((element) => !ALLOWED_TAGS.has(element.tagName)).map((element) => element.tagName);
  expect(foreign, 'elements that were not in the template').to.deep.equal([]);
  const foreignAttributes = elements.flatMap((element) => element.getAttributeNames().filter((name) => !ALLOWED_ATTRIBUTES.has(name)));
  expect(foreignAttributes, 'attributes that were not in the template').to.deep.equal([]);
  if (figures !== undefined) expect(deepQueryAll(root, 'img')).to.have.length(figures);
  for (const link of deepQueryAll<HTMLAnchorElement>(root, 'a[href]')) {
    expect(link.getAttribute('href')).to.match(/^(https?:\/\/|mailto:|tel:|#)/);
  }
}
