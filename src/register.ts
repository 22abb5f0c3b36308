import { VERSION } from './version.js';

/**
 * Registers elements, safe to run twice (two copies of the script, or two versions on one page):
 * tags already registered are left as they are, and one warning says so.
 */
export function registerElements(elements: readonly [string, CustomElementConstructor][]): void {
  const taken = elements.filter(([tag]) => customElements.get(tag)).map(([tag]) => tag);
  for (const [tag, element] of elements) {
    if (!customElements.get(tag)) customElements.define(tag, element);
  }
  if (taken.length === 0) return;
  const registered = customElements.get(taken[0]) as { version?: unknown } | undefined;
  console.warn(`Health Topic Elements ${VERSION}: <${taken.join('>, <')}> already registered by version ${registered?.version ?? 'unknown'}. Is the script on the page twice?`);
}
